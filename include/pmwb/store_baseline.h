/* The baseline plan: each project's phases as first imported, to measure slippage against. */
#ifndef PMWB_STORE_BASELINE_H
#define PMWB_STORE_BASELINE_H

#include "pmwb/error.h"
#include "pmwb/fy.h"

struct store;

/* Inside a write transaction: give every project that has phases and no baseline yet its
 * current phases as its baseline.  Called by the import before it commits. */
enum pmwb_status store_baseline_fill(struct store *st, struct pmwb_error *e);

/* A project's position in quarter q: the phase the baseline and the current plan put there
 * (0 when none) and where each ends. */
struct store_slip_row {
	char programme_code[48];
	char project[192];
	char planned_letter, current_letter;
	fy_quarter baseline_end, current_end;
};

typedef enum pmwb_status (*store_slip_row_fn)(void *ctx, const struct store_slip_row *row,
					      struct pmwb_error *e);

/* Every project with a baseline whose plan differs from it, by programme and project; of one
 * organisation's programmes (its name, any case), or of all for NULL. */
enum pmwb_status store_baseline_changes(struct store *st, fy_quarter q,
					const char *organisation, store_slip_row_fn fn,
					void *ctx, struct pmwb_error *e);

#endif
