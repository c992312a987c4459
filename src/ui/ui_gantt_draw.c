/* The Gantt pane's drawing: the quarter (or month) header, each row's name, value and
 * cells with the editing cursor, and the legend line. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pmwb/money.h"
#include "ui_draw.h"
#include "ui_gantt_view.h"

/* Column of quarter q relative to q_x, or -1 when it is off screen. */
static int quarter_x(const struct gantt_view *v, fy_quarter q)
{
	int i = q - v->left_q;

	if (i < 0 || i >= v->lay.nq)
		return -1;
	return (v->zoom == ZOOM_YEAR) ? (i / 4) * YEAR_COL + i % 4 : i * QUARTER_COL;
}

static char phase_at(const struct store_gantt_project *p, fy_quarter q)
{
	for (int i = 0; i < p->n_phases; i++)
		if (p->phase[i].start_q <= q && q <= p->phase[i].end_q)
			return p->phase[i].letter;
	return 0;
}

/* 0: no milestone in quarter q; 1: one; 2: one of them overdue (store_milestone_edit.h). */
static int milestone_at(const struct ui_ctx *ctx, const struct store_gantt_project *p,
			fy_quarter q)
{
	int ms = 0;

	for (int i = 0; i < p->n_milestones; i++)
		if (p->milestone_first[i] >= 0 &&
		    fy_quarter_of_month(&ctx->info.fy, p->milestone_first[i]) == q)
			ms = p->milestone_overdue[i] ? 2 : ms ? ms : 1;
	return ms;
}

/* A milestone's mark: overdue ones stand out, in colour and glyph (! where ASCII). */
static void put_milestone(int y, int x, int ms)
{
	ui_put(y, x, 1, ui_attr(ms == 2 ? UI_ROLE_OVERDUE : UI_ROLE_MILESTONE),
	       ui_glyph(ms == 2 ? UI_G_OVERDUE : UI_G_MILESTONE));
}

static void draw_cells(struct gantt_view *v, const struct ui_ctx *ctx, int y,
		       const struct store_gantt_project *p)
{
	for (int i = 0; i < v->lay.nq; i++) {
		fy_quarter q = v->left_q + i;
		int x = v->lay.q_x + quarter_x(v, q);
		char letter = phase_at(p, q), s[2] = {letter, 0};
		int ms = milestone_at(ctx, p, q);

		if ((v->zoom == ZOOM_YEAR)) {
			if (ms == 2)
				put_milestone(y, x, ms);
			else if (letter)
				ui_put(y, x, 1, ui_attr(ui_phase_role(letter)) | (ms ? A_UNDERLINE : 0), s);
			else if (ms)
				put_milestone(y, x, ms);
			else if (q == ctx->today_q)
				ui_put(y, x, 1, ui_attr(UI_ROLE_TODAY), ui_glyph(UI_G_VLINE));
			continue;
		}
		if (letter) {
			char cell[4] = {' ', letter, ' ', 0};
			ui_put(y, x, 3, ui_attr(ui_phase_role(letter)), cell);
		} else if (q == ctx->today_q) {
			ui_put(y, x + 1, 1, ui_attr(UI_ROLE_TODAY), ui_glyph(UI_G_VLINE));
		}
		if (ms)
			put_milestone(y, x + 2, ms);
	}
}

/* The fixed left part of the two header rows: the plan's span, then the column names. */
void gantt_draw_header_left(struct gantt_view *v, const struct ui_ctx *ctx)
{
	const struct layout *l = &v->lay;
	char buf[64], a[16], b[16];
	fy_quarter first, last;
	attr_t h = ui_attr(UI_ROLE_HEADER);

	gantt_span(ctx, &first, &last);
	fy_quarter_format(first, a, sizeof(a));
	fy_quarter_format(last, b, sizeof(b));
	snprintf(buf, sizeof(buf), "Plan %s - %s", a, b);
	ui_put(l->head_y, l->x, l->name_w + VALUE_W + 1, ui_attr(UI_ROLE_DIM), buf);
	ui_put_pad(l->head_y + 1, l->x, l->name_w, h, "Programme / project", 0);
	snprintf(buf, sizeof(buf), "%sk", ui_glyph(UI_G_POUND));
	ui_put_pad(l->head_y + 1, l->x + l->name_w + 1, VALUE_W, h, buf, 1);
}

