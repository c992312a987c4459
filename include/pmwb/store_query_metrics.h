/* The measures a plan states (metrics.csv), as the metrics report shows them. */
#ifndef PMWB_STORE_QUERY_METRICS_H
#define PMWB_STORE_QUERY_METRICS_H

#include "pmwb/error.h"

struct store;

struct store_metric_row {
	const char *programme;    /* its code; "" for an organisation's own measure */
	const char *organisation; /* whose: the programme's organisation, or the measure's */
	const char *name, *baseline, *target, *period, *unit; /* "" when not given */
};

typedef void (*store_metric_fn)(void *ctx, const struct store_metric_row *row);

/* Every measure, by programme in plan order (the organisations' own after them), then in the
 * order the file gave them.  programme: one programme's code, "" for the organisations' own
 * measures only, NULL for all. */
enum pmwb_status store_metrics_each(struct store *st, const char *programme, store_metric_fn fn,
				    void *ctx, struct pmwb_error *e);

#endif
