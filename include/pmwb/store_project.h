/* Projects (rows of a delivery table) and their phases. */
#ifndef PMWB_STORE_PROJECT_H
#define PMWB_STORE_PROJECT_H

#include <stddef.h>

#include "pmwb/store_batch.h"

enum store_project_col {
	STORE_PROJECT_PROGRAMME_ID,
	STORE_PROJECT_NAME,
	STORE_PROJECT_SCOPE_REFS,
	STORE_PROJECT_DESCRIPTION,
	STORE_PROJECT_SUCCESS_MEASURES,
	STORE_PROJECT_OUTCOME_INDICATORS,
	STORE_PROJECT_HIGH_IMPACT_INNOVATIONS,
	STORE_PROJECT_VALUE,
	STORE_PROJECT_SOURCE,
	STORE_PROJECT_SRC_FILE,
	STORE_PROJECT_SRC_LINE,
	STORE_PROJECT_NCOLS
};

enum store_phase_col {
	STORE_PHASE_PROJECT_ID,
	STORE_PHASE_START_Q,
	STORE_PHASE_LETTER,
	STORE_PHASE_END_Q,
	STORE_PHASE_SRC_FILE,
	STORE_PHASE_SRC_LINE,
	STORE_PHASE_NCOLS
};

extern const struct store_entity store_project_entity;
extern const struct store_entity store_phase_entity;

struct store_phase {
	char letter; /* S D P I R */
	int start_q, end_q; /* fy_quarter ordinals */
};

/* Make a project's phases exactly these (a delivery row is the whole plan of its project).
 * *changed is set when they differ from what the database held. */
enum pmwb_status store_phase_replace(struct store_batch *b, long long project_id,
				     const struct store_phase *ph, int n, long line, int *changed,
				     struct pmwb_error *e);

/* Each project name of a programme, for a "did you mean" (nearest.h) when a file names
 * one it does not have. */
typedef void (*store_name_fn)(void *ctx, const char *name, size_t len);
enum pmwb_status store_project_names(struct store_batch *b, long long programme_id,
				     store_name_fn fn, void *ctx, struct pmwb_error *e);

#endif
