/* The paged list model behind every list pane. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ui_pager.h"

void ui_pager_init(struct ui_pager *p, size_t row_size, ui_pager_fetch fetch, void *ctx)
{
	memset(p, 0, sizeof(*p));
	p->row_size = row_size;
	p->fetch = fetch;
	p->ctx = ctx;
}

void ui_pager_free(struct ui_pager *p)
{
	free(p->rows);
	free(p->tmp);
	p->rows = p->tmp = NULL;
	p->cap = p->n = 0;
}

static enum pmwb_status reserve(struct ui_pager *p, int height, struct pmwb_error *e)
{
	if (height < 1)
		height = 1;
	p->height = height;
	if (height <= p->cap)
		return PMWB_OK;
	unsigned char *r = realloc(p->rows, (size_t)height * p->row_size);
	if (!r)
		return err_set(e, PMWB_NOMEM, "out of memory for the rows on screen");
	p->rows = r;
	unsigned char *t = realloc(p->tmp, (size_t)height * p->row_size);
	if (!t)
		return err_set(e, PMWB_NOMEM, "out of memory for the rows on screen");
	p->tmp = t;
	p->cap = height;
	return PMWB_OK;
}

/* Rows fetched backward arrive nearest first; put them in display order. */
static void reverse(struct ui_pager *p, unsigned char *rows, int n)
{
	for (int i = 0, j = n - 1; i < j; i++, j--) {
		unsigned char buf[4096];
		unsigned char *a = rows + (size_t)i * p->row_size, *b = rows + (size_t)j * p->row_size;
		size_t left = p->row_size, off = 0;
		/* Swap in chunks so any row size works without another allocation. */
		while (left) {
			size_t k = left < sizeof(buf) ? left : sizeof(buf);
			memcpy(buf, a + off, k);
			memcpy(a + off, b + off, k);
			memcpy(b + off, buf, k);
			off += k;
			left -= k;
		}
	}
}

enum pmwb_status ui_pager_top(struct ui_pager *p, int height, struct pmwb_error *e)
{
	if (reserve(p, height, e) != PMWB_OK)
		return e->status;
	p->sel = 0;
	return p->fetch(p->ctx, NULL, 0, p->height, p->rows, &p->n, e);
}

enum pmwb_status ui_pager_bottom(struct ui_pager *p, int height, struct pmwb_error *e)
{
	if (reserve(p, height, e) != PMWB_OK)
		return e->status;
	if (p->fetch(p->ctx, NULL, 1, p->height, p->rows, &p->n, e) != PMWB_OK)
		return e->status;
	reverse(p, p->rows, p->n);
	p->sel = p->n ? p->n - 1 : 0;
	return PMWB_OK;
}

/* Append up to k rows after the last, dropping as many from the top; returns how many came. */
static enum pmwb_status shift_down(struct ui_pager *p, int k, int *got, struct pmwb_error *e)
{
	*got = 0;
	if (p->n == 0 || k <= 0)
		return PMWB_OK;
	if (k > p->height)
		k = p->height;
	if (p->fetch(p->ctx, ui_pager_row(p, p->n - 1), 0, k, p->tmp, got, e) != PMWB_OK)
		return e->status;
	int keep = p->n + *got > p->height ? p->height - *got : p->n;
	int drop = p->n - keep;
	memmove(p->rows, p->rows + (size_t)drop * p->row_size, (size_t)keep * p->row_size);
	memcpy(p->rows + (size_t)keep * p->row_size, p->tmp, (size_t)*got * p->row_size);
	p->n = keep + *got;
	*got = drop;
	return PMWB_OK;
}

/* Prepend up to k rows before the first, dropping rows from the bottom. */
static enum pmwb_status shift_up(struct ui_pager *p, int k, int *got, struct pmwb_error *e)
{
	*got = 0;
	if (p->n == 0 || k <= 0)
		return PMWB_OK;
	if (k > p->height)
		k = p->height;
	if (p->fetch(p->ctx, ui_pager_row(p, 0), 1, k, p->tmp, got, e) != PMWB_OK)
		return e->status;
	reverse(p, p->tmp, *got);
	int keep = p->n + *got > p->height ? p->height - *got : p->n;
	memmove(p->rows + (size_t)*got * p->row_size, p->rows, (size_t)keep * p->row_size);
	memcpy(p->rows, p->tmp, (size_t)*got * p->row_size);
	p->n = keep + *got;
	return PMWB_OK;
}

enum pmwb_status ui_pager_move(struct ui_pager *p, int delta, struct pmwb_error *e)
{
	int target = p->sel + delta, moved;

	if (p->n == 0)
		return PMWB_OK;
	if (target >= p->n) {
		if (shift_down(p, target - (p->n - 1), &moved, e) != PMWB_OK)
			return e->status;
		target -= moved;
	} else if (target < 0) {
		if (shift_up(p, -target, &moved, e) != PMWB_OK)
			return e->status;
		target += moved;
	}
	if (target >= p->n)
		target = p->n - 1;
	if (target < 0)
		target = 0;
	p->sel = target;
	return PMWB_OK;
}

