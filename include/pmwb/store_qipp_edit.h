/* One month of a QIPP scheme typed by hand (the scheme view): the full-year forecast and the
 * month's actual saved in one transaction with an audit row.  Nothing is half-written: on any
 * failure the database is as it was. */
#ifndef PMWB_STORE_QIPP_EDIT_H
#define PMWB_STORE_QIPP_EDIT_H

#include "pmwb/error.h"
#include "pmwb/fy.h"
#include "pmwb/store_query_qipp.h"

struct store;

enum pmwb_status store_qipp_month_get(struct store *st, long long scheme_id, fy_month month,
				      struct store_qipp_month_figures *out, struct pmwb_error *e);

/* What a typed month must meet: no actual for a month after today, and no forecast or
 * actual over outlier_pct% of the scheme's plan for the year fy (the month's). */
struct store_qipp_month_rules {
	int fy;
	fy_month today;
	int outlier_pct;
};

/* Writes `after` for the scheme's month, given `before` as the view read it, when it meets
 * the rules (else nothing is written and the error names the figure; rules NULL: an undo or
 * redo puts back figures the month has held, and checks none).  When the month
 * in the database no longer matches `before` (a colleague's import or edit meanwhile) nothing
 * is written and the error says so; when nothing differs, nothing is written either.  A month
 * left with neither figure is removed.  The audit row (entity qipp_month, key "CODE scheme
 * YYYY-MM") lists each figure as old -> new in pounds. */
enum pmwb_status store_qipp_month_save(struct store *st, long long scheme_id, fy_month month,
				       const struct store_qipp_month_figures *before,
				       const struct store_qipp_month_figures *after,
				       const struct store_qipp_month_rules *rules,
				       struct pmwb_error *e);

#endif
