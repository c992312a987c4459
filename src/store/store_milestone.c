/* Milestones. */
#include "config.h"

#include "pmwb/store_milestone.h"
#include "store_entity.h"

static const struct store_column cols[STORE_MILESTONE_NCOLS] = {
	[STORE_MILESTONE_PROGRAMME_ID] = {"programme_id", STORE_INT, STORE_KEY},
	[STORE_MILESTONE_PROJECT_ID] = {"project_id", STORE_INT, STORE_KEY | STORE_KEY_NULL},
	[STORE_MILESTONE_NAME] = {"name", STORE_TEXT, STORE_KEY},
	[STORE_MILESTONE_DUE_TEXT] = {"due_text", STORE_TEXT, 0},
	[STORE_MILESTONE_DUE_FIRST] = {"due_first", STORE_INT, 0},
	[STORE_MILESTONE_DUE_LAST] = {"due_last", STORE_INT, 0},
	[STORE_MILESTONE_SOURCE] = {"source", STORE_TEXT, 0},
	[STORE_MILESTONE_SRC_FILE] = {"src_file", STORE_TEXT, STORE_SRC},
	[STORE_MILESTONE_SRC_LINE] = {"src_line", STORE_INT, STORE_SRC},
};

const struct store_entity store_milestone_entity = {
	.table = "milestone",
	.label = "milestone",
	.cols = cols,
	.ncols = STORE_MILESTONE_NCOLS,
	.has_rowid = 1,
	.slot = 3,
	.programme_scope = "programme_id = ?1",
};
