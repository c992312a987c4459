/* thresholds.csv: risk bands and who a risk escalates to, keyed by level.  After the file
 * the bands as a whole must still cover every score exactly once. */
#include "config.h"

#include <string.h>

#include "import_impl.h"
#include "pmwb/risk.h"
#include "pmwb/store_threshold.h"
#include "pmwb/text.h"

enum { F_LEVEL, F_MIN, F_MAX, F_AUTHORITY, F_ACTION, F_ESCALATED, F_SOURCE, NF };

static const struct import_field fields[NF] = {
	[F_LEVEL] = {"level", "Band|Rating|Risk Level|Grade", IMPORT_REQUIRED},
	[F_MIN] = {"min_score", "Min|Minimum|From|Lower|Min Score", IMPORT_REQUIRED},
	[F_MAX] = {"max_score", "Max|Maximum|To|Upper|Max Score", IMPORT_REQUIRED},
	[F_AUTHORITY] = {"authority", "Escalate To|Owner|Responsibility|Who|Managed By", 0},
	[F_ACTION] = {"action", "Action Required|Response|Actions", 0},
	[F_ESCALATED] = {"escalated", "Escalate|Corporate|Escalation", 0},
	[F_SOURCE] = {"source", "Citation|Document", 0},
};

static int yes_no(struct import_run *run, const struct import_row *row, struct store_val *v)
{
	static const char *const yes[] = {"1", "yes", "y", "true"};
	static const char *const no[] = {"0", "no", "n", "false"};
	const char *t = row->cell[F_ESCALATED];

	memset(v, 0, sizeof(*v));
	if (row->map->field_col[F_ESCALATED] < 0 || !t[0]) {
		/* not given: keep what the database says; a new band is not escalated */
		v->absent = 1;
		return 1;
	}
	for (int i = 0; i < 4; i++) {
		if (text_equal_nocase(t, strlen(t), yes[i])) {
			v->i = 1;
			return 1;
		}
		if (text_equal_nocase(t, strlen(t), no[i]))
			return 1;
	}
	import_error(run, row->line, import_col(row, F_ESCALATED), t, "escalated is yes or no");
	return 0;
}

static enum pmwb_status row_fn(struct import_run *run, const struct import_row *row,
			       struct pmwb_error *e)
{
	struct store_val v[STORE_THRESHOLD_NCOLS] = {{0}};
	struct store_put_result r;
	int ok = 1;

	if (!row->cell[F_LEVEL][0]) {
		import_error(run, row->line, import_col(row, F_LEVEL), NULL, "the band has no name");
		ok = 0;
	}
	import_text(row, F_LEVEL, &v[STORE_THRESHOLD_LEVEL]);
	ok &= import_int(run, row, F_MIN, 1, 25, &v[STORE_THRESHOLD_MIN_SCORE]);
	ok &= import_int(run, row, F_MAX, 1, 25, &v[STORE_THRESHOLD_MAX_SCORE]);
	if (ok && (v[STORE_THRESHOLD_MIN_SCORE].null || v[STORE_THRESHOLD_MAX_SCORE].null)) {
		import_error(run, row->line,
			     import_col(row, v[STORE_THRESHOLD_MIN_SCORE].null ? F_MIN : F_MAX),
			     NULL, "a band needs both its lowest and highest score");
		ok = 0;
	}
	if (ok && v[STORE_THRESHOLD_MAX_SCORE].i < v[STORE_THRESHOLD_MIN_SCORE].i) {
		import_error(run, row->line, import_col(row, F_MAX), row->cell[F_MAX],
			     "max_score is below min_score (%s)", row->cell[F_MIN]);
		ok = 0;
	}
	import_text(row, F_AUTHORITY, &v[STORE_THRESHOLD_AUTHORITY]);
	import_text(row, F_ACTION, &v[STORE_THRESHOLD_ACTION]);
	ok &= yes_no(run, row, &v[STORE_THRESHOLD_ESCALATED]);
	import_text(row, F_SOURCE, &v[STORE_THRESHOLD_SOURCE]);
	if (!ok)
		return PMWB_OK;
	if (store_put(run->b, &store_threshold_entity, v, row->line, &r, e) != PMWB_OK)
		return e->status;
	if (r.duplicate_line) {
		import_error(run, row->line, import_col(row, F_LEVEL), row->cell[F_LEVEL],
			     "this band is on line %ld already", r.duplicate_line);
		return PMWB_OK;
	}
	import_count(run, &store_threshold_entity, r.change);
	return PMWB_OK;
}

static enum pmwb_status end_fn(struct import_run *run, struct pmwb_error *e)
{
	struct risk_bands bands;
	struct pmwb_error be;

	if (run->errors)
		return PMWB_OK;
	err_clear(&be);
	switch (store_threshold_bands(run->st, &bands, &be)) {
	case PMWB_OK:
		return PMWB_OK;
	case PMWB_INPUT:
		import_error(run, 0, 0, NULL,
			     "with this file the risk bands would not work (use --replace to replace "
			     "every band with the file's): %s", be.msg);
		return PMWB_OK;
	default:
		*e = be;
		return e->status;
	}
}

const struct import_kind import_kind_thresholds = {
	.name = "thresholds",
	.file = "thresholds.csv",
	.fields = fields,
	.nfields = NF,
	.entities = {&store_threshold_entity},
	.nentities = 1,
	.total_field = -1,
	.total_scope_field = -1,
	.key_field = -1,
	.row = row_fn,
	.end = end_fn,
};
