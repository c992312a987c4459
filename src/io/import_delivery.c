/* delivery.csv: the delivery table as people keep it, one row per project and one column per
 * quarter with a phase letter in each cell; a run of the same letter in consecutive quarters
 * is one phase.  phases.csv: the same plan in long form (project, phase, start, end). */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "import_impl.h"
#include "import_lines.h"
#include "pmwb/store_import_run.h"
#include "pmwb/date.h"
#include "pmwb/fy.h"
#include "pmwb/store.h"
#include "pmwb/store_project.h"
#include "pmwb/text.h"

enum { F_PROGRAMME, F_PROJECT, F_SCOPE, F_DESCRIPTION, F_SUCCESS, F_OUTCOME, F_HII, F_VALUE,
       F_SOURCE, NF };

static const struct import_field fields[NF] = {
	[F_PROGRAMME] = {"programme_code", "Programme|Programme Name|Prog|Programme Code",
			 IMPORT_REQUIRED},
	[F_PROJECT] = {"project", "Project Name|Scheme|Workstream|Initiative|Project Title",
		       IMPORT_REQUIRED},
	[F_SCOPE] = {"scope_refs", "Scope|Scope Refs|Refs|Scope References", 0},
	[F_DESCRIPTION] = {"description", "Detail|Details|Summary|Actions", 0},
	[F_SUCCESS] = {"success_measures", "Success Measures|Measures of Success|KPIs", 0},
	[F_OUTCOME] = {"outcome_indicators", "Outcome Indicators|Outcomes|Outcome Framework", 0},
	[F_HII] = {"high_impact_innovations", "High Impact Innovations|HII|Innovation", 0},
	[F_VALUE] = {"value_k", "Value|Value £'000|Project Value|Value £k|Saving £'000",
		    IMPORT_MONEY},
	[F_SOURCE] = {"source", "Citation|Document", 0},
};

static int classify_quarter(const struct import_run *run, const char *header, int *code)
{
	struct pmwb_error e;
	fy_quarter q;

	if (fy_parse_quarter(header, &q, &e) != PMWB_OK &&
	    !date_parse_quarter_months(&run->o->fy, header, &q))
		return 0;
	*code = q;
	return 1;
}

struct quarters {
	int n;
	int col[CSVIN_MAX_FIELDS];
	int q[CSVIN_MAX_FIELDS];
	struct import_lines lines; /* of the project being read */
};

static int check_line(struct import_run *run, const struct import_row *row);
static enum pmwb_status put_project(struct import_run *run, struct pmwb_error *e);

static enum pmwb_status begin(struct import_run *run, struct pmwb_error *e)
{
	struct quarters *qs = calloc(1, sizeof(*qs));

	if (!qs)
		return err_set(e, PMWB_NOMEM, "out of memory");
	run->kstate = qs;
	qs->lines.prog_field = F_PROGRAMME;
	qs->lines.name_field = F_PROJECT;
	qs->lines.what = "project";
	qs->lines.check = check_line;
	qs->lines.put = put_project;
	for (int c = 0; c < run->map.ncols; c++) {
		int i;
		if (run->map.col_field[c] != MAP_DYNAMIC)
			continue;
		/* insertion sort by quarter: sheets are in order, so this is one pass */
		for (i = qs->n; i > 0 && qs->q[i - 1] > run->map.col_code[c]; i--) {
			qs->q[i] = qs->q[i - 1];
			qs->col[i] = qs->col[i - 1];
		}
		if (i > 0 && qs->q[i - 1] == run->map.col_code[c]) {
			char name[16];
			fy_quarter_format(run->map.col_code[c], name, sizeof(name));
			return err_set_at(e, PMWB_INPUT, run->file, run->header_line, c + 1,
					  "the header has two columns for %s", name);
		}
		qs->q[i] = run->map.col_code[c];
		qs->col[i] = c;
		qs->n++;
	}
	/* Without one, every project would be imported with no phases at all. */
	if (qs->n == 0)
		return err_set_at(e, PMWB_INPUT, run->file, run->header_line, 0,
				  "no column of the header names a quarter (such as '2013/14 Q1' or "
				  "'Apr-Jun 2013'); a plan with start and end quarters is the phases "
				  "kind");
	return PMWB_OK;
}

