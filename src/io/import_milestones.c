/* milestones.csv: keyed by programme, project (or none) and milestone.  The due date is kept
 * as written ("Sept 2014", "end Q2", "April/May 2013"); the months it covers are stored too
 * when pmwb can read it, so that the Gantt can place it. */
#include "config.h"

#include <string.h>

#include "import_impl.h"
#include "pmwb/date.h"
#include "pmwb/store_milestone.h"
#include "pmwb/store_project.h"

enum { F_PROGRAMME, F_PROJECT, F_MILESTONE, F_DUE, F_SOURCE, F_DUE_QUARTER, F_FROM, F_TO, NF };

static const struct import_field fields[NF] = {
	[F_PROGRAMME] = {"programme_code", "Programme|Programme Name|Prog|Programme Code",
			 IMPORT_REQUIRED},
	[F_PROJECT] = {"project", "Project Name|Workstream|Scheme", 0},
	[F_MILESTONE] = {"milestone", "Milestone Name|Deliverable|Task|Key Milestone",
			 IMPORT_REQUIRED},
	[F_DUE] = {"due", "Due Date|Date|Deadline|Target Date|When|By|Due By", 0},
	[F_SOURCE] = {"source", "Citation|Document", 0},
	[F_DUE_QUARTER] = {"due_quarter", "Quarter|Due Quarter|Due Q", 0},
	/* written by export so that a month range pmwb read once survives a round trip */
	[F_FROM] = {"due_from", NULL, 0},
	[F_TO] = {"due_to", NULL, 0},
};

static int read_period(struct import_run *run, const char *text, int allow_period, int *first,
		       int *last)
{
	struct date_value dv;
	struct pmwb_error pe;

	if (!text[0] || date_parse(&run->o->fy, text, allow_period, &dv, &pe) != PMWB_OK)
		return 0;
	*first = dv.first;
	*last = dv.last;
	return 1;
}

static enum pmwb_status row_fn(struct import_run *run, const struct import_row *row,
			       struct pmwb_error *e)
{
	struct store_val v[STORE_MILESTONE_NCOLS] = {{0}};
	struct store_put_result r;
	enum pmwb_status fatal;
	int ok = 1, first = 0, last = 0, from_last = 0, to_first = 0, known;

	ok &= import_programme(run, row, F_PROGRAMME, 0, &v[STORE_MILESTONE_PROGRAMME_ID], e,
			       &fatal);
	if (fatal != PMWB_OK)
		return fatal;
	if (!row->cell[F_MILESTONE][0]) {
		import_error(run, row->line, import_col(row, F_MILESTONE), NULL,
			     "the milestone has no name");
		ok = 0;
	}
	if (row->cell[F_FROM][0] && !read_period(run, row->cell[F_FROM], 0, &first, &from_last)) {
		import_error(run, row->line, import_col(row, F_FROM), row->cell[F_FROM],
			     "due_from is a month such as 2014-04");
		ok = 0;
	}
	if (row->cell[F_TO][0] && !read_period(run, row->cell[F_TO], 0, &to_first, &last)) {
		import_error(run, row->line, import_col(row, F_TO), row->cell[F_TO],
			     "due_to is a month such as 2014-06");
		ok = 0;
	}
	if (!ok)
		return PMWB_OK;
	if (row->cell[F_FROM][0] && row->cell[F_TO][0])
		known = 1;
	else
		known = read_period(run, row->cell[F_DUE], 1, &first, &last) ||
			read_period(run, row->cell[F_DUE_QUARTER], 1, &first, &last);
	v[STORE_MILESTONE_PROJECT_ID].null = 1;
	if (row->cell[F_PROJECT][0]) {
		struct store_val p[STORE_PROJECT_NCOLS] = {{0}};
		long long id;
		int found;
		p[STORE_PROJECT_PROGRAMME_ID] = v[STORE_MILESTONE_PROGRAMME_ID];
		p[STORE_PROJECT_NAME].s = row->cell[F_PROJECT];
		if (store_find(run->b, &store_project_entity, p, &id, &found, e) != PMWB_OK)
			return e->status;
		if (!found) {
			/* a milestone may name a workstream the delivery table does not list */
			for (int i = 0; i < STORE_PROJECT_NCOLS; i++)
				if (i != STORE_PROJECT_PROGRAMME_ID && i != STORE_PROJECT_NAME)
					p[i].null = p[i].absent = 1;
			if (store_put(run->b, &store_project_entity, p, row->line, &r, e) != PMWB_OK)
				return e->status;
			import_count(run, &store_project_entity, r.change);
			id = r.id;
		}
		v[STORE_MILESTONE_PROJECT_ID].null = 0;
		v[STORE_MILESTONE_PROJECT_ID].i = id;
	}
	import_text(row, F_MILESTONE, &v[STORE_MILESTONE_NAME]);
	import_text(row, F_DUE, &v[STORE_MILESTONE_DUE_TEXT]);
	v[STORE_MILESTONE_DUE_FIRST].null = v[STORE_MILESTONE_DUE_LAST].null = !known;
	v[STORE_MILESTONE_DUE_FIRST].i = first;
	v[STORE_MILESTONE_DUE_LAST].i = last;
	import_text(row, F_SOURCE, &v[STORE_MILESTONE_SOURCE]);
	if (store_put(run->b, &store_milestone_entity, v, row->line, &r, e) != PMWB_OK)
		return e->status;
	if (r.duplicate_line) {
		import_error(run, row->line, import_col(row, F_MILESTONE), row->cell[F_MILESTONE],
			     "this milestone of the same project is on line %ld already",
			     r.duplicate_line);
		return PMWB_OK;
	}
	import_count(run, &store_milestone_entity, r.change);
	return PMWB_OK;
}

const struct import_kind import_kind_milestones = {
	.name = "milestones",
	.file = "milestones.csv",
	.fields = fields,
	.nfields = NF,
	.entities = {&store_milestone_entity},
	.nentities = 1,
	.total_field = -1,
	.total_scope_field = -1,
	.key_field = F_MILESTONE,
	.row = row_fn,
};
