/* metrics.csv: keyed by programme (empty: the organisation), metric and period. */
#include "config.h"

#include "import_impl.h"
#include "pmwb/store_metric.h"

enum { F_PROGRAMME, F_METRIC, F_BASELINE, F_TARGET, F_PERIOD, F_UNIT, F_SOURCE, F_ORGANISATION,
       NF };

static const struct import_field fields[NF] = {
	[F_PROGRAMME] = {"programme_code", "Programme|Programme Name|Prog|Programme Code", 0},
	[F_METRIC] = {"metric", "Measure|Indicator|KPI|Metric Name|Measure Name",
		      IMPORT_REQUIRED},
	[F_BASELINE] = {"baseline", "Baseline Value|Current|Start Value", 0},
	[F_TARGET] = {"target", "Target Value|Goal|Ambition", 0},
	[F_PERIOD] = {"period", "Year|FY|When|Target Period|Target Year", 0},
	[F_UNIT] = {"unit", "Units|Unit of Measure|Measure Unit", 0},
	[F_SOURCE] = {"source", "Citation|Document", 0},
	[F_ORGANISATION] = {"organisation", "Organization|Org|Organisation Name", 0},
};

static enum pmwb_status row_fn(struct import_run *run, const struct import_row *row,
			       struct pmwb_error *e)
{
	struct store_val v[STORE_METRIC_NCOLS] = {{0}};
	struct store_put_result r;
	enum pmwb_status fatal;
	int ok = 1;

	ok &= import_owner(run, row, F_PROGRAMME, F_ORGANISATION, &v[STORE_METRIC_PROGRAMME_ID],
			   &v[STORE_METRIC_ORGANISATION_ID], e, &fatal);
	if (fatal != PMWB_OK)
		return fatal;
	if (!row->cell[F_METRIC][0]) {
		import_error(run, row->line, import_col(row, F_METRIC), NULL,
			     "the metric has no name");
		ok = 0;
	}
	if (!ok)
		return PMWB_OK;
	import_scope_add(run, &v[STORE_METRIC_PROGRAMME_ID], &v[STORE_METRIC_ORGANISATION_ID]);
	import_text(row, F_METRIC, &v[STORE_METRIC_NAME]);
	import_text(row, F_PERIOD, &v[STORE_METRIC_PERIOD]);
	import_text(row, F_BASELINE, &v[STORE_METRIC_BASELINE]);
	import_text(row, F_TARGET, &v[STORE_METRIC_TARGET]);
	import_text(row, F_UNIT, &v[STORE_METRIC_UNIT]);
	import_text(row, F_SOURCE, &v[STORE_METRIC_SOURCE]);
	/* the period is part of the key: a missing column is an empty period, not "keep" */
	v[STORE_METRIC_PERIOD].absent = 0;
	if (store_put(run->b, &store_metric_entity, v, row->line, &r, e) != PMWB_OK)
		return e->status;
	if (r.duplicate_line) {
		import_error(run, row->line, import_col(row, F_METRIC), row->cell[F_METRIC],
			     "this metric for the same period is on line %ld already",
			     r.duplicate_line);
		return PMWB_OK;
	}
	import_count(run, &store_metric_entity, r.change);
	return PMWB_OK;
}

const struct import_kind import_kind_metrics = {
	.name = "metrics",
	.file = "metrics.csv",
	.fields = fields,
	.nfields = NF,
	.entities = {&store_metric_entity},
	.nentities = 1,
	.total_field = -1,
	.total_scope_field = -1,
	.key_field = F_METRIC,
	.row = row_fn,
};
