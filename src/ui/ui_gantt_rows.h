/* The Gantt pane's rows for the group/children model (ui_groups.h): programme group rows
 * with their projects under them, read through store/ one programme at a time.  No curses
 * here. */
#ifndef PMWB_UI_GANTT_ROWS_H
#define PMWB_UI_GANTT_ROWS_H

#include "pmwb/error.h"
#include "pmwb/store_query_gantt.h"
#include "ui_groups.h"
#include "ui_list.h"

enum gantt_row_kind { GANTT_GROUP, GANTT_PROJECT };

struct gantt_row {
	struct ui_group_key key; /* first: ui_groups reads it */
	enum gantt_row_kind kind;
	struct store_gantt_programme prog;
	struct store_gantt_project proj; /* a group row keeps its programme's milestones here */
};

/* How the Gantt's rows are read: the model is a struct store_gantt; and the list over them
 * (its pane: the struct ui_groups). */
extern const struct ui_groups_ops gantt_rows_ops;
extern const struct ui_list_ops gantt_list_ops;

/* The group row of a programme and a project row by id (found = 0 when filtered away). */
enum pmwb_status gantt_rows_group(struct store_gantt *g, long long prog_id, struct gantt_row *out,
				  int *found, struct pmwb_error *e);
enum pmwb_status gantt_rows_project(struct store_gantt *g, long long prog_id, long long proj_id,
				    struct gantt_row *out, int *found, struct pmwb_error *e);

#endif
