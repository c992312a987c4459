/* The list-pane layer every list pane is built on: the selection and scrolling of a paged
 * model (ui_pager: only the rows on screen are held, windows are fetched by key), sort order
 * reversed on one key, incremental search, goto, clicks, a filter's text, and a reload that
 * keeps the cursor on its record.  A pane supplies how to fetch, find and recognise its rows;
 * the bookkeeping is here once.  No curses here. */
#ifndef PMWB_UI_LIST_H
#define PMWB_UI_LIST_H

#include <stddef.h>

#include "ui_pager.h"
#include "ui_view.h"

struct ui_list_ops {
	size_t row_size;
	/* Rows in the pane's own order (the list reverses it when asked): see ui_pager_fetch. */
	ui_pager_fetch fetch;
	/* The nearest row after `from` (before it when backward; `from` itself too when
	 * inclusive) that matches text; NULL from: from the first (last) row. */
	enum pmwb_status (*find)(void *pane, const void *from, int backward, int inclusive,
				 const char *text, void *out, int *found, struct pmwb_error *e);
	/* Whether two rows are the same record (the cursor follows it through a reload). */
	int (*same)(const void *a, const void *b);
	/* The record of `row` as it is now, where the current order and filter put it (found
	 * 0: gone or filtered away); NULL: a reload only looks for it on the page. */
	enum pmwb_status (*reread)(void *pane, const void *row, void *out, int *found,
				    struct pmwb_error *e);
	/* Reverse the order itself (NULL: the list reads the pane's order backward, which a
	 * grouped list must not: a group's row stays above its children). */
	void (*reverse)(void *pane, int reversed);
	const char *nothing_matches; /* "no programme matches" */
};

struct ui_list {
	const struct ui_list_ops *ops;
	void *pane;
	struct ui_pager pager;
	int reversed; /* the pane's order, last row first */
	int y, h;     /* where the rows are on screen */
	int searching;   /* typing a search: origin holds the row it began on */
	char search[128]; /* the pattern, kept for n and N after Enter */
	unsigned char *origin, *keep, *scratch; /* row_size each */
	int has_origin;
	char filter[128]; /* the filter as typed */
};

enum pmwb_status ui_list_init(struct ui_list *l, const struct ui_list_ops *ops, void *pane,
			      struct pmwb_error *e);
void ui_list_free(struct ui_list *l);

static inline void *ui_list_selected(const struct ui_list *l)
{
	return ui_pager_selected(&l->pager);
}
static inline void *ui_list_row(const struct ui_list *l, int i)
{
	return ui_pager_row(&l->pager, i);
}

/* Where the rows go (from the pane's draw): the first page is read, or the page re-read for
 * a new height. */
void ui_list_place(struct ui_list *l, struct ui_ctx *ctx, int y, int h);

/* Up, down, pages, top, bottom and reversing the order: UI_* flags, or -1 when `a` is none of
 * them and the pane handles it. */
int ui_list_action(struct ui_list *l, struct ui_ctx *ctx, enum ui_action a);

/* Select `row` (a record from the fetch or find) with rows around it. */
int ui_list_goto(struct ui_list *l, struct ui_ctx *ctx, const void *row);
/* The first page again (the filter changed). */
int ui_list_top(struct ui_list *l, struct ui_ctx *ctx);
/* The order changed: the selected record stays selected where it now is. */
int ui_list_resorted(struct ui_list *l, struct ui_ctx *ctx);
/* Re-read the rows (the data changed), the cursor on the record it was on when that is
 * still listed, else at the same place. */
void ui_list_reload(struct ui_list *l, struct ui_ctx *ctx);

/* The pane's search op, whole: typing, Enter, Esc, n and N. */
int ui_list_search(struct ui_list *l, struct ui_ctx *ctx, const char *text,
		   enum ui_search_how how);

/* A click at screen row y: 0 outside the rows, 1 selected another row, 2 on the row
 * already selected (which opens it, as Enter does). */
int ui_list_click(struct ui_list *l, int y);

/* "", or " (reversed)" after a sort's name. */
const char *ui_list_order_note(const struct ui_list *l);

#endif
