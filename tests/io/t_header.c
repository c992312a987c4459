/* Header matching: case and punctuation do not matter, aliases registers use, --map, plan
 * year columns, and which rows are total rows. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "check.h"
#include "import_impl.h"

enum { F_REF, F_TITLE, F_LIKELIHOOD, F_IMPACT, F_OWNER, F_BAND, NF };

static const struct import_field fields[NF] = {
	[F_REF] = {"ref", "Risk Ref|Reference", IMPORT_REQUIRED},
	[F_TITLE] = {"risk", "Risk Title|Title", IMPORT_REQUIRED},
	[F_LIKELIHOOD] = {"likelihood", "Likelihood (1-5)|Prob", 0},
	[F_IMPACT] = {"impact", "Consequence", 0},
	[F_OWNER] = {"owner", "Risk Owner", 0},
	[F_BAND] = {"band", NULL, IMPORT_DERIVED},
};

static int classify(const struct import_run *run, const char *header, int *code)
{
	(void)run;
	return import_classify_fy_column(header, code);
}

static const struct import_kind kind = {
	.name = "test",
	.fields = fields,
	.nfields = NF,
	.classify = classify,
	.total_field = -1,
	.total_scope_field = -1,
};

static int match_kind(struct import_options *o, const struct import_kind *k,
		      const char *const *cells, size_t n, struct import_map *m)
{
	struct import_run run;
	struct csvin_record rec;
	char copy[16][64];
	char *ptrs[16];
	size_t lens[16];

	memset(&run, 0, sizeof(run));
	run.o = o;
	run.kind = k;
	for (size_t i = 0; i < n; i++) {
		snprintf(copy[i], sizeof(copy[i]), "%s", cells[i]);
		ptrs[i] = copy[i];
		lens[i] = strlen(copy[i]);
	}
	rec.line = 1;
	rec.number = 1;
	rec.nfields = n;
	rec.field = ptrs;
	rec.len = lens;
	return import_header_match(&run, &rec, m);
}

static int match(struct import_options *o, const char *const *cells, size_t n,
		 struct import_map *m)
{
	return match_kind(o, &kind, cells, n, m);
}

static void test_normalise(void)
{
	char buf[64];

	import_header_normalise("Likelihood (1-5)", buf, sizeof(buf));
	CHECK_STR(buf, "likelihood15");
	import_header_normalise("Plan 2013/14 \xc2\xa3'000", buf, sizeof(buf));
	CHECK_STR(buf, "plan201314000");
	import_header_normalise("  RISK_REF ", buf, sizeof(buf));
	CHECK_STR(buf, "riskref");
}

static void test_aliases(void)
{
	static const char *const cells[] = {"Risk Ref", "TITLE", "Prob", "Consequence",
					    "risk owner", "Notes", "", "band"};
	struct import_options o;
	struct import_map m;

	import_options_init(&o);
	CHECK_INT(match(&o, cells, 8, &m), 5);
	CHECK_INT(m.ncols, 8);
	CHECK_INT(m.field_col[F_REF], 0);
	CHECK_INT(m.field_col[F_TITLE], 1);
	CHECK_INT(m.field_col[F_LIKELIHOOD], 2);
	CHECK_INT(m.field_col[F_IMPACT], 3);
	CHECK_INT(m.field_col[F_OWNER], 4);
	CHECK_INT(m.col_field[5], MAP_UNKNOWN);
	CHECK_INT(m.col_field[6], MAP_BLANK);
	CHECK_INT(m.col_field[7], MAP_IGNORED); /* derived: export writes it, import skips it */
}

static void test_trailing_blank_columns(void)
{
	static const char *const cells[] = {"ref", "risk", "", " "};
	struct import_options o;
	struct import_map m;

	import_options_init(&o);
	CHECK_INT(match(&o, cells, 4, &m), 2);
	CHECK_INT(m.ncols, 2);
}

