/* The Risks pane: the register by score (highest first), paged by keyset from the store, with
 * sorts and filters; the heat map, escalation list and risk form are pushed from here.  The
 * same view, opened on a heat-map cell, lists that cell's open risks. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "pmwb/text.h"
#include "ui_draw.h"
#include "ui_list.h"
#include "ui_risks.h"

#define CELL_ARG_BASE 1000

struct risks_view {
	struct store_risks *q;
	struct store_risks *finder; /* the same order and filter plus the search text */
	struct ui_list list;
	enum store_risk_sort sort;
	struct store_risk_filter_spec base; /* what the view was opened on (a cell) */
	struct store_risk_filter_spec spec; /* base plus the user's filter */
	char filter_desc[256];              /* as understood */
	char title[64];
	char today[11];
	long cells[6][6];
	int cells_ok;
};

static const char *const sort_names[STORE_RISK_SORT_COUNT] = {
	"score, highest first", "programme, then score", "owner, then score",
	"review date, soonest first"};

long long ui_risks_cell_arg(int likelihood, int impact, int has_programme,
			    long long programme_id)
{
	long long p = has_programme ? programme_id + 1 : 0;

	return CELL_ARG_BASE + p * 100 + likelihood * 10 + impact;
}

static enum pmwb_status fetch(void *state, const void *after, int backward, int n, void *out,
			      int *got, struct pmwb_error *e)
{
	struct risks_view *v = state;

	return store_risks_page(v->q, after, backward, n, out, got, e);
}

/* The next risk (in the list's order) after `from` whose ref, title or owner holds text. */
static enum pmwb_status find(void *state, const void *from, int backward, int inclusive,
			     const char *text, void *out, int *found, struct pmwb_error *e)
{
	struct risks_view *v = state;
	const struct store_risk_item *r = from;
	struct store_risk_filter_spec f = v->spec;

	if (inclusive && r &&
	    (strcasestr(r->ref, text) || strcasestr(r->title, text) || strcasestr(r->owner, text))) {
		memmove(out, r, sizeof(*r));
		*found = 1;
		return PMWB_OK;
	}
	text_copy(f.text, sizeof(f.text), text);
	store_risks_set_view(v->finder, v->sort, &f);
	return store_risks_page(v->finder, from, backward, 1, out, found, e);
}

static int same(const void *a, const void *b)
{
	return ((const struct store_risk_item *)a)->id == ((const struct store_risk_item *)b)->id;
}

/* The risk as it is now, if it still belongs in this list (a risk closed under "open"
 * leaves it). */
static enum pmwb_status reread_id(struct risks_view *v, long long id, void *out, int *found,
				  struct pmwb_error *e)
{
	struct store_risk_filter_spec f = v->spec;

	f.only_id = id;
	store_risks_set_view(v->finder, v->sort, &f);
	return store_risks_page(v->finder, NULL, 0, 1, out, found, e);
}

static enum pmwb_status reread(void *state, const void *row, void *out, int *found,
			       struct pmwb_error *e)
{
	return reread_id(state, ((const struct store_risk_item *)row)->id, out, found, e);
}

static const struct ui_list_ops list_ops = {
	.row_size = sizeof(struct store_risk_item),
	.fetch = fetch,
	.find = find,
	.same = same,
	.reread = reread,
	.nothing_matches = "no risk matches",
};

struct columns {
	int ref, prog, title, owner, l, i, score, trend, review, status;
};

static struct columns columns_for(int w)
{
	/* 80 columns: refs such as PROMISE-R10 whole, owner and status short, the rest to the
	 * risk itself. */
	struct columns c = {.ref = 11, .prog = 10, .owner = 9, .l = 2, .i = 2, .score = 5,
			    .trend = 2, .review = 12, .status = 7};

