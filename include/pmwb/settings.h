/* The shared settings: rules everybody working on one database file must agree on (the
 * financial year, the RAG tolerances, what an import may accept).  One table describes each
 * (name, type, range, default, unit, help); the loader, `pmwb config` and the docs all read
 * it, so a value is checked by one rule wherever it is read.  Values live in the database's
 * setting table as text; this module only knows what a good value is. */
#ifndef PMWB_SETTINGS_H
#define PMWB_SETTINGS_H

#include <stddef.h>

#include "pmwb/error.h"
#include "pmwb/fy.h"
#include "pmwb/qipp.h"

enum setting_type {
	SETTING_TYPE_MONTH,   /* 1-12, or a month's name */
	SETTING_TYPE_PERCENT, /* a whole number of per cent */
	SETTING_TYPE_DAY,     /* a day, kept as YYYYMMDD; 0: none */
};

/* id, name, type, min, max, default, help */
#define PMWB_SETTING_LIST(X)                                                                  \
	X(FY_START_MONTH, "fy_start_month", MONTH, 1, 12, 4,                                  \
	  "the month the financial year starts in (April: 2013/14 is April 2013-March 2014)") \
	X(RAG_GREEN_PCT, "rag_green_pct", PERCENT, 1, 200, 95,                                \
	  "a QIPP forecast at or above this share of the plan is Green")                      \
	X(RAG_AMBER_PCT, "rag_amber_pct", PERCENT, 1, 200, 80,                                \
	  "a forecast at or above this share (and below Green's) is Amber; below it, Red")    \
	X(QIPP_OUTLIER_PCT, "qipp_outlier_pct", PERCENT, 100, 1000, 150,                      \
	  "a forecast or actual above this share of the year's plan is taken for a typo: "   \
	  "refused when typed, warned of on import")                                          \
	X(TOTALS_TOLERANCE_PCT, "totals_tolerance_pct", PERCENT, 0, 100, 1,                   \
	  "a sheet's total row may differ from its rows by this share of the total, or by "  \
	  "the rounding of its figures (a warning); beyond both the import stops unless "    \
	  "--accept-totals")                                                                 \
	X(AS_OF, "as_of", DAY, 0, 99991231, 0,                                                \
	  "the day the file's figures describe, taken as today by every pane and report "    \
	  "($PMWB_TODAY overrides it); none: the clock's today")

enum setting_id {
#define PMWB_SETTING_ENUM(id, name, type, min, max, def, help) SETTING_##id,
	PMWB_SETTING_LIST(PMWB_SETTING_ENUM)
#undef PMWB_SETTING_ENUM
	SETTING_COUNT
};

struct setting_def {
	const char *name;
	enum setting_type type;
	int min, max, def;
	const char *help;
};

/* Every setting's value.  problem: "" when every stored value was good, else one sentence
 * naming the first bad one, the default used instead and the command that mends it. */
struct pmwb_settings {
	int value[SETTING_COUNT];
	char problem[PMWB_ERR_MSG_MAX];
};

const struct setting_def *settings_def(enum setting_id id);
/* The setting called name (any case); -1 when there is none. */
int settings_find(const char *name);
void settings_default(struct pmwb_settings *s);

/* Read a value as typed by a person or stored; the error names the setting and its range. */
enum pmwb_status settings_parse(enum setting_id id, const char *text, int *value,
				struct pmwb_error *e);
/* The value as stored and shown: "4", "95", "2013-10-15", "none"; the unit is
 * settings_unit's. */
void settings_format(enum setting_id id, int value, char *buf, size_t size);
const char *settings_unit(enum setting_id id);
/* What a setting may be, for help: "1-12 month, default 4", "a day (YYYY-MM-DD) or none,
 * default none". */
void settings_range(enum setting_id id, char *buf, size_t size);

/* The financial year and the RAG rules the settings make, for the code that takes them. */
struct fy_settings settings_fy(const struct pmwb_settings *s);
struct qipp_rag_rules settings_rag_rules(const struct pmwb_settings *s);

/* Rules between settings (Amber no higher than Green); the error says which to change. */
enum pmwb_status settings_check(const struct pmwb_settings *s, struct pmwb_error *e);

#endif
