/* A form on a page of its own, as the programme, project and milestone forms are: a title,
 * the fields, the problem that stops a save (a field's, or a refused save's sentence in full)
 * and a hint; F2 checks every field, saves through the owner and closes the page.  Private
 * to ui/. */
#ifndef PMWB_UI_FORM_PAGE_H
#define PMWB_UI_FORM_PAGE_H

#include "ui_form.h"

struct ui_form_page {
	struct ui_form form;
	char title[240];
	char problem[PMWB_ERR_MSG_MAX]; /* why the last save was refused, in full */
	int label_w;
	const char *hint; /* under the fields, dim */
	void *owner;
	/* Check field i as typed: its error and note, and the owner's record. */
	void (*check)(void *owner, int field);
	/* Write the record (the page has checked every field and that the file is writable). */
	enum pmwb_status (*save)(void *owner, struct ui_ctx *ctx, struct pmwb_error *e);
	/* After a save: the message, and what the pane below should select. */
	void (*saved)(void *owner, struct ui_ctx *ctx);
};

void ui_form_page_draw(struct ui_form_page *p, struct ui_rect r);

/* A form view's key handler: edits, checks, saves; UI_* flags or -1 (ui_form_event_flags). */
int ui_form_page_key(struct ui_form_page *p, struct ui_ctx *ctx, int key, int is_char);

/* After a change to the plan: the counts and span re-read, every pane reloads. */
void ui_form_page_changed(struct ui_ctx *ctx);

#endif