	if (w >= 120) {
		c.owner = 18;
		c.score = 13;
		c.status = 24;
	}
	c.title = w - (c.ref + c.prog + c.owner + c.l + c.i + c.score + c.trend + c.review +
		       c.status);
	if (c.title > 90) {
		/* Very wide: a risk reads in 90 columns; the status texts are long sentences. */
		c.status += c.title - 90;
		c.title = 90;
	}
	if (c.title < 16) {
		/* Narrow: the risk itself matters more than who owns it. */
		c.title += c.owner;
		c.owner = 0;
	}
	if (c.title < 4)
		c.title = 4;
	return c;
}

/* Cut a title at a word when that loses little, so "Emergency admissions reduction missed"
 * reads "Emergency admissions…" rather than "Emergency admissions redu…". */
static void put_title(int y, int x, int w, attr_t a, const char *title)
{
	char buf[STORE_NAME_MAX + 8];
	int best = -1;

	if (ui_text_width(title) <= w) {
		ui_put(y, x, w, a, title);
		return;
	}
	for (int i = 0; title[i] && i < (int)sizeof(buf) - 8; i++) {
		if (title[i] != ' ')
			continue;
		memcpy(buf, title, (size_t)i);
		buf[i] = '\0';
		if (ui_text_width(buf) > w - 1)
			break;
		best = i;
	}
	if (best < 0 || best < w * 2 / 3) {
		ui_put(y, x, w, a, title);
		return;
	}
	memcpy(buf, title, (size_t)best);
	snprintf(buf + best, sizeof(buf) - (size_t)best, "%s", ui_glyph(UI_G_ELLIPSIS));
	ui_put(y, x, w, a, buf);
}

static void draw_header(struct ui_rect r, const struct columns *c)
{
	attr_t h = ui_attr(UI_ROLE_HEADER);
	int x = r.x;

	ui_fill(r.y, r.x, r.w, h);
	ui_put(r.y, x, c->ref, h, "Ref");
	x += c->ref;
	ui_put(r.y, x, c->prog, h, "Programme");
	x += c->prog;
	ui_put(r.y, x, c->title, h, "Risk");
	x += c->title;
	if (c->owner) {
		ui_put(r.y, x, c->owner, h, "Owner");
		x += c->owner;
	}
	ui_put(r.y, x, c->l, h, "L");
	x += c->l;
	ui_put(r.y, x, c->i, h, "I");
	x += c->i;
	ui_put(r.y, x, c->score, h, "Score");
	x += c->score + c->trend;
	ui_put(r.y, x, c->review, h, "Review");
	x += c->review;
	ui_put(r.y, x, c->status, h, "Status");
}

static void draw_row(struct risks_view *v, struct ui_ctx *ctx, int i, struct ui_rect r,
		     const struct columns *c)
{
	const struct store_risk_item *row = ui_list_row(&v->list, i);
	int y = v->list.y + i, x = r.x, sel = i == v->list.pager.sel;
	attr_t a = ui_attr(sel ? UI_ROLE_SELECTED : UI_ROLE_NORMAL);
	char buf[16];

	/* The screen was erased: only the selected row needs its background filled, and
	 * cells are written without padding (a wide screen is mostly blanks: curses time). */
	if (sel)
		ui_fill(y, r.x, r.w, a);
	ui_put(y, x, c->ref - 1, a | A_BOLD, row->ref);
	x += c->ref;
	ui_put(y, x, c->prog - 1, row->programme[0] ? a : a | A_DIM,
	       row->programme[0] ? row->programme : "corporate");
	x += c->prog;
	put_title(y, x, c->title - 1, a, row->title);
	x += c->title;
	if (c->owner) {
		ui_put(y, x, c->owner - 1, a, row->owner);
		x += c->owner;
	}
	snprintf(buf, sizeof(buf), "%d", row->likelihood);
	ui_put_pad(y, x, c->l - 1, a, row->likelihood ? buf : "-", 1);
	x += c->l;
	snprintf(buf, sizeof(buf), "%d", row->impact);
	ui_put_pad(y, x, c->i - 1, a, row->impact ? buf : "-", 1);
	x += c->i;
	ui_risk_draw_score(ctx, y, x, c->score - 1, row->score, a);
	x += c->score;
	ui_put(y, x, c->trend - 1, a, ui_risk_trend_glyph(row->previous_score, row->score));
	x += c->trend;
	ui_risk_draw_review(y, x, c->review - 1, row, v->today, a);
	x += c->review;
	ui_put(y, x, c->status - 1, a, row->status);
}