void gantt_draw_header(struct gantt_view *v, const struct ui_ctx *ctx)
{
	const struct layout *l = &v->lay;
	char buf[64];
	attr_t h = ui_attr(UI_ROLE_HEADER);

	gantt_draw_header_left(v, ctx);
	for (int i = 0; i < l->nq; i++) {
		fy_quarter q = v->left_q + i;
		int x = l->q_x + quarter_x(v, q), qn = fy_quarter_num(q);
		int today = q == ctx->today_q;
		char fy[16];

		if (qn == 1 || i == 0) {
			int room = (v->zoom == ZOOM_YEAR) ? YEAR_COL - 1 : (5 - qn) * QUARTER_COL - 1;
			fy_format(fy_quarter_fy(q), fy, sizeof(fy));
			/* "2013/14" where it fits, "13/14" where it does not. */
			ui_put(l->head_y, x, room, h, room >= 7 ? fy : fy + 2);
		}
		if ((v->zoom == ZOOM_YEAR)) {
			snprintf(buf, sizeof(buf), "%d", qn);
			ui_put(l->head_y + 1, x, 1, today ? ui_attr(UI_ROLE_TODAY) : h,
			       today ? ui_glyph(UI_G_TODAY) : buf);
		} else {
			snprintf(buf, sizeof(buf), "Q%d%s", qn, today ? ui_glyph(UI_G_TODAY) : "");
			ui_put(l->head_y + 1, x, 3, today ? ui_attr(UI_ROLE_TODAY) : h, buf);
		}
	}
}

void gantt_draw_header_months(struct gantt_view *v, const struct ui_ctx *ctx, int nm)
{
	static const char *const names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
					    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
	const struct layout *l = &v->lay;
	attr_t h = ui_attr(UI_ROLE_HEADER);
	char buf[16], fy[16];

	for (int i = 0; i < nm; i++) {
		fy_month m = v->left_m + i;
		int x = l->q_x + i * MONTH_COL, idx = fy_month_index(&ctx->info.fy, m);
		int today = m == ctx->today_month;

		if (idx == 1 || i == 0) {
			fy_format(fy_of_month(&ctx->info.fy, m), fy, sizeof(fy));
			ui_put(l->head_y, x, (13 - idx) * MONTH_COL - 1, h, fy);
		}
		snprintf(buf, sizeof(buf), "%s%s", names[fy_month_month(m) - 1],
			 today ? ui_glyph(UI_G_TODAY) : "");
		ui_put(l->head_y + 1, x, MONTH_COL, today ? ui_attr(UI_ROLE_TODAY) : h, buf);
	}
}

static void draw_cells_months(struct gantt_view *v, const struct ui_ctx *ctx, int y,
			      const struct store_gantt_project *p, int nm)
{
	for (int i = 0; i < nm; i++) {
		fy_month m = v->left_m + i;
		int x = v->lay.q_x + i * MONTH_COL, ms = 0;
		char letter = phase_at(p, fy_quarter_of_month(&ctx->info.fy, m));

		for (int k = 0; k < p->n_milestones; k++)
			if (p->milestone_first[k] == m)
				ms = p->milestone_overdue[k] ? 2 : ms ? ms : 1;
		if (letter) {
			char cell[MONTH_COL + 1] = {' ', letter, ' ', ' ', 0};
			ui_put(y, x, MONTH_COL, ui_attr(ui_phase_role(letter)), cell);
		} else if (m == ctx->today_month) {
			ui_put(y, x + 1, 1, ui_attr(UI_ROLE_TODAY), ui_glyph(UI_G_VLINE));
		}
		if (ms)
			put_milestone(y, x + 2, ms);
	}
}

/* The quarter cursor while editing: its cell in reverse video, "[ ]" round an empty one. */
static void draw_cursor(struct gantt_view *v, int y, const struct store_gantt_project *p)
{
	int x = quarter_x(v, v->edit.cur);
	char letter = phase_at(p, v->edit.cur);
	char cell[4] = {letter ? ' ' : '[', letter ? letter : ' ', letter ? ' ' : ']', 0};

	if (x < 0 || v->zoom == ZOOM_MONTH)
		return;
	if (v->zoom == ZOOM_YEAR)
		ui_put(y, v->lay.q_x + x, 1, A_REVERSE, letter ? cell + 1 : "_");
	else
		ui_put(y, v->lay.q_x + x, 3, A_REVERSE, cell);
}

