/* The list-pane layer: what every list pane does alike, over the paged model. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "pmwb/text.h"
#include "ui_list.h"

static int flip(const struct ui_list *l)
{
	return l->ops->reverse ? 0 : l->reversed;
}

/* The pager asks in display order; a reversed list is the pane's order read the other way,
 * so reversing costs nothing however long the list and works for any keyset-paged pane. */
static enum pmwb_status list_fetch(void *state, const void *after, int backward, int n,
				   void *out, int *got, struct pmwb_error *e)
{
	struct ui_list *l = state;

	return l->ops->fetch(l->pane, after, backward ^ flip(l), n, out, got, e);
}

enum pmwb_status ui_list_init(struct ui_list *l, const struct ui_list_ops *ops, void *pane,
			      struct pmwb_error *e)
{
	memset(l, 0, sizeof(*l));
	l->ops = ops;
	l->pane = pane;
	l->origin = calloc(3, ops->row_size);
	if (!l->origin)
		return err_set(e, PMWB_NOMEM, "out of memory opening a list");
	l->keep = l->origin + ops->row_size;
	l->scratch = l->keep + ops->row_size;
	ui_pager_init(&l->pager, ops->row_size, list_fetch, l);
	return PMWB_OK;
}

void ui_list_free(struct ui_list *l)
{
	ui_pager_free(&l->pager);
	free(l->origin);
	l->origin = l->keep = l->scratch = NULL;
}

static int done(struct ui_ctx *ctx, const struct pmwb_error *e)
{
	if (e->status != PMWB_OK)
		ui_error(ctx, e);
	return UI_REDRAW;
}

static int height(const struct ui_list *l)
{
	return l->h > 0 ? l->h : 1;
}

void ui_list_place(struct ui_list *l, struct ui_ctx *ctx, int y, int h)
{
	struct pmwb_error e;

	l->y = y;
	l->h = h > 1 ? h : 1;
	if (l->pager.height == l->h)
		return;
	err_clear(&e);
	if (l->pager.height == 0)
		ui_pager_top(&l->pager, l->h, &e);
	else
		ui_pager_reload(&l->pager, l->h, &e);
	done(ctx, &e);
}

int ui_list_goto(struct ui_list *l, struct ui_ctx *ctx, const void *row)
{
	struct pmwb_error e;

	err_clear(&e);
	/* The row may live in the page about to be overwritten. */
	if (row != l->keep) {
		memmove(l->keep, row, l->ops->row_size);
		row = l->keep;
	}
	ui_pager_goto(&l->pager, row, height(l), &e);
	return done(ctx, &e);
}

int ui_list_top(struct ui_list *l, struct ui_ctx *ctx)
{
	struct pmwb_error e;

	err_clear(&e);
	ui_pager_top(&l->pager, height(l), &e);
	return done(ctx, &e);
}

/* The selected record as the store has it now, in the current order; 0 when it is gone. */
static int reread_row(struct ui_list *l, const void *row, struct pmwb_error *e)
{
	int found = 1;

	memmove(l->scratch, row, l->ops->row_size);
	memmove(l->keep, row, l->ops->row_size);
	if (!l->ops->reread)
		return 1;
	if (l->ops->reread(l->pane, l->scratch, l->keep, &found, e) != PMWB_OK)
		return 0;
	return found;
}

int ui_list_resorted(struct ui_list *l, struct ui_ctx *ctx)
{
	void *sel = ui_list_selected(l);
	struct pmwb_error e;

	err_clear(&e);
	if (sel && reread_row(l, sel, &e))
		return ui_list_goto(l, ctx, l->keep);
	if (e.status != PMWB_OK)
		return done(ctx, &e);
	return ui_list_top(l, ctx);
}

