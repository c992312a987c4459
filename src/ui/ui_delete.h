/* Deleting a record that may hold others (a programme its projects, a project its
 * milestones): one question when it holds nothing; when it holds something, a first question
 * that y does not answer (A, capital, goes on) and a second that says in full what goes with
 * it.  Private to ui/. */
#ifndef PMWB_UI_DELETE_H
#define PMWB_UI_DELETE_H

#include "ui_confirm.h"

struct ui_delete {
	int holds;                               /* something would go with it */
	char title[80], title_all[80];           /* of the first and second questions */
	char question[UI_CONFIRM_TEXT_MAX];      /* the first */
	char question_all[UI_CONFIRM_TEXT_MAX];  /* the second, when it holds something */
	char keys[160];                          /* the first question's keys, when it holds */
	char no_message[160];                    /* said when it is kept */
	/* Deletes; all: the user confirmed what it holds goes too.  Returns UI_* flags. */
	int (*yes)(struct ui_ctx *ctx, int all);
};

void ui_delete_ask(struct ui_ctx *ctx, const struct ui_delete *d);

#endif
