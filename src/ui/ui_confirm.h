/* A question before something that cannot be taken back (a delete): a view of its own that
 * says what would happen and takes one key; the yes key acts, any other key keeps everything.
 * Private to ui/. */
#ifndef PMWB_UI_CONFIRM_H
#define PMWB_UI_CONFIRM_H

#include "ui_view.h"

#define UI_CONFIRM_TEXT_MAX 768

struct ui_confirm {
	char title[80];
	char question[UI_CONFIRM_TEXT_MAX]; /* wrapped to the pane's width */
	char keys[160];                     /* what the keys do: "y deletes it; ..." */
	int yes_key;
	/* Called on the yes key; returns UI_* flags.  It may ask again (ui_confirm_ask): the
	 * question then takes this one's place. */
	int (*on_yes)(struct ui_ctx *ctx, void *data);
	void *data; /* the asking view's state, below this one on the stack */
	char no_message[160]; /* said when another key was pressed */
};

/* Opens the question over the current view (pushed by the loop after the handler). */
void ui_confirm_ask(struct ui_ctx *ctx, const struct ui_confirm *c);

extern const struct ui_view_ops ui_confirm_ops;

#endif
