/* qipp.csv: savings schemes with a plan per financial year (net, gross, a prior year's
 * forecast outturn), keyed by programme + scheme and scheme + FY; total rows are checked.
 * qipp-months.csv: monthly forecast and actual per scheme, keyed by scheme + month. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "import_impl.h"
#include "import_lines.h"
#include "pmwb/store_import_run.h"
#include "pmwb/date.h"
#include "pmwb/money.h"
#include "pmwb/qipp_sums.h"
#include "pmwb/store_qipp.h"
#include "pmwb/store_query_qipp.h"
#include "pmwb/text.h"

enum { F_PROGRAMME, F_SCHEME, F_DESCRIPTION, F_AREA, F_RECURRENCE, F_CATEGORY, F_SOURCE,
       F_TOTAL, NF };

static const struct import_field fields[NF] = {
	[F_PROGRAMME] = {"programme_code", "Programme|Programme Name|Prog|Programme Code",
			 IMPORT_REQUIRED},
	[F_SCHEME] = {"scheme", "Scheme Name|QIPP Scheme|Initiative|Project|Scheme Title",
		      IMPORT_REQUIRED},
	[F_DESCRIPTION] = {"description", "Detail|Details|Summary", 0},
	[F_AREA] = {"area_of_spend", "Area|Area of Spend|Spend Area|Budget Area", 0},
	[F_RECURRENCE] = {"recurrence", "Recurrent|R/NR|Recurring|Recurrent/Non-recurrent", 0},
	[F_CATEGORY] = {"category", "Type|Scheme Type|Stage", 0},
	[F_SOURCE] = {"source", "Citation|Document", 0},
	[F_TOTAL] = {"total_plan_k", NULL, IMPORT_DERIVED},
};

static int classify(const struct import_run *run, const char *header, int *code)
{
	(void)run;
	return import_classify_fy_column(header, code);
}

#define MAX_FY 64
struct years {
	int n;
	int fy[MAX_FY];
	int col[MAX_FY][3]; /* by QIPP_NET, QIPP_GROSS, QIPP_FORECAST; -1 none */
	struct import_lines lines; /* of the scheme being read */
};

static int check_line(struct import_run *run, const struct import_row *row);
static enum pmwb_status put_scheme(struct import_run *run, struct pmwb_error *e);

static enum pmwb_status begin(struct import_run *run, struct pmwb_error *e)
{
	struct years *y = calloc(1, sizeof(*y));

	if (!y)
		return err_set(e, PMWB_NOMEM, "out of memory");
	run->kstate = y;
	y->lines.prog_field = F_PROGRAMME;
	y->lines.name_field = F_SCHEME;
	y->lines.what = "scheme";
	y->lines.check = check_line;
	y->lines.put = put_scheme;
	for (int c = 0; c < run->map.ncols; c++) {
		int fy, what, i;
		if (run->map.col_field[c] != MAP_DYNAMIC)
			continue;
		fy = run->map.col_code[c] / 4;
		what = run->map.col_code[c] % 4;
		for (i = 0; i < y->n && y->fy[i] != fy; i++)
			;
		if (i == y->n) {
			if (y->n >= MAX_FY)
				return err_set_at(e, PMWB_INPUT, run->file, 0, c + 1,
						  "more than %d financial years", MAX_FY);
			y->fy[i] = fy;
			y->col[i][0] = y->col[i][1] = y->col[i][2] = -1;
			y->n++;
		}
		if (y->col[i][what] >= 0)
			return err_set_at(e, PMWB_INPUT, run->file, 0, c + 1,
					  "two columns give the same plan year as column %d",
					  y->col[i][what] + 1);
		y->col[i][what] = c;
	}
	return PMWB_OK;
}

static void label(char *buf, size_t size, int fy, int what)
{
	char name[16];
	fy_format(fy, name, sizeof(name));
	snprintf(buf, size, "%s%s", name,
		 what == QIPP_GROSS ? " gross" : what == QIPP_FORECAST ? " forecast" : "");
}

static const char *cell_at(const struct import_row *row, int c)
{
	return c >= 0 && (size_t)c < row->rec->nfields ? row->rec->field[c] : "";
}

