/* The Gantt pane's detail panel (src/ui/ui_gantt_detail.c). */
#ifndef PMWB_UI_GANTT_DETAIL_H
#define PMWB_UI_GANTT_DETAIL_H

#include "pmwb/store_query_gantt.h"
#include "ui_gantt_rows.h"
#include "ui_view.h"

struct gantt_detail {
	long long detail_for; /* project id `d` is for; 0: none (read on the next draw) */
	struct store_project_detail d;
};

/* Draw the detail of row into d: beside the plan (side, with a rule on its left) or
 * under it (a rule on top). */
void gantt_detail_draw(struct gantt_detail *v, struct store_gantt *g, struct ui_ctx *ctx,
		       const struct gantt_row *row, struct ui_rect d, int side);

#endif