/* "Extreme 2  High 5  Moderate 1  Low 0  unrated 3" for the open risks the view covers. */
static void band_counts(struct risks_view *v, struct ui_ctx *ctx, char *buf, size_t size)
{
	const struct risk_bands *b = ui_risk_bands(ctx);
	long per[RISK_MAX_BANDS] = {0}, unrated = 0;
	size_t n = 0;

	buf[0] = '\0';
	if (!v->cells_ok)
		return;
	for (int l = 0; l <= 5; l++)
		for (int i = 0; i <= 5; i++) {
			int band = risk_band_index(b, l * i);
			if (band >= 0)
				per[band] += v->cells[l][i];
			else
				unrated += v->cells[l][i];
		}
	for (int k = b->n - 1; k >= 0 && n < size; k--) {
		snprintf(buf + n, size - n, "%s %ld  ", b->band[k].name, per[k]);
		n = strlen(buf);
	}
	if (unrated && n < size)
		snprintf(buf + n, size - n, "unrated %ld  ", unrated);
}

static void read_cells(struct risks_view *v, struct ui_ctx *ctx)
{
	struct pmwb_error e;

	err_clear(&e);
	/* the same counts report heatmap gives for the same narrowing */
	if (v->spec.organisation_id && !v->spec.has_programme)
		v->cells_ok = store_risks_organisation_cells(v->q, v->spec.organisation_id, v->cells,
							     &e) == PMWB_OK;
	else
		v->cells_ok = store_risks_cells(v->q, v->spec.has_programme, v->spec.programme_id,
						v->cells, &e) == PMWB_OK;
	if (!v->cells_ok)
		ui_error(ctx, &e);
}

static void risks_draw(void *state, struct ui_ctx *ctx, struct ui_rect r)
{
	struct risks_view *v = state;
	struct columns c = columns_for(r.w);
	char buf[512], counts[256];

	ui_list_place(&v->list, ctx, r.y + 1, r.h - 2);
	draw_header(r, &c);
	for (int i = 0; i < v->list.pager.n; i++)
		draw_row(v, ctx, i, r, &c);
	if (v->list.pager.n == 0)
		ui_put(v->list.y, r.x, r.w, ui_attr(UI_ROLE_DIM),
		       v->list.filter[0]	      ? "No risk matches the filter; f then Enter on an empty line clears it."
		       : v->base.likelihood ? "No open risk in this cell."
					    : "No risks yet: import a register with 'pmwb import risks FILE', or a to add one.");
	band_counts(v, ctx, counts, sizeof(counts));
	snprintf(buf, sizeof(buf), "%s%s| %s%s%s%s",
		 v->spec.has_programme ? "open in programme: " : "open: ", counts,
		 sort_names[v->sort], ui_list_order_note(&v->list), v->filter_desc[0] ? " | " : "",
		 v->filter_desc);
	ui_put(r.y + r.h - 1, r.x, r.w, ui_attr(UI_ROLE_DIM), buf);
}

static void apply_view(struct risks_view *v, struct ui_ctx *ctx)
{
	ui_risk_set_view(ctx, v->q, v->sort, &v->spec);
}

static int push(struct ui_ctx *ctx, const struct ui_view_ops *ops, long long arg)
{
	ctx->push_ops = ops;
	ctx->push_arg = arg;
	return UI_REDRAW;
}

