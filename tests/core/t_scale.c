/* Likelihood and impact levels from numbers, NPSA words and the register's own words. */
#include "config.h"

#include "check.h"
#include "pmwb/scale.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

struct accept {
	enum scale_axis axis;
	const char *text;
	int level, was_word;
};

static const struct accept accepts[] = {
	{SCALE_LIKELIHOOD, "1", 1, 0},
	{SCALE_LIKELIHOOD, "5", 5, 0},
	{SCALE_IMPACT, " 3 ", 3, 0},
	{SCALE_LIKELIHOOD, "Rare", 1, 1},
	{SCALE_LIKELIHOOD, "Unlikely", 2, 1},
	{SCALE_LIKELIHOOD, "Possible", 3, 1},
	{SCALE_LIKELIHOOD, "Likely", 4, 1},
	{SCALE_LIKELIHOOD, "Almost certain", 5, 1},
	{SCALE_LIKELIHOOD, "almost  CERTAIN", 5, 1},
	{SCALE_LIKELIHOOD, "\tAlmost\tcertain ", 5, 1},
	{SCALE_IMPACT, "Negligible", 1, 1},
	{SCALE_IMPACT, "Minor", 2, 1},
	{SCALE_IMPACT, "moderate", 3, 1},
	{SCALE_IMPACT, "MAJOR", 4, 1},
	{SCALE_IMPACT, "Catastrophic", 5, 1},
	/* The register's words, on either axis. */
	{SCALE_LIKELIHOOD, "High", 4, 1},
	{SCALE_IMPACT, "high", 4, 1},
	{SCALE_LIKELIHOOD, "Medium", 3, 1},
	{SCALE_IMPACT, "Med", 3, 1},
	{SCALE_IMPACT, "Low", 2, 1},
	{SCALE_LIKELIHOOD, "H", 4, 1},
	{SCALE_LIKELIHOOD, "m", 3, 1},
	{SCALE_IMPACT, "L", 2, 1},
	{SCALE_IMPACT, "\xc2\xa0High\xc2\xa0", 4, 1},
};

struct reject {
	enum scale_axis axis;
	const char *text;
	const char *fragment;
};

static const struct reject rejects[] = {
	{SCALE_LIKELIHOOD, "6", "'6' is not a likelihood level: use 1-5, Rare, Unlikely, Possible, "
				"Likely, Almost certain, High"},
	{SCALE_IMPACT, "0", "'0' is not an impact level: use 1-5, Negligible, Minor, Moderate, "
			    "Major, Catastrophic"},
	{SCALE_IMPACT, "2.5", "'2.5' is not an impact level"},
	{SCALE_LIKELIHOOD, "Very High", "'Very High' is not a likelihood level"},
	{SCALE_LIKELIHOOD, "", "a likelihood level is empty: use 1-5"},
	{SCALE_IMPACT, "  ", "an impact level is empty"},
	/* Each axis has its own words. */
	{SCALE_LIKELIHOOD, "Major", "'Major' is not a likelihood level"},
	{SCALE_IMPACT, "Rare", "'Rare' is not an impact level"},
	{SCALE_LIKELIHOOD, "05", "is not a likelihood level"},
	{SCALE_LIKELIHOOD, "-1", "is not a likelihood level"},
	{SCALE_LIKELIHOOD, "Almostcertain", "is not a likelihood level"},
	{SCALE_LIKELIHOOD, "Almost certain!", "is not a likelihood level"},
	{SCALE_LIKELIHOOD, "Hi", "is not a likelihood level"},
	{SCALE_LIKELIHOOD, "Highh", "is not a likelihood level"},
	{SCALE_LIKELIHOOD, "\xff", "'\\xFF' is not a likelihood level"},
	{SCALE_IMPACT, "99999999999999999999", "is not an impact level"},
};

