/* Metrics: keyed by programme (NULL: the organisation), name and period, since a plan states
 * the same measure for several years. */
#ifndef PMWB_STORE_METRIC_H
#define PMWB_STORE_METRIC_H

#include "pmwb/store_batch.h"

enum store_metric_col {
	STORE_METRIC_PROGRAMME_ID,
	STORE_METRIC_ORGANISATION_ID, /* an organisation's own measure; NULL for a programme's */
	STORE_METRIC_NAME,
	STORE_METRIC_PERIOD,
	STORE_METRIC_BASELINE,
	STORE_METRIC_TARGET,
	STORE_METRIC_UNIT,
	STORE_METRIC_SOURCE,
	STORE_METRIC_SRC_FILE,
	STORE_METRIC_SRC_LINE,
	STORE_METRIC_NCOLS
};

extern const struct store_entity store_metric_entity;

#endif