static int recurrence(struct import_run *run, const struct import_row *row, struct store_val *v)
{
	static const char *const r_words[] = {"R", "Recurrent", "Recurring", "Yes", "Y"};
	static const char *const nr_words[] = {"NR", "Non-recurrent", "Non recurrent",
					       "Nonrecurrent", "No", "N"};
	const char *t = row->cell[F_RECURRENCE];

	import_text(row, F_RECURRENCE, v);
	if (!t[0])
		return 1;
	for (size_t i = 0; i < sizeof(r_words) / sizeof(r_words[0]); i++)
		if (text_equal_nocase(t, strlen(t), r_words[i])) {
			v->s = "R";
			return 1;
		}
	for (size_t i = 0; i < sizeof(nr_words) / sizeof(nr_words[0]); i++)
		if (text_equal_nocase(t, strlen(t), nr_words[i])) {
			v->s = "NR";
			return 1;
		}
	import_error(run, row->line, import_col(row, F_RECURRENCE), t,
		     "recurrence is R (recurrent) or NR (non-recurrent)");
	return 0;
}

/* One line's figures by year, checked at its line; with total_id (the scheme written from
 * the line), they count towards the totals, linked to it for reconciliation. */
static int plan_of(struct import_run *run, const struct import_row *row, long long total_id,
		   struct store_val plan[][STORE_QIPP_PLAN_NCOLS])
{
	static const int col_of[3] = {STORE_QIPP_PLAN_NET, STORE_QIPP_PLAN_GROSS,
				      STORE_QIPP_PLAN_FORECAST_OUTTURN};
	const struct years *y = run->kstate;
	int ok = 1;

	for (int i = 0; i < y->n; i++) {
		plan[i][STORE_QIPP_PLAN_FY].i = y->fy[i];
		for (int w = 0; w < 3; w++) {
			struct store_val *pv = &plan[i][col_of[w]];
			int c = y->col[i][w];
			if (c < 0) {
				pv->null = pv->absent = 1;
				continue;
			}
			if (!import_money_k(run, row, c + 1, cell_at(row, c), pv)) {
				ok = 0;
				continue;
			}
			if (total_id && !pv->null) {
				char l[32];
				label(l, sizeof(l), y->fy[i], w);
				import_total_add(run, row, l, pv->i, total_id);
			}
		}
	}
	return ok;
}

/* The scheme of the lines held: the first line's name and programme, every line's
 * descriptions, and by year the sum of what the lines give. */
static enum pmwb_status put_scheme(struct import_run *run, struct pmwb_error *e)
{
	struct years *y = run->kstate;
	struct import_lines *l = &y->lines;
	const struct import_row *row = &l->row[0];
	struct store_val v[STORE_QIPP_SCHEME_NCOLS] = {{0}};
	struct store_val plan[MAX_FY][STORE_QIPP_PLAN_NCOLS];
	struct store_val one[MAX_FY][STORE_QIPP_PLAN_NCOLS];
	struct store_put_result r;
	enum pmwb_status fatal, st = PMWB_OK;
	char *description;

