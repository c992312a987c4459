/* The Gantt pane's row model: programme group rows with their projects under them, folded
 * groups skipped, paged by key through store/ one programme at a time.  No curses here. */
#ifndef PMWB_UI_GANTT_ROWS_H
#define PMWB_UI_GANTT_ROWS_H

#include "pmwb/error.h"
#include "ui_folds.h"
#include "pmwb/store_query_gantt.h"

enum gantt_row_kind { GANTT_GROUP, GANTT_PROJECT };

struct gantt_row {
	enum gantt_row_kind kind;
	struct store_gantt_programme prog;
	struct store_gantt_project proj; /* a group row keeps its programme's milestones here */
};

struct gantt_rows {
	struct store_gantt *g;
	struct ui_folds folds;
};

int gantt_rows_folded(const struct gantt_rows *m, long long prog_id);
enum pmwb_status gantt_rows_set_folded(struct gantt_rows *m, long long prog_id, int folded,
				       struct pmwb_error *e);
void gantt_rows_fold_all(struct gantt_rows *m, int folded);
void gantt_rows_free(struct gantt_rows *m);

/* The pager's fetch: rows after (or before) `after`, nearest first. */
enum pmwb_status gantt_rows_fetch(void *m, const void *after, int backward, int n, void *out,
				  int *got, struct pmwb_error *e);

/* The group row of a programme and a project row by id (found = 0 when filtered away). */
enum pmwb_status gantt_rows_group(struct gantt_rows *m, long long prog_id, struct gantt_row *out,
				  int *found, struct pmwb_error *e);
enum pmwb_status gantt_rows_project(struct gantt_rows *m, long long prog_id, long long proj_id,
				    struct gantt_row *out, int *found, struct pmwb_error *e);

/* The nearest row after `from` (before it when backward; including `from` itself when
 * inclusive) whose programme code/name or project name contains text, searching folded
 * groups too (the caller unfolds); NULL from means the first (or last) row. */
enum pmwb_status gantt_rows_find(struct gantt_rows *m, const struct gantt_row *from, int backward,
				 int inclusive, const char *text, struct gantt_row *out, int *found,
				 struct pmwb_error *e);

#endif
