#include "config.h"

#include <stdlib.h>

#include "ui_folds.h"

int ui_folds_is_folded(const struct ui_folds *f, long long id)
{
	for (int i = 0; i < f->n; i++)
		if (f->toggled[i] == id)
			return !f->all;
	return f->all;
}

enum pmwb_status ui_folds_set(struct ui_folds *f, long long id, int folded, struct pmwb_error *e)
{
	if (ui_folds_is_folded(f, id) == !!folded)
		return PMWB_OK;
	for (int i = 0; i < f->n; i++)
		if (f->toggled[i] == id) {
			f->toggled[i] = f->toggled[--f->n];
			return PMWB_OK;
		}
	if (f->n == f->cap) {
		int cap = f->cap ? f->cap * 2 : 16;
		long long *t = realloc(f->toggled, (size_t)cap * sizeof(*t));
		if (!t)
			return err_set(e, PMWB_NOMEM, "out of memory folding a group");
		f->toggled = t;
		f->cap = cap;
	}
	f->toggled[f->n++] = id;
	return PMWB_OK;
}

void ui_folds_set_all(struct ui_folds *f, int folded)
{
	f->all = folded;
	f->n = 0;
}

void ui_folds_free(struct ui_folds *f)
{
	free(f->toggled);
	f->toggled = NULL;
	f->n = f->cap = 0;
}
