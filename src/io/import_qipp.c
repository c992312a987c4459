/* qipp.csv: savings schemes with a plan per financial year (net, gross, a prior year's
 * forecast outturn), keyed by programme + scheme and scheme + FY; total rows are checked.
 * qipp-months.csv: monthly forecast and actual per scheme, keyed by scheme + month. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "import_impl.h"
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
};

static enum pmwb_status begin(struct import_run *run, struct pmwb_error *e)
{
	struct years *y = calloc(1, sizeof(*y));

	if (!y)
		return err_set(e, PMWB_NOMEM, "out of memory");
	run->kstate = y;
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

static enum pmwb_status row_fn(struct import_run *run, const struct import_row *row,
			       struct pmwb_error *e)
{
	const struct years *y = run->kstate;
	struct store_val v[STORE_QIPP_SCHEME_NCOLS] = {{0}};
	struct store_val plan[MAX_FY][STORE_QIPP_PLAN_NCOLS];
	struct store_put_result r;
	enum pmwb_status fatal;
	struct {
		char label[32];
		long long value;
	} pend[MAX_FY * 3]; /* the row's figures, for the total rows once it has an id */
	int ok = 1, npend = 0;

	ok &= import_programme(run, row, F_PROGRAMME, 0, &v[STORE_QIPP_SCHEME_PROGRAMME_ID], e,
			       &fatal);
	if (fatal != PMWB_OK)
		return fatal;
	if (!row->cell[F_SCHEME][0]) {
		import_error(run, row->line, import_col(row, F_SCHEME), NULL,
			     "the scheme has no name");
		ok = 0;
	}
	import_text(row, F_SCHEME, &v[STORE_QIPP_SCHEME_NAME]);
	import_text(row, F_DESCRIPTION, &v[STORE_QIPP_SCHEME_DESCRIPTION]);
	import_text(row, F_AREA, &v[STORE_QIPP_SCHEME_AREA_OF_SPEND]);
	ok &= recurrence(run, row, &v[STORE_QIPP_SCHEME_RECURRENCE]);
	import_text(row, F_CATEGORY, &v[STORE_QIPP_SCHEME_CATEGORY]);
	import_text(row, F_SOURCE, &v[STORE_QIPP_SCHEME_SOURCE]);

	memset(plan, 0, sizeof(plan));
	for (int i = 0; i < y->n; i++) {
		static const int col_of[3] = {STORE_QIPP_PLAN_NET, STORE_QIPP_PLAN_GROSS,
					      STORE_QIPP_PLAN_FORECAST_OUTTURN};
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
			if (!pv->null) {
				label(pend[npend].label, sizeof(pend[0].label), y->fy[i], w);
				pend[npend++].value = pv->i;
			}
		}
	}
	if (!ok)
		return PMWB_OK;
	if (store_put(run->b, &store_qipp_scheme_entity, v, row->line, &r, e) != PMWB_OK)
		return e->status;
	if (r.duplicate_line) {
		import_error(run, row->line, import_col(row, F_SCHEME), row->cell[F_SCHEME],
			     "this scheme of the same programme is on line %ld already (name the "
			     "rows apart)", r.duplicate_line);
		return PMWB_OK;
	}
	import_count(run, &store_qipp_scheme_entity, r.change);
	for (int i = 0; i < npend; i++)
		import_total_add(run, row, pend[i].label, pend[i].value, r.id);
	for (int i = 0; i < y->n; i++) {
		struct store_val *pv = plan[i];
		struct store_put_result pr;
		pv[STORE_QIPP_PLAN_SCHEME_ID].i = r.id;
		if (pv[STORE_QIPP_PLAN_NET].null && pv[STORE_QIPP_PLAN_GROSS].null &&
		    pv[STORE_QIPP_PLAN_FORECAST_OUTTURN].null) {
			/* nothing given for the year: only clear a year the database has */
			long long id;
			int found;
			if (store_find(run->b, &store_qipp_plan_entity, pv, &id, &found, e) != PMWB_OK)
				return e->status;
			if (!found)
				continue;
		}
		if (store_put(run->b, &store_qipp_plan_entity, pv, row->line, &pr, e) != PMWB_OK)
			return e->status;
		import_count(run, &store_qipp_plan_entity, pr.change);
	}
	return PMWB_OK;
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
};

/* Months. */
enum { M_PROGRAMME, M_SCHEME, M_MONTH, M_FORECAST, M_ACTUAL, MNF };

static const struct import_field month_fields[MNF] = {
	[M_PROGRAMME] = {"programme_code", "Programme|Programme Name|Prog|Programme Code",
			 IMPORT_REQUIRED},
	[M_SCHEME] = {"scheme", "Scheme Name|QIPP Scheme|Initiative", IMPORT_REQUIRED},
	[M_MONTH] = {"month", "Period|Month Ending|Date", IMPORT_REQUIRED},
	[M_FORECAST] = {"forecast_k", "Forecast|Forecast £'000|FOT|Forecast Outturn",
			IMPORT_MONEY},
	[M_ACTUAL] = {"actual_k", "Actual|Actuals|Actual £'000", IMPORT_MONEY},
};

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
	int ok = 1, found;

	ok &= import_programme(run, row, M_PROGRAMME, 0, &s[STORE_QIPP_SCHEME_PROGRAMME_ID], e,
			       &fatal);
	if (fatal != PMWB_OK)
		return fatal;
	err_clear(&pe);
	if (date_parse(&run->o->fy, row->cell[M_MONTH], 0, &dv, &pe) != PMWB_OK) {
		import_error(run, row->line, import_col(row, M_MONTH), row->cell[M_MONTH],
			     "month: %s", pe.msg);
		ok = 0;
	}
	ok &= import_money_k(run, row, import_col(row, M_FORECAST), row->cell[M_FORECAST],
			     &v[STORE_QIPP_MONTH_FORECAST]);
	ok &= import_money_k(run, row, import_col(row, M_ACTUAL), row->cell[M_ACTUAL],
			     &v[STORE_QIPP_MONTH_ACTUAL]);
	v[STORE_QIPP_MONTH_FORECAST].absent = row->map->field_col[M_FORECAST] < 0;
	v[STORE_QIPP_MONTH_ACTUAL].absent = row->map->field_col[M_ACTUAL] < 0;
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
