/* The heat map: the NPSA 5x5 matrix with likelihood across and impact up, the count of open
 * risks in each cell, cells coloured by band; Enter lists the selected cell's risks.  The
 * counts come from the store's kept counts (risk_cell), never from a scan of the register. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmwb/scale.h"
#include "ui_draw.h"
#include "ui_risks.h"

#define LABEL_W 17

struct heatmap_view {
	struct store_risks *q;
	int has_programme;
	long long programme_id;
	char code[STORE_CODE_MAX];
	char title[64];
	long cells[6][6];
	int l, i; /* the selected cell, 1-5 */
	int grid_y, grid_x, cw, ch;
};

static void read_counts(struct heatmap_view *v, struct ui_ctx *ctx)
{
	struct pmwb_error e;

	err_clear(&e);
	if (store_risks_cells(v->q, v->has_programme, v->programme_id, v->cells, &e) != PMWB_OK)
		ui_error(ctx, &e);
}

static void layout(struct heatmap_view *v, struct ui_rect r)
{
	/* Title, blank, the grid, two rows of likelihood labels, the legend and the cell line. */
	int spare = r.h - 7;

	v->ch = spare >= 15 ? 3 : spare >= 10 ? 2 : 1;
	v->cw = (r.w - LABEL_W) / 5;
	if (v->cw > 16)
		v->cw = 16;
	if (v->cw < 5)
		v->cw = 5;
	v->grid_y = r.y + 2;
	v->grid_x = r.x + LABEL_W;
}

static void draw_cell(struct heatmap_view *v, struct ui_ctx *ctx, int l, int i)
{
	int band = ui_risk_band(ctx, l * i);
	int y = v->grid_y + (5 - i) * v->ch, x = v->grid_x + (l - 1) * v->cw;
	int sel = l == v->l && i == v->i;
	attr_t a = band >= 0 ? ui_attr(ui_band_role(band)) : ui_attr(UI_ROLE_NORMAL);
	char buf[32];

	if (sel)
		a |= A_REVERSE | A_BOLD;
	for (int k = 0; k < v->ch; k++)
		ui_fill(y + k, x, v->cw - 1, a);
	/* Brackets mark the selection where colour cannot (mono terminals, screen dumps). */
	snprintf(buf, sizeof(buf), sel ? "[%ld]" : "%ld", v->cells[l][i]);
	int w = (int)strlen(buf);
	ui_put(y + v->ch / 2, x + (v->cw - 1 - w) / 2, w, a, buf);
}

static void heatmap_draw(void *state, struct ui_ctx *ctx, struct ui_rect r)
{
	struct heatmap_view *v = state;
	const struct risk_bands *b = ui_risk_bands(ctx);
	long per[RISK_MAX_BANDS] = {0}, unrated = 0;
	char buf[256];
	int y, n;

	layout(v, r);
	ui_put(r.y, r.x, r.w, ui_attr(UI_ROLE_GROUP), v->title);
	for (int i = 5; i >= 1; i--) {
		y = v->grid_y + (5 - i) * v->ch + v->ch / 2;
		snprintf(buf, sizeof(buf), "%s%d %s", i == 5 ? "" : "", i, scale_label(SCALE_IMPACT, i));
		ui_put_pad(y, r.x, LABEL_W - 1, i == v->i ? A_BOLD : 0, buf, 1);
		for (int l = 1; l <= 5; l++)
			draw_cell(v, ctx, l, i);
	}
	ui_put(v->grid_y - 1, r.x, LABEL_W, ui_attr(UI_ROLE_DIM), "Impact");
	y = v->grid_y + 5 * v->ch;
	for (int l = 1; l <= 5; l++) {
		int x = v->grid_x + (l - 1) * v->cw;
		snprintf(buf, sizeof(buf), "%d", l);
		ui_put(y, x + (v->cw - 2) / 2, 2, l == v->l ? A_BOLD : 0, buf);
		const char *lab = scale_label(SCALE_LIKELIHOOD, l);
		int w = ui_text_width(lab) < v->cw - 1 ? ui_text_width(lab) : v->cw - 1;
		ui_put(y + 1, x + (v->cw - 1 - w) / 2, v->cw - 1, l == v->l ? A_BOLD : 0, lab);
	}
	ui_put_pad(y + 1, r.x, LABEL_W - 1, ui_attr(UI_ROLE_DIM), "Likelihood", 1);

	for (int l = 0; l <= 5; l++)
		for (int i = 0; i <= 5; i++) {
			int band = risk_band_index(b, l * i);
			if (band >= 0)
				per[band] += v->cells[l][i];
			else
				unrated += v->cells[l][i];
		}
	/* The band counts, highest band first, each in its colour. */
	y += 2;
	n = r.x;
	for (int k = b->n - 1; k >= 0 && n < r.x + r.w; k--) {
		snprintf(buf, sizeof(buf), " %s %d-%d: %ld ", b->band[k].name, b->band[k].min_score,
			 b->band[k].max_score, per[k]);
		n += ui_put(y, n, r.x + r.w - n, ui_attr(ui_band_role(k)), buf);
		n += ui_put(y, n, r.x + r.w - n, 0, " ");
	}
	if (unrated)
		snprintf(buf, sizeof(buf), " unrated: %ld", unrated);
	else
		buf[0] = '\0';
	ui_put(y, n, r.x + r.w - n, ui_attr(UI_ROLE_DIM), buf);

	int score = v->l * v->i, band = ui_risk_band(ctx, score);
	snprintf(buf, sizeof(buf), "L%d %s x I%d %s = %d %s: %ld open risk%s; Enter lists %s",
		 v->l, scale_label(SCALE_LIKELIHOOD, v->l), v->i, scale_label(SCALE_IMPACT, v->i),
		 score, band >= 0 ? b->band[band].name : "", v->cells[v->l][v->i],
		 v->cells[v->l][v->i] == 1 ? "" : "s", v->cells[v->l][v->i] == 1 ? "it" : "them");
	ui_put(y + 1, r.x, r.w, 0, buf);
}

