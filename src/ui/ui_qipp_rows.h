/* The QIPP pane's row model: a programme's group row carrying its totals, then (unless
 * folded) its schemes, paged by key through store/ one programme at a time; and the money
 * of a scheme or a sum of schemes in a year as of a report month.  No curses here. */
#ifndef PMWB_UI_QIPP_ROWS_H
#define PMWB_UI_QIPP_ROWS_H

#include "pmwb/error.h"
#include "ui_folds.h"
#include "pmwb/qipp.h"
#include "pmwb/qipp_sums.h"
#include "pmwb/store_query_qipp.h"

enum qipp_row_kind { QIPP_ROW_GROUP, QIPP_ROW_SCHEME };

struct qipp_row {
	enum qipp_row_kind kind;
	struct store_qipp_programme prog;
	struct store_qipp_scheme scheme; /* scheme rows only */
	struct qipp_sums sums;           /* the scheme's, or on a group row the programme's
					  * (store_qipp_total) */
};

struct qipp_rows {
	struct store_qipp *q; /* with the period and rules set */
	struct qipp_rag_rules rules;
	struct ui_folds folds;
};

int qipp_rows_folded(const struct qipp_rows *m, long long prog_id);
enum pmwb_status qipp_rows_set_folded(struct qipp_rows *m, long long prog_id, int folded,
				      struct pmwb_error *e);
void qipp_rows_fold_all(struct qipp_rows *m, int folded);
void qipp_rows_free(struct qipp_rows *m);

/* The pager's fetch: rows after (or before) `after`, nearest first. */
enum pmwb_status qipp_rows_fetch(void *m, const void *after, int backward, int n, void *out,
				 int *got, struct pmwb_error *e);

/* A programme's group row (found = 0 when it has no scheme in the year). */
enum pmwb_status qipp_rows_group(struct qipp_rows *m, long long prog_id, struct qipp_row *out,
				 int *found, struct pmwb_error *e);

/* The scheme's row (for selecting it again). */
enum pmwb_status qipp_rows_scheme(struct qipp_rows *m, const struct store_qipp_programme *p,
				  const struct store_qipp_scheme *s, struct qipp_row *out,
				  struct pmwb_error *e);

/* The nearest row after `from` (before it when backward; `from` itself too when inclusive)
 * whose programme code or name, or scheme name or owner, contains text (ignoring case),
 * searching folded programmes too (the caller unfolds); NULL from: the first (last) row. */
enum pmwb_status qipp_rows_find(struct qipp_rows *m, const struct qipp_row *from, int backward,
				int inclusive, const char *text, struct qipp_row *out, int *found,
				struct pmwb_error *e);

/* The sums of one organisation's schemes (as its programmes write it), or of every scheme
 * for NULL, streamed scheme by scheme. */
enum pmwb_status qipp_rows_total(struct qipp_rows *m, const char *organisation,
				 struct qipp_sums *out, struct pmwb_error *e);

#endif
