/* A read-only page of one record's fields, each label beside its value wrapped to the width
 * in full (never cut), scrolled by the list keys when it is taller than the pane; and the
 * rule every detail view keeps: a key it has no use for changes nothing.  Private to ui/. */
#ifndef PMWB_UI_DETAIL_H
#define PMWB_UI_DETAIL_H

#include "ui_draw.h"
#include "ui_view.h"

struct ui_detail {
	int top;   /* the first row shown */
	int rows;  /* rows the page had when last drawn */
	int h;     /* rows the pane showed */
};

/* One drawing of the page: rows above d->top are counted, not drawn. */
struct ui_detail_pen {
	struct ui_detail *d;
	struct ui_rect r;
	int label_w;
	int row; /* the page's row being written */
};

void ui_detail_begin(struct ui_detail_pen *p, struct ui_detail *d, struct ui_rect r, int label_w);
/* "Label      value ..." with the value wrapped under itself; an empty value shows "-". */
void ui_detail_field(struct ui_detail_pen *p, const char *label, const char *value);
/* A line or paragraph across the whole width, wrapped. */
void ui_detail_text(struct ui_detail_pen *p, attr_t a, const char *text);
/* Ends the page: says where more is when it does not fit. */
void ui_detail_end(struct ui_detail_pen *p);

/* Scroll for the list keys (up, down, pages, top, bottom); 0 for any other action. */
int ui_detail_scroll(struct ui_detail *d, enum ui_action a);

/* For a detail view's key hook: a digit (which would switch panes) or any other character
 * the key table gives the view no action for is swallowed, UI_NONE; -1 lets the table have
 * the key.  scope: the view's ops.scope. */
int ui_detail_stray_key(int key, int is_char, unsigned scope);

#endif