static int risks_action(void *state, struct ui_ctx *ctx, enum ui_action a, struct ui_rect r)
{
	struct risks_view *v = state;
	struct store_risk_item *row = ui_list_selected(&v->list);

	(void)r;
	switch (a) {
	case UI_ACT_SORT:
		v->sort = (v->sort + 1) % STORE_RISK_SORT_COUNT;
		ui_message(ctx, "risks by %s%s", sort_names[v->sort], ui_list_order_note(&v->list));
		apply_view(v, ctx);
		return ui_list_resorted(&v->list, ctx);
	case UI_ACT_ENTER:
	case UI_ACT_RISK_EDIT:
		if (!row) {
			ui_message(ctx, "no risk selected; a adds one");
			return UI_REDRAW;
		}
		return push(ctx, &ui_riskform_ops, ui_riskform_arg_edit(row->id));
	case UI_ACT_RISK_CLOSE:
		if (!row) {
			ui_message(ctx, "no risk selected");
			return UI_REDRAW;
		}
		if (row->closed) {
			ui_message(ctx, "risk %s is already closed; e edits it", row->ref);
			return UI_REDRAW;
		}
		return push(ctx, &ui_riskform_ops, ui_riskform_arg_close(row->id));
	case UI_ACT_RISK_ADD:
		return push(ctx, &ui_riskform_ops, ui_riskform_arg_add());
	case UI_ACT_HEATMAP:
		return push(ctx, &ui_heatmap_ops,
			    v->spec.has_programme ? v->spec.programme_id + 1 : 0);
	case UI_ACT_ESCALATION:
		return push(ctx, &ui_escalation_ops, 0);
	default: {
		/* Moving and reversing: the same in every list. */
		int f = ui_list_action(&v->list, ctx, a);
		return f < 0 ? UI_NONE : f;
	}
	}
}

static int risks_filter(void *state, struct ui_ctx *ctx, const char *text)
{
	struct risks_view *v = state;
	struct store_risk_filter_spec f;
	char desc[256];

	if (!ui_risk_filter_parse(ctx, v->q, &v->base, text, &f, desc, sizeof(desc))) {
		ctx->message_is_error = 1;
		return UI_REDRAW;
	}
	v->spec = f;
	text_copy(v->list.filter, sizeof(v->list.filter), text);
	snprintf(v->filter_desc, sizeof(v->filter_desc), "%s", desc);
	apply_view(v, ctx);
	read_cells(v, ctx);
	if (desc[0])
		ui_message(ctx, "showing risks: %s", desc);
	else
		ui_message(ctx, "filter cleared");
	return ui_list_top(&v->list, ctx);
}

static int risks_search(void *state, struct ui_ctx *ctx, const char *text, enum ui_search_how how,
			struct ui_rect r)
{
	struct risks_view *v = state;

	(void)r;
	return ui_list_search(&v->list, ctx, text, how);
}

static int risks_click(void *state, struct ui_ctx *ctx, int y, int x, struct ui_rect r)
{
	struct risks_view *v = state;

	(void)x;
	switch (ui_list_click(&v->list, y)) {
	case 0:
		return UI_NONE;
	case 2: /* a click on the selected row opens it, as Enter does */
		return risks_action(state, ctx, UI_ACT_ENTER, r);
	default:
		return UI_REDRAW;
	}
}

static int risks_reload(void *state, struct ui_ctx *ctx)
{
	struct risks_view *v = state;
	struct store_risk_item row;
	struct pmwb_error e;
	long long focus = ui_riskform_take_focus();
	int found = 0;

	err_clear(&e);
	ui_risk_today(ctx, v->today);
	read_cells(v, ctx);
	/* After a save or undo, the changed risk stays selected wherever its new score puts it,
	 * if it still belongs in this list. */
	if (focus && reread_id(v, focus, &row, &found, &e) == PMWB_OK && found)
		return ui_list_goto(&v->list, ctx, &row);
	ui_list_reload(&v->list, ctx);
	return UI_REDRAW;
}

