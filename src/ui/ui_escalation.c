/* The escalation view: open risks at or above an escalating threshold, programme and
 * corporate registers together, grouped by the authority the threshold names.  Listed by
 * score, highest first, so each authority's risks are one run of rows: the authority is
 * written on the first row of its run (and on the top row of the screen). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui_draw.h"
#include "ui_pager.h"
#include "ui_risks.h"

struct escalation_view {
	struct store_risks *q;
	struct ui_pager pager;
	struct store_risk_filter_spec spec;
	char today[11];
	long cells[6][6];
	int list_y, list_h;
};

static enum pmwb_status fetch(void *state, const void *after, int backward, int n, void *out,
			      int *got, struct pmwb_error *e)
{
	struct escalation_view *v = state;

	return store_risks_page(v->q, after, backward, n, out, got, e);
}

static void read_counts(struct escalation_view *v, struct ui_ctx *ctx)
{
	struct pmwb_error e;

	err_clear(&e);
	if (store_risks_cells(v->q, 0, 0, v->cells, &e) != PMWB_OK)
		ui_error(ctx, &e);
}

/* "Risk committee (Extreme 15-25): 3 | ..." over every escalating band, highest first. */
static void summary(struct escalation_view *v, struct ui_ctx *ctx, char *buf, size_t size)
{
	const struct risk_bands *b = ui_risk_bands(ctx);
	size_t n = 0;

	buf[0] = '\0';
	for (int k = b->n - 1; k >= 0; k--) {
		long count = 0;
		if (!b->band[k].escalated)
			continue;
		for (int l = 1; l <= 5; l++)
			for (int i = 1; i <= 5; i++)
				if (ui_risk_escalation_band(ctx, l * i) == k)
					count += v->cells[l][i];
		snprintf(buf + n, size - n, "%s%s (%s %d+): %ld", n ? " | " : "",
			 b->band[k].authority[0] ? b->band[k].authority : b->band[k].name,
			 b->band[k].name, b->band[k].min_score, count);
		n = strlen(buf);
		if (n >= size)
			break;
	}
}

static void escalation_draw(void *state, struct ui_ctx *ctx, struct ui_rect r)
{
	struct escalation_view *v = state;
	const struct risk_bands *b = ui_risk_bands(ctx);
	struct pmwb_error e;
	attr_t h = ui_attr(UI_ROLE_HEADER);
	int auth_w = r.w >= 120 ? 28 : 18, ref_w = 7, prog_w = 10, score_w = 6, rev_w = 12;
	int title_w = r.w - auth_w - ref_w - prog_w - score_w - 2 - rev_w;
	char buf[512];

	if (!v->spec.min_score) {
		ui_put(r.y, r.x, r.w, ui_attr(UI_ROLE_DIM),
		       "No risk band escalates: set 'escalated' on a threshold (pmwb import "
		       "thresholds) to name who risks go to.");
		return;
	}
	summary(v, ctx, buf, sizeof(buf));
	ui_put(r.y, r.x, r.w, ui_attr(UI_ROLE_GROUP), buf);
	v->list_y = r.y + 2;
	v->list_h = r.h - 2 > 1 ? r.h - 2 : 1;
	err_clear(&e);
	if (v->pager.height != v->list_h) {
		if ((v->pager.height == 0 ? ui_pager_top(&v->pager, v->list_h, &e)
					  : ui_pager_reload(&v->pager, v->list_h, &e)) != PMWB_OK)
			ui_error(ctx, &e);
	}
	int x = r.x;
	ui_fill(r.y + 1, r.x, r.w, h);
	ui_put_pad(r.y + 1, x, auth_w, h, "Goes to", 0);
	x += auth_w;
	ui_put_pad(r.y + 1, x, ref_w, h, "Ref", 0);
	x += ref_w;
	ui_put_pad(r.y + 1, x, prog_w, h, "Programme", 0);
	x += prog_w;
	ui_put_pad(r.y + 1, x, title_w, h, "Risk", 0);
	x += title_w;
	ui_put_pad(r.y + 1, x, score_w, h, "Score", 0);
	x += score_w + 2;
	ui_put_pad(r.y + 1, x, rev_w, h, "Review", 0);

	int prev_band = -2;
	for (int i = 0; i < v->pager.n; i++) {
		const struct store_risk_item *row = ui_pager_row(&v->pager, i);
		int y = v->list_y + i, sel = i == v->pager.sel;
		attr_t a = ui_attr(sel ? UI_ROLE_SELECTED : UI_ROLE_NORMAL);
		int band = ui_risk_escalation_band(ctx, row->score);

		x = r.x;
		if (sel)
			ui_fill(y, r.x, r.w, a);
		if (band != prev_band && band >= 0)
			ui_put_pad(y, x, auth_w - 1, a | A_BOLD,
				   b->band[band].authority[0] ? b->band[band].authority
							      : b->band[band].name, 0);
		prev_band = band;
		x += auth_w;
		ui_put_pad(y, x, ref_w - 1, a | A_BOLD, row->ref, 0);
		x += ref_w;
		ui_put_pad(y, x, prog_w - 1, row->programme[0] ? a : a | A_DIM,
			   row->programme[0] ? row->programme : "corporate", 0);
		x += prog_w;
		ui_put_pad(y, x, title_w - 1, a, row->title, 0);
		x += title_w;
		ui_risk_draw_score(ctx, y, x, score_w - 1, row->score, a);
		x += score_w;
		ui_put_pad(y, x, 1, a, ui_risk_trend_glyph(row->previous_score, row->score), 0);
		x += 2;
		ui_risk_draw_review(y, x, rev_w - 1, row, v->today, a);
	}
	if (v->pager.n == 0)
		ui_put(v->list_y, r.x, r.w, ui_attr(UI_ROLE_DIM),
		       "No open risk reaches an escalation threshold.");
}

