/* Read-only detail pages (see ui_detail.h). */
#include "config.h"

#include <string.h>

#include "ui_detail.h"

void ui_detail_begin(struct ui_detail_pen *p, struct ui_detail *d, struct ui_rect r, int label_w)
{
	p->d = d;
	p->r = r;
	p->label_w = label_w < r.w / 2 ? label_w : r.w / 2;
	p->row = 0;
	d->h = r.h;
	/* after a resize or a shorter reload the page may end above the old top */
	if (d->top > 0 && d->rows > 0 && d->top > d->rows - r.h + 1)
		d->top = d->rows - r.h + 1 > 0 ? d->rows - r.h + 1 : 0;
}

static int visible(const struct ui_detail_pen *p, int *y)
{
	int i = p->row - p->d->top;

	*y = p->r.y + i;
	return i >= 0 && i < p->r.h;
}

static void wrapped(struct ui_detail_pen *p, int x, int w, attr_t a, const char *s)
{
	char line[1024];
	int y;

	if (w <= 0)
		w = 1;
	do {
		s = ui_wrap_next(s, w, line, sizeof(line));
		if (visible(p, &y))
			ui_put(y, x, w, a, line);
		p->row++;
	} while (*s);
}

void ui_detail_field(struct ui_detail_pen *p, const char *label, const char *value)
{
	int y;

	if (visible(p, &y))
		ui_put(y, p->r.x, p->label_w - 1, A_BOLD, label);
	wrapped(p, p->r.x + p->label_w, p->r.w - p->label_w, 0,
		value && value[0] ? value : "-");
}

void ui_detail_text(struct ui_detail_pen *p, attr_t a, const char *text)
{
	wrapped(p, p->r.x, p->r.w, a, text && text[0] ? text : " ");
}

void ui_detail_end(struct ui_detail_pen *p)
{
	struct ui_detail *d = p->d;
	char more[96];

	d->rows = p->row;
	if (d->rows <= p->r.h)
		return;
	/* The last row says there is more, and where. */
	snprintf(more, sizeof(more), "-- rows %d-%d of %d: j and k scroll --", d->top + 1,
		 d->top + p->r.h - 1 < d->rows ? d->top + p->r.h - 1 : d->rows, d->rows);
	ui_fill(p->r.y + p->r.h - 1, p->r.x, p->r.w, ui_attr(UI_ROLE_DIM));
	ui_put(p->r.y + p->r.h - 1, p->r.x, p->r.w, ui_attr(UI_ROLE_DIM), more);
}

int ui_detail_scroll(struct ui_detail *d, enum ui_action a)
{
	/* the last row of a long page is its "more" line */
	int last = d->rows > d->h ? d->rows - d->h + 1 : 0, step = d->h > 2 ? d->h - 2 : 1;

	switch (a) {
	case UI_ACT_UP:
		d->top--;
		break;
	case UI_ACT_DOWN:
		d->top++;
		break;
	case UI_ACT_PAGE_UP:
	case UI_ACT_HALF_UP:
		d->top -= a == UI_ACT_PAGE_UP ? step : step / 2 + 1;
		break;
	case UI_ACT_PAGE_DOWN:
	case UI_ACT_HALF_DOWN:
		d->top += a == UI_ACT_PAGE_DOWN ? step : step / 2 + 1;
		break;
	case UI_ACT_TOP:
		d->top = 0;
		break;
	case UI_ACT_BOTTOM:
		d->top = last;
		break;
	default:
		return 0;
	}
	if (d->top > last)
		d->top = last;
	if (d->top < 0)
		d->top = 0;
	return 1;
}

int ui_detail_stray_key(int key, int is_char, unsigned scope)
{
	if (!is_char || key < 0x20 || key == 0x7f)
		return -1;
	if (key >= '0' && key <= '9')
		return UI_NONE;
	return ui_key_action(key, scope | UI_SCOPE_GLOBAL) == UI_ACT_NONE ? UI_NONE : -1;
}
