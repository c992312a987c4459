/* Calendar dates as people type them in spreadsheets, kept with the precision they were
 * written to: "18th April 2013" is a day, "Sept 2014" a month, "2013/14 Q2" a quarter,
 * "2013-14" a financial year, "2012" a calendar year. */
#ifndef PMWB_DATE_H
#define PMWB_DATE_H

#include "pmwb/error.h"
#include "pmwb/fy.h"

enum date_precision {
	DATE_DAY,
	DATE_MONTH,
	DATE_QUARTER, /* a financial quarter */
	DATE_FY,      /* a financial year */
	DATE_YEAR,    /* a calendar year */
};

/* A period.  first and last are the calendar months it covers (equal for DATE_DAY and
 * DATE_MONTH); day is 1-31 for DATE_DAY and 0 otherwise. */
struct date_value {
	enum date_precision precision;
	fy_month first;
	fy_month last;
	int day;
};

/* Accepts: "01/04/2013" "1/4/13" (UK, day first), "2013-04-01" (ISO), "18th April 2013",
 * "1 Apr 2013", "Apr-13" "Apr 2013" "April 2013" "Sept 2014" "Sep-14", "2013-04", and, when
 * allow_period is set, quarters (as fy_parse_quarter), financial years (as fy_parse) and a
 * bare year "2012".  Day-of-month is checked against the month (29 February only in leap
 * years).  Rejects with a message anything else, including US-style "04/31/2013".
 *
 * In detail:
 * - Day first with '/', '-' or '.' (one kind per date): "18/04/2013", "18-04-2013",
 *   "18.04.2013".  A "month" above 12 is refused with a hint that dates are day first.
 * - A day with a month name, separated by blanks, '-' or ',': "18 April 2013", "01-Sep-13",
 *   "18 April, 2013", and, since the name fixes the order, "April 18, 2013".  An ordinal
 *   suffix must fit its number: "1st" "2nd" "3rd" "11th" "22nd"; "1th" is refused.
 * - Month names are full, three letters or "Sept", any case, optionally with a '.'.
 * - Two-digit years are 2000 + yy ("1/4/99" is 2099); years are FY_MIN_YEAR..FY_MAX_YEAR.
 * - "YYYY-NN": a month when NN is 01-12, a FY when NN is the next year's last two digits
 *   ("2012-13").  When it could be both ("2011-12": December 2011 or FY 2011/12, also
 *   "2003-04", "2000-01") it is refused with both spellings to choose from, unless
 *   allow_period is 0, when only the month can be meant.  "2013/04" (with '/') is only ever
 *   read as a FY, and refused because 04 does not follow 2013.
 * - "NN/NN" is a FY ("15/16") when the years follow; "27/10", "4/14" and anything else
 *   without a year ("1 April", "October") are refused rather than given a year.
 * - Without allow_period, quarters, FYs and bare years are refused with a message saying a
 *   day or month is needed.
 * - Surrounding blanks (including no-break spaces) are ignored; any other byte that no date
 *   uses, words such as "by" or "end", and ranges ("April/May 2013") are refused. */
enum pmwb_status date_parse(const struct fy_settings *s, const char *text, int allow_period,
			    struct date_value *out, struct pmwb_error *e);

/* A due date as plans write it (a milestone's).  Empty, or a word for a date not yet known
 * ("TBC", "TBA", "To be confirmed", "Ongoing", "N/A", "None", "Various", "-"):
 * DATE_DUE_UNDATED.  A date as date_parse reads it, periods allowed: DATE_DUE_DATED and
 * *out.  Text not shaped as any date ("end Q2", "April/May 2013", "12 June", "during
 * 2013"): DATE_DUE_TEXT, for the caller to keep as written.  Text shaped as a date with a
 * value that is none ("31/02/2014", "Q5 2013/14", "Febuary 2014", "2013/15") is refused
 * with date_parse's message, as a risk's date would be. */
enum date_due { DATE_DUE_DATED, DATE_DUE_UNDATED, DATE_DUE_TEXT };
enum pmwb_status date_parse_due(const struct fy_settings *s, const char *text,
				enum date_due *kind, struct date_value *out, struct pmwb_error *e);

/* Only a single day: what a review date or raised date must be.  A month or period is
 * refused, not widened to its first day. */
enum pmwb_status date_parse_day(const char *text, int *year, int *month, int *day,
				struct pmwb_error *e);

/* A numeric day that can only be read month first, as US sheets write it: "03/25/2014"
 * (25 cannot be a month, 03 can).  Returns 1 and the day as written, else 0. */
int date_month_first(const char *text, int *year, int *month, int *day);

/* A quarter written with its months, as trackers head their columns: "Apr-Jun 2013",
 * "Jul - Sep 13", "October-December 2013", "Jan-Mar 2014" (also with an en dash), or a
 * quarter with its months in brackets, "Q1 (Apr-Jun) 2013/14".  The months must be one of
 * the financial year's quarters under s (Apr-Jun is Q1 with an April start) and agree with
 * the quarter when one is written.  Returns 1 and sets *q, else 0. */
int date_parse_quarter_months(const struct fy_settings *s, const char *text, fy_quarter *q);

/* 1-12 for a month name as people write it: full ("September"), three letters ("Sep") or
 * "Sept", any case; 0 for anything else. */
int date_month_from_name(const char *s, size_t len);
/* "January" .. "December" and "Jan" .. "Dec"; NULL outside 1-12. */
const char *date_month_name(int month);
const char *date_month_abbrev(int month);

/* A value the way date_parse reads it back: "18 Apr 2013", "Sep 2014", "2013/14 Q2",
 * "2013/14", "2012" (buf >= 16).  Quarters and FYs are named from v->first under s. */
void date_format(const struct fy_settings *s, const struct date_value *v, char *buf,
		 unsigned size);

int date_is_leap_year(int year);
int date_days_in_month(int year, int month);
/* Days since 1970-01-01 (for "overdue" and differences). */
long date_to_days(int year, int month, int day);
void date_from_days(long days, int *year, int *month, int *day);

/* ISO "2013-04-18" (buf >= 11); "?" for a day that does not exist. */
void date_format_iso(int year, int month, int day, char *buf, unsigned size);

#endif
