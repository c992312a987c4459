/* The Gantt pane: projects grouped under their programmes, one column per quarter (or four
 * narrow columns per year), fixed name and value columns, a marker on "today", and a detail
 * panel for the selected row.  Rows come from the paged model in ui_gantt_rows.c. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmwb/money.h"
#include "pmwb/store_milestone_edit.h"
#include "pmwb/text.h"
#include "ui_draw.h"
#include "ui_gantt_detail.h"
#include "ui_gantt_edit.h"
#include "ui_gantt_rows.h"
#include "ui_gantt_view.h"
#include "ui_projform.h"
#include "ui_undo.h"
#include "ui_view.h"

const char *const gantt_sort_names[STORE_PROJ_SORT_COUNT] = {"plan order", "name", "value"};

void gantt_span(const struct ui_ctx *ctx, fy_quarter *first, fy_quarter *last)
{
	if (ctx->info.has_span) {
		*first = ctx->info.first_q;
		*last = ctx->info.last_q;
	} else {
		*first = fy_quarter_make(fy_quarter_fy(ctx->today_q), 1);
		*last = *first + 3;
	}
	/* "today" may be moved beyond the plan; keep it reachable. */
	if (ctx->today_q < *first)
		*first = ctx->today_q;
	if (ctx->today_q > *last)
		*last = ctx->today_q;
}

static int visible_quarters(const struct gantt_view *v, int q_w)
{
	if ((v->zoom == ZOOM_YEAR))
		return ((q_w + 2) / YEAR_COL) * 4;
	return q_w / QUARTER_COL;
}

static void clamp_left(struct gantt_view *v, const struct ui_ctx *ctx)
{
	fy_quarter first, last;
	int nq = v->lay.nq > 0 ? v->lay.nq : 4;

	gantt_span(ctx, &first, &last);
	if ((v->zoom == ZOOM_YEAR))
		first = fy_quarter_make(fy_quarter_fy(first), 1);
	/* At the end of the plan, start on a FY's first quarter when the whole of the rest
	 * still fits, rather than a Q2 that leaves a year's label cut. */
	fy_quarter max_left = last - nq + 1;
	if (fy_quarter_num(max_left) != 1 && fy_quarter_make(fy_quarter_fy(max_left) + 1, 1) <= last)
		max_left = fy_quarter_make(fy_quarter_fy(max_left) + 1, 1);
	if (v->left_q > max_left)
		v->left_q = max_left;
	if (v->left_q < first)
		v->left_q = first;
	if ((v->zoom == ZOOM_YEAR))
		v->left_q = fy_quarter_make(fy_quarter_fy(v->left_q), 1);
}

static void show_today(struct gantt_view *v, const struct ui_ctx *ctx, int force)
{
	int nq = v->lay.nq > 0 ? v->lay.nq : 4;

	/* Today's financial year from its first quarter: the columns line up with the FYs
	 * people plan in, and today is on screen whenever a year fits. */
	if (force || ctx->today_q < v->left_q || ctx->today_q >= v->left_q + nq)
		v->left_q = nq >= 4 ? fy_quarter_make(fy_quarter_fy(ctx->today_q), 1)
				    : ctx->today_q;
	clamp_left(v, ctx);
}

static void month_span(const struct ui_ctx *ctx, fy_month *first, fy_month *last)
{
	fy_quarter fq, lq;

	gantt_span(ctx, &fq, &lq);
	*first = fy_quarter_first_month(&ctx->info.fy, fq);
	*last = fy_quarter_first_month(&ctx->info.fy, lq) + 2;
}

/* As clamp_left, by month: at the end of the plan start on a FY's first month when the rest
 * still fits. */
static void clamp_left_m(struct gantt_view *v, const struct ui_ctx *ctx)
{
	fy_month first, last, max_left, next_fy;
	int nm = v->lay.nm > 0 ? v->lay.nm : 12;

	month_span(ctx, &first, &last);
	max_left = last - nm + 1;
	next_fy = fy_first_month(&ctx->info.fy, fy_of_month(&ctx->info.fy, max_left) + 1);
	if (fy_month_index(&ctx->info.fy, max_left) != 1 && next_fy <= last)
		max_left = next_fy;
	if (v->left_m > max_left)
		v->left_m = max_left;
	if (v->left_m < first)
		v->left_m = first;
}

