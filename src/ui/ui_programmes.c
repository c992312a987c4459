/* The Programmes pane: one row per programme with its people, projects, phases in progress
 * this quarter, risks by band and QIPP plan against forecast for the current FY. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmwb/money.h"
#include "pmwb/qipp.h"
#include "pmwb/store_query_programmes.h"
#include "pmwb/text.h"
#include "ui_draw.h"
#include "ui_list.h"
#include "ui_progform.h"
#include "ui_qipp.h"
#include "ui_view.h"

struct prog_view {
	struct store_programmes *q;
	struct ui_list list;
	struct store_programme_when when;
	struct ui_ctx *ctx;
	enum store_programme_sort sort;
	unsigned data_generation;
};

static const char *const sort_names[STORE_PROG_SORT_COUNT] = {
	"plan order", "code", "name", "QIPP RAG, Red first", "open risks, most first",
	"QIPP variance, furthest behind first"};

/* The programme's rating follows from its schemes' money (core/qipp.h rules, thresholds
 * stored in the database); no schemes at all is shown as such, not rated. */
static int programme_rag(const struct ui_ctx *ctx, const struct store_programme_row *r,
			 enum qipp_rag *rag)
{
	struct qipp_rag_rules rules = ui_qipp_rules(ctx);

	if (!r->qipp.schemes)
		return 0;
	*rag = qipp_sums_rag(&rules, &r->qipp);
	return 1;
}

static void set_when(struct prog_view *v, struct ui_ctx *ctx)
{
	ui_programme_when(ctx, &v->when);
}

static enum pmwb_status fetch(void *state, const void *after, int backward, int n, void *out,
			      int *got, struct pmwb_error *e)
{
	struct prog_view *v = state;

	return store_programmes_page(v->q, after, backward, n, &v->when, out, got, e);
}

static int matches(const struct store_programme_row *r, const char *text)
{
	return strcasestr(r->code, text) || strcasestr(r->name, text);
}

static enum pmwb_status find(void *state, const void *from, int backward, int inclusive,
			     const char *text, void *out, int *found, struct pmwb_error *e)
{
	struct prog_view *v = state;

	if (inclusive && from && matches(from, text)) {
		memmove(out, from, sizeof(struct store_programme_row));
		*found = 1;
		return PMWB_OK;
	}
	return store_programmes_find(v->q, from, backward, text, &v->when, out, found, e);
}

static int same(const void *a, const void *b)
{
	return ((const struct store_programme_row *)a)->id ==
	       ((const struct store_programme_row *)b)->id;
}

/* A programme's row read again by id (its code or name may have changed, moving it). */
static enum pmwb_status refresh_id(struct prog_view *v, long long id,
				   struct store_programme_row *row, int *found,
				   struct pmwb_error *e)
{
	struct store_programme_detail d;

	*found = 0;
	if (store_programme_detail(v->q, id, &d, e) != PMWB_OK) {
		/* Deleted meanwhile: not an error for the list, which just moves on. */
		if (e->status == PMWB_INPUT)
			err_clear(e);
		return e->status;
	}
	if (store_programme_summary(v->q, id, &v->when, row, e) != PMWB_OK)
		return e->status;
	text_copy(row->code, sizeof(row->code), d.code);
	text_copy(row->name, sizeof(row->name), d.name);
	text_copy(row->sro, sizeof(row->sro), d.sro);
	text_copy(row->lead, sizeof(row->lead), d.lead);
	*found = 1;
	return PMWB_OK;
}

static enum pmwb_status reread(void *state, const void *row, void *out, int *found,
				struct pmwb_error *e)
{
	return refresh_id(state, ((const struct store_programme_row *)row)->id, out, found, e);
}

static const struct ui_list_ops list_ops = {
	.row_size = sizeof(struct store_programme_row),
	.fetch = fetch,
	.find = find,
	.same = same,
	.reread = reread,
	.nothing_matches = "no programme matches",
};

struct columns {
	int code, name, people, proj, now, band, plan, fcst, rag;
};

static struct columns columns_for(int w, int bands)
{
	/* Codes run to 17 characters in the client's plans (SEL-COMMISSIONING); at 80 columns
	 * the names need the room more. */
	struct columns c = {.code = w >= 120 ? 19 : 11, .proj = 5, .now = 4, .band = 3,
			    .plan = w >= 100 ? 9 : 7, .fcst = w >= 100 ? 9 : 7, .rag = 13};
	int fixed = c.code + c.proj + c.now + c.band * bands + c.plan + c.fcst + c.rag + 1;
	int flex = w - fixed;

