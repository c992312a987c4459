/* The incremental search every list pane offers (/ as you type, Enter keeps the match, Esc
 * goes back to where the search began, n and N go on): the bookkeeping is the same in each,
 * only finding a row differs.  No curses here. */
#ifndef PMWB_UI_SEARCH_H
#define PMWB_UI_SEARCH_H

#include "ui_view.h"

struct ui_search {
	int active;     /* typing: the pane has saved the row the search began on */
	char text[128]; /* the pattern, kept for n and N after Enter */
};

enum ui_search_next {
	UI_SEARCH_DONE,    /* nothing more to do: redraw */
	UI_SEARCH_RESTORE, /* Esc: go back to the row the search began on */
	UI_SEARCH_FIND,    /* look for s->text from the origin (typing) or the selection */
};

/* One step of a search.  *begin is set when the pane must save the selected row as the
 * origin (the first character typed). */
enum ui_search_next ui_search_step(struct ui_search *s, struct ui_ctx *ctx, const char *text,
				   enum ui_search_how how, int *begin);

#endif
