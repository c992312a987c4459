/* Private to the Gantt pane's files (ui_gantt.c, ui_gantt_draw.c): its state and layout. */
#ifndef PMWB_UI_GANTT_VIEW_H
#define PMWB_UI_GANTT_VIEW_H

#include "ui_gantt_detail.h"
#include "ui_gantt_edit.h"
#include "ui_gantt_rows.h"
#include "ui_list.h"
#include "ui_view.h"

/* Year zoom: a column of four one-character quarters and two blanks per FY, room for "13/14". */
#define YEAR_COL 6
#define QUARTER_COL 3
#define VALUE_W 7
/* Month zoom: "Apr " per month; phases are by quarter, milestones by month. */
#define MONTH_COL 4

struct layout {
	int head_y, list_y, list_h, legend_y;
	int x, w;          /* the Gantt part */
	int name_w, q_x, q_w, nq;
	int nm;            /* months on screen in month zoom */
	int detail;        /* 0 none, 1 side, 2 bottom */
	struct ui_rect det;
};

struct gantt_view {
	struct store_gantt *g;
	struct ui_groups groups; /* programmes, their projects under them */
	struct ui_list list;
	enum store_project_sort sort;
	enum { ZOOM_QUARTER, ZOOM_YEAR, ZOOM_MONTH } zoom;
	fy_month left_m; /* the first month on screen in month zoom */
	fy_quarter left_q;
	int left_set; /* the user scrolled the quarters: stop following today */
	int show_detail, detail_chosen;
	struct gantt_detail detail;
	struct layout lay;
	struct gantt_edit edit;
	long overdue; /* milestones overdue at today, for the legend */
};

extern const char *const gantt_sort_names[STORE_PROJ_SORT_COUNT];

/* The quarters the grid may show: the plan's span (today's year when there is no plan),
 * widened to take in "today" wherever it was moved. */
void gantt_span(const struct ui_ctx *ctx, fy_quarter *first, fy_quarter *last);

/* Drawing (ui_gantt_draw.c), at the layout gantt_draw computed. */
void gantt_draw_header_left(struct gantt_view *v, const struct ui_ctx *ctx);
void gantt_draw_header(struct gantt_view *v, const struct ui_ctx *ctx);
void gantt_draw_header_months(struct gantt_view *v, const struct ui_ctx *ctx, int nm);
void gantt_draw_row(struct gantt_view *v, const struct ui_ctx *ctx, int i);
void gantt_draw_legend(struct gantt_view *v, const struct ui_ctx *ctx);

#endif
