/* The group/children list model: walking groups and their children by key in either
 * direction, folding, and searching. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ui_groups.h"
#include "ui_list.h"

/* Groups read at a time going forward: a screen of folded groups costs one query, not one
 * per group. */
#define GROUP_BATCH 32

enum pmwb_status ui_groups_init(struct ui_groups *g, const struct ui_groups_ops *ops, void *model,
				struct pmwb_error *e)
{
	memset(g, 0, sizeof(*g));
	g->ops = ops;
	g->model = model;
	g->batch = malloc(GROUP_BATCH * ops->row_size);
	if (!g->batch)
		return err_set(e, PMWB_NOMEM, "out of memory opening a list of groups");
	return PMWB_OK;
}

void ui_groups_free(struct ui_groups *g)
{
	ui_folds_free(&g->folds);
	free(g->batch);
	g->batch = NULL;
}

int ui_groups_folded(const struct ui_groups *g, long long group_id)
{
	return ui_folds_is_folded(&g->folds, group_id);
}

enum pmwb_status ui_groups_set_folded(struct ui_groups *g, long long group_id, int folded,
				      struct pmwb_error *e)
{
	return ui_folds_set(&g->folds, group_id, folded, e);
}

void ui_groups_reverse(void *groups, int reversed)
{
	((struct ui_groups *)groups)->reversed = reversed;
}

/* The pane's reads in display order: reversed, each reads the other way. */
static enum pmwb_status groups(struct ui_groups *g, const void *of, int backward, int n,
			       void *out, int *got, struct pmwb_error *e)
{
	return g->ops->groups(g->model, of, backward ^ g->reversed, n, out, got, e);
}

static enum pmwb_status children(struct ui_groups *g, const void *of, const void *after,
				 int backward, const char *text, int n, void *out, int *got,
				 struct pmwb_error *e)
{
	return g->ops->children(g->model, of, after, backward ^ g->reversed, text, n, out, got, e);
}

static enum pmwb_status find_group(struct ui_groups *g, const void *from, int backward,
				   const char *text, void *out, int *self, int *found,
				   struct pmwb_error *e)
{
	return g->ops->find_group(g->model, from, backward ^ g->reversed, text, out, self, found,
				  e);
}

static int is_group(const void *row)
{
	return !((const struct ui_group_key *)row)->child;
}

static long long group_id(const void *row)
{
	return ((const struct ui_group_key *)row)->group;
}

int ui_groups_same(const void *a, const void *b)
{
	const struct ui_group_key *x = a, *y = b;

	return x->group == y->group && x->child == y->child;
}

static unsigned char *at(const struct ui_groups *g, void *rows, int i)
{
	return (unsigned char *)rows + (size_t)i * g->ops->row_size;
}

/* The children of of's group after `after` in the direction asked, unless it is folded. */
static enum pmwb_status add_children(struct ui_groups *g, const void *of, const void *after,
				     int backward, int n, void *out, int *k, struct pmwb_error *e)
{
	int got = 0;

	if (*k >= n || ui_groups_folded(g, group_id(of)))
		return PMWB_OK;
	if (children(g, of, after, backward, NULL, n - *k, at(g, out, *k), &got,
			     e) != PMWB_OK)
		return e->status;
	*k += got;
	return PMWB_OK;
}

static enum pmwb_status fetch_forward(struct ui_groups *g, const void *after, int n, void *out,
				      int *k, struct pmwb_error *e)
{
	const struct ui_groups_ops *o = g->ops;
	const void *key = after;

	/* The rest of the group `after` is in, then the groups after it. */
	if (after && add_children(g, after, is_group(after) ? NULL : after, 0, n, out, k, e) !=
			     PMWB_OK)
		return e->status;
	while (*k < n) {
		int want = n - *k < GROUP_BATCH ? n - *k : GROUP_BATCH, found;
		if (groups(g, key, 0, want, g->batch, &found, e) != PMWB_OK)
			return e->status;
		for (int i = 0; i < found && *k < n; i++) {
			memcpy(at(g, out, (*k)++), at(g, g->batch, i), o->row_size);
			if (add_children(g, at(g, g->batch, i), NULL, 0, n, out, k, e) != PMWB_OK)
				return e->status;
		}
		if (found < want)
			break;
		/* The last row written belongs to the last group read: the next batch follows it. */
		key = at(g, out, *k - 1);
	}
	return PMWB_OK;
}

static enum pmwb_status fetch_backward(struct ui_groups *g, const void *after, int n, void *out,
				       int *k, struct pmwb_error *e)
{
	const struct ui_groups_ops *o = g->ops;
	const void *key = after;
	int found;

	if (after && !is_group(after)) {
		/* Nearest first: the children above `after`, then their group's row. */
		if (add_children(g, after, after, 1, n, out, k, e) != PMWB_OK)
			return e->status;
		if (*k >= n)
			return PMWB_OK;
		if (o->group_of(g->model, after, at(g, out, *k), &found, e) != PMWB_OK)
			return e->status;
		if (found)
			(*k)++;
	}
	while (*k < n) {
		if (groups(g, key, 1, 1, g->batch, &found, e) != PMWB_OK)
			return e->status;
		if (!found)
			break;
		if (add_children(g, g->batch, NULL, 1, n, out, k, e) != PMWB_OK)
			return e->status;
		if (*k >= n)
			break;
		memcpy(at(g, out, (*k)++), g->batch, o->row_size);
		key = at(g, out, *k - 1);
	}
	return PMWB_OK;
}