static void show_today_m(struct gantt_view *v, const struct ui_ctx *ctx, int force)
{
	int nm = v->lay.nm > 0 ? v->lay.nm : 12;

	if (force || ctx->today_month < v->left_m || ctx->today_month >= v->left_m + nm)
		v->left_m = nm >= 12 ? fy_first_month(&ctx->info.fy,
						      fy_of_month(&ctx->info.fy, ctx->today_month))
				     : fy_quarter_first_month(&ctx->info.fy, ctx->today_q);
	clamp_left_m(v, ctx);
}

static void compute_layout(struct gantt_view *v, struct ui_rect r)
{
	struct layout *l = &v->lay;
	int gh = r.h;

	if (!v->detail_chosen)
		v->show_detail = r.w >= 150 || r.h >= 34;
	l->x = r.x;
	l->w = r.w;
	l->detail = 0;
	if (v->show_detail && r.w >= 150) {
		l->detail = 1;
		l->det = (struct ui_rect){.y = r.y, .x = r.x + r.w - 52, .h = r.h, .w = 52};
		l->w = r.w - 53;
	} else if (v->show_detail && r.h >= 16) {
		int dh = r.h >= 30 ? 10 : 7;
		l->detail = 2;
		l->det = (struct ui_rect){.y = r.y + r.h - dh, .x = r.x, .h = dh, .w = r.w};
		gh = r.h - dh;
	}
	l->head_y = r.y;
	l->list_y = r.y + 2;
	l->list_h = gh - 3 > 1 ? gh - 3 : 1;
	l->legend_y = r.y + gh - 1;
	l->name_w = l->w * 3 / 10;
	if (l->name_w < 18)
		l->name_w = 18;
	if (l->name_w > 44)
		l->name_w = 44;
	l->q_x = l->x + l->name_w + 1 + VALUE_W + 1;
	l->q_w = l->x + l->w - l->q_x;
	l->nq = visible_quarters(v, l->q_w);
	l->nm = l->q_w / MONTH_COL;
}

/* The overdue milestones at the pane's today: marked in the rows, counted in the legend. */
static void gantt_overdue_count(struct gantt_view *v, struct ui_ctx *ctx)
{
	struct pmwb_error e;

	err_clear(&e);
	store_gantt_set_today(v->g, ctx->today_month);
	if (store_milestone_overdue_count(ctx->st, ctx->today_month, NULL, &v->overdue, &e) !=
	    PMWB_OK)
		ui_error(ctx, &e);
}

static void gantt_draw(void *state, struct ui_ctx *ctx, struct ui_rect r)
{
	struct gantt_view *v = state;

	compute_layout(v, r);
	ui_list_place(&v->list, ctx, v->lay.list_y, v->lay.list_h);
	/* Until the user scrolls the quarters, they follow today whatever the width. */
	if (!v->left_set) {
		/* Open on today's FY; ^ and h reach back to the start of the plan. */
		show_today(v, ctx, 1);
		show_today_m(v, ctx, 1);
	}
	clamp_left(v, ctx);
	clamp_left_m(v, ctx);
	/* No empty columns past the end of the plan. */
	{
		fy_quarter first, last;
		fy_month first_m, last_m;
		gantt_span(ctx, &first, &last);
		if (v->left_q + v->lay.nq - 1 > last)
			v->lay.nq = last - v->left_q + 1;
		month_span(ctx, &first_m, &last_m);
		if (v->left_m + v->lay.nm - 1 > last_m)
			v->lay.nm = last_m - v->left_m + 1;
	}
	if (v->zoom == ZOOM_MONTH) {
		gantt_draw_header_left(v, ctx);
		gantt_draw_header_months(v, ctx, v->lay.nm);
	} else {
		gantt_draw_header(v, ctx);
	}
	if (v->list.pager.n == 0)
		ui_put(v->lay.list_y, v->lay.x, v->lay.w, ui_attr(UI_ROLE_DIM),
		       v->list.filter[0] ? "Nothing matches the filter; f then Enter on an empty line clears it."
				    : "No projects yet: import a plan with 'pmwb import'.");
	for (int i = 0; i < v->list.pager.n; i++)
		gantt_draw_row(v, ctx, i);
	gantt_draw_legend(v, ctx);
	if (v->lay.detail)
		gantt_detail_draw(&v->detail, v->g, ctx, ui_list_selected(&v->list), v->lay.det,
				  v->lay.detail == 1);
}

