/* A form: labelled one-line text fields edited in place, each checked as it is typed by the
 * view that owns the form.  The view feeds it keys (its ui_view_ops.key) and draws it; the
 * form knows nothing of what the fields mean.  Private to ui/. */
#ifndef PMWB_UI_FORM_H
#define PMWB_UI_FORM_H

#include <stddef.h>

#include "ui_view.h"

#define UI_FORM_MAX_FIELDS 24
#define UI_FORM_TEXT_MAX 1024
#define UI_FORM_NOTE_MAX 200

struct ui_form_field {
	const char *label;
	int max_bytes;                /* what the field may hold (< UI_FORM_TEXT_MAX) */
	char text[UI_FORM_TEXT_MAX];
	char error[UI_FORM_NOTE_MAX]; /* set by the owner's check: "" when the value is good */
	char note[UI_FORM_NOTE_MAX];  /* shown beside the field (e.g. what a number means) */
	int dropped;                  /* characters typed or pasted that did not fit, until the
				       * field is shortened or cleared by hand */
};

struct ui_form {
	int n;
	struct ui_form_field field[UI_FORM_MAX_FIELDS];
	int cur;    /* the field being edited */
	int cursor; /* byte offset in it */
	int top;    /* first field on screen, when they do not all fit */
};

enum ui_form_event {
	UI_FORM_IGNORED, /* not a key the form uses: let the key table have it */
	UI_FORM_EDITED,  /* the current field's text changed: check it */
	UI_FORM_MOVED,   /* the cursor or the current field moved */
	UI_FORM_SAVE,
	UI_FORM_CANCEL,
};

/* Adds a field; returns its index. */
int ui_form_add(struct ui_form *f, const char *label, int max_bytes, const char *text);
void ui_form_set(struct ui_form *f, int field, const char *text);
/* Make a field current, the cursor at its end. */
void ui_form_focus(struct ui_form *f, int field);

enum ui_form_event ui_form_key(struct ui_form *f, int key, int is_char);

/* Draws the fields from row r.y (as many as fit in r.h), labels label_w wide; a field with an
 * error has its label marked.  The cursor is shown as a reversed cell. */
void ui_form_draw(struct ui_form *f, struct ui_rect r, int label_w);

/* After the owner's check of a field: a field that was given more than it holds keeps an
 * error saying so (a paste is refused, never cut silently) until it is shortened by hand. */
void ui_form_check_fit(struct ui_form *f, int field);

/* The field's text without blanks around it, into dst (size bytes). */
void ui_form_trimmed(const struct ui_form *f, int field, char *dst, size_t size);

/* What a form's view returns for the events its owner need not handle itself: MOVED
 * redraws, CANCEL closes the form saying nothing was saved, IGNORED (-1) lets the key table
 * have the key.  The owner checks a field on EDITED and saves on SAVE. */
int ui_form_event_flags(struct ui_ctx *ctx, enum ui_form_event ev);

/* A form view's action (the form takes its keys itself) and reload (it keeps what is being
 * typed; a colleague's change is caught when saving), for its ui_view_ops. */
int ui_form_view_action(void *state, struct ui_ctx *ctx, enum ui_action a, struct ui_rect r);
int ui_form_view_reload(void *state, struct ui_ctx *ctx);

/* Before saving: when a field has an error, makes it current, says "not saved: <its error>"
 * on the message line and returns 1; else 0. */
int ui_form_refuse(struct ui_form *f, struct ui_ctx *ctx);

/* Index of the first field with an error, or -1. */
int ui_form_first_error(const struct ui_form *f);

#endif