	if (flex < 12)
		flex = 12;
	/* Names first; the SRO/lead column appears once there is room for both. */
	if (flex >= 60) {
		c.name = flex * 2 / 5;
		c.people = flex - c.name - 2; /* and the blank after it */
	} else {
		c.name = flex - 1;
		c.people = 0;
	}
	return c;
}

static void draw_header(const struct prog_view *v, const struct ui_ctx *ctx, struct ui_rect r,
			const struct columns *c)
{
	attr_t h = ui_attr(UI_ROLE_HEADER);
	int x = r.x;
	char buf[32], fy[16];

	ui_fill(r.y, r.x, r.w, h);
	ui_put_pad(r.y, x, c->code, h, "Code", 0);
	x += c->code;
	ui_put_pad(r.y, x, c->name, h, "Programme", 0);
	x += c->name + 1;
	if (c->people) {
		ui_put_pad(r.y, x, c->people, h, "SRO / lead", 0);
		x += c->people + 1;
	}
	ui_put_pad(r.y, x, c->proj, h, "Proj", 1);
	x += c->proj;
	ui_put_pad(r.y, x, c->now, h, "Now", 1);
	x += c->now;
	for (int b = 0; b < ctx->info.bands.n; b++) {
		char s[2] = {ctx->info.bands.band[b].name[0], 0};
		ui_put_pad(r.y, x, c->band, h, s, 1);
		x += c->band;
	}
	fy_format(v->when.fy, fy, sizeof(fy));
	/* "Plan £k" where there is room (a blank before it included); the footer says the
	 * unit otherwise. */
	snprintf(buf, sizeof(buf), "Plan %sk", ui_glyph(UI_G_POUND));
	ui_put_pad(r.y, x, c->plan, h, ui_text_width(buf) < c->plan ? buf : "Plan", 1);
	x += c->plan;
	snprintf(buf, sizeof(buf), "Fcst %sk", ui_glyph(UI_G_POUND));
	ui_put_pad(r.y, x, c->fcst, h, ui_text_width(buf) < c->fcst ? buf : "Fcst", 1);
	x += c->fcst + 1;
	snprintf(buf, sizeof(buf), "RAG %s", fy);
	ui_put_pad(r.y, x, c->rag, h, buf, 0);
}

static void draw_row(const struct prog_view *v, const struct ui_ctx *ctx, int i, struct ui_rect r,
		     const struct columns *c)
{
	const struct store_programme_row *row = ui_list_row(&v->list, i);
	int y = v->list.y + i, x = r.x, sel = i == v->list.pager.sel, top = -1;
	attr_t a = ui_attr(sel ? UI_ROLE_SELECTED : UI_ROLE_NORMAL);
	char buf[STORE_PERSON_MAX * 2 + 8];

	ui_fill(y, r.x, r.w, a);
	ui_put_pad(y, x, c->code - 1, a | A_BOLD, row->code, 0);
	x += c->code;
	ui_put_pad(y, x, c->name, a, row->name, 0);
	x += c->name + 1;
	if (c->people) {
		snprintf(buf, sizeof(buf), "%s%s%s", row->sro, row->sro[0] && row->lead[0] ? " / " : "",
			 row->lead);
		ui_put_pad(y, x, c->people, a, buf, 0);
		x += c->people + 1;
	}
	snprintf(buf, sizeof(buf), "%ld", row->projects);
	ui_put_pad(y, x, c->proj, a, buf, 1);
	x += c->proj;
	snprintf(buf, sizeof(buf), "%ld", row->phases_now);
	ui_put_pad(y, x, c->now, a, buf, 1);
	x += c->now;
	for (int b = 0; b < ctx->info.bands.n; b++)
		if (row->band_count[b])
			top = b;
	for (int b = 0; b < ctx->info.bands.n; b++) {
		snprintf(buf, sizeof(buf), "%ld", row->band_count[b]);
		/* Only the highest band with risks is coloured: the eye goes to the worst. */
		ui_put_pad(y, x, c->band, b == top ? ui_attr(ui_band_role(b)) : a,
			   row->band_count[b] ? buf : "-", 1);
		x += c->band;
	}
	buf[0] = '\0';
	if (row->qipp.has_net)
		money_format(row->qipp.net, MONEY_THOUSANDS, buf, sizeof(buf));
	ui_put_pad(y, x, c->plan, a, row->qipp.has_net ? buf : "-", 1);
	x += c->plan;
	if (row->qipp.has_forecast)
		money_format(row->qipp.forecast, MONEY_THOUSANDS, buf, sizeof(buf));
	ui_put_pad(y, x, c->fcst, a, row->qipp.has_forecast ? buf : "-", 1);
	x += c->fcst + 1;
	enum qipp_rag rag;
	if (!programme_rag(ctx, row, &rag)) {
		ui_put(y, x, c->rag, a, "no schemes");
		return;
	}
	switch (rag) {
	case QIPP_GREEN:
		ui_put_pad(y, x, 7, ui_attr(UI_ROLE_RAG_GREEN), " Green", 0);
		break;
	case QIPP_AMBER:
		ui_put_pad(y, x, 7, ui_attr(UI_ROLE_RAG_AMBER), " Amber", 0);
		break;
	case QIPP_RED:
		ui_put_pad(y, x, 7, ui_attr(UI_ROLE_RAG_RED), " Red", 0);
		break;
	default:
		ui_put(y, x, c->rag, a, "not reported");
		break;
	}
}

