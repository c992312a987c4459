/* milestones.csv: keyed by programme, project (or none) and milestone.  The due date is kept
 * as written ("Sept 2014", "end Q2", "April/May 2013"); the months it covers are stored too
 * when it is a date, so that the Gantt can place it.  A date that is none ("31/02/2014",
 * "Q5 2013/14") is refused, as a risk's would be (date_parse_due); TBC and the like are
 * undated, and counted.  A project name near one of the programme's own ("Gynaecolgy") is
 * refused with the suggestion, never made into a second project. */
#include "config.h"

#include <string.h>

#include "import_impl.h"
#include <stdlib.h>

#include "pmwb/date.h"
#include "pmwb/nearest.h"
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

/* What the file's due dates came to, said at its end. */
struct due_counts {
	long undated;    /* TBC, Ongoing, ... */
	long as_written; /* words pmwb cannot place ("end Q2") */
};

static enum pmwb_status begin(struct import_run *run, struct pmwb_error *e)
{
	run->kstate = calloc(1, sizeof(struct due_counts));
	if (!run->kstate)
		return err_set(e, PMWB_NOMEM, "out of memory");
	return PMWB_OK;
}

/* A due cell (due or due_quarter): 1 and the months when it is a date, 0 when it is not
 * (*bad set when it is shaped as a date but is none, after saying so). */
static int read_due(struct import_run *run, const struct import_row *row, int field, int *first,
		    int *last, enum date_due *kind, int *bad)
{
	struct date_value dv;
	struct pmwb_error pe;

	*kind = DATE_DUE_UNDATED;
	if (date_parse_due(&run->o->fy, row->cell[field], kind, &dv, &pe) != PMWB_OK) {
		import_date_error(run, row, field, pe.msg);
		*bad = 1;
		return 0;
	}
	if (*kind != DATE_DUE_DATED)
		return 0;
	*first = dv.first;
	*last = dv.last;
	return 1;
}

static void offer_name(void *ctx, const char *name, size_t len)
{
	nearest_offer(ctx, name, len);
}

/* The milestone's project: found, or made when the programme has nothing like it (a
 * workstream its delivery table does not list); a name near one of its projects is a typo,
 * refused with the nearest as a suggestion.  *id 0: refused. */
static enum pmwb_status project_of(struct import_run *run, const struct import_row *row,
				   const struct store_val *programme, long long *id,
				   struct pmwb_error *e)
{
	struct store_val p[STORE_PROJECT_NCOLS] = {{0}};
	struct nearest near;
	int found;

	*id = 0;
	p[STORE_PROJECT_PROGRAMME_ID] = *programme;
	p[STORE_PROJECT_NAME].s = row->cell[F_PROJECT];
	if (store_find(run->b, &store_project_entity, p, id, &found, e) != PMWB_OK)
		return e->status;
	if (found)
		return PMWB_OK;
	nearest_init(&near, row->cell[F_PROJECT]);
	if (store_project_names(run->b, programme->i, offer_name, &near, e) != PMWB_OK)
		return e->status;
	if (nearest_best(&near)) {
		import_error(run, row->line, import_col(row, F_PROJECT), row->cell[F_PROJECT],
			     "the programme has no such project: did you mean '%s'? (write the "
			     "name as its delivery plan does)",
			     nearest_best(&near));
		return PMWB_OK;
	}
	if (nearest_near(&near)) {
		import_error(run, row->line, import_col(row, F_PROJECT), row->cell[F_PROJECT],
			     "the programme has no such project, but more than one whose name is "
			     "close: write the name as its delivery plan does");
		return PMWB_OK;
	}
	if (import_add_project(run, programme, row->cell[F_PROJECT], row->line, id, e) != PMWB_OK)
		return e->status;
	import_notice(run, row->line, import_col(row, F_PROJECT),
		      "project '%s' is in no delivery plan of the programme: added for its "
		      "milestones",
		      row->cell[F_PROJECT]);
	return PMWB_OK;
}

static enum pmwb_status row_fn(struct import_run *run, const struct import_row *row,
			       struct pmwb_error *e)
{
	struct store_val v[STORE_MILESTONE_NCOLS] = {{0}};
	struct store_put_result r;
	struct due_counts *counts = run->kstate;
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
	if (row->cell[F_FROM][0] && row->cell[F_TO][0]) {
		known = 1;
	} else {
		enum date_due kind, qkind;
		int bad = 0;
		known = read_due(run, row, F_DUE, &first, &last, &kind, &bad);
		if (!known && !bad)
			known = read_due(run, row, F_DUE_QUARTER, &first, &last, &qkind, &bad);
		if (bad)
			return PMWB_OK;
		if (!known && kind == DATE_DUE_TEXT)
			counts->as_written++;
		else if (!known && row->cell[F_DUE][0])
			counts->undated++;
	}
	if (!ok)
		return PMWB_OK;
	v[STORE_MILESTONE_PROJECT_ID].null = 1;
	if (row->cell[F_PROJECT][0]) {
		long long id;
		if (project_of(run, row, &v[STORE_MILESTONE_PROGRAMME_ID], &id, e) != PMWB_OK)
			return e->status;
		if (!id)
			return PMWB_OK;
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

static enum pmwb_status end(struct import_run *run, struct pmwb_error *e)
{
	const struct due_counts *c = run->kstate;

	(void)e;
	if (c->undated)
		import_notice(run, 0, 0,
			      "%ld milestone%s undated (TBC, Ongoing or the like): kept without a "
			      "date",
			      c->undated, c->undated == 1 ? " is" : "s are");
	if (c->as_written)
		import_notice(run, 0, 0,
			      "%ld milestone%s a due date in words pmwb cannot place on the Gantt "
			      "(such as 'end Q2'): kept as written",
			      c->as_written, c->as_written == 1 ? " has" : "s have");
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
	.begin = begin,
	.row = row_fn,
	.end = end,
};
