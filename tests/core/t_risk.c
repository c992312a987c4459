/* Risk scores, the default NPSA bands, and the checks that keep edited bands usable. */
#include "config.h"

#include "check.h"
#include "pmwb/risk.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

static void test_score(void)
{
	CHECK_INT(risk_score(1, 1), 1);
	CHECK_INT(risk_score(5, 5), 25);
	CHECK_INT(risk_score(2, 4), 8);
	CHECK_INT(risk_score(4, 2), 8);
	CHECK_INT(risk_score(0, 3), 0);
	CHECK_INT(risk_score(3, 0), 0);
	CHECK_INT(risk_score(6, 1), 0);
	CHECK_INT(risk_score(1, 6), 0);
	CHECK_INT(risk_score(-1, -1), 0);
}

static void test_defaults(void)
{
	struct risk_bands b;
	struct pmwb_error e;
	/* score -> band name, "" for none */
	static const struct {
		int score;
		const char *band;
	} where[] = {
		{0, ""},        {1, "Low"},      {3, "Low"},       {4, "Moderate"},
		{6, "Moderate"}, {7, ""},        {8, "High"},      {12, "High"},
		{13, ""},       {14, ""},        {15, "Extreme"},  {25, "Extreme"},
		{26, ""},       {-3, ""},
	};

	risk_bands_default(&b);
	CHECK_INT(b.n, 4);
	CHECK_STR(b.band[0].name, "Low");
	CHECK_INT(b.band[0].min_score, 1);
	CHECK_INT(b.band[0].max_score, 3);
	CHECK_STR(b.band[0].authority, "Individuals and team managers");
	CHECK_STR(b.band[0].action, "local control");
	CHECK_INT(b.band[0].escalated, 0);
	CHECK_STR(b.band[1].name, "Moderate");
	CHECK_INT(b.band[1].min_score, 4);
	CHECK_INT(b.band[1].max_score, 6);
	CHECK_STR(b.band[1].authority, "Managers");
	CHECK_STR(b.band[1].action, "record on the register");
	CHECK_INT(b.band[1].escalated, 0);
	CHECK_STR(b.band[2].name, "High");
	CHECK_INT(b.band[2].min_score, 8);
	CHECK_INT(b.band[2].max_score, 12);
	CHECK_STR(b.band[2].authority, "Senior manager");
	CHECK_STR(b.band[2].action, "action required");
	CHECK_INT(b.band[2].escalated, 0);
	CHECK_STR(b.band[3].name, "Extreme");
	CHECK_INT(b.band[3].min_score, 15);
	CHECK_INT(b.band[3].max_score, 25);
	CHECK_STR(b.band[3].authority, "Risk committee");
	CHECK_STR(b.band[3].action, "escalate to the corporate risk register");
	CHECK_INT(b.band[3].escalated, 1);
	CHECK_INT(risk_bands_validate(&b, &e), PMWB_OK);

	for (size_t i = 0; i < N(where); i++) {
		int k = risk_band_index(&b, where[i].score);
		if (where[i].band[0] == '\0')
			CHECK_INT(k, -1);
		else
			CHECK(k >= 0 && strcmp(b.band[k].name, where[i].band) == 0);
	}
	/* Every cell of the matrix has a band. */
	for (int l = 1; l <= 5; l++)
		for (int im = 1; im <= 5; im++)
			CHECK(risk_band_index(&b, risk_score(l, im)) >= 0);
}

/* Bands written as "name min max"; up to RISK_MAX_BANDS of them. */
struct band_spec {
	const char *name;
	int min, max;
};

static void make_bands(struct risk_bands *b, const struct band_spec *spec, int n)
{
	memset(b, 0, sizeof(*b));
	b->n = n;
	for (int i = 0; i < n && i < RISK_MAX_BANDS; i++) {
		snprintf(b->band[i].name, sizeof(b->band[i].name), "%s", spec[i].name);
		b->band[i].min_score = spec[i].min;
		b->band[i].max_score = spec[i].max;
	}
}

struct validate_case {
	int n;
	struct band_spec band[RISK_MAX_BANDS];
	const char *fragment; /* NULL: valid */
};

