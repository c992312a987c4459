/* programmes.csv: one row per programme, keyed by code. */
#include "config.h"

#include "import_impl.h"
#include "pmwb/store_programme.h"

enum { F_CODE, F_NAME, F_ORG, F_CHAIR, F_SRO, F_LEAD, F_MANAGER, F_START, F_END, F_SUMMARY,
       F_SOURCE, NF };

static const struct import_field fields[NF] = {
	[F_CODE] = {"code", "Programme Code|Prog Code|Programme Ref|Ref", IMPORT_REQUIRED},
	[F_NAME] = {"name", "Programme|Programme Name|Programme Title|Title", IMPORT_REQUIRED},
	[F_ORG] = {"organisation", "Organization|Org|Organisation Name|CCG|Commissioner", 0},
	[F_CHAIR] = {"chair", "Chair|Chaired By|Board Chair", 0},
	[F_SRO] = {"senior_responsible_officer", "SRO|Senior Responsible Owner|Sponsor|Owner|"
		    "Programme Owner", 0},
	[F_LEAD] = {"programme_lead", "Lead|Clinical Lead|Programme Lead", 0},
	[F_MANAGER] = {"programme_manager", "Manager|Programme Manager|PM", 0},
	[F_START] = {"start_fy", "Start|Start Year|From|Start FY", 0},
	[F_END] = {"end_fy", "End|End Year|To|End FY", 0},
	[F_SUMMARY] = {"summary", "Description|Aim|Aims|Objective|Purpose", 0},
	[F_SOURCE] = {"source", "Reference|Citation|Document", 0},
};

static enum pmwb_status row_fn(struct import_run *run, const struct import_row *row,
			       struct pmwb_error *e)
{
	struct store_val v[STORE_PROGRAMME_NCOLS] = {{0}};
	struct store_put_result r;
	int ok = 1;

	if (!row->cell[F_CODE][0]) {
		import_error(run, row->line, import_col(row, F_CODE), NULL,
			     "the programme has no code");
		ok = 0;
	}
	if (!row->cell[F_NAME][0]) {
		import_error(run, row->line, import_col(row, F_NAME), NULL,
			     "the programme has no name");
		ok = 0;
	}
	import_text(row, F_CODE, &v[STORE_PROGRAMME_CODE]);
	import_text(row, F_NAME, &v[STORE_PROGRAMME_NAME]);
	import_text(row, F_ORG, &v[STORE_PROGRAMME_ORGANISATION]);
	import_text(row, F_CHAIR, &v[STORE_PROGRAMME_CHAIR]);
	import_text(row, F_SRO, &v[STORE_PROGRAMME_SRO]);
	import_text(row, F_LEAD, &v[STORE_PROGRAMME_LEAD]);
	import_text(row, F_MANAGER, &v[STORE_PROGRAMME_MANAGER]);
	ok &= import_fy(run, row, F_START, &v[STORE_PROGRAMME_START_FY]);
	ok &= import_fy(run, row, F_END, &v[STORE_PROGRAMME_END_FY]);
	import_text(row, F_SUMMARY, &v[STORE_PROGRAMME_SUMMARY]);
	import_text(row, F_SOURCE, &v[STORE_PROGRAMME_SOURCE]);
	if (ok && !v[STORE_PROGRAMME_START_FY].null && !v[STORE_PROGRAMME_END_FY].null &&
	    v[STORE_PROGRAMME_END_FY].i < v[STORE_PROGRAMME_START_FY].i) {
		import_error(run, row->line, import_col(row, F_END), row->cell[F_END],
			     "the programme ends before it starts (%s)", row->cell[F_START]);
		ok = 0;
	}
	if (!ok)
		return PMWB_OK;
	if (store_put(run->b, &store_programme_entity, v, row->line, &r, e) != PMWB_OK)
		return e->status;
	if (r.duplicate_line) {
		import_error(run, row->line, import_col(row, F_CODE), row->cell[F_CODE],
			     "programme code repeats line %ld", r.duplicate_line);
		return PMWB_OK;
	}
	import_organisation_seen(run, row->map->field_col[F_ORG] >= 0 ? row->cell[F_ORG] : NULL);
	import_count(run, &store_programme_entity, r.change);
	return PMWB_OK;
}

const struct import_kind import_kind_programmes = {
	.name = "programmes",
	.file = "programmes.csv",
	.fields = fields,
	.nfields = NF,
	.entities = {&store_programme_entity},
	.nentities = 1,
	.total_field = -1,
	.total_scope_field = -1,
	.key_field = -1,
	.row = row_fn,
};
