/* The settings table: every default is inside its own range, names are found in any case,
 * and a value is accepted or refused by the one rule every reader uses. */
#include "config.h"

#include "check.h"
#include "pmwb/settings.h"

static void defaults_are_in_range(void)
{
	struct pmwb_settings s;
	struct pmwb_error e;

	settings_default(&s);
	for (int i = 0; i < SETTING_COUNT; i++) {
		const struct setting_def *d = settings_def((enum setting_id)i);
		CHECK(d->min <= d->def && d->def <= d->max);
		CHECK_INT(settings_find(d->name), i);
		CHECK_INT(s.value[i], d->def);
	}
	CHECK_INT(settings_check(&s, &e), PMWB_OK);
	CHECK_STR(s.problem, "");
}

static void names(void)
{
	CHECK_INT(settings_find("RAG_Green_Pct"), SETTING_RAG_GREEN_PCT);
	CHECK_INT(settings_find("rag_green"), -1);
	CHECK_INT(settings_find(""), -1);
}

static int parsed(enum setting_id id, const char *text)
{
	struct pmwb_error e;
	int v = -1;

	err_clear(&e);
	return settings_parse(id, text, &v, &e) == PMWB_OK ? v : -1;
}

static void values(void)
{
	struct pmwb_error e;
	int v;

	CHECK_INT(parsed(SETTING_RAG_GREEN_PCT, "95"), 95);
	CHECK_INT(parsed(SETTING_RAG_GREEN_PCT, " 90% "), 90);
	CHECK_INT(parsed(SETTING_RAG_GREEN_PCT, "200"), 200);
	CHECK_INT(parsed(SETTING_RAG_GREEN_PCT, "201"), -1);
	CHECK_INT(parsed(SETTING_RAG_GREEN_PCT, "0"), -1);
	CHECK_INT(parsed(SETTING_RAG_GREEN_PCT, "-5"), -1);
	CHECK_INT(parsed(SETTING_RAG_GREEN_PCT, "9 5"), -1);
	CHECK_INT(parsed(SETTING_RAG_GREEN_PCT, "99999999999999999999"), -1);
	CHECK_INT(parsed(SETTING_RAG_GREEN_PCT, ""), -1);
	CHECK_INT(parsed(SETTING_TOTALS_TOLERANCE_PCT, "0"), 0);
	CHECK_INT(parsed(SETTING_FY_START_MONTH, "January"), 1);
	CHECK_INT(parsed(SETTING_FY_START_MONTH, "12"), 12);
	CHECK_INT(parsed(SETTING_FY_START_MONTH, "13"), -1);
	err_clear(&e);
	CHECK_INT(settings_parse(SETTING_QIPP_OUTLIER_PCT, "99", &v, &e), PMWB_INPUT);
	CHECK_STR(e.msg, "qipp_outlier_pct cannot be '99': give a whole number from 100 to 1000 "
			 "(per cent)");
}

static void amber_not_above_green(void)
{
	struct pmwb_settings s;
	struct pmwb_error e;

	settings_default(&s);
	s.value[SETTING_RAG_AMBER_PCT] = s.value[SETTING_RAG_GREEN_PCT];
	CHECK_INT(settings_check(&s, &e), PMWB_OK);
	s.value[SETTING_RAG_AMBER_PCT]++;
	err_clear(&e);
	CHECK_INT(settings_check(&s, &e), PMWB_INPUT);
	CHECK_STR(e.msg, "rag_amber_pct (96%) is above rag_green_pct (95%): Amber must be no "
			 "higher than Green");
}

int main(void)
{
	defaults_are_in_range();
	names();
	values();
	amber_not_above_green();
	return check_done();
}
