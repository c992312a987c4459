/* Changing one project's phases by hand (the Gantt grid): each change is one transaction
 * that rewrites the phases that changed and writes an audit entry.  The baseline plan
 * (phase_baseline) is never touched, so the change shows as slippage against it. */
#ifndef PMWB_STORE_PHASE_EDIT_H
#define PMWB_STORE_PHASE_EDIT_H

#include "pmwb/error.h"
#include "pmwb/phase.h"

struct store;

/* The project's phases as the database holds them now. */
enum pmwb_status store_phase_plan_load(struct store *st, long long project_id,
				       struct phase_plan *out, struct pmwb_error *e);

/* The project's phases become `after`, if they are still `before` (else nothing is written
 * and the error says someone else changed them).  action names the change in the audit log
 * ("set", "clear", "move", "stretch", "shrink", "undo"); the detail lists the phases that went
 * and came, "I 2013/14 Q3-2013/14 Q4 -> I 2013/14 Q4-2014/15 Q1".  An undo is the same call
 * with the plans the other way round. */
enum pmwb_status store_phase_plan_save(struct store *st, long long project_id,
				       const struct phase_plan *before,
				       const struct phase_plan *after, const char *action,
				       struct pmwb_error *e);

#endif