static int escalation_action(void *state, struct ui_ctx *ctx, enum ui_action a, struct ui_rect r)
{
	struct escalation_view *v = state;
	struct store_risk_item *row = ui_pager_selected(&v->pager);
	struct pmwb_error e;
	int h = v->list_h > 0 ? v->list_h : r.h;

	err_clear(&e);
	switch (a) {
	case UI_ACT_ENTER:
		if (!row)
			return UI_NONE;
		ctx->push_ops = &ui_riskform_ops;
		ctx->push_arg = ui_riskform_arg_edit(row->id);
		return UI_REDRAW;
	default:
		/* Up, down, pages, top and bottom: the same in every list. */
		if (!ui_pager_navigate(&v->pager, a, h, &e))
			return UI_NONE;
		break;
	}
	if (e.status != PMWB_OK)
		ui_error(ctx, &e);
	return UI_REDRAW;
}

static void set_spec(struct escalation_view *v, struct ui_ctx *ctx)
{
	memset(&v->spec, 0, sizeof(v->spec));
	v->spec.min_score = ui_risk_escalation_min(ctx);
	v->spec.open_only = 1;
	ui_risk_set_view(ctx, v->q, STORE_RISK_SORT_SCORE, &v->spec);
}

static int escalation_reload(void *state, struct ui_ctx *ctx)
{
	struct escalation_view *v = state;
	struct pmwb_error e;

	ui_risk_today(ctx, v->today);
	read_counts(v, ctx);
	set_spec(v, ctx);
	(void)ui_riskform_take_focus();
	err_clear(&e);
	if (v->pager.height && ui_pager_reload(&v->pager, v->pager.height, &e) != PMWB_OK)
		ui_error(ctx, &e);
	return UI_REDRAW;
}

static enum pmwb_status escalation_open(struct ui_ctx *ctx, long long arg, void **state,
					struct pmwb_error *e)
{
	struct escalation_view *v = calloc(1, sizeof(*v));

	(void)arg;
	if (!v)
		return err_set(e, PMWB_NOMEM, "out of memory opening the escalation list");
	if (store_risks_open(ctx->st, &v->q, e) != PMWB_OK) {
		free(v);
		return e->status;
	}
	ui_risk_today(ctx, v->today);
	set_spec(v, ctx);
	read_counts(v, ctx);
	ui_pager_init(&v->pager, sizeof(struct store_risk_item), fetch, v);
	*state = v;
	return PMWB_OK;
}

static void escalation_close(void *state)
{
	struct escalation_view *v = state;

	if (!v)
		return;
	ui_pager_free(&v->pager);
	store_risks_close(v->q);
	free(v);
}

static const char *escalation_title(void *state)
{
	(void)state;
	return "Escalated";
}

const struct ui_view_ops ui_escalation_ops = {
	.name = "Escalated",
	.scope = UI_SCOPE_MOVE | UI_SCOPE_DRILL | UI_SCOPE_BACK,
	.open = escalation_open,
	.close = escalation_close,
	.reload = escalation_reload,
	.draw = escalation_draw,
	.action = escalation_action,
	.title = escalation_title,
	.help = "Open risks at or above an escalating threshold, programme and corporate registers "
		"together, grouped by the authority each threshold names; Enter edits one.",
};
