/* Metrics. */
#include "config.h"

#include "pmwb/store_metric.h"
#include "store_entity.h"

static const struct store_column cols[STORE_METRIC_NCOLS] = {
	[STORE_METRIC_PROGRAMME_ID] = {"programme_id", STORE_INT, STORE_KEY | STORE_KEY_NULL},
	[STORE_METRIC_ORGANISATION_ID] = {"organisation_id", STORE_INT, STORE_KEY | STORE_KEY_NULL},
	[STORE_METRIC_NAME] = {"name", STORE_TEXT, STORE_KEY},
	[STORE_METRIC_PERIOD] = {"period", STORE_TEXT, STORE_KEY | STORE_KEY_NULL},
	[STORE_METRIC_BASELINE] = {"baseline", STORE_TEXT, 0},
	[STORE_METRIC_TARGET] = {"target", STORE_TEXT, 0},
	[STORE_METRIC_UNIT] = {"unit", STORE_TEXT, 0},
	[STORE_METRIC_SOURCE] = {"source", STORE_TEXT, 0},
	[STORE_METRIC_SRC_FILE] = {"src_file", STORE_TEXT, STORE_SRC},
	[STORE_METRIC_SRC_LINE] = {"src_line", STORE_INT, STORE_SRC},
};

const struct store_entity store_metric_entity = {
	.table = "metric",
	.label = "metric",
	.cols = cols,
	.ncols = STORE_METRIC_NCOLS,
	.has_rowid = 1,
	.slot = 9,
	.programme_scope = "programme_id = ?1",
	.organisation_scope = "programme_id IS NULL AND organisation_id IS ?1",
};
