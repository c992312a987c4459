/* The kinds of edit the undo journal (ui_undo.h) knows, and the records it keeps for those
 * whose store/ record is not a struct of its own.  Private to ui/. */
#ifndef PMWB_UI_UNDO_KINDS_H
#define PMWB_UI_UNDO_KINDS_H

#include "pmwb/phase.h"
#include "pmwb/store_query_qipp.h"
#include "ui_undo.h"

/* struct store_risk_record (add, edit, close); the step's mark is the risk's history mark
 * before the edit (store_risk_history_mark). */
extern const struct ui_undo_kind ui_undo_risk;
/* struct store_programme_record (add, edit, and delete of a programme holding nothing). */
extern const struct ui_undo_kind ui_undo_programme;

/* struct store_project_record (add and edit in the Gantt's project form). */
extern const struct ui_undo_kind ui_undo_project;
struct store_project_record;
/* A project just saved (before NULL: added), as the database now holds it, pushed. */
void ui_undo_project_saved(struct ui_ctx *ctx, const struct store_project_record *before,
			   long long id);

/* struct store_milestone_record (add and edit in the milestone form, done and not done). */
extern const struct ui_undo_kind ui_undo_milestone;
struct store_milestone_record;
/* A milestone just saved (before NULL: added), as the database now holds it, pushed. */
void ui_undo_milestone_saved(struct ui_ctx *ctx, const struct store_milestone_record *before,
			     long long id);

/* A project's phases (the Gantt grid). */
struct ui_undo_phases {
	long long project_id, programme_id;
	char name[STORE_NAME_MAX];
	struct phase_plan plan;
};
extern const struct ui_undo_kind ui_undo_phases;

/* A QIPP month's forecast and actual (the scheme view). */
struct ui_undo_qipp_month {
	long long scheme_id;
	fy_month month;
	char name[STORE_NAME_MAX];
	struct store_qipp_month_figures f;
};
extern const struct ui_undo_kind ui_undo_qipp_month;

/* struct store_qipp_scheme_record (add and edit in the scheme form, with the year's plan). */
extern const struct ui_undo_kind ui_undo_qipp_scheme;
struct store_qipp_scheme_record;
/* A scheme just saved (before NULL: added) with its plan for year fy, as the database now
 * holds it, pushed. */
void ui_undo_qipp_scheme_saved(struct ui_ctx *ctx, const struct store_qipp_scheme_record *before,
			       long long id, int fy);

/* A shared setting (the settings view): the file's own value, or none (the default). */
struct ui_undo_setting {
	long long id; /* the setting_id: a setting is never added again under another */
	int is_set;
	char text[64];
};
extern const struct ui_undo_kind ui_undo_setting;
/* The setting as the file holds it now, to push before and after a change. */
enum pmwb_status ui_undo_setting_read(struct ui_ctx *ctx, int setting,
				      struct ui_undo_setting *out, struct pmwb_error *e);

#endif