	if (!import_programme(run, row, F_PROGRAMME, 0, &v[STORE_QIPP_SCHEME_PROGRAMME_ID], e,
			      &fatal) || l->bad)
		return fatal;
	if (!(description = import_lines_join(l, F_DESCRIPTION)))
		return err_set(e, PMWB_NOMEM, "out of memory");
	import_text(row, F_SCHEME, &v[STORE_QIPP_SCHEME_NAME]);
	v[STORE_QIPP_SCHEME_DESCRIPTION].s = description;
	v[STORE_QIPP_SCHEME_DESCRIPTION].absent = row->map->field_col[F_DESCRIPTION] < 0;
	import_text(row, F_AREA, &v[STORE_QIPP_SCHEME_AREA_OF_SPEND]);
	recurrence(run, row, &v[STORE_QIPP_SCHEME_RECURRENCE]);
	import_text(row, F_CATEGORY, &v[STORE_QIPP_SCHEME_CATEGORY]);
	import_text(row, F_SOURCE, &v[STORE_QIPP_SCHEME_SOURCE]);
	memset(plan, 0, sizeof(plan));
	plan_of(run, row, 0, plan);
	for (int k = 1; k < l->n; k++) {
		memset(one, 0, sizeof(one));
		plan_of(run, &l->row[k], 0, one);
		for (int i = 0; i < y->n; i++)
			for (int c = STORE_QIPP_PLAN_FY + 1; c < STORE_QIPP_PLAN_NCOLS; c++) {
				if (one[i][c].null || one[i][c].absent)
					continue;
				plan[i][c].i = (plan[i][c].null ? 0 : plan[i][c].i) + one[i][c].i;
				plan[i][c].null = 0;
			}
	}
	if (l->n > 1)
		import_notice(run, l->row[1].line, import_col(&l->row[1], F_SCHEME),
			      "%d lines of scheme '%s' (from line %ld): one scheme, its figures "
			      "added up year by year", l->n, row->cell[F_SCHEME], row->line);
	if ((st = store_put(run->b, &store_qipp_scheme_entity, v, row->line, &r, e)) != PMWB_OK)
		goto out;
	if (r.duplicate_line) {
		import_error(run, row->line, import_col(row, F_SCHEME), row->cell[F_SCHEME],
			     "this scheme of the same programme is on line %ld already (lines of "
			     "one scheme follow each other; name the rows apart)",
			     r.duplicate_line);
		goto out;
	}
	import_count(run, &store_qipp_scheme_entity, r.change);
	for (int k = 0; k < l->n; k++) {
		memset(one, 0, sizeof(one));
		plan_of(run, &l->row[k], r.id, one);
	}
	for (int i = 0; i < y->n; i++) {
		struct store_val *pv = plan[i];
		struct store_put_result pr;
		pv[STORE_QIPP_PLAN_SCHEME_ID].i = r.id;
		if (pv[STORE_QIPP_PLAN_NET].null && pv[STORE_QIPP_PLAN_GROSS].null &&
		    pv[STORE_QIPP_PLAN_FORECAST_OUTTURN].null) {
			/* nothing given for the year: only clear a year the database has */
			long long id;
			int found;
			if ((st = store_find(run->b, &store_qipp_plan_entity, pv, &id, &found,
					     e)) != PMWB_OK)
				goto out;
			if (!found)
				continue;
		}
		if ((st = store_put(run->b, &store_qipp_plan_entity, pv, row->line, &pr, e)) !=
		    PMWB_OK)
			goto out;
		import_count(run, &store_qipp_plan_entity, pr.change);
	}
out:
	free(description);
	return st;
}

/* One line, checked at its own line; its figures count towards the totals. */
static int check_line(struct import_run *run, const struct import_row *row)
{
	struct store_val plan[MAX_FY][STORE_QIPP_PLAN_NCOLS], r;
	int ok;

	memset(plan, 0, sizeof(plan));
	ok = recurrence(run, row, &r);
	return plan_of(run, row, 0, plan) && ok;
}

static enum pmwb_status row_fn(struct import_run *run, const struct import_row *row,
			       struct pmwb_error *e)
{
	return import_lines_row(run, &((struct years *)run->kstate)->lines, row, e);
}

static enum pmwb_status end(struct import_run *run, struct pmwb_error *e)
{
	return import_lines_flush(run, &((struct years *)run->kstate)->lines, e);
}

static void release(void *kstate)
{
	struct years *y = kstate;

	if (y)
		import_lines_clear(&y->lines);
}

static void total_fn(struct import_run *run, const struct import_row *row)
{
	const struct years *y = run->kstate;
	struct import_total_what what;

	for (int i = 0; i < y->n; i++)
		for (int w = 0; w < 3; w++) {
			int c = y->col[i][w];
			struct store_val v;
			char l[32];
			if (c < 0 || !cell_at(row, c)[0])
				continue;
			if (!import_money_k(run, row, c + 1, cell_at(row, c), &v))
				continue;
			label(l, sizeof(l), y->fy[i], w);
			what.fy = y->fy[i];
			what.measure = w == QIPP_GROSS	      ? STORE_TOTAL_QIPP_GROSS
				       : w == QIPP_FORECAST ? STORE_TOTAL_QIPP_FORECAST
							    : STORE_TOTAL_QIPP_NET;
			import_total_check(run, row, c + 1, l, what, v.i);
		}
}

const struct import_kind import_kind_qipp = {
	.name = "qipp",
	.file = "qipp.csv",
	.fields = fields,
	.nfields = NF,
	.classify = classify,
	.dynamic_money = 1,
	.entities = {&store_qipp_scheme_entity, &store_qipp_plan_entity},
	.nentities = 2,
	.total_field = F_SCHEME,
	.total_scope_field = F_PROGRAMME,
	.key_field = -1,
	.begin = begin,
	.row = row_fn,
	.total = total_fn,
	.end = end,
	.flush = end,
	.release = release,
};