static enum pmwb_status risks_open(struct ui_ctx *ctx, long long arg, void **state,
				   struct pmwb_error *e)
{
	struct risks_view *v = calloc(1, sizeof(*v));

	if (!v)
		return err_set(e, PMWB_NOMEM, "out of memory opening the risk register");
	if (store_risks_open(ctx->st, &v->q, e) != PMWB_OK ||
	    store_risks_open(ctx->st, &v->finder, e) != PMWB_OK) {
		store_risks_close(v->q);
		free(v);
		return e->status;
	}
	if (arg >= CELL_ARG_BASE) {
		long long p = (arg - CELL_ARG_BASE) / 100;
		int l = (int)((arg - CELL_ARG_BASE) % 100 / 10), i = (int)((arg - CELL_ARG_BASE) % 10);
		v->base.has_programme = p > 0;
		v->base.programme_id = p > 0 ? p - 1 : 0;
		v->base.likelihood = l;
		v->base.impact = i;
		v->base.min_score = v->base.max_score = l * i;
		v->base.open_only = 1;
		snprintf(v->title, sizeof(v->title), "Open risks with L%d x I%d", l, i);
		snprintf(v->filter_desc, sizeof(v->filter_desc), "open, likelihood %d, impact %d",
			 l, i);
	}
	v->spec = v->base;
	ui_risk_today(ctx, v->today);
	text_copy(v->spec.today, sizeof(v->spec.today), v->today);
	apply_view(v, ctx);
	read_cells(v, ctx);
	if (ui_list_init(&v->list, &list_ops, v, e) != PMWB_OK) {
		store_risks_close(v->q);
		store_risks_close(v->finder);
		free(v);
		return e->status;
	}
	*state = v;
	return PMWB_OK;
}

static void risks_close(void *state)
{
	struct risks_view *v = state;

	if (!v)
		return;
	ui_list_free(&v->list);
	store_risks_close(v->q);
	store_risks_close(v->finder);
	free(v);
}

static const char *risks_title(void *state)
{
	struct risks_view *v = state;

	return v->title[0] ? v->title : "Risks";
}

#define RISKS_HELP                                                                          \
	"The risk register, highest score first: likelihood x impact coloured by band, the "  \
	"trend since the last change, overdue reviews flagged with !.  f filters by "         \
	"programme, owner, band, status, overdue or escalated (e.g. \"BCF High overdue\")."

#define RISKS_FILTER_WORDS                                                                  \
	"(BCF programme:BCF org:\"NAME\" owner:NAME High open closed overdue escalated "      \
	"corporate, other words)"

const struct ui_view_ops ui_risks_ops = {
	.name = "Risks",
	.scope = UI_SCOPE_MOVE | UI_SCOPE_FIND | UI_SCOPE_DRILL | UI_SCOPE_RISKS,
	.open = risks_open,
	.close = risks_close,
	.reload = risks_reload,
	.draw = risks_draw,
	.action = risks_action,
	.click = risks_click,
	.search = risks_search,
	.filter = risks_filter,
	.filter_words = RISKS_FILTER_WORDS,
	.title = risks_title,
	.help = RISKS_HELP,
};

/* The same list pushed from a heat-map cell: Esc goes back to the map. */
const struct ui_view_ops ui_riskcell_ops = {
	.name = "Risks",
	.scope = UI_SCOPE_MOVE | UI_SCOPE_FIND | UI_SCOPE_DRILL | UI_SCOPE_BACK | UI_SCOPE_RISKS,
	.open = risks_open,
	.close = risks_close,
	.reload = risks_reload,
	.draw = risks_draw,
	.action = risks_action,
	.click = risks_click,
	.search = risks_search,
	.filter = risks_filter,
	.filter_words = RISKS_FILTER_WORDS,
	.title = risks_title,
	.help = RISKS_HELP,
};