static const struct validate_case validate_cases[] = {
	/* Out of order is fine: validate sorts. */
	{4, {{"Extreme", 15, 25}, {"Low", 1, 3}, {"High", 8, 12}, {"Moderate", 4, 6}}, NULL},
	/* Gaps between achievable scores may be filled or not. */
	{4, {{"Low", 1, 3}, {"Moderate", 4, 7}, {"High", 8, 14}, {"Extreme", 15, 25}}, NULL},
	{1, {{"All", 1, 25}}, NULL},
	{2, {{"Low", 1, 9}, {"High", 10, 25}}, NULL},
	{3, {{"A", 1, 4}, {"B", 5, 16}, {"C", 17, 25}}, NULL},
	{8, {{"a", 1, 1}, {"b", 2, 2}, {"c", 3, 3}, {"d", 4, 4}, {"e", 5, 6}, {"f", 8, 10},
	     {"g", 12, 16}, {"h", 20, 25}}, NULL},
	/* Overlaps. */
	{4, {{"Low", 1, 3}, {"Moderate", 4, 6}, {"High", 5, 12}, {"Extreme", 15, 25}},
	 "risk bands 'Moderate' (4-6) and 'High' (5-12) overlap at score 5"},
	{2, {{"Low", 1, 10}, {"High", 10, 25}}, "'Low' (1-10) and 'High' (10-25) overlap"},
	{2, {{"Low", 1, 25}, {"High", 1, 25}}, "overlap at score 1"},
	/* Uncovered achievable scores. */
	{4, {{"Low", 1, 3}, {"Moderate", 4, 6}, {"High", 9, 12}, {"Extreme", 15, 25}},
	 "score 8 is in no risk band"},
	{4, {{"Low", 2, 3}, {"Moderate", 4, 6}, {"High", 8, 12}, {"Extreme", 15, 25}},
	 "score 1 is in no risk band"},
	{4, {{"Low", 1, 3}, {"Moderate", 4, 6}, {"High", 8, 12}, {"Extreme", 15, 24}},
	 "score 25 is in no risk band"},
	{3, {{"Low", 1, 3}, {"Moderate", 4, 6}, {"High", 8, 12}}, "score 15 is in no risk band"},
	/* Ranges that make no sense. */
	{2, {{"Low", 0, 3}, {"High", 4, 25}}, "risk band 'Low' runs from 0 to 3: scores must be 1-25"},
	{2, {{"Low", 1, 3}, {"High", 4, 26}}, "'High' runs from 4 to 26"},
	{2, {{"Low", 3, 1}, {"High", 4, 25}}, "'Low' runs from 3 to 1"},
	{3, {{"Low", 1, 6}, {"Odd", 7, 7}, {"High", 8, 25}}, "'Odd' (7-7) holds no score"},
	{3, {{"Low", 1, 12}, {"Gap", 13, 14}, {"High", 15, 25}}, "'Gap' (13-14) holds no score"},
	/* Names. */
	{2, {{"", 1, 3}, {"High", 4, 25}}, "risk band 1 (1-3) has no name"},
	{2, {{"High", 1, 3}, {"high", 4, 25}}, "two risk bands are called 'high'"},
	/* How many. */
	{0, {{"x", 1, 25}}, "there must be 1 to 8 risk bands, not 0"},
	{9, {{"x", 1, 25}}, "not 9"},
	{-1, {{"x", 1, 25}}, "not -1"},
};

static void test_validate(void)
{
	struct risk_bands b;
	struct pmwb_error e;

	for (size_t i = 0; i < N(validate_cases); i++) {
		const struct validate_case *c = &validate_cases[i];
		make_bands(&b, c->band, c->n);
		err_clear(&e);
		if (!c->fragment) {
			CHECK_INT(risk_bands_validate(&b, &e), PMWB_OK);
			if (e.msg[0])
				fprintf(stderr, "  case %zu: %s\n", i, e.msg);
			/* Sorted, and every achievable score in exactly one band. */
			for (int k = 1; k < b.n; k++)
				CHECK(b.band[k - 1].min_score < b.band[k].min_score);
			for (int l = 1; l <= 5; l++)
				for (int im = 1; im <= 5; im++) {
					int hits = 0, s = l * im;
					for (int k = 0; k < b.n; k++)
						hits += s >= b.band[k].min_score && s <= b.band[k].max_score;
					CHECK_INT(hits, 1);
				}
		} else {
			CHECK_INT(risk_bands_validate(&b, &e), PMWB_INPUT);
			CHECK_CONTAINS(e.msg, c->fragment);
		}
	}
	/* After sorting, the order of the defaults' text fields moves with their bands. */
	{
		struct risk_bands d;
		risk_bands_default(&d);
		struct risk_band t = d.band[0];
		d.band[0] = d.band[3];
		d.band[3] = t;
		CHECK_INT(risk_bands_validate(&d, &e), PMWB_OK);
		CHECK_STR(d.band[0].name, "Low");
		CHECK_STR(d.band[3].authority, "Risk committee");
		CHECK_INT(d.band[3].escalated, 1);
		CHECK_INT(d.band[risk_band_index(&d, 20)].escalated, 1);
	}
	/* A name filling the whole array, without its terminator, is refused, not overread. */
	{
		struct risk_bands d;
		risk_bands_default(&d);
		memset(d.band[1].name, 'x', sizeof(d.band[1].name));
		CHECK_INT(risk_bands_validate(&d, &e), PMWB_INPUT);
		CHECK_CONTAINS(e.msg, "a name longer than 31 characters");
	}
	/* Odd bytes in a name are quoted safely. */
	{
		struct risk_bands d;
		risk_bands_default(&d);
		snprintf(d.band[2].name, sizeof(d.band[2].name), "Hi\x01\xff");
		d.band[2].min_score = 5;
		CHECK_INT(risk_bands_validate(&d, &e), PMWB_INPUT);
		CHECK_CONTAINS(e.msg, "'Hi\\x01\\xFF' (5-12) overlap");
	}
	CHECK_INT(risk_bands_validate(&b, NULL), PMWB_INPUT);
}

static void test_trend(void)
{
	CHECK_INT(risk_trend(8, 12), 1);
	CHECK_INT(risk_trend(12, 8), -1);
	CHECK_INT(risk_trend(8, 8), 0);
	CHECK_INT(risk_trend(1, 25), 1);
	CHECK_INT(risk_trend(25, 1), -1);
	/* No trend without two scores. */
	CHECK_INT(risk_trend(0, 12), 0);
	CHECK_INT(risk_trend(12, 0), 0);
	CHECK_INT(risk_trend(0, 0), 0);
}

int main(void)
{
	test_score();
	test_defaults();
	test_validate();
	test_trend();
	return check_done();
}