static int heatmap_action(void *state, struct ui_ctx *ctx, enum ui_action a, struct ui_rect r)
{
	struct heatmap_view *v = state;

	(void)r;
	switch (a) {
	case UI_ACT_UP:
		v->i = v->i < 5 ? v->i + 1 : 5;
		break;
	case UI_ACT_DOWN:
		v->i = v->i > 1 ? v->i - 1 : 1;
		break;
	case UI_ACT_LEFT:
		v->l = v->l > 1 ? v->l - 1 : 1;
		break;
	case UI_ACT_RIGHT:
		v->l = v->l < 5 ? v->l + 1 : 5;
		break;
	case UI_ACT_TOP:
		v->i = 5;
		break;
	case UI_ACT_BOTTOM:
		v->i = 1;
		break;
	case UI_ACT_ENTER:
		ctx->push_ops = &ui_riskcell_ops;
		ctx->push_arg = ui_risks_cell_arg(v->l, v->i, v->has_programme, v->programme_id);
		break;
	default:
		return UI_NONE;
	}
	return UI_REDRAW;
}

static int heatmap_click(void *state, struct ui_ctx *ctx, int y, int x, struct ui_rect r)
{
	struct heatmap_view *v = state;
	int l = (x - v->grid_x) / v->cw + 1, i = 5 - (y - v->grid_y) / v->ch;

	if (x < v->grid_x || y < v->grid_y || l < 1 || l > 5 || i < 1 || i > 5)
		return UI_NONE;
	if (l == v->l && i == v->i)
		return heatmap_action(state, ctx, UI_ACT_ENTER, r);
	v->l = l;
	v->i = i;
	return UI_REDRAW;
}

static int heatmap_reload(void *state, struct ui_ctx *ctx)
{
	read_counts(state, ctx);
	return UI_REDRAW;
}

static enum pmwb_status heatmap_open(struct ui_ctx *ctx, long long arg, void **state,
				     struct pmwb_error *e)
{
	struct heatmap_view *v = calloc(1, sizeof(*v));

	if (!v)
		return err_set(e, PMWB_NOMEM, "out of memory opening the heat map");
	if (store_risks_open(ctx->st, &v->q, e) != PMWB_OK) {
		free(v);
		return e->status;
	}
	v->has_programme = arg > 0;
	v->programme_id = arg > 0 ? arg - 1 : 0;
	if (v->has_programme && v->programme_id &&
	    store_risks_programme_code(v->q, v->programme_id, v->code, sizeof(v->code), e) !=
		    PMWB_OK) {
		store_risks_close(v->q);
		free(v);
		return e->status;
	}
	if (!v->has_programme)
		snprintf(v->title, sizeof(v->title), "Heat map: open risks, every register");
	else if (!v->programme_id)
		snprintf(v->title, sizeof(v->title), "Heat map: open risks, corporate register");
	else
		snprintf(v->title, sizeof(v->title), "Heat map: open risks in %s", v->code);
	/* Start on the worst cell that has risks, where the eye should go first. */
	read_counts(v, ctx);
	v->l = v->i = 1;
	for (int s = 25, done = 0; s >= 1 && !done; s--)
		for (int l = 5; l >= 1 && !done; l--)
			if (s % l == 0 && s / l <= 5 && v->cells[l][s / l]) {
				v->l = l;
				v->i = s / l;
				done = 1;
			}
	*state = v;
	return PMWB_OK;
}

static void heatmap_close(void *state)
{
	struct heatmap_view *v = state;

	if (!v)
		return;
	store_risks_close(v->q);
	free(v);
}

static const char *heatmap_title(void *state)
{
	(void)state;
	return "Heat map";
}

const struct ui_view_ops ui_heatmap_ops = {
	.name = "Heat map",
	.scope = UI_SCOPE_MOVE | UI_SCOPE_CELLS | UI_SCOPE_DRILL | UI_SCOPE_BACK,
	.open = heatmap_open,
	.close = heatmap_close,
	.reload = heatmap_reload,
	.draw = heatmap_draw,
	.action = heatmap_action,
	.click = heatmap_click,
	.title = heatmap_title,
	.help = "Open risks on the 5x5 matrix, likelihood across and impact up, each cell coloured "
		"by its band; arrows move, Enter lists the cell's risks.",
};