/* e: start or stop editing the plan; the cursor starts on today, within the plan. */
static int plan_toggle(struct gantt_view *v, struct ui_ctx *ctx)
{
	fy_quarter first, last;

	if (v->edit.on) {
		v->edit.on = 0;
		ui_message(ctx, "plan editing stopped: every change is saved");
		return UI_REDRAW;
	}
	gantt_span(ctx, &first, &last);
	v->edit.on = 1;
	v->edit.cur = ctx->today_q < first ? first : ctx->today_q > last ? last : ctx->today_q;
	if (v->zoom == ZOOM_MONTH) {
		v->zoom = ZOOM_QUARTER;
		v->left_q = fy_quarter_of_month(&ctx->info.fy, v->left_m);
	}
	ui_message(ctx, "editing the plan: h l move the quarter cursor, S D P I R set a phase, "
			"Esc stops");
	return UI_REDRAW;
}

/* The quarters scroll to keep the cursor on screen. */
static void follow_cursor(struct gantt_view *v, const struct ui_ctx *ctx)
{
	int nq = v->lay.nq > 0 ? v->lay.nq : 4;

	if (v->edit.cur < v->left_q)
		v->left_q = v->edit.cur;
	else if (v->edit.cur >= v->left_q + nq)
		v->left_q = v->edit.cur - nq + 1;
	v->left_set = 1;
	clamp_left(v, ctx);
}

static int plan_action(struct gantt_view *v, struct ui_ctx *ctx, enum ui_action a)
{
	fy_quarter first, last;
	int flags;

	switch (a) {
	case UI_ACT_LEFT:
	case UI_ACT_RIGHT:
		gantt_span(ctx, &first, &last);
		v->edit.cur += a == UI_ACT_LEFT ? -1 : 1;
		v->edit.cur = v->edit.cur < first ? first : v->edit.cur > last ? last : v->edit.cur;
		break;
	case UI_ACT_BACK:
		return plan_toggle(v, ctx);
	case UI_ACT_UNDO:
	case UI_ACT_REDO: /* the shell's, but the plan's keys come first */
		return ui_undo_act(ctx, a);
	default:
		flags = gantt_edit_change(&v->edit, ctx, a, ui_list_selected(&v->list));
		follow_cursor(v, ctx);
		return flags;
	}
	follow_cursor(v, ctx);
	return UI_REDRAW;
}

/* While editing the plan its keys come first (R is Review there, not reload). */
static int gantt_key(void *state, struct ui_ctx *ctx, int key, int is_char, struct ui_rect r)
{
	struct gantt_view *v = state;
	enum ui_action a;

	(void)is_char;
	(void)r;
	if (!v->edit.on)
		return -1;
	a = ui_key_action(key, UI_SCOPE_PLAN);
	return a == UI_ACT_NONE ? -1 : plan_action(v, ctx, a);
}

static unsigned gantt_bar_scope(void *state)
{
	const struct gantt_view *v = state;

	return v->edit.on ? UI_SCOPE_PLAN : ui_gantt_ops.scope;
}

