/* Which groups of a paged list are folded: all of them or none, except those toggled one by
 * one.  Only the exceptions are stored, so folding every group of a 10,000-row portfolio
 * costs nothing.  No curses here. */
#ifndef PMWB_UI_FOLDS_H
#define PMWB_UI_FOLDS_H

#include "pmwb/error.h"

struct ui_folds {
	int all;            /* every group folded, except those in `toggled` */
	long long *toggled; /* group ids whose fold differs from `all` */
	int n, cap;
};

int ui_folds_is_folded(const struct ui_folds *f, long long id);
enum pmwb_status ui_folds_set(struct ui_folds *f, long long id, int folded, struct pmwb_error *e);
void ui_folds_set_all(struct ui_folds *f, int folded);
void ui_folds_free(struct ui_folds *f);

#endif