/* "I", "i", "Implement" -> 'I'; 0 when it is not a phase. */
static char phase_letter(const char *cell)
{
	static const char *const names[] = {"Scope", "Design", "Procure", "Implement", "Review"};
	size_t len = strlen(cell);

	for (int i = 0; i < 5; i++) {
		if ((len == 1 && toupper((unsigned char)cell[0]) == names[i][0]) ||
		    text_equal_nocase(cell, len, names[i]))
			return names[i][0];
	}
	return 0;
}

/* A line's phase letter in each quarter column (0: none); 0 when a cell is not a letter. */
static int letters_of(struct import_run *run, const struct import_row *row, char *letters)
{
	const struct quarters *qs = run->kstate;
	int ok = 1;

	for (int i = 0; i < qs->n; i++) {
		int c = qs->col[i];
		const char *cell = (size_t)c < row->rec->nfields ? row->rec->field[c] : "";
		letters[i] = cell[0] ? phase_letter(cell) : 0;
		if (cell[0] && !letters[i]) {
			import_error(run, row->line, c + 1, cell,
				     "a quarter holds a phase letter: S Scope, D Design, P Procure, "
				     "I Implement or R Review");
			ok = 0;
		}
	}
	return ok;
}

/* A run of the same letter in consecutive quarters is one phase. */
static void phases_of(const struct quarters *qs, const char *letters, struct store_phase *ph,
		      int *n)
{
	*n = 0;
	for (int i = 0; i < qs->n; i++) {
		if (!letters[i])
			continue;
		if (*n > 0 && ph[*n - 1].letter == letters[i] && ph[*n - 1].end_q == qs->q[i] - 1) {
			ph[*n - 1].end_q = qs->q[i];
			continue;
		}
		ph[*n].letter = letters[i];
		ph[*n].start_q = ph[*n].end_q = qs->q[i];
		(*n)++;
	}
}

/* One line, checked at its own line; its value counts towards the totals once the project
 * it belongs to is written (put_project). */
static int check_line(struct import_run *run, const struct import_row *row)
{
	struct quarters *qs = run->kstate;
	struct store_val value;
	char *letters = malloc((size_t)qs->n + 1);
	int ok;

	if (!letters)
		return 0;
	ok = letters_of(run, row, letters);
	free(letters);
	ok &= import_money_k(run, row, import_col(row, F_VALUE), row->cell[F_VALUE], &value);
	return ok;
}

/* The project of the lines held: its first line's name and programme, every line's texts,
 * the sum of their values, and in each quarter the first line's letter that gives one. */
static enum pmwb_status put_project(struct import_run *run, struct pmwb_error *e)
{
	static const int text_field[] = {F_SCOPE, F_DESCRIPTION, F_SUCCESS, F_OUTCOME, F_HII,
					 F_SOURCE};
	static const int text_col[] = {STORE_PROJECT_SCOPE_REFS, STORE_PROJECT_DESCRIPTION,
				       STORE_PROJECT_SUCCESS_MEASURES,
				       STORE_PROJECT_OUTCOME_INDICATORS,
				       STORE_PROJECT_HIGH_IMPACT_INNOVATIONS, STORE_PROJECT_SOURCE};
	enum { NTEXT = sizeof(text_field) / sizeof(text_field[0]) };
	struct quarters *qs = run->kstate;
	struct import_lines *l = &qs->lines;
	const struct import_row *row = &l->row[0];
	struct store_val v[STORE_PROJECT_NCOLS] = {{0}};
	struct store_put_result r;
	struct store_phase *ph = NULL;
	struct store_val line_value[IMPORT_LINES_MAX];
	enum pmwb_status fatal, st = PMWB_OK;
	char *text[NTEXT] = {0}, *letters = NULL, *one = NULL;
	int n = 0, changed = 0;