static int gantt_action(void *state, struct ui_ctx *ctx, enum ui_action a, struct ui_rect r)
{
	struct gantt_view *v = state;
	struct gantt_row *row = ui_list_selected(&v->list);
	int step = (v->zoom == ZOOM_YEAR) ? 4 : 1;

	(void)r;
	switch (a) {
	case UI_ACT_LEFT:
	case UI_ACT_RIGHT:
	case UI_ACT_FIRST_COLUMN:
	case UI_ACT_LAST_COLUMN:
		v->left_set = 1;
		if (v->zoom == ZOOM_MONTH) {
			v->left_m = a == UI_ACT_FIRST_COLUMN ? -1000000
				    : a == UI_ACT_LAST_COLUMN ? 1000000
							       : v->left_m + (a == UI_ACT_LEFT ? -1 : 1);
			clamp_left_m(v, ctx);
		} else {
			v->left_q = a == UI_ACT_FIRST_COLUMN ? -1000000
				    : a == UI_ACT_LAST_COLUMN ? 1000000
							       : v->left_q + (a == UI_ACT_LEFT ? -step : step);
			clamp_left(v, ctx);
		}
		break;
	case UI_ACT_ZOOM:
		/* Quarters, then years (the whole plan at a glance), then months (milestones by
		 * month); the same stretch of the plan stays on screen. */
		v->zoom = v->zoom == ZOOM_QUARTER ? ZOOM_YEAR : v->zoom == ZOOM_YEAR ? ZOOM_MONTH
											: ZOOM_QUARTER;
		/* The cursor is a quarter: editing skips the month zoom. */
		if (v->edit.on && v->zoom == ZOOM_MONTH)
			v->zoom = ZOOM_QUARTER;
		if (v->zoom == ZOOM_MONTH)
			v->left_m = fy_quarter_first_month(&ctx->info.fy, v->left_q);
		else if (v->zoom == ZOOM_QUARTER)
			v->left_q = fy_quarter_of_month(&ctx->info.fy, v->left_m);
		v->lay.nq = visible_quarters(v, v->lay.q_w);
		v->lay.nm = v->lay.q_w / MONTH_COL;
		show_today(v, ctx, 0);
		show_today_m(v, ctx, 0);
		if (v->edit.on)
			follow_cursor(v, ctx);
		ui_message(ctx, "zoom: a column per %s",
			   v->zoom == ZOOM_YEAR ? "year" : v->zoom == ZOOM_MONTH ? "month" : "quarter");
		break;
	case UI_ACT_PLAN_EDIT:
		return plan_toggle(v, ctx);
	case UI_ACT_PROJ_ADD:
	case UI_ACT_PROJ_EDIT:
	case UI_ACT_PROJ_DELETE:
	case UI_ACT_MILESTONES:
		return ui_projform_gantt_action(ctx, a, row ? row->prog.id : 0,
						row && row->kind == GANTT_PROJECT ? row->proj.id : 0);
	case UI_ACT_DETAIL:
		v->show_detail = !v->show_detail;
		v->detail_chosen = 1;
		break;
	case UI_ACT_TODAY_NEXT:
	case UI_ACT_TODAY_PREV:
		show_today(v, ctx, 0);
		show_today_m(v, ctx, 0);
		break;
	case UI_ACT_TODAY_SHOW:
		show_today(v, ctx, 1);
		show_today_m(v, ctx, 1);
		break;
	case UI_ACT_FOLD:
		return row ? ui_groups_fold(&v->groups, &v->list, ctx, row, 0) : UI_NONE;
	case UI_ACT_FOLD_ALL:
		return ui_groups_fold(&v->groups, &v->list, ctx, row, 1);
	case UI_ACT_ENTER:
		if (!row)
			return UI_NONE;
		if (row->kind == GANTT_GROUP)
			return ui_groups_fold(&v->groups, &v->list, ctx, row, 0);
		v->show_detail = !v->show_detail || v->lay.detail == 0;
		v->detail_chosen = 1;
		break;
	case UI_ACT_SORT:
		v->sort = (v->sort + 1) % STORE_PROJ_SORT_COUNT;
		store_gantt_set_view(v->g, v->sort, v->list.filter);
		ui_message(ctx, "projects in %s%s", gantt_sort_names[v->sort],
			   ui_list_order_note(&v->list));
		return ui_list_resorted(&v->list, ctx);
	default: {
		/* Moving and reversing: the same in every list. */
		int f = ui_list_action(&v->list, ctx, a);
		return f < 0 ? UI_NONE : f;
	}
	}
	return UI_REDRAW;
}

static int gantt_search(void *state, struct ui_ctx *ctx, const char *text, enum ui_search_how how,
			struct ui_rect r)
{
	struct gantt_view *v = state;

	(void)r;
	return ui_list_search(&v->list, ctx, text, how);
}

static int gantt_filter(void *state, struct ui_ctx *ctx, const char *text)
{
	struct gantt_view *v = state;

	text_copy(v->list.filter, sizeof(v->list.filter), text);
	store_gantt_set_view(v->g, v->sort, v->list.filter);
	if (v->list.filter[0])
		ui_message(ctx, "showing programmes and projects matching \"%s\"", v->list.filter);
	else
		ui_message(ctx, "filter cleared");
	return ui_list_top(&v->list, ctx);
}