/* Months. */
enum { M_PROGRAMME, M_SCHEME, M_MONTH, M_FORECAST, M_ACTUAL, M_YTD_ACTUAL, MNF };

static const struct import_field month_fields[MNF] = {
	[M_PROGRAMME] = {"programme_code", "Programme|Programme Name|Prog|Programme Code",
			 IMPORT_REQUIRED},
	[M_SCHEME] = {"scheme", "Scheme Name|QIPP Scheme|Initiative", IMPORT_REQUIRED},
	[M_MONTH] = {"month", "Period|Month Ending|Date", IMPORT_REQUIRED},
	[M_FORECAST] = {"forecast_k", "Forecast|Forecast £'000|FOT|Forecast Outturn",
			IMPORT_MONEY},
	[M_ACTUAL] = {"actual_k", "Actual|Actuals|Actual £'000|Month Actual|In Month Actual",
		      IMPORT_MONEY},
	/* a return that gives the savings so far this year: the month's own is the difference */
	[M_YTD_ACTUAL] = {"ytd_actual_k", "YTD Actual|Actual YTD|YTD Actuals|Actual to Date|"
			  "Year to Date Actual|Actual Year to Date|Cumulative Actual|"
			  "YTD Actual £'000", IMPORT_MONEY},
};

/* The month's own actual from a year-to-date one: the months before it in the year must be
 * in (imported earlier, or on earlier lines), else the difference would be wrong. */
static enum pmwb_status month_of_ytd(struct import_run *run, const struct import_row *row,
				     long long scheme_id, fy_month month, struct store_val *actual,
				     int *ok, struct pmwb_error *e)
{
	fy_month first = fy_first_month(&run->o->fy, fy_of_month(&run->o->fy, month));
	money_pounds before = 0;
	int has_last = 1;
	char m[16], prev[16];

	*ok = 1;
	if (month > first && store_qipp_actual_to(run->st, scheme_id, first, month - 1, &has_last,
						  &before, e) != PMWB_OK)
		return e->status;
	if (!has_last) {
		fy_month_format(month, m, sizeof(m));
		fy_month_format(month - 1, prev, sizeof(prev));
		import_error(run, row->line, import_col(row, M_YTD_ACTUAL), row->cell[M_YTD_ACTUAL],
			     "a year-to-date actual for %s needs %s's first (the month's own "
			     "actual is the difference): give the months in order", m, prev);
		*ok = 0;
		return PMWB_OK;
	}
	actual->i -= before;
	return PMWB_OK;
}

/* An actual for a month not yet begun is refused; a figure far outside the scheme's plan for
 * the year is imported but warned about (a £1.2m forecast typed for a £363k scheme). */
static enum pmwb_status month_checks(struct import_run *run, const struct import_row *row,
				     long long scheme_id, fy_month month,
				     const struct store_val *v, int *ok, struct pmwb_error *e)
{
	static const int field[2] = {M_FORECAST, M_ACTUAL};
	static const int col[2] = {STORE_QIPP_MONTH_FORECAST, STORE_QIPP_MONTH_ACTUAL};
	int fy = fy_of_month(&run->o->fy, month), has;
	char m[16], fig[32], plan_k[32], year[16];
	money_pounds plan;

	*ok = 1;
	if (!run->o->today_month)
		return PMWB_OK;
	fy_month_format(month, m, sizeof(m));
	if (!v[col[1]].null && !v[col[1]].absent &&
	    !qipp_actual_allowed(month, run->o->today_month)) {
		import_error(run, row->line, import_col(row, M_ACTUAL), row->cell[M_ACTUAL],
			     "an actual for %s is after today (%s): report it once the month has "
			     "begun", m, run->o->today);
		*ok = 0;
		return PMWB_OK;
	}
	if (store_qipp_year_plan(run->st, scheme_id, fy, &has, &plan, e) != PMWB_OK)
		return e->status;
	for (int i = 0; i < 2 && has; i++) {
		const struct store_val *f = &v[col[i]];
		if (f->null || f->absent || !qipp_is_outlier(plan, f->i, run->o->qipp_outlier_pct))
			continue;
		money_format(f->i, MONEY_THOUSANDS, fig, sizeof(fig));
		money_format(plan, MONEY_THOUSANDS, plan_k, sizeof(plan_k));
		fy_format(fy, year, sizeof(year));
		import_warning(run, row->line, import_col(row, field[i]),
			       "%s %s is over %d%% of %s's %s plan of %s (£'000): check the figure",
			       i ? "actual" : "forecast", fig, run->o->qipp_outlier_pct,
			       row->cell[M_SCHEME], year, plan_k);
	}
	return PMWB_OK;
}

