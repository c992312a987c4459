/* Money is exact: a signed count of whole pounds in an int64_t, never floating point.
 * Spreadsheets write it in pounds, thousands (£'000) or millions; the column says which. */
#ifndef PMWB_MONEY_H
#define PMWB_MONEY_H

#include <stdint.h>

#include "pmwb/error.h"

typedef int64_t money_pounds;

enum money_unit {
	MONEY_POUNDS = 1,
	MONEY_THOUSANDS = 1000,
	MONEY_MILLIONS = 1000000,
};

/* Parse what people type: "1234", "1,234", "£1,234", "-36", "(36)", "-£36", "£-36", "£0",
 * "1.5" (in a £k column: 1,500 pounds), "1.41m" / "£1.41m" (millions whatever the column),
 * "250k" / "£250k" (thousands whatever the column), blanks around.  `unit` is the column's
 * unit for a bare number.  A value with more decimals than a whole pound allows, an empty
 * string, thousands separators in the wrong place ("1,23"), two signs, text, or a value
 * beyond +/- 10^15 pounds is rejected with a message quoting the text.
 * Callers treat an empty cell as "not given" before calling this. */
enum pmwb_status money_parse(const char *text, enum money_unit unit, money_pounds *out,
			     struct pmwb_error *e);

/* Rounded half away from zero to the unit: 1,500 pounds is 2 in thousands, -1,500 is -2. */
int64_t money_round_to(money_pounds p, enum money_unit unit);

/* "6,532" for 6,532,000 pounds in thousands; "-1,278"; buf >= 32.  No currency sign. */
void money_format(money_pounds p, enum money_unit unit, char *buf, unsigned size);
/* "£6.53m"-style with two decimals, rounded half away from zero (buf >= 32, UTF-8 £
 * unless ascii is set, then "GBP 6.53m"). */
void money_format_millions(money_pounds p, int ascii, char *buf, unsigned size);

#endif
