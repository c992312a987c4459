/* The "group, then its children" list model the Gantt (programmes, their projects) and QIPP
 * (programmes, their schemes) panes share: group rows with their children under them unless
 * folded, paged by key one group at a time, so a page costs a few index seeks however large
 * the portfolio, and searched with folded groups too.  A pane supplies how to read groups
 * and children; the walking, folding and searching are here once.  No curses here. */
#ifndef PMWB_UI_GROUPS_H
#define PMWB_UI_GROUPS_H

#include <stddef.h>

#include "pmwb/error.h"
#include "ui_folds.h"

/* Every row of a grouped list begins with this: its group, and which row of it. */
struct ui_group_key {
	long long group;
	long long child; /* 0: the group's own row */
};

/* Whether two rows are the same record (ui_list_ops.same for a grouped pane). */
int ui_groups_same(const void *a, const void *b);

struct ui_groups_ops {
	size_t row_size;
	/* Up to n group rows after (before, when backward) the group `of` belongs to (NULL:
	 * from the first, or the last), nearest first. */
	enum pmwb_status (*groups)(void *model, const void *of, int backward, int n, void *out,
				   int *got, struct pmwb_error *e);
	/* Up to n child rows of the group `of` belongs to, after (before) the child `after`
	 * (NULL: from the first, or the last), nearest first; only those matching text when it
	 * is not NULL. */
	enum pmwb_status (*children)(void *model, const void *of, const void *after, int backward,
				     const char *text, int n, void *out, int *got,
				     struct pmwb_error *e);
	/* The group row of the group `of` belongs to (found 0: gone, or filtered away). */
	enum pmwb_status (*group_of)(void *model, const void *of, void *out, int *found,
				     struct pmwb_error *e);
	/* The nearest group after (before) the group of `from` (NULL: from the end) that matches
	 * text itself (*self) or holds a child that does. */
	enum pmwb_status (*find_group)(void *model, const void *from, int backward,
				       const char *text, void *out, int *self, int *found,
				       struct pmwb_error *e);
	/* Whether the row's own fields (a group row's: the group's) match text. */
	int (*row_matches)(const void *row, const char *text);
};

struct ui_groups {
	const struct ui_groups_ops *ops;
	void *model;
	struct ui_folds folds;
	int reversed; /* groups, and children within each, last first; a group's row stays first */
	unsigned char *batch; /* GROUP_BATCH rows */
};

enum pmwb_status ui_groups_init(struct ui_groups *g, const struct ui_groups_ops *ops, void *model,
				struct pmwb_error *e);
void ui_groups_free(struct ui_groups *g);

int ui_groups_folded(const struct ui_groups *g, long long group_id);
enum pmwb_status ui_groups_set_folded(struct ui_groups *g, long long group_id, int folded,
				      struct pmwb_error *e);

/* A grouped pane's ui_list_ops take the struct ui_groups as the pane: fetch, find and
 * reverse are these; same and reread the pane's (reread sees the model as g->model). */
void ui_groups_reverse(void *groups, int reversed);

/* The paged model's fetch (ui_pager_fetch over a struct ui_groups). */
enum pmwb_status ui_groups_fetch(void *groups, const void *after, int backward, int n, void *out,
				 int *got, struct pmwb_error *e);

/* The nearest row after `from` (before it when backward; `from` itself too when inclusive)
 * that matches text, in folded groups too: the group of the match is unfolded. */
enum pmwb_status ui_groups_find(void *groups, const void *from, int backward,
				int inclusive, const char *text, void *out, int *found,
				struct pmwb_error *e);

struct ui_list;
struct ui_ctx;
/* Space and Enter on a group row: fold or unfold it (on a child: fold its group); all: O,
 * every group.  The group's row stays selected where it was on screen. */
int ui_groups_fold(struct ui_groups *g, struct ui_list *l, struct ui_ctx *ctx, const void *row,
		   int all);
/* Select a row, unfolding its group when it is a child of a folded one. */
int ui_groups_goto(struct ui_groups *g, struct ui_list *l, struct ui_ctx *ctx, const void *row);

#endif
