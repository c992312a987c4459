/* A project's milestones, pushed over the Gantt by m: each with its due date, done or
 * overdue; a adds one, e renames it or sets its due date, x marks it done or not, D deletes
 * it.  Private to ui/. */
#ifndef PMWB_UI_MILESTONES_H
#define PMWB_UI_MILESTONES_H

#include "ui_view.h"

/* arg: the project's id. */
extern const struct ui_view_ops ui_milestones_ops;

/* The milestone form: arg > 0 edits that milestone, arg < 0 adds one to project -arg. */
extern const struct ui_view_ops ui_msform_ops;

/* The milestone the last save was for, once (0: none), for the list to select. */
long long ui_msform_take_focus(void);

#endif