static void prog_draw(void *state, struct ui_ctx *ctx, struct ui_rect r)
{
	struct prog_view *v = state;
	struct columns c = columns_for(r.w, ctx->info.bands.n);
	char buf[256];

	ui_list_place(&v->list, ctx, r.y + 1, r.h - 2);
	draw_header(v, ctx, r, &c);
	for (int i = 0; i < v->list.pager.n; i++)
		draw_row(v, ctx, i, r, &c);
	if (v->list.pager.n == 0)
		ui_put(v->list.y, r.x, r.w, ui_attr(UI_ROLE_DIM),
		       v->list.filter[0] ? "No programme matches the filter; f then Enter on an empty line clears it."
				    : "No programmes yet: import a plan with 'pmwb import', or try 'pmwb --demo'.");
	snprintf(buf, sizeof(buf),
		 "%ld programmes, %ld projects; %s%s%s%s; Now = phases in progress this quarter; "
		 "QIPP in %sk",
		 ctx->info.programmes, ctx->info.projects, sort_names[v->sort],
		 ui_list_order_note(&v->list), v->list.filter[0] ? "; filter " : "",
		 v->list.filter, ui_glyph(UI_G_POUND));
	ui_put(r.y + r.h - 1, r.x, r.w, ui_attr(UI_ROLE_DIM), buf);
}

/* a, e and D: each says why when it cannot act (a read-only file, no programme selected). */
static int edit(struct ui_ctx *ctx, enum ui_action a, const struct store_programme_row *row)
{
	struct pmwb_error e;

	err_clear(&e);
	if (ui_check_writable(ctx, &e) != PMWB_OK) {
		ui_error(ctx, &e);
		return UI_REDRAW;
	}
	if (a != UI_ACT_PROG_ADD && !row) {
		ui_message(ctx, "no programme is selected: a adds one");
		return UI_REDRAW;
	}
	if (a == UI_ACT_PROG_DELETE)
		return ui_progform_delete(ctx, row->id);
	ctx->push_ops = &ui_progform_ops;
	ctx->push_arg = a == UI_ACT_PROG_EDIT ? row->id : 0;
	return UI_REDRAW;
}

static int prog_action(void *state, struct ui_ctx *ctx, enum ui_action a, struct ui_rect r)
{
	struct prog_view *v = state;
	struct store_programme_row *row = ui_list_selected(&v->list);

	(void)r;
	switch (a) {
	case UI_ACT_ENTER:
		if (!row)
			return UI_NONE;
		ctx->push_ops = &ui_progdetail_ops;
		ctx->push_arg = row->id;
		return UI_REDRAW;
	case UI_ACT_PROG_ADD:
	case UI_ACT_PROG_EDIT:
	case UI_ACT_PROG_DELETE:
		return edit(ctx, a, row);
	case UI_ACT_SORT:
		v->sort = (v->sort + 1) % STORE_PROG_SORT_COUNT;
		store_programmes_set_view(v->q, v->sort, v->list.filter);
		ui_message(ctx, "programmes in %s%s", sort_names[v->sort],
			   ui_list_order_note(&v->list));
		return ui_list_resorted(&v->list, ctx);
	default: {
		/* Moving and reversing: the same in every list. */
		int f = ui_list_action(&v->list, ctx, a);
		return f < 0 ? UI_NONE : f;
	}
	}
}

