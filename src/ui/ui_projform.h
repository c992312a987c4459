/* The Gantt pane's project edits: the project form (add, edit) and delete, and the hook the
 * pane's action switch calls for its project and milestone keys.  Private to ui/. */
#ifndef PMWB_UI_PROJFORM_H
#define PMWB_UI_PROJFORM_H

#include "ui_view.h"

/* The form: arg > 0 edits the project with that id, arg < 0 adds a project to programme
 * -arg. */
extern const struct ui_view_ops ui_projform_ops;

/* A Gantt key for the selected row (programme_id, and project_id 0 on a programme's row):
 * UI_ACT_PROJ_ADD, _EDIT, _DELETE or UI_ACT_MILESTONES.  Opens the form, asks before a
 * delete, or says why not.  Returns UI_* flags. */
int ui_projform_gantt_action(struct ui_ctx *ctx, enum ui_action a, long long programme_id,
			     long long project_id);

/* The project the last save was for, once (0: none), for the Gantt to select; *programme_id
 * its programme. */
long long ui_projform_take_focus(long long *programme_id);

#endif
