/* pmwb report metrics: the measures each plan states, by programme (the organisations' own
 * after them). */
#include "config.h"

#include <stdio.h>

#include "pmwb/report.h"
#include "pmwb/store_query_metrics.h"

enum { COL_PROGRAMME, COL_METRIC, COL_BASELINE, COL_TARGET, COL_PERIOD, COL_UNIT,
       COL_ORGANISATION, NCOLS };

static const struct report_column columns[NCOLS] = {
	[COL_PROGRAMME] = {"Prog", "programme", 10, 0},
	[COL_METRIC] = {"Metric", "metric", 26, 0},
	[COL_BASELINE] = {"Baseline", "baseline", 8, 1},
	[COL_TARGET] = {"Target", "target", 8, 1},
	[COL_PERIOD] = {"Period", "period", 12, 0},
	[COL_UNIT] = {"Unit", "unit", 10, 0},
	[COL_ORGANISATION] = {"Organisation", "organisation", 0, 0},
};

const struct report_column *report_metrics_columns(int *n)
{
	*n = NCOLS;
	return columns;
}

struct metrics_ctx {
	struct report_table t;
	long rows;
};

static void one(void *ctx, const struct store_metric_row *r)
{
	struct metrics_ctx *m = ctx;
	const char *cells[NCOLS] = {
		/* CSV leaves an organisation's own measure's programme empty, as import reads it */
		[COL_PROGRAMME] = r->programme[0] || m->t.format == REPORT_CSV ? r->programme
									 : "(org.)",
		[COL_METRIC] = r->name,
		[COL_BASELINE] = r->baseline,
		[COL_TARGET] = r->target,
		[COL_PERIOD] = r->period,
		[COL_UNIT] = r->unit,
		[COL_ORGANISATION] = r->organisation,
	};

	report_table_row(&m->t, cells);
	m->rows++;
}

enum pmwb_status report_metrics(struct store *st, FILE *out, const char *programme,
				enum report_format format, struct pmwb_error *e)
{
	struct metrics_ctx m = {.rows = 0};

	report_table_begin(&m.t, out, format, columns, NCOLS);
	report_table_whole(&m.t, 1ul << COL_PROGRAMME, COL_METRIC);
	if (store_metrics_each(st, programme, one, &m, e) != PMWB_OK)
		return e->status;
	if (m.rows == 0 && format != REPORT_CSV)
		report_note(out, format, programme && programme[0]
						 ? "The programme states no measures (import them: "
						   "pmwb import metrics FILE)."
						 : "No measures (import them: pmwb import metrics FILE).");
	return PMWB_OK;
}
