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
	int locked;                   /* longer in the file than the field holds: not editable */
	char orig[UI_FORM_TEXT_MAX];  /* the value loaded: what "unsaved changes" compare with */
	int conflict;                 /* a colleague saved another value meanwhile: theirs */
	char theirs[UI_FORM_TEXT_MAX];
};

struct ui_form {
	int n;
	struct ui_form_field field[UI_FORM_MAX_FIELDS];
	int cur;    /* the field being edited */
	int cursor; /* byte offset in it */
	int top;    /* first field on screen, when they do not all fit */
	int asking; /* "discard changes?" is on screen: the next key answers it */
};

enum ui_form_event {
	UI_FORM_IGNORED, /* not a key the form uses: let the key table have it */
	UI_FORM_EDITED,  /* the current field's text changed: check it */
	UI_FORM_MOVED,   /* the cursor or the current field moved */
	UI_FORM_SAVE,
	UI_FORM_CANCEL,  /* closing: nothing was changed, or the user said to discard it */
	UI_FORM_QUIT,    /* quitting pmwb, the changes discarded as the user said */
	UI_FORM_THEIRS,  /* take a colleague's version (the owner knows it, or there is none) */
	UI_FORM_LOCKED,  /* an edit of a locked field, refused */
};

/* Adds a field holding text as loaded; returns its index. */
int ui_form_add(struct ui_form *f, const char *label, int max_bytes, const char *text);
/* Changes what the field holds (its loaded value stays what changes are measured from). */
void ui_form_set(struct ui_form *f, int field, const char *text);
/* A field whose value in the file is longer than the form holds: shown as far as it fits,
 * saying so beside it, and kept as it is (every key that would change it is refused). */
void ui_form_lock(struct ui_form *f, int field);
/* Any field not as loaded? */
int ui_form_changed(const struct ui_form *f);

/* After a save refused because a colleague changed the record: their value of a field, shown
 * beside the user's when it differs from the value the form loaded. */
void ui_form_theirs(struct ui_form *f, int field, const char *text);
/* The fields whose value a colleague changed ("Risk, Likelihood"), and how many. */
int ui_form_conflicts(const struct ui_form *f, char *names, size_t size);
/* Their version becomes the one the form loaded, and what the user typed is applied to it
 * again: a field the user left as loaded takes theirs, one the user changed keeps the user's
 * text.  names gets the fields the user changed ("" when none). */
void ui_form_take_theirs(struct ui_form *f, char *names, size_t size);

/* The same for an owner, with what it says: theirs holds the colleague's version of the
 * record as this form's fields; what names the record ("risk R4").  The owner keeps the
 * record itself, to save against once the user took it. */
void ui_form_show_theirs(struct ui_form *f, const struct ui_form *theirs, struct ui_ctx *ctx,
			 const char *what);
void ui_form_take_theirs_saying(struct ui_form *f, struct ui_ctx *ctx, const char *what);
/* The line a form shows under its fields while a colleague's version is beside the user's. */
void ui_form_conflict_line(const struct ui_form *f, char *buf, size_t size);
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
 * redraws, CANCEL closes the form saying nothing was saved, QUIT quits, LOCKED and THEIRS
 * (when the owner has no colleague's version) say why nothing happened, IGNORED (-1) lets the
 * key table have the key.  The owner checks a field on EDITED and saves on SAVE.
 * Esc, Ctrl-C (UI_KEY_INTERRUPT) or quitting with changes first asks "discard changes?" (the
 * form shows the question and returns MOVED); y answers yes, any other key returns to it. */
int ui_form_event_flags(struct ui_ctx *ctx, enum ui_form_event ev);

/* A form view's action (the form takes its keys itself) and reload (it keeps what is being
 * typed; a colleague's change is caught when saving), for its ui_view_ops. */
int ui_form_view_action(void *state, struct ui_ctx *ctx, enum ui_action a, struct ui_rect r);
int ui_form_view_reload(void *state, struct ui_ctx *ctx);

/* Before saving: when a field has an error (or was given more than it holds), makes it
 * current, says "not saved: <its error>" on the message line and returns 1; else 0. */
int ui_form_refuse(struct ui_form *f, struct ui_ctx *ctx);

/* Index of the first field with an error, or -1. */
int ui_form_first_error(const struct ui_form *f);

#endif