void gantt_draw_row(struct gantt_view *v, const struct ui_ctx *ctx, int i)
{
	const struct layout *l = &v->lay;
	const struct gantt_row *row = ui_list_row(&v->list, i);
	int y = l->list_y + i, sel = i == v->list.pager.sel;
	char name[STORE_NAME_MAX + STORE_CODE_MAX + 16], val[32] = "";

	if (row->kind == GANTT_GROUP) {
		snprintf(name, sizeof(name), "%s %s %s",
			 ui_glyph(ui_groups_folded(&v->groups, row->prog.id) ? UI_G_FOLDED : UI_G_UNFOLDED),
			 row->prog.code, row->prog.name);
		ui_put_pad(y, l->x, l->name_w + 1 + VALUE_W,
			   ui_attr(sel ? UI_ROLE_SELECTED : UI_ROLE_GROUP) | (sel ? A_BOLD : 0), name, 0);
	} else {
		snprintf(name, sizeof(name), "  %s", row->proj.name);
		ui_put_pad(y, l->x, l->name_w + 1, ui_attr(sel ? UI_ROLE_SELECTED : UI_ROLE_NORMAL),
			   name, 0);
		if (row->proj.has_value)
			money_format(row->proj.value, MONEY_THOUSANDS, val, sizeof(val));
		ui_put_pad(y, l->x + l->name_w + 1, VALUE_W,
			   ui_attr(sel ? UI_ROLE_SELECTED : UI_ROLE_NORMAL), val, 1);
	}
	if (v->zoom == ZOOM_MONTH)
		draw_cells_months(v, ctx, y, &row->proj, v->lay.nm);
	else
		draw_cells(v, ctx, y, &row->proj);
	if (sel && v->edit.on && row->kind == GANTT_PROJECT)
		draw_cursor(v, y, &row->proj);
}

/* "‼ 3 overdue" in the legend (the same count as the exception report's). */
static int put_milestone_count(int y, int x, int w, long n)
{
	char buf[48];
	int used;

	used = ui_put(y, x, w, ui_attr(UI_ROLE_OVERDUE), ui_glyph(UI_G_OVERDUE));
	snprintf(buf, sizeof(buf), " %ld overdue", n);
	return used + ui_put(y, x + used, w - used, 0, buf);
}

void gantt_draw_legend(struct gantt_view *v, const struct ui_ctx *ctx)
{
	static const char *const words[] = {"Scope", "Design", "Procure", "Implement", "Review"};
	static const char letters[] = "SDPIR";
	const struct layout *l = &v->lay;
	int x = l->x, end = l->x + l->w;
	char buf[192], q[16];

	if (v->edit.on) {
		/* Where the cursor is leads: the line is cut at 80 columns. */
		fy_quarter_format(v->edit.cur, q, sizeof(q));
		snprintf(buf, sizeof(buf), "Editing %s ", q);
		x += ui_put(l->legend_y, x, end - x, A_BOLD, buf);
	}
	for (int i = 0; i < 5 && x < end; i++) {
		char s[2] = {letters[i], 0};
		x += ui_put(l->legend_y, x, end - x, ui_attr(ui_phase_role(letters[i])) | A_BOLD, s);
		snprintf(buf, sizeof(buf), " %s ", words[i]);
		x += ui_put(l->legend_y, x, end - x, 0, buf);
	}
	x += ui_put(l->legend_y, x, end - x, ui_attr(UI_ROLE_MILESTONE), ui_glyph(UI_G_MILESTONE));
	x += ui_put(l->legend_y, x, end - x, 0, " milestone ");
	fy_quarter_format(ctx->today_q, q, sizeof(q));
	x += ui_put(l->legend_y, x, end - x, ui_attr(UI_ROLE_TODAY), ui_glyph(UI_G_TODAY));
	snprintf(buf, sizeof(buf), " today %s ", q);
	x += ui_put(l->legend_y, x, end - x, 0, buf);
	/* After today's quarter, which 80 columns must keep. */
	if (v->overdue)
		x += put_milestone_count(l->legend_y, x, end - x, v->overdue);
	snprintf(buf, sizeof(buf), " %s, %s%s%s%s",
		 v->zoom == ZOOM_YEAR ? "years" : v->zoom == ZOOM_MONTH ? "months" : "quarters",
		 gantt_sort_names[v->sort], ui_list_order_note(&v->list),
		 v->list.filter[0] ? ", filter " : "", v->list.filter);
	ui_put(l->legend_y, x, end - x, ui_attr(UI_ROLE_DIM), buf);
}
