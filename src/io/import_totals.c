/* Total rows.  Spreadsheets carry "Sub-total", "Total" and "Grand Total" rows; they are not
 * data, but their figures are worth checking: the client's own documents disagree with
 * themselves (seed-data totals.md).  A total row of level L covers the data rows since the
 * last total row of level L or higher: a Sub-total its block, a Total everything since the
 * last Total (its sub-totals' rows included), a Grand Total everything since the last one.
 * A total row that names a programme covers only that programme's rows.  A difference is a
 * warning, not an error. */
#include "config.h"

#include <string.h>

#include "import_impl.h"
#include "pmwb/money.h"
#include "pmwb/text.h"

static int starts_word(const char *s, const char *word)
{
	size_t n = strlen(word);
	char c;

	if (strlen(s) < n || !text_equal_nocase(s, n, word))
		return 0;
	c = s[n];
	/* "Total", "Total BCF", "Totals", "Total:" but not "Totally new service" */
	return c == '\0' || c == ' ' || c == ':' || c == '-' || c == '(' ||
	       ((c == 's' || c == 'S') && (s[n + 1] == '\0' || s[n + 1] == ' '));
}

int import_total_level(const char *cell)
{
	if (starts_word(cell, "grand total"))
		return 3;
	if (starts_word(cell, "sub-total") || starts_word(cell, "sub total") ||
	    starts_word(cell, "subtotal"))
		return 1;
	if (starts_word(cell, "total"))
		return 2;
	return 0;
}

static struct import_total_acc *acc_for(struct import_run *run, const char *scope,
					const char *label)
{
	for (int i = 0; i < run->nacc; i++)
		if (strcmp(run->acc[i].label, label) == 0 && strcmp(run->acc[i].scope, scope) == 0)
			return &run->acc[i];
	if (run->nacc >= IMPORT_MAX_TOTALS)
		return NULL;
	text_copy(run->acc[run->nacc].label, sizeof(run->acc[0].label), label);
	text_copy(run->acc[run->nacc].scope, sizeof(run->acc[0].scope), scope);
	memset(run->acc[run->nacc].sum, 0, sizeof(run->acc[0].sum));
	return &run->acc[run->nacc++];
}

static const char *scope_of(const struct import_run *run, const struct import_row *row)
{
	return run->kind->total_scope_field >= 0 ? row->cell[run->kind->total_scope_field] : "";
}

void import_total_add(struct import_run *run, const struct import_row *row, const char *label,
		      long long value)
{
	struct import_total_acc *all = acc_for(run, "", label);
	struct import_total_acc *own = scope_of(run, row)[0] ? acc_for(run, scope_of(run, row), label)
							     : NULL;

	for (int l = 1; l <= 3; l++) {
		if (all)
			all->sum[l] += value;
		if (own)
			own->sum[l] += value;
	}
}

void import_total_check(struct import_run *run, const struct import_row *row, long column,
			const char *label, long long printed)
{
	int level = import_total_level(row->cell[run->kind->total_field]);
	struct import_total_acc *a = acc_for(run, scope_of(run, row), label);
	char p[32], s[32], d[32];
	long long sum;

	(void)column;
	if (!a || level < 1)
		return;
	sum = a->sum[level];
	run->totals_checked++;
	if (sum == printed)
		return;
	run->totals_differ++;
	/* the sheets print £'000, the database holds pounds */
	money_format(printed, MONEY_THOUSANDS, p, sizeof(p));
	money_format(sum, MONEY_THOUSANDS, s, sizeof(s));
	money_format(printed - sum, MONEY_THOUSANDS, d, sizeof(d));
	import_warning(run, row->line, 0, "total %s %s differs from the rows' sum %s by %s", label,
		       p, s, d);
}

void import_total_reset(struct import_run *run, int level)
{
	for (int i = 0; i < run->nacc; i++)
		for (int l = 1; l <= level; l++)
			run->acc[i].sum[l] = 0;
}
