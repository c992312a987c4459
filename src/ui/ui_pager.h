/* A paged list model: it holds only the rows on screen and asks a fetch callback for rows
 * after the last (or before the first) by key, so moving costs the same on the first page
 * and the ten-thousandth, and memory does not grow with the rows off screen. */
#ifndef PMWB_UI_PAGER_H
#define PMWB_UI_PAGER_H

#include <stddef.h>

#include "pmwb/error.h"
#include "ui_keys.h"

/* Up to n rows after `after` (NULL: from the first) or, when backward, before it (NULL: from
 * the last), nearest first, into out (n * row_size bytes). */
typedef enum pmwb_status (*ui_pager_fetch)(void *ctx, const void *after, int backward, int n,
					   void *out, int *got, struct pmwb_error *e);

struct ui_pager {
	size_t row_size;
	ui_pager_fetch fetch;
	void *ctx;
	unsigned char *rows; /* n rows on screen, in display order */
	unsigned char *tmp;  /* scratch for fetches */
	int cap;             /* rows allocated */
	int n;               /* rows held (the page height unless the list is shorter) */
	int height;          /* the page height asked for */
	int sel;             /* selected row, 0..n-1 (0 when n == 0) */
};

void ui_pager_init(struct ui_pager *p, size_t row_size, ui_pager_fetch fetch, void *ctx);
void ui_pager_free(struct ui_pager *p);

static inline void *ui_pager_row(const struct ui_pager *p, int i)
{
	return p->rows + (size_t)i * p->row_size;
}
static inline void *ui_pager_selected(const struct ui_pager *p)
{
	return p->n ? ui_pager_row(p, p->sel) : NULL;
}

/* First page / last page. */
enum pmwb_status ui_pager_top(struct ui_pager *p, int height, struct pmwb_error *e);
enum pmwb_status ui_pager_bottom(struct ui_pager *p, int height, struct pmwb_error *e);
/* Move the selection by delta rows (negative: up), scrolling by keyset at the edges. */
enum pmwb_status ui_pager_move(struct ui_pager *p, int delta, struct pmwb_error *e);
/* Scroll the page by delta rows, keeping the selection on screen (PgDn/PgUp, the wheel). */
enum pmwb_status ui_pager_scroll(struct ui_pager *p, int delta, struct pmwb_error *e);
/* Re-read the page from its first row's key (data, filter or sort changed), keeping the
 * selection's position; also for a new height. */
enum pmwb_status ui_pager_reload(struct ui_pager *p, int height, struct pmwb_error *e);
/* Make `row` (a row_size record from the fetch) the selection, with rows around it. */
enum pmwb_status ui_pager_goto(struct ui_pager *p, const void *row, int height,
			       struct pmwb_error *e);

/* The movements every paged list shares: up and down a row, a page, half a page, first and
 * last row, for a page `height` rows high.  Returns 1 when `a` is one of them (e says whether
 * the store failed), 0 when the pane must handle `a` itself. */
int ui_pager_navigate(struct ui_pager *p, enum ui_action a, int height, struct pmwb_error *e);

#endif