enum pmwb_status ui_groups_fetch(void *groups, const void *after, int backward, int n, void *out,
				 int *got, struct pmwb_error *e)
{
	struct ui_groups *g = groups;

	*got = 0;
	if (backward)
		return fetch_backward(g, after, n, out, got, e);
	return fetch_forward(g, after, n, out, got, e);
}

/* A match in of's group after (before) the child `after`. */
static enum pmwb_status match_in(struct ui_groups *g, const void *of, const void *after,
				 int backward, const char *text, void *out, int *found,
				 struct pmwb_error *e)
{
	return children(g, of, after, backward, text, 1, out, found, e);
}

static enum pmwb_status find(struct ui_groups *g, const void *from, int backward, int inclusive,
			     const char *text, void *out, int *found, struct pmwb_error *e)
{
	const struct ui_groups_ops *o = g->ops;
	int self;

	*found = 0;
	if (from) {
		int child = !is_group(from);
		if (inclusive && o->row_matches(from, text)) {
			memmove(out, from, o->row_size);
			*found = 1;
			return PMWB_OK;
		}
		if (!backward) {
			/* The rest of this group, in display order. */
			if (match_in(g, from, child ? from : NULL, 0, text, out, found, e) != PMWB_OK ||
			    *found)
				return e->status;
		} else if (child) {
			if (match_in(g, from, from, 1, text, out, found, e) != PMWB_OK || *found)
				return e->status;
			/* Then the row of the group it is in. */
			if (o->group_of(g->model, from, out, found, e) != PMWB_OK ||
			    (*found && o->row_matches(out, text)))
				return e->status;
			*found = 0;
		}
	}
	if (find_group(g, from, backward, text, g->batch, &self, found, e) != PMWB_OK ||
	    !*found)
		return e->status;
	if (!backward && self) {
		memcpy(out, g->batch, o->row_size);
		return PMWB_OK;
	}
	/* Backward, the nearest is the group's last matching child, then its group row. */
	if (match_in(g, g->batch, NULL, backward, text, out, found, e) != PMWB_OK || *found)
		return e->status;
	memcpy(out, g->batch, o->row_size);
	*found = 1;
	return PMWB_OK;
}

enum pmwb_status ui_groups_find(void *groups, const void *from, int backward,
				int inclusive, const char *text, void *out, int *found,
				struct pmwb_error *e)
{
	struct ui_groups *g = groups;

	if (find(g, from, backward, inclusive, text, out, found, e) != PMWB_OK || !*found)
		return e->status;
	if (!is_group(out))
		return ui_groups_set_folded(g, group_id(out), 0, e);
	return PMWB_OK;
}

int ui_groups_goto(struct ui_groups *g, struct ui_list *l, struct ui_ctx *ctx, const void *row)
{
	struct pmwb_error e;

	err_clear(&e);
	if (!is_group(row) &&
	    ui_groups_set_folded(g, group_id(row), 0, &e) != PMWB_OK) {
		ui_error(ctx, &e);
		return UI_REDRAW;
	}
	return ui_list_goto(l, ctx, row);
}

/* Select the group row of `id` after a fold changed which rows exist; it stays where it was
 * on screen unless it was the page's first row. */
static int refold(struct ui_groups *g, struct ui_list *l, struct ui_ctx *ctx, const void *row)
{
	const void *first = ui_list_row(l, 0);
	long long id = group_id(row);
	struct pmwb_error e;
	int found;

	err_clear(&e);
	if (l->pager.n && group_id(first) != id) {
		if (ui_pager_reload(&l->pager, l->pager.height, &e) != PMWB_OK) {
			ui_error(ctx, &e);
			return UI_REDRAW;
		}
		for (int i = 0; i < l->pager.n; i++) {
			const void *r = ui_list_row(l, i);
			if (is_group(r) && group_id(r) == id)
				l->pager.sel = i;
		}
		return UI_REDRAW;
	}
	if (g->ops->group_of(g->model, row, l->scratch, &found, &e) == PMWB_OK && found)
		return ui_list_goto(l, ctx, l->scratch);
	if (e.status != PMWB_OK)
		ui_error(ctx, &e);
	return UI_REDRAW;
}

int ui_groups_fold(struct ui_groups *g, struct ui_list *l, struct ui_ctx *ctx, const void *row,
		   int all)
{
	struct pmwb_error e;

	err_clear(&e);
	if (all) {
		ui_folds_set_all(&g->folds, !g->folds.all);
		if (!row)
			return ui_list_top(l, ctx);
	} else {
		long long id = group_id(row);
		int now = is_group(row) ? !ui_groups_folded(g, id) : 1;
		if (ui_groups_set_folded(g, id, now, &e) != PMWB_OK) {
			ui_error(ctx, &e);
			return UI_REDRAW;
		}
	}
	memmove(l->keep, row, g->ops->row_size);
	return refold(g, l, ctx, l->keep);
}