enum pmwb_status ui_pager_scroll(struct ui_pager *p, int delta, struct pmwb_error *e)
{
	int moved;

	if (p->n == 0)
		return PMWB_OK;
	if (delta > 0) {
		if (shift_down(p, delta, &moved, e) != PMWB_OK)
			return e->status;
		/* At the end of the list the selection goes on to the last row. */
		p->sel = moved < delta ? p->sel + (delta - moved) : p->sel;
	} else if (delta < 0) {
		if (shift_up(p, -delta, &moved, e) != PMWB_OK)
			return e->status;
		p->sel = moved < -delta ? p->sel - (-delta - moved) : p->sel;
	}
	if (p->sel >= p->n)
		p->sel = p->n - 1;
	if (p->sel < 0)
		p->sel = 0;
	return PMWB_OK;
}

enum pmwb_status ui_pager_reload(struct ui_pager *p, int height, struct pmwb_error *e)
{
	int sel = p->sel, got = 0, before = 0;

	if (p->n == 0)
		return ui_pager_top(p, height, e);
	/* A shorter page keeps the selected row on it: drop rows from the top. */
	if (height >= 1 && sel >= height) {
		int drop = sel - height + 1;
		memmove(p->rows, p->rows + (size_t)drop * p->row_size,
			(size_t)(p->n - drop) * p->row_size);
		p->n -= drop;
		sel -= drop;
	}
	if (reserve(p, height, e) != PMWB_OK)
		return e->status;
	/* The row before the first is the key to continue after; then refill the page. */
	if (p->fetch(p->ctx, ui_pager_row(p, 0), 1, 1, p->tmp, &before, e) != PMWB_OK)
		return e->status;
	if (before) {
		unsigned char *key = malloc(p->row_size);
		if (!key)
			return err_set(e, PMWB_NOMEM, "out of memory for the rows on screen");
		memcpy(key, p->tmp, p->row_size);
		enum pmwb_status s = p->fetch(p->ctx, key, 0, p->height, p->rows, &got, e);
		free(key);
		if (s != PMWB_OK)
			return s;
	} else if (p->fetch(p->ctx, NULL, 0, p->height, p->rows, &got, e) != PMWB_OK) {
		return e->status;
	}
	p->n = got;
	/* A shorter list than the page (after a filter or at the end): pull rows from above. */
	if (p->n < p->height && p->n > 0) {
		int more;
		if (shift_up(p, p->height - p->n, &more, e) != PMWB_OK)
			return e->status;
		sel += more;
	} else if (p->n == 0) {
		return ui_pager_bottom(p, height, e);
	}
	p->sel = sel < p->n ? sel : (p->n ? p->n - 1 : 0);
	return PMWB_OK;
}

enum pmwb_status ui_pager_goto(struct ui_pager *p, const void *row, int height,
			       struct pmwb_error *e)
{
	int got = 0, before = 0;

	if (reserve(p, height, e) != PMWB_OK)
		return e->status;
	memmove(p->rows, row, p->row_size);
	p->n = 1;
	if (p->height > 1) {
		if (p->fetch(p->ctx, p->rows, 0, p->height - 1, p->tmp, &got, e) != PMWB_OK)
			return e->status;
		memcpy(p->rows + p->row_size, p->tmp, (size_t)got * p->row_size);
		p->n += got;
	}
	/* Show a few rows above the match for context, more when near the end. */
	int want_above = p->height - p->n;
	if (want_above < p->height / 3)
		want_above = p->height / 3 < p->n - 1 ? p->height / 3 : 0;
	if (want_above > 0) {
		if (shift_up(p, want_above, &before, e) != PMWB_OK)
			return e->status;
	}
	p->sel = before;
	return PMWB_OK;
}

int ui_pager_navigate(struct ui_pager *p, enum ui_action a, int height, struct pmwb_error *e)
{
	int half = height / 2 > 0 ? height / 2 : 1;

	switch (a) {
	case UI_ACT_UP:
		ui_pager_move(p, -1, e);
		return 1;
	case UI_ACT_DOWN:
		ui_pager_move(p, 1, e);
		return 1;
	case UI_ACT_PAGE_UP:
		ui_pager_scroll(p, -height, e);
		return 1;
	case UI_ACT_PAGE_DOWN:
		ui_pager_scroll(p, height, e);
		return 1;
	case UI_ACT_HALF_UP:
		ui_pager_scroll(p, -half, e);
		return 1;
	case UI_ACT_HALF_DOWN:
		ui_pager_scroll(p, half, e);
		return 1;
	case UI_ACT_TOP:
		ui_pager_top(p, height, e);
		return 1;
	case UI_ACT_BOTTOM:
		ui_pager_bottom(p, height, e);
		return 1;
	default:
		return 0;
	}
}