static void test_parse_defaults(void)
{
	struct pmwb_error e;
	int level, was_word;

	for (size_t i = 0; i < N(accepts); i++) {
		level = was_word = -1;
		err_clear(&e);
		CHECK_INT(scale_parse(accepts[i].axis, NULL, accepts[i].text, &level, &was_word, &e),
			  PMWB_OK);
		CHECK_INT(level, accepts[i].level);
		CHECK_INT(was_word, accepts[i].was_word);
		if (level != accepts[i].level)
			fprintf(stderr, "  input \"%s\": %s\n", accepts[i].text, e.msg);
	}
	for (size_t i = 0; i < N(rejects); i++) {
		err_clear(&e);
		CHECK_INT(scale_parse(rejects[i].axis, NULL, rejects[i].text, &level, &was_word, &e),
			  PMWB_INPUT);
		CHECK_CONTAINS(e.msg, rejects[i].fragment);
	}
	/* was_word may be NULL. */
	CHECK_INT(scale_parse(SCALE_IMPACT, NULL, "Major", &level, NULL, &e), PMWB_OK);
	CHECK_INT(level, 4);
	CHECK_INT(scale_parse(SCALE_IMPACT, NULL, "x", &level, NULL, NULL), PMWB_INPUT);
}

static void test_map(void)
{
	struct scale_map m;
	struct pmwb_error e;
	int level, was_word;

	scale_map_init(&m);
	CHECK_INT(m.n, 7);
	CHECK_INT(scale_parse(SCALE_IMPACT, &m, "High", &level, &was_word, &e), PMWB_OK);
	CHECK_INT(level, 4);

	/* An override replaces the same word, whatever its case and blanks. */
	CHECK_INT(scale_map_add(&m, "High=5", &e), PMWB_OK);
	CHECK_INT(m.n, 7);
	CHECK_INT(scale_parse(SCALE_IMPACT, &m, "high", &level, &was_word, &e), PMWB_OK);
	CHECK_INT(level, 5);
	CHECK_INT(scale_map_add(&m, " HIGH = 3 ", &e), PMWB_OK);
	CHECK_INT(m.n, 7);
	CHECK_INT(scale_parse(SCALE_LIKELIHOOD, &m, "High", &level, &was_word, &e), PMWB_OK);
	CHECK_INT(level, 3);
	/* "H" is its own entry: overriding High leaves it alone. */
	CHECK_INT(scale_parse(SCALE_LIKELIHOOD, &m, "H", &level, &was_word, &e), PMWB_OK);
	CHECK_INT(level, 4);

	/* A new word. */
	CHECK_INT(scale_parse(SCALE_LIKELIHOOD, &m, "Very High", &level, &was_word, &e),
		  PMWB_INPUT);
	CHECK_INT(scale_map_add(&m, "Very High=5", &e), PMWB_OK);
	CHECK_INT(m.n, 8);
	CHECK_INT(scale_parse(SCALE_LIKELIHOOD, &m, "very  high", &level, &was_word, &e), PMWB_OK);
	CHECK_INT(level, 5);
	CHECK_INT(was_word, 1);
	/* Mapped words are listed among the allowed values. */
	CHECK_INT(scale_parse(SCALE_LIKELIHOOD, &m, "Extreme", &level, &was_word, &e), PMWB_INPUT);
	CHECK_CONTAINS(e.msg, "Very High");
	/* An NPSA word can be borrowed for the other axis only at its own level, since on its
	 * own axis the NPSA meaning is read first. */
	CHECK_INT(scale_parse(SCALE_LIKELIHOOD, &m, "Moderate", &level, &was_word, &e), PMWB_INPUT);
	CHECK_INT(scale_map_add(&m, "Moderate=3", &e), PMWB_OK);
	CHECK_INT(scale_parse(SCALE_LIKELIHOOD, &m, "Moderate", &level, &was_word, &e), PMWB_OK);
	CHECK_INT(level, 3);
	CHECK_INT(scale_parse(SCALE_IMPACT, &m, "moderate", &level, &was_word, &e), PMWB_OK);
	CHECK_INT(level, 3);

	static const struct {
		const char *text;
		const char *fragment;
	} bad[] = {
		{"High", "'High' is not a scale word: write it as WORD=N"},
		{"High=6", "'High=6': the level after '=' must be 1-5"},
		{"High=0", "must be 1-5"},
		{"High=", "must be 1-5"},
		{"High=55", "must be 1-5"},
		{"High=2.5", "must be 1-5"},
		{"=3", "'=3' has no word before '='"},
		{"  =3", "has no word before '='"},
		{"3=4", "has no word before '='"},
		{"", "is not a scale word"},
		{"Major=5", "'Major=5': Major is impact level 4 on the NPSA scale"},
		{"almost  certain=4", "Almost certain is likelihood level 5 on the NPSA scale"},
		{"Rare=2", "Rare is likelihood level 1"},
		{"AVeryLongWordThatIsMuchTooLongToKeep=3", "longer than 31 characters"},
		{"AVeryLongWordThatIsMuchTooLongToKeepAndThenSomeMoreWordsAfterThat"
		 "AndMoreAndMoreAndMoreAndMoreAndMoreAndMoreAndMore=3",
		 "longer than 31 characters"},
	};
	for (size_t i = 0; i < N(bad); i++) {
		int before = m.n;
		err_clear(&e);
		CHECK_INT(scale_map_add(&m, bad[i].text, &e), PMWB_INPUT);
		CHECK_CONTAINS(e.msg, bad[i].fragment);
		CHECK_INT(m.n, before);
	}
	/* A word of exactly 31 characters fits. */
	CHECK_INT(scale_map_add(&m, "abcdefghijklmnopqrstuvwxyzabcde=1", &e), PMWB_OK);
	CHECK_INT(scale_parse(SCALE_IMPACT, &m, "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDE", &level, &was_word,
			      &e),
		  PMWB_OK);
	CHECK_INT(level, 1);

	/* Room for SCALE_MAX_OVERRIDES words and no more. */
	{
		char buf[32];
		int k = 0;
		while (m.n < SCALE_MAX_OVERRIDES) {
			snprintf(buf, sizeof(buf), "word%c=2", 'a' + k++);
			CHECK_INT(scale_map_add(&m, buf, &e), PMWB_OK);
		}
		CHECK_INT(scale_map_add(&m, "one more=2", &e), PMWB_INPUT);
		CHECK_CONTAINS(e.msg, "no room for more than 16");
		CHECK_INT(m.n, SCALE_MAX_OVERRIDES);
		/* Replacing an existing word still works when full. */
		CHECK_INT(scale_map_add(&m, "worda=3", &e), PMWB_OK);
		CHECK_INT(scale_parse(SCALE_IMPACT, &m, "WordA", &level, &was_word, &e), PMWB_OK);
		CHECK_INT(level, 3);
		/* A long list of allowed words still gives a terminated message. */
		CHECK_INT(scale_parse(SCALE_IMPACT, &m, "nope", &level, &was_word, &e), PMWB_INPUT);
		CHECK(strlen(e.msg) < sizeof(e.msg));
		CHECK_CONTAINS(e.msg, "'nope' is not an impact level");
	}
}