	if (!import_programme(run, row, F_PROGRAMME, 0, &v[STORE_PROJECT_PROGRAMME_ID], e, &fatal)
	    || l->bad)
		return fatal;
	import_text(row, F_PROJECT, &v[STORE_PROJECT_NAME]);
	v[STORE_PROJECT_VALUE].null = 1;
	v[STORE_PROJECT_VALUE].absent = row->map->field_col[F_VALUE] < 0;
	ph = malloc(sizeof(*ph) * (size_t)(qs->n + 1));
	letters = calloc((size_t)qs->n + 1, 1);
	one = calloc((size_t)qs->n + 1, 1);
	if (!ph || !letters || !one)
		goto nomem;
	for (int i = 0; i < NTEXT; i++) {
		if (!(text[i] = import_lines_join(l, text_field[i])))
			goto nomem;
		v[text_col[i]].s = text[i];
	}
	for (int k = 0; k < l->n; k++) {
		struct store_val lv;
		import_money_k(run, &l->row[k], import_col(&l->row[k], F_VALUE),
			       l->row[k].cell[F_VALUE], &lv);
		if (!lv.null) {
			v[STORE_PROJECT_VALUE].i += lv.i;
			v[STORE_PROJECT_VALUE].null = 0;
		}
		line_value[k] = lv;
		letters_of(run, &l->row[k], one);
		for (int i = 0; i < qs->n; i++)
			if (!letters[i])
				letters[i] = one[i];
	}
	if (l->n > 1)
		import_notice(run, l->row[1].line, import_col(&l->row[1], F_PROJECT),
			      "%d lines of project '%s' (from line %ld): one project, its values "
			      "added up, each quarter's phase from the first line giving one",
			      l->n, row->cell[F_PROJECT], row->line);
	phases_of(qs, letters, ph, &n);
	if ((st = store_put(run->b, &store_project_entity, v, row->line, &r, e)) != PMWB_OK)
		goto out;
	if (r.duplicate_line) {
		import_error(run, row->line, import_col(row, F_PROJECT), row->cell[F_PROJECT],
			     "this project of the same programme is on line %ld already (lines of "
			     "one project follow each other; name the rows apart)",
			     r.duplicate_line);
		goto out;
	}
	for (int k = 0; k < l->n; k++)
		if (!line_value[k].null)
			import_total_add(run, &l->row[k], "value", line_value[k].i, r.id);
	if ((st = store_phase_replace(run->b, r.id, ph, n, row->line, &changed, e)) != PMWB_OK)
		goto out;
	if (changed && r.change == STORE_UNCHANGED) {
		r.change = STORE_UPDATED;
		struct store_audit_about about = {.record_id = r.id,
						  .programme_id = v[STORE_PROJECT_PROGRAMME_ID].i};
		if ((st = store_audit_about(run->st, &about, "project", row->cell[F_PROJECT],
					    "update", "phases changed", e)) != PMWB_OK)
			goto out;
	}
	import_count(run, &store_project_entity, r.change);
	goto out;
nomem:
	st = err_set(e, PMWB_NOMEM, "out of memory");
out:
	for (int i = 0; i < NTEXT; i++)
		free(text[i]);
	free(ph);
	free(letters);
	free(one);
	return st;
}

static enum pmwb_status row_fn(struct import_run *run, const struct import_row *row,
			       struct pmwb_error *e)
{
	return import_lines_row(run, &((struct quarters *)run->kstate)->lines, row, e);
}

static enum pmwb_status end(struct import_run *run, struct pmwb_error *e)
{
	return import_lines_flush(run, &((struct quarters *)run->kstate)->lines, e);
}

static void release(void *kstate)
{
	struct quarters *qs = kstate;

	if (qs)
		import_lines_clear(&qs->lines);
}

static void total_fn(struct import_run *run, const struct import_row *row)
{
	struct store_val v;
	struct pmwb_error e;

	(void)e;
	if (!row->cell[F_VALUE][0] || !import_money_k(run, row, import_col(row, F_VALUE),
						      row->cell[F_VALUE], &v))
		return;
	import_total_check(run, row, import_col(row, F_VALUE), "value",
			   (struct import_total_what){.measure = STORE_TOTAL_PROJECT_VALUE}, v.i);
}

const struct import_kind import_kind_delivery = {
	.name = "delivery",
	.file = "delivery.csv",
	.fields = fields,
	.nfields = NF,
	.classify = classify_quarter,
	.entities = {&store_project_entity},
	.nentities = 1,
	.total_field = F_PROJECT,
	.total_scope_field = F_PROGRAMME,
	.key_field = -1,
	.begin = begin,
	.row = row_fn,
	.total = total_fn,
	.end = end,
	.flush = end,
	.release = release,
};

