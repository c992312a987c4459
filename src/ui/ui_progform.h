/* The Programmes pane's edits: the programme form (add, edit) and delete.  Private to ui/. */
#ifndef PMWB_UI_PROGFORM_H
#define PMWB_UI_PROGFORM_H

#include "ui_view.h"

/* The form: arg 0 adds a programme, else edits the programme with that id. */
extern const struct ui_view_ops ui_progform_ops;

/* The programme the last save was for, once (0: none), for the pane to select. */
long long ui_progform_take_focus(void);
void ui_progform_set_focus(long long id);

/* Asks, then deletes the programme (refused while it holds projects, risks or schemes,
 * unless the user confirms deleting them all, a second time).  Returns UI_* flags. */
int ui_progform_delete(struct ui_ctx *ctx, long long id);

#endif
