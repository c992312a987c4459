/* Money is exact: a signed count of whole pounds in an int64_t, never floating point.
 * Spreadsheets write it in pounds, thousands (£'000) or millions; the column says which. */
#ifndef PMWB_MONEY_H
#define PMWB_MONEY_H

#include <stddef.h>
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
 * Callers treat an empty cell as "not given" before calling this.
 * Also accepted: "GBP 1,234" (what money_format_millions prints in ascii), "+36", "(£36)",
 * ".5", blanks after the sign or £ and before the k/m ("£ 1.5 m"), trailing zeros past the
 * pound ("36.00"), and a lone dash, with or without a £ before it ("-", "£ -"): Excel's
 * accounting format shows zero that way and writes it so to CSV.  Refused besides: "1." "1e6" "1 234" "$36" "€36"; text that is not UTF-8
 * (a lone 0xA3 is a Windows-1252 £: the message says the file is not UTF-8, since the
 * importer is the place that knows the encoding); a unit other than the three.  *out is
 * left untouched on failure. */
enum pmwb_status money_parse(const char *text, enum money_unit unit, money_pounds *out,
			     struct pmwb_error *e);

/* The unit a column header states, or 0 (*unit) when it states none: a currency sign or
 * "GBP" with its scale ("£", "(£)", "£'000", "£000s", "£ 000", "£k", "£m", "£ millions",
 * "GBP thousands", "GBP'000", "GBPm"), or words and marks alone ("pounds", "thousands",
 * "in millions", "'000", "(000s)").  Two different units in one header, or a unit pmwb does
 * not hold ("£bn", "pence"), are refused with a message quoting the header.  rest (may be
 * NULL) receives the header without its unit ("Plan 2013/14 ()"), to match it by name. */
enum pmwb_status money_unit_from_header(const char *header, enum money_unit *unit, char *rest,
					size_t rest_size, struct pmwb_error *e);
/* "£", "£'000", "£m"; "?" for anything else. */
const char *money_unit_name(enum money_unit unit);

/* Rounded half away from zero to the unit: 1,500 pounds is 2 in thousands, -1,500 is -2.
 * An unknown unit returns p unchanged. */
int64_t money_round_to(money_pounds p, enum money_unit unit);

/* "6,532" for 6,532,000 pounds in thousands; "-1,278"; buf >= 32.  No currency sign. */
void money_format(money_pounds p, enum money_unit unit, char *buf, unsigned size);
/* "£6.53m"-style with two decimals, rounded half away from zero (buf >= 32, UTF-8 £
 * unless ascii is set, then "GBP 6.53m").  Negative as "-£1.28m"; thousands of millions are
 * grouped ("£1,234.56m"); an amount that rounds to nothing is "£0.00m", never "-£0.00m". */
void money_format_millions(money_pounds p, int ascii, char *buf, unsigned size);

#endif