/* The long form. */
enum { P_PROGRAMME, P_PROJECT, P_PHASE, P_START, P_END, P_NAME, PNF };

static const struct import_field phase_fields[PNF] = {
	[P_PROGRAMME] = {"programme_code", "Programme|Programme Name|Prog|Programme Code",
			 IMPORT_REQUIRED},
	[P_PROJECT] = {"project", "Project Name|Scheme|Workstream", IMPORT_REQUIRED},
	[P_PHASE] = {"phase", "Letter|Stage|Phase Letter", IMPORT_REQUIRED},
	[P_START] = {"start", "Start Quarter|From|Start Q|Begins", IMPORT_REQUIRED},
	[P_END] = {"end", "End Quarter|To|End Q|Ends|Until", 0},
	[P_NAME] = {"phase_name", NULL, IMPORT_DERIVED},
};

static int quarter_cell(struct import_run *run, const struct import_row *row, int field,
			int *q)
{
	struct pmwb_error pe;

	if (fy_parse_quarter(row->cell[field], q, &pe) != PMWB_OK) {
		import_error(run, row->line, import_col(row, field), row->cell[field], "%s: %s",
			     run->kind->fields[field].name, pe.msg);
		return 0;
	}
	return 1;
}

static enum pmwb_status phase_row(struct import_run *run, const struct import_row *row,
				  struct pmwb_error *e)
{
	struct store_val p[STORE_PROJECT_NCOLS] = {{0}};
	struct store_val v[STORE_PHASE_NCOLS] = {{0}};
	struct store_put_result r;
	enum pmwb_status fatal;
	char letter[2] = {0, 0};
	long long project_id;
	int ok = 1, start = 0, end = 0, found;

	ok &= import_programme(run, row, P_PROGRAMME, 0, &p[STORE_PROJECT_PROGRAMME_ID], e, &fatal);
	if (fatal != PMWB_OK)
		return fatal;
	if (!row->cell[P_PROJECT][0]) {
		import_error(run, row->line, import_col(row, P_PROJECT), NULL,
			     "the phase names no project");
		ok = 0;
	}
	letter[0] = phase_letter(row->cell[P_PHASE]);
	if (!letter[0]) {
		import_error(run, row->line, import_col(row, P_PHASE), row->cell[P_PHASE],
			     "the phase is one of S Scope, D Design, P Procure, I Implement, "
			     "R Review");
		ok = 0;
	}
	ok &= quarter_cell(run, row, P_START, &start);
	if (row->cell[P_END][0])
		ok &= quarter_cell(run, row, P_END, &end);
	else
		end = start;
	if (ok && end < start) {
		import_error(run, row->line, import_col(row, P_END), row->cell[P_END],
			     "the phase ends before it starts (%s)", row->cell[P_START]);
		ok = 0;
	}
	if (!ok)
		return PMWB_OK;
	p[STORE_PROJECT_NAME].s = row->cell[P_PROJECT];
	if (store_find(run->b, &store_project_entity, p, &project_id, &found, e) != PMWB_OK)
		return e->status;
	/* A plan kept only in long form still needs its projects. */
	if (!found && import_add_project(run, &p[STORE_PROJECT_PROGRAMME_ID],
					 row->cell[P_PROJECT], row->line, &project_id, e) != PMWB_OK)
		return e->status;
	v[STORE_PHASE_PROJECT_ID].i = project_id;
	v[STORE_PHASE_START_Q].i = start;
	v[STORE_PHASE_LETTER].s = letter;
	v[STORE_PHASE_END_Q].i = end;
	if (store_put(run->b, &store_phase_entity, v, row->line, &r, e) != PMWB_OK)
		return e->status;
	if (r.duplicate_line) {
		import_error(run, row->line, import_col(row, P_START), row->cell[P_START],
			     "a phase of this project starting then is on line %ld already",
			     r.duplicate_line);
		return PMWB_OK;
	}
	import_count(run, &store_phase_entity, r.change);
	return PMWB_OK;
}

const struct import_kind import_kind_phases = {
	.name = "phases",
	.file = "phases.csv",
	.fields = phase_fields,
	.nfields = PNF,
	.entities = {&store_phase_entity},
	.nentities = 1,
	.total_field = -1,
	.total_scope_field = -1,
	.key_field = -1,
	.row = phase_row,
};
