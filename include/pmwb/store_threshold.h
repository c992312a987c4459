/* Risk bands and escalation thresholds, keyed by level name. */
#ifndef PMWB_STORE_THRESHOLD_H
#define PMWB_STORE_THRESHOLD_H

#include "pmwb/risk.h"
#include "pmwb/store_batch.h"

enum store_threshold_col {
	STORE_THRESHOLD_LEVEL,
	STORE_THRESHOLD_MIN_SCORE,
	STORE_THRESHOLD_MAX_SCORE,
	STORE_THRESHOLD_AUTHORITY,
	STORE_THRESHOLD_ACTION,
	STORE_THRESHOLD_ESCALATED,
	STORE_THRESHOLD_SOURCE,
	STORE_THRESHOLD_SRC_FILE,
	STORE_THRESHOLD_SRC_LINE,
	STORE_THRESHOLD_NCOLS
};

extern const struct store_entity store_threshold_entity;

/* The bands as the database holds them now (inside the batch: including its changes), the
 * one loader every reader uses: PMWB_INPUT, saying why and how to fix it, when they are not
 * 1 to RISK_MAX_BANDS bands that cover every score once (risk_bands_validate).  Never
 * clamped, never quietly replaced by the defaults. */
enum pmwb_status store_threshold_bands(struct store *st, struct risk_bands *out,
				       struct pmwb_error *e);

#endif