static int prog_search(void *state, struct ui_ctx *ctx, const char *text, enum ui_search_how how,
		       struct ui_rect r)
{
	struct prog_view *v = state;

	(void)r;
	return ui_list_search(&v->list, ctx, text, how);
}

static int prog_filter(void *state, struct ui_ctx *ctx, const char *text)
{
	struct prog_view *v = state;

	text_copy(v->list.filter, sizeof(v->list.filter), text);
	store_programmes_set_view(v->q, v->sort, v->list.filter);
	if (v->list.filter[0])
		ui_message(ctx, "showing programmes whose code, name or people match \"%s\"",
			   v->list.filter);
	else
		ui_message(ctx, "filter cleared");
	return ui_list_top(&v->list, ctx);
}

static int prog_click(void *state, struct ui_ctx *ctx, int y, int x, struct ui_rect r)
{
	struct prog_view *v = state;

	(void)x;
	switch (ui_list_click(&v->list, y)) {
	case 0:
		return UI_NONE;
	case 2: /* a click on the selected row opens it, as Enter does */
		return prog_action(state, ctx, UI_ACT_ENTER, r);
	default:
		return UI_REDRAW;
	}
}

static void focus(struct prog_view *v, struct ui_ctx *ctx, long long id)
{
	struct store_programme_row row;
	struct pmwb_error e;
	int found;

	err_clear(&e);
	if (refresh_id(v, id, &row, &found, &e) != PMWB_OK)
		ui_error(ctx, &e);
	else if (found)
		ui_list_goto(&v->list, ctx, &row);
}

static int prog_reload(void *state, struct ui_ctx *ctx)
{
	struct prog_view *v = state;

	set_when(v, ctx);
	/* Summaries remembered for a quarter stay right when "today" moves; after R the
	 * database may hold new numbers. */
	if (v->data_generation != ctx->data_generation) {
		v->data_generation = ctx->data_generation;
		store_programmes_forget(v->q);
	}
	ui_list_reload(&v->list, ctx);
	/* After a save in the form: the programme saved is the one selected. */
	long long id = ui_progform_take_focus();
	if (id && v->list.pager.height)
		focus(v, ctx, id);
	return UI_REDRAW;
}

static enum pmwb_status prog_open(struct ui_ctx *ctx, long long arg, void **state,
				  struct pmwb_error *e)
{
	struct prog_view *v = calloc(1, sizeof(*v));

	(void)arg;
	if (!v)
		return err_set(e, PMWB_NOMEM, "out of memory opening the programmes");
	if (store_programmes_open(ctx->st, &v->q, e) != PMWB_OK) {
		free(v);
		return e->status;
	}
	v->ctx = ctx;
	set_when(v, ctx);
	if (ui_list_init(&v->list, &list_ops, v, e) != PMWB_OK) {
		store_programmes_close(v->q);
		free(v);
		return e->status;
	}
	*state = v;
	return PMWB_OK;
}

static void prog_close(void *state)
{
	struct prog_view *v = state;

	if (!v)
		return;
	ui_list_free(&v->list);
	store_programmes_close(v->q);
	free(v);
}

const struct ui_view_ops ui_programmes_ops = {
	.name = "Programmes",
	.scope = UI_SCOPE_MOVE | UI_SCOPE_FIND | UI_SCOPE_DRILL | UI_SCOPE_PROGRAMMES,
	.open = prog_open,
	.close = prog_close,
	.reload = prog_reload,
	.draw = prog_draw,
	.action = prog_action,
	.click = prog_click,
	.search = prog_search,
	.filter = prog_filter,
	.filter_words = "(words in a code, name, SRO, lead, manager or organisation)",
	.help = "One row per programme: projects, phases in progress this quarter (Now), open "
		"risks by band, and the QIPP plan against the latest forecast for this FY.",
};