static void test_map(void)
{
	static const char *const cells[] = {"No.", "Hazard", "Title"};
	struct import_options o;
	struct import_map m;
	struct pmwb_error e;

	import_options_init(&o);
	CHECK_INT(import_options_add_map(&o, "No.=ref", &e), PMWB_OK);
	CHECK_INT(import_options_add_map(&o, "hazard=risk", &e), PMWB_OK);
	CHECK_INT(import_options_add_map(&o, "nonsense", &e), PMWB_USAGE);
	CHECK_INT(match(&o, cells, 3, &m), 2);
	CHECK_INT(m.field_col[F_REF], 0);
	CHECK_INT(m.field_col[F_TITLE], 1);
	/* "Title" would be the title too, but the field is taken: the first column wins */
	CHECK_INT(m.col_field[2], MAP_REPEATED);
	CHECK_INT(m.col_code[2], F_TITLE);
}

/* Every spelling a field answers to, normalised: its name, then its aliases. */
static int spellings(const struct import_field *f, char out[][64], int max)
{
	char one[128];
	const char *p = f->aliases;
	int n = 0;

	import_header_normalise(f->name, out[n++], 64);
	while (p && *p && n < max) {
		size_t len = strcspn(p, "|");
		snprintf(one, sizeof(one), "%.*s", (int)len, p);
		import_header_normalise(one, out[n++], 64);
		p += len + (p[len] == '|');
	}
	return n;
}

/* A header cell names one field of a kind, never two: the aliases of different fields do
 * not meet once case and punctuation are gone. */
static void test_kinds_unambiguous(void)
{
	static const char *const names[] = {"programmes", "delivery", "phases", "milestones",
					    "risks", "qipp", "qipp-months", "thresholds",
					    "metrics"};
	char a[32][64], b[32][64];

	for (size_t n = 0; n < sizeof(names) / sizeof(names[0]); n++) {
		const struct import_kind *k = import_kind_find(names[n]);
		CHECK(k != NULL);
		if (!k)
			continue;
		for (int i = 0; i < k->nfields; i++) {
			int na = spellings(&k->fields[i], a, 32);
			for (int j = i + 1; j < k->nfields; j++) {
				int nb = spellings(&k->fields[j], b, 32);
				for (int x = 0; x < na; x++)
					for (int y = 0; y < nb; y++)
						if (strcmp(a[x], b[y]) == 0) {
							fprintf(stderr, "%s: '%s' names both %s and %s\n",
								k->name, a[x], k->fields[i].name,
								k->fields[j].name);
							CHECK(0);
						}
			}
		}
	}
}

static int risk_field(const struct import_map *m, const char *name)
{
	const struct import_kind *k = &import_kind_risks;
	for (int i = 0; i < k->nfields; i++)
		if (strcmp(k->fields[i].name, name) == 0)
			return m->field_col[i];
	return -99;
}

/* A register exported from Datix: initial, current and target ratings, dates, a handler. */
static void test_datix_register(void)
{
	static const char *const cells[] = {
		"ID", "Title", "Handler", "Initial Likelihood", "Initial Consequence",
		"Current Likelihood", "Current Consequence", "Current Rating",
		"Residual Likelihood", "Residual Consequence", "Target Risk Score", "Opened",
		"Next Review Date", "Controls in place"};
	struct import_options o;
	struct import_map m;

	import_options_init(&o);
	CHECK_INT(match_kind(&o, &import_kind_risks, cells, 14, &m), 14);
	CHECK_INT(risk_field(&m, "ref"), 0);
	CHECK_INT(risk_field(&m, "risk"), 1);
	CHECK_INT(risk_field(&m, "owner"), 2);
	CHECK_INT(risk_field(&m, "initial_likelihood"), 3);
	CHECK_INT(risk_field(&m, "initial_impact"), 4);
	CHECK_INT(risk_field(&m, "likelihood"), 5);
	CHECK_INT(risk_field(&m, "impact"), 6);
	CHECK_INT(risk_field(&m, "score"), 7);
	CHECK_INT(risk_field(&m, "residual_likelihood"), 8);
	CHECK_INT(risk_field(&m, "residual_impact"), 9);
	CHECK_INT(risk_field(&m, "target_score"), 10);
	CHECK_INT(risk_field(&m, "raised_date"), 11);
	CHECK_INT(risk_field(&m, "review_date"), 12);
	CHECK_INT(risk_field(&m, "mitigation"), 13);
}