/* Select a programme's row, or one of its projects. */
static int goto_ids(struct gantt_view *v, struct ui_ctx *ctx, const struct ui_jump *j)
{
	struct gantt_row row;
	struct pmwb_error e;
	int found = 0;

	err_clear(&e);
	for (int attempt = 0; attempt < 2 && !found; attempt++) {
		if (j->project_id)
			gantt_rows_project(v->g, j->programme_id, j->project_id, &row, &found, &e);
		else
			gantt_rows_group(v->g, j->programme_id, &row, &found, &e);
		if (!found && v->list.filter[0]) {
			/* The filter hides it: clear the filter rather than fail. */
			v->list.filter[0] = '\0';
			store_gantt_set_view(v->g, v->sort, NULL);
		} else {
			break;
		}
	}
	if (!found) {
		ui_message(ctx, "that project is no longer in the plan");
		return UI_REDRAW;
	}
	return ui_groups_goto(&v->groups, &v->list, ctx, &row);
}

static int gantt_jump(void *state, struct ui_ctx *ctx, const struct ui_jump *j, struct ui_rect r)
{
	struct gantt_view *v = state;

	compute_layout(v, r);
	return goto_ids(v, ctx, j);
}

static int gantt_click(void *state, struct ui_ctx *ctx, int y, int x, struct ui_rect r)
{
	struct gantt_view *v = state;
	const struct gantt_row *row;

	(void)x;
	(void)r;
	switch (ui_list_click(&v->list, y)) {
	case 0:
		return UI_NONE;
	case 2: /* a click on a selected group row folds it */
		row = ui_list_selected(&v->list);
		if (row->kind == GANTT_GROUP)
			return ui_groups_fold(&v->groups, &v->list, ctx, row, 0);
		return UI_REDRAW;
	default:
		return UI_REDRAW;
	}
}

static int gantt_reload(void *state, struct ui_ctx *ctx)
{
	struct gantt_view *v = state;

	gantt_overdue_count(v, ctx);
	ui_list_reload(&v->list, ctx);
	v->detail.detail_for = 0;
	/* After a save in the project form: the project saved is the one selected. */
	struct ui_jump j = {.pane = -1};
	j.project_id = ui_projform_take_focus(&j.programme_id);
	if (j.project_id && v->list.pager.height)
		goto_ids(v, ctx, &j);
	return UI_REDRAW;
}

static enum pmwb_status gantt_open(struct ui_ctx *ctx, long long arg, void **state,
				   struct pmwb_error *e)
{
	struct gantt_view *v = calloc(1, sizeof(*v));

	(void)arg;
	if (!v)
		return err_set(e, PMWB_NOMEM, "out of memory opening the Gantt");
	if (store_gantt_open(ctx->st, &v->g, e) != PMWB_OK) {
		free(v);
		return e->status;
	}
	if (ui_groups_init(&v->groups, &gantt_rows_ops, v->g, e) != PMWB_OK ||
	    ui_list_init(&v->list, &gantt_list_ops, &v->groups, e) != PMWB_OK) {
		ui_groups_free(&v->groups);
		store_gantt_close(v->g);
		free(v);
		return e->status;
	}
	gantt_overdue_count(v, ctx);
	*state = v;
	return PMWB_OK;
}

static void gantt_close(void *state)
{
	struct gantt_view *v = state;

	if (!v)
		return;
	ui_list_free(&v->list);
	ui_groups_free(&v->groups);
	store_gantt_close(v->g);
	free(v);
}

const struct ui_view_ops ui_gantt_ops = {
	.name = "Gantt",
	.scope = UI_SCOPE_MOVE | UI_SCOPE_FIND | UI_SCOPE_DRILL | UI_SCOPE_GANTT,
	.open = gantt_open,
	.close = gantt_close,
	.reload = gantt_reload,
	.draw = gantt_draw,
	.action = gantt_action,
	.click = gantt_click,
	.search = gantt_search,
	.filter = gantt_filter,
	.filter_words = "(words in a programme's code or name, or a project's name)",
	.jump = gantt_jump,
	.key = gantt_key,
	.bar_scope = gantt_bar_scope,
	.help = "Projects under their programmes, a column per quarter: the phase letter on its "
		"colour, milestones marked, the current quarter marked.",
};
