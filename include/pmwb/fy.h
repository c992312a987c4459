/* Financial years and quarters.
 *
 * A financial year is named by the calendar year it starts in: 2013 is "2013/14".
 * A quarter is an ordinal you can do arithmetic on: fy * 4 + (q - 1), so 2013/14 Q1 is
 * 8052 and the quarter after 2013/14 Q4 is 2014/15 Q1.  A month is year * 12 + (month - 1).
 * The FY start month is a setting (April by default); with start month April, 2013/14 Q4
 * is January-March 2014. */
#ifndef PMWB_FY_H
#define PMWB_FY_H

#include "pmwb/error.h"

#define FY_DEFAULT_START_MONTH 4
#define FY_MIN_YEAR 1900
#define FY_MAX_YEAR 2199

struct fy_settings {
	int start_month; /* 1-12 */
};

/* Settings with the default start month. */
struct fy_settings fy_settings_default(void);

typedef int fy_quarter; /* ordinal, see above */
typedef int fy_month;   /* year * 12 + (month - 1) */

fy_quarter fy_quarter_make(int fy, int q); /* q 1-4 */
int fy_quarter_fy(fy_quarter qo);          /* the FY start year */
int fy_quarter_num(fy_quarter qo);         /* 1-4 */

fy_month fy_month_make(int year, int month); /* month 1-12 */
int fy_month_year(fy_month mo);
int fy_month_month(fy_month mo); /* 1-12 */

/* The functions taking settings treat NULL, or a start month outside 1-12, as the default.
 * The FY (start year) a calendar month falls in. */
int fy_of_month(const struct fy_settings *s, fy_month mo);
fy_quarter fy_quarter_of_month(const struct fy_settings *s, fy_month mo);
/* First calendar month of a quarter and of a FY. */
fy_month fy_quarter_first_month(const struct fy_settings *s, fy_quarter qo);
fy_month fy_first_month(const struct fy_settings *s, int fy);
/* Month within the FY, 1-12 (April is 1 with the default start). */
int fy_month_index(const struct fy_settings *s, fy_month mo);

/* "2013/14" (buf >= 8), "1999/00", "2099/00".  Years outside FY_MIN_YEAR..FY_MAX_YEAR print
 * as "?".  The FY is always written with both years, also for a January start month. */
void fy_format(int fy, char *buf, unsigned size);
/* "2013/14 Q1" (buf >= 11). */
void fy_quarter_format(fy_quarter qo, char *buf, unsigned size);
/* "2013-04" (buf >= 8); "?" for years outside FY_MIN_YEAR..FY_MAX_YEAR + 1. */
void fy_month_format(fy_month mo, char *buf, unsigned size);

/* Parse a financial year as people write it: "2013/14", "2013-14", "2013/2014", "2013-2014",
 * "FY2013/14", "FY 2013/14", "fy2013_14", "13/14".  The second year must follow the first.
 * On failure returns PMWB_INPUT and a message that quotes the text.
 * Also: an en dash as separator ("2013–14", as word processors write it); "99/00" is
 * 2099/00 (two-digit years are 20yy).  Refused: "2013/15"; a single year ("2013",
 * "FY2013", which offices read as either 2012/13 or 2013/14); two-digit years with '-' or
 * '_' ("13-14"); years outside FY_MIN_YEAR..FY_MAX_YEAR.  Surrounding blanks are ignored. */
enum pmwb_status fy_parse(const char *text, int *fy, struct pmwb_error *e);

/* Parse a quarter: "2013/14 Q1", "Q1 2013/14", "2013-14 Q1", "Q1 2013-14", "2013/14 q1",
 * "2013/14Q1", "Q1 13/14".  Surrounding blanks are ignored.  The year part is read as
 * fy_parse ("Q2 FY2013/14").  Refused: "Q5 2013/14", "Q0", "Q12", a quarter without its year
 * ("Q1", "end Q2") and a bare FY. */
enum pmwb_status fy_parse_quarter(const char *text, fy_quarter *qo, struct pmwb_error *e);

/* Parse a FY start month setting: 1-12 (or 01-09) or a month name as date_month_from_name. */
enum pmwb_status fy_parse_start_month(const char *text, int *month, struct pmwb_error *e);

#endif
