/* Editing a project's phases on the Gantt grid: the quarter cursor's state and the changes
 * made at it (set, clear, move, stretch, shrink), each saved at once through
 * store/store_phase_edit.c.  Private to ui/. */
#ifndef PMWB_UI_GANTT_EDIT_H
#define PMWB_UI_GANTT_EDIT_H

#include "pmwb/phase.h"
#include "ui_gantt_rows.h"
#include "ui_view.h"

struct gantt_edit {
	int on;         /* editing: the cursor shows on the selected project's row */
	fy_quarter cur; /* the quarter under the cursor */
};

/* A change at the cursor to the selected row's phases (UI_ACT_PHASE_*), saved with its
 * audit entry; refused with a message on a group row, a read-only file, an overlap, or
 * phases someone else changed meanwhile.  Returns UI_* flags. */
int gantt_edit_change(struct gantt_edit *ed, struct ui_ctx *ctx, enum ui_action a,
		      const struct gantt_row *row);

/* "Review (2013/14 Q3-2014/15 Q2)", "Review (2013/14 Q1-Q4)" */
void gantt_edit_describe(const struct phase_span *s, char *buf, size_t size);

#endif