static enum pmwb_status month_row(struct import_run *run, const struct import_row *row,
				  struct pmwb_error *e)
{
	struct store_val s[STORE_QIPP_SCHEME_NCOLS] = {{0}};
	struct store_val v[STORE_QIPP_MONTH_NCOLS] = {{0}};
	struct store_put_result r;
	struct date_value dv;
	struct pmwb_error pe;
	enum pmwb_status fatal;
	long long scheme_id;
	int ok = 1, found, numbered, ytd;

	ok &= import_programme(run, row, M_PROGRAMME, 0, &s[STORE_QIPP_SCHEME_PROGRAMME_ID], e,
			       &fatal);
	if (fatal != PMWB_OK)
		return fatal;
	err_clear(&pe);
	numbered = import_month_number(run, row, M_MONTH, &dv.first);
	if (numbered < 0)
		ok = 0;
	else if (!numbered && date_parse(&run->o->fy, row->cell[M_MONTH], 0, &dv, &pe) != PMWB_OK) {
		import_error(run, row->line, import_col(row, M_MONTH), row->cell[M_MONTH],
			     "month: %s", pe.msg);
		ok = 0;
	}
	ok &= import_money_k(run, row, import_col(row, M_FORECAST), row->cell[M_FORECAST],
			     &v[STORE_QIPP_MONTH_FORECAST]);
	ytd = row->cell[M_YTD_ACTUAL][0] != '\0';
	if (ytd && row->cell[M_ACTUAL][0]) {
		import_error(run, row->line, import_col(row, M_YTD_ACTUAL), row->cell[M_YTD_ACTUAL],
			     "the row gives the month's actual and the year-to-date one: give one");
		ok = 0;
	}
	ok &= import_money_k(run, row, import_col(row, ytd ? M_YTD_ACTUAL : M_ACTUAL),
			     row->cell[ytd ? M_YTD_ACTUAL : M_ACTUAL], &v[STORE_QIPP_MONTH_ACTUAL]);
	v[STORE_QIPP_MONTH_FORECAST].absent = row->map->field_col[M_FORECAST] < 0;
	v[STORE_QIPP_MONTH_ACTUAL].absent = row->map->field_col[M_ACTUAL] < 0 &&
					    row->map->field_col[M_YTD_ACTUAL] < 0;
	if (!ok)
		return PMWB_OK;
	s[STORE_QIPP_SCHEME_NAME].s = row->cell[M_SCHEME];
	if (store_find(run->b, &store_qipp_scheme_entity, s, &scheme_id, &found, e) != PMWB_OK)
		return e->status;
	if (!found) {
		import_error(run, row->line, import_col(row, M_SCHEME), row->cell[M_SCHEME],
			     "this programme has no such QIPP scheme: import its plan first "
			     "(pmwb import qipp FILE)");
		return PMWB_OK;
	}
	if (ytd && month_of_ytd(run, row, scheme_id, dv.first, &v[STORE_QIPP_MONTH_ACTUAL], &ok,
				e) != PMWB_OK)
		return e->status;
	if (!ok)
		return PMWB_OK;
	if (month_checks(run, row, scheme_id, dv.first, v, &ok, e) != PMWB_OK)
		return e->status;
	if (!ok)
		return PMWB_OK;
	v[STORE_QIPP_MONTH_SCHEME_ID].i = scheme_id;
	v[STORE_QIPP_MONTH_MONTH].i = dv.first;
	if (store_put(run->b, &store_qipp_month_entity, v, row->line, &r, e) != PMWB_OK)
		return e->status;
	if (r.duplicate_line) {
		import_error(run, row->line, import_col(row, M_MONTH), row->cell[M_MONTH],
			     "this scheme's month is on line %ld already", r.duplicate_line);
		return PMWB_OK;
	}
	import_count(run, &store_qipp_month_entity, r.change);
	return PMWB_OK;
}

const struct import_kind import_kind_qipp_months = {
	.name = "qipp-months",
	.file = "qipp-months.csv",
	.fields = month_fields,
	.nfields = MNF,
	.entities = {&store_qipp_month_entity},
	.nentities = 1,
	.total_field = -1,
	.total_scope_field = -1,
	.key_field = -1,
	.row = month_row,
};
