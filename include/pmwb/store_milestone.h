/* Milestones: keyed by programme, project (or none) and name. */
#ifndef PMWB_STORE_MILESTONE_H
#define PMWB_STORE_MILESTONE_H

#include "pmwb/store_batch.h"

enum store_milestone_col {
	STORE_MILESTONE_PROGRAMME_ID,
	STORE_MILESTONE_PROJECT_ID,
	STORE_MILESTONE_NAME,
	STORE_MILESTONE_DUE_TEXT,
	STORE_MILESTONE_DUE_FIRST,
	STORE_MILESTONE_DUE_LAST,
	STORE_MILESTONE_SOURCE,
	STORE_MILESTONE_SRC_FILE,
	STORE_MILESTONE_SRC_LINE,
	STORE_MILESTONE_NCOLS
};

extern const struct store_entity store_milestone_entity;

#endif