void ui_list_reload(struct ui_list *l, struct ui_ctx *ctx)
{
	void *sel = ui_list_selected(l);
	int had = sel != NULL;
	struct pmwb_error e;

	if (!l->pager.height)
		return;
	err_clear(&e);
	if (had)
		memmove(l->keep, sel, l->ops->row_size);
	if (ui_pager_reload(&l->pager, l->pager.height, &e) != PMWB_OK || !had) {
		done(ctx, &e);
		return;
	}
	/* Rows added or removed above it move the record, not the cursor's meaning. */
	for (int i = 0; i < l->pager.n; i++)
		if (l->ops->same(ui_list_row(l, i), l->keep)) {
			l->pager.sel = i;
			return;
		}
	if (l->ops->reread && reread_row(l, l->keep, &e))
		ui_list_goto(l, ctx, l->keep);
	done(ctx, &e);
}

int ui_list_action(struct ui_list *l, struct ui_ctx *ctx, enum ui_action a)
{
	struct pmwb_error e;

	err_clear(&e);
	if (a == UI_ACT_SORT_REVERSE) {
		void *sel = ui_list_selected(l);
		l->reversed = !l->reversed;
		if (l->ops->reverse)
			l->ops->reverse(l->pane, l->reversed);
		ui_message(ctx, "%s", l->reversed ? "order reversed (S again turns it back)"
						  : "order no longer reversed");
		if (sel)
			return ui_list_goto(l, ctx, sel);
		return ui_list_top(l, ctx);
	}
	if (!ui_pager_navigate(&l->pager, a, height(l), &e))
		return -1;
	return done(ctx, &e);
}

const char *ui_list_order_note(const struct ui_list *l)
{
	return l->reversed ? " (reversed)" : "";
}

int ui_list_click(struct ui_list *l, int y)
{
	int i = y - l->y;

	if (i < 0 || i >= l->pager.n)
		return 0;
	if (i == l->pager.sel)
		return 2;
	l->pager.sel = i;
	return 1;
}

static int find(struct ui_list *l, const void *from, int backward, int inclusive, void *out,
		int *found, struct pmwb_error *e)
{
	return l->ops->find(l->pane, from, backward ^ flip(l), inclusive, l->search, out, found, e);
}

int ui_list_search(struct ui_list *l, struct ui_ctx *ctx, const char *text,
		   enum ui_search_how how)
{
	void *sel = ui_list_selected(l);
	const void *from;
	int found = 0, backward = how == UI_SEARCH_PREV, typing = how == UI_SEARCH_TYPE;
	struct pmwb_error e;

	err_clear(&e);
	switch (how) {
	case UI_SEARCH_CANCEL:
		l->searching = 0;
		return l->has_origin && l->pager.n ? ui_list_goto(l, ctx, l->origin) : UI_REDRAW;
	case UI_SEARCH_ACCEPT:
		l->searching = 0;
		text_copy(l->search, sizeof(l->search), text);
		return UI_REDRAW;
	case UI_SEARCH_TYPE:
		/* The first character typed: remember where the search began, even if it finds
		 * nothing. */
		if (!l->searching) {
			l->searching = 1;
			l->has_origin = sel != NULL;
			if (sel)
				memmove(l->origin, sel, l->ops->row_size);
		}
		text_copy(l->search, sizeof(l->search), text);
		break;
	default:
		break;
	}
	if (!l->search[0]) {
		if (!typing)
			ui_message(ctx, "no search yet: press / and type");
		return UI_REDRAW;
	}
	/* While typing, the row the search began on counts as a match. */
	from = typing ? (l->has_origin && l->pager.n ? l->origin : NULL) : sel;
	void *hit = l->keep;
	if (find(l, from, backward, typing, hit, &found, &e) == PMWB_OK && !found && from &&
	    find(l, NULL, backward, 1, hit, &found, &e) == PMWB_OK && found && !typing)
		ui_message(ctx, "search wrapped round");
	if (e.status != PMWB_OK)
		return done(ctx, &e);
	if (!found) {
		ui_message(ctx, "%s \"%s\"", l->ops->nothing_matches, l->search);
		return UI_REDRAW;
	}
	return ui_list_goto(l, ctx, hit);
}
