/* A month as monthly returns number it in their financial year: "2013/14 M6", "M6 2013/14",
 * "2013/14 Month 6", or "Month 6" alone for today's financial year. */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "import_impl.h"
#include "pmwb/fy.h"

/* "M6" or "Month" "6": the number, with *used the tokens it took; 0 when it is neither. */
static int month_number_at(char **tok, int n, int i, int *used)
{
	const char *t = tok[i], *digits = NULL;
	char *end;
	long v;

	if ((t[0] == 'M' || t[0] == 'm') && isdigit((unsigned char)t[1])) {
		digits = t + 1;
		*used = 1;
	} else if (strcasecmp(t, "month") == 0 && i + 1 < n) {
		digits = tok[i + 1];
		*used = 2;
	}
	if (!digits || !isdigit((unsigned char)digits[0]))
		return 0;
	v = strtol(digits, &end, 10);
	return *end ? 0 : v > 99 ? 99 : (int)v;
}

int import_month_number(struct import_run *run, const struct import_row *row, int field,
			fy_month *out)
{
	char text[64], *tok[4], *save = NULL;
	int n = 0, number = 0, at = -1, used = 0, fy;
	struct pmwb_error pe;

	if (strlen(row->cell[field]) >= sizeof(text))
		return 0;
	strcpy(text, row->cell[field]);
	for (char *t = strtok_r(text, " ", &save); t && n < 4; t = strtok_r(NULL, " ", &save))
		tok[n++] = t;
	for (int i = 0; i < n && !number; i++)
		if ((number = month_number_at(tok, n, i, &used)))
			at = i;
	if (!number || n - used > 1)
		return 0;
	if (number < 1 || number > 12) {
		import_error(run, row->line, import_col(row, field), row->cell[field],
			     "month: a financial year's months are numbered 1 to 12 (M1 is its "
			     "first month)");
		return -1;
	}
	if (n - used == 1) {
		const char *year = tok[at == 0 ? used : 0];
		if (fy_parse(year, &fy, &pe) != PMWB_OK) {
			import_error(run, row->line, import_col(row, field), row->cell[field],
				     "month: %s", pe.msg);
			return -1;
		}
	} else if (run->o->today_month) {
		fy = fy_of_month(&run->o->fy, run->o->today_month);
	} else {
		import_error(run, row->line, import_col(row, field), row->cell[field],
			     "month: say which financial year, such as '2013/14 M%d'", number);
		return -1;
	}
	*out = fy_first_month(&run->o->fy, fy) + number - 1;
	return 1;
}