static void test_labels(void)
{
	CHECK_STR(scale_label(SCALE_LIKELIHOOD, 1), "Rare");
	CHECK_STR(scale_label(SCALE_LIKELIHOOD, 5), "Almost certain");
	CHECK_STR(scale_label(SCALE_IMPACT, 1), "Negligible");
	CHECK_STR(scale_label(SCALE_IMPACT, 5), "Catastrophic");
	CHECK(scale_label(SCALE_IMPACT, 0) == NULL);
	CHECK(scale_label(SCALE_LIKELIHOOD, 6) == NULL);
	/* Every label reads back as its level. */
	for (int axis = SCALE_LIKELIHOOD; axis <= SCALE_IMPACT; axis++)
		for (int lv = 1; lv <= 5; lv++) {
			int level = 0, was_word = 0;
			struct pmwb_error e;
			CHECK_INT(scale_parse((enum scale_axis)axis, NULL,
					      scale_label((enum scale_axis)axis, lv), &level,
					      &was_word, &e),
				  PMWB_OK);
			CHECK_INT(level, lv);
			CHECK_INT(was_word, 1);
		}
}

static void test_odd_bytes(void)
{
	struct pmwb_error e;
	int level, was_word;
	char buf[4];

	for (int c = 1; c < 256; c++) {
		enum pmwb_status st;
		snprintf(buf, sizeof(buf), "%c", c);
		st = scale_parse(SCALE_LIKELIHOOD, NULL, buf, &level, &was_word, &e);
		CHECK(st == PMWB_INPUT || (c >= '1' && c <= '5') || strchr("HhMmLl", c));
	}
}

int main(void)
{
	test_parse_defaults();
	test_map();
	test_labels();
	test_odd_bytes();
	return check_done();
}