static void test_fy_columns(void)
{
	int code = 0;

	CHECK(import_classify_fy_column("fy2013_14_plan_k", &code));
	CHECK_INT(code, 2013 * 4 + QIPP_NET);
	CHECK(import_classify_fy_column("Plan 2013/14 \xc2\xa3'000", &code));
	CHECK_INT(code, 2013 * 4 + QIPP_NET);
	CHECK(import_classify_fy_column("fy2014_15_gross_k", &code));
	CHECK_INT(code, 2014 * 4 + QIPP_GROSS);
	CHECK(import_classify_fy_column("fy2012_13_forecast_k", &code));
	CHECK_INT(code, 2012 * 4 + QIPP_FORECAST);
	CHECK(import_classify_fy_column("2015/2016 net", &code));
	CHECK_INT(code, 2015 * 4 + QIPP_NET);
	CHECK(!import_classify_fy_column("2013/14 Q1", &code));
	CHECK(!import_classify_fy_column("2013/15", &code));
	CHECK(!import_classify_fy_column("scheme", &code));
	CHECK(!import_classify_fy_column("total_plan_k", &code));
}

static void test_total_rows(void)
{
	CHECK_INT(import_total_level("Total"), 2);
	CHECK_INT(import_total_level("TOTAL BCF"), 2);
	CHECK_INT(import_total_level("Totals"), 2);
	CHECK_INT(import_total_level("Sub-total"), 1);
	CHECK_INT(import_total_level("Sub Total"), 1);
	CHECK_INT(import_total_level("subtotal: enablers"), 1);
	CHECK_INT(import_total_level("Grand Total"), 3);
	CHECK_INT(import_total_level("Totally new service"), 0);
	CHECK_INT(import_total_level("Tot"), 0);
	CHECK_INT(import_total_level("Falls"), 0);
	CHECK_INT(import_total_level(""), 0);
}

/* A header that states a money unit still names its field or plan year; the unit is kept
 * with the column (-1: one pmwb refuses). */
static void test_money_units(void)
{
	static const char *const cells[] = {"Risk Ref", "Risk Title", "Owner (\xc2\xa3m)",
					    "Plan 2013/14 (\xc2\xa3)", "Plan 2014/15 \xc2\xa3'000",
					    "Plan 2015/16", "Plan 2016/17 \xc2\xa3" "bn"};
	struct import_options o;
	struct import_map m;
	int code;

	import_options_init(&o);
	CHECK_INT(match(&o, cells, 7, &m), 7);
	CHECK_INT(m.field_col[F_OWNER], 2);
	CHECK_INT(m.col_unit[2], MONEY_MILLIONS);
	CHECK_INT(m.col_field[3], MAP_DYNAMIC);
	CHECK_INT(m.col_code[3], 2013 * 4 + QIPP_NET);
	CHECK_INT(m.col_unit[3], MONEY_POUNDS);
	CHECK_INT(m.col_code[4], 2014 * 4 + QIPP_NET);
	CHECK_INT(m.col_unit[4], MONEY_THOUSANDS);
	CHECK_INT(m.col_unit[5], 0);
	CHECK_INT(m.col_field[6], MAP_DYNAMIC);
	CHECK_INT(m.col_unit[6], -1);
	CHECK(import_classify_fy_column("Plan 2013/14 (\xc2\xa3m)", &code));
	CHECK_INT(code, 2013 * 4 + QIPP_NET);
}

int main(void)
{
	test_money_units();
	test_normalise();
	test_aliases();
	test_trailing_blank_columns();
	test_map();
	test_kinds_unambiguous();
	test_datix_register();
	test_fy_columns();
	test_total_rows();
	return check_done();
}
