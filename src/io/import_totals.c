/* Total rows.  Spreadsheets carry "Sub-total", "Total" and "Grand Total" rows; they are not
 * data, but their figures are worth checking: the client's own documents disagree with
 * themselves (seed-data totals.md).  A total row of level L covers the data rows since the
 * last total row of level L or higher: a Sub-total its block, a Total everything since the
 * last Total (its sub-totals' rows included), a Grand Total everything since the last one.
 * A total row that names a programme covers only that programme's rows.
 *
 * A difference within the sheet's rounding (each figure printed to its unit: half a unit a
 * row and half for the total) or within the totals_tolerance_pct setting's share of the
 * printed figure is a warning: the documents' own slips (432 printed against rows of 433).
 * Beyond both it is an error (a 10x typo: 6,532 printed, 10,357 summed), unless
 * --accept-totals.  A total printed with the other sign (9,245 against rows of -9,245: a
 * "schemes completed" line printed as a deduction) is a warning that says so: the rows carry
 * the sign, the total only restates them. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "import_impl.h"
#include "pmwb/money.h"
#include "pmwb/store_import_run.h"
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
	memset(run->acc[run->nacc].rows, 0, sizeof(run->acc[0].rows));
	memset(run->acc[run->nacc].ids, 0, sizeof(run->acc[0].ids));
	memset(run->acc[run->nacc].nids, 0, sizeof(run->acc[0].nids));
	memset(run->acc[run->nacc].capids, 0, sizeof(run->acc[0].capids));
	return &run->acc[run->nacc++];
}

static const char *scope_of(const struct import_run *run, const struct import_row *row)
{
	return run->kind->total_scope_field >= 0 ? row->cell[run->kind->total_scope_field] : "";
}

/* The row joins the list of what the level's sum covers (for the run's record of it). */
static void add_id(struct import_total_acc *a, int level, long long id)
{
	if (!id)
		return;
	if (a->nids[level] == a->capids[level]) {
		int cap = a->capids[level] ? a->capids[level] * 2 : 16;
		long long *more = realloc(a->ids[level], (size_t)cap * sizeof(*more));
		if (!more)
			return; /* the total is still checked; its record lists fewer rows */
		a->ids[level] = more;
		a->capids[level] = cap;
	}
	a->ids[level][a->nids[level]++] = id;
}

void import_total_add(struct import_run *run, const struct import_row *row, const char *label,
		      long long value, long long id)
{
	struct import_total_acc *all = acc_for(run, "", label);
	struct import_total_acc *own = scope_of(run, row)[0] ? acc_for(run, scope_of(run, row), label)
							     : NULL;

	for (int l = 1; l <= 3; l++) {
		if (all) {
			all->sum[l] += value;
			all->rows[l]++;
			add_id(all, l, id);
		}
		if (own) {
			own->sum[l] += value;
			own->rows[l]++;
			add_id(own, l, id);
		}
	}
}

void import_total_free(struct import_run *run)
{
	for (int i = 0; i < run->nacc; i++)
		for (int l = 0; l < 4; l++) {
			free(run->acc[i].ids[l]);
			run->acc[i].ids[l] = NULL;
			run->acc[i].nids[l] = run->acc[i].capids[l] = 0;
		}
	run->nacc = 0;
}

/* The run's record of a total checked (not in a dry run's or a failed import's: those roll
 * back).  A failure is kept and said at the file's end. */
static void record(struct import_run *run, const struct import_row *row, long column,
		   const char *label, struct import_total_what what,
		   const struct import_total_acc *a, int level, long long printed,
		   long long sum, long long unit, enum store_total_verdict verdict)
{
	struct store_import_total t = {
		.line = row->line, .col = column, .label = label, .scope = scope_of(run, row),
		.measure = (enum store_total_measure)what.measure, .fy = what.fy,
		.printed = printed, .summed = sum, .unit = unit, .rows = a->rows[level],
		.verdict = verdict, .row_ids = a->ids[level], .nrow_ids = a->nids[level]};

	if (what.measure >= 0 && run->record_total && run->run_id && !run->silent)
		run->record_total(run, &t);
}

static long long magnitude(long long v)
{
	return v < 0 ? -v : v;
}

/* Within the rounding of figures printed to unit, or within tol% of the printed figure. */
static int within(long long diff, long long printed, long rows, long long unit, int tol)
{
	long long rounding = unit * (rows + 1) / 2;

	return magnitude(diff) <= rounding || magnitude(diff) * 100 <= tol * magnitude(printed);
}

void import_total_check(struct import_run *run, const struct import_row *row, long column,
			const char *label, struct import_total_what what, long long printed)
{
	int level = import_total_level(row->cell[run->kind->total_field]);
	struct import_total_acc *a = acc_for(run, scope_of(run, row), label);
	enum money_unit unit = import_column_unit(run, column);
	int tol = run->o->totals_tolerance_pct;
	char p[32], s[32], d[32];
	long long sum;
	long rows;

	if (!a || level < 1)
		return;
	sum = a->sum[level];
	rows = a->rows[level];
	run->totals_checked++;
	if (sum == printed) {
		record(run, row, column, label, what, a, level, printed, sum, unit, STORE_TOTAL_AGREE);
		return;
	}
	run->totals_differ++;
	/* in the column's own unit, as the sheet prints it */
	money_format(printed, unit, p, sizeof(p));
	money_format(sum, unit, s, sizeof(s));
	money_format(printed - sum, unit, d, sizeof(d));
	if (within(printed - sum, printed, rows, unit, tol)) {
		import_warning(run, row->line, 0, "total %s %s differs from the rows' sum %s by %s",
			       label, p, s, d);
		record(run, row, column, label, what, a, level, printed, sum, unit,
		       STORE_TOTAL_ROUNDING);
	} else if (within(printed + sum, printed, rows, unit, tol)) {
		import_warning(run, row->line, 0,
			       "total %s %s differs from the rows' sum %s by %s: the total is "
			       "printed with the other sign; the rows' sign is kept",
			       label, p, s, d);
		record(run, row, column, label, what, a, level, printed, sum, unit, STORE_TOTAL_SIGN);
	} else if (run->o->accept_totals) {
		import_warning(run, row->line, column,
			       "total %s %s differs from the rows' sum %s by %s, more than %d%% "
			       "of the total; accepted (--accept-totals)",
			       label, p, s, d, tol);
		record(run, row, column, label, what, a, level, printed, sum, unit,
		       STORE_TOTAL_ACCEPTED);
	} else
		import_error(run, row->line, column,
			     column > 0 && (size_t)column <= row->rec->nfields
				     ? row->rec->field[column - 1]
				     : NULL,
			     "total %s %s differs from the rows' sum %s by %s, more than the "
			     "%d%% of the total that the totals_tolerance_pct setting allows: "
			     "correct the total or the rows (or import with --accept-totals)",
			     label, p, s, d, tol);
}

void import_total_reset(struct import_run *run, int level)
{
	for (int i = 0; i < run->nacc; i++)
		for (int l = 1; l <= level; l++) {
			run->acc[i].sum[l] = 0;
			run->acc[i].nids[l] = 0;
		}
}
