/* pmwb report exceptions: what the monthly programme delivery group must look at - Red and
 * Amber schemes, schemes that moved down or did not report, programmes forecasting below
 * plan, projects behind their baseline plan, escalated risks - and the organisation's
 * totals (each organisation's, when the file holds several), as text or Markdown. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmwb/phase.h"
#include "pmwb/report.h"
#include "pmwb/store_baseline.h"
#include "pmwb/store_milestone_edit.h"
#include "pmwb/store_query_qipp.h"
#include "pmwb/store_report.h"
#include "pmwb/text.h"
#include "report_format.h"

/* The scheme sections each read the schemes once, in programme order. */
enum scheme_section { RED_AMBER, MOVED_DOWN, NOT_REPORTED };

struct exceptions {
	const struct report_exceptions_options *o;
	struct store_qipp *q; /* the QIPP read model: every scheme figure and total */
	struct report_table table;
	enum scheme_section section;
	long rows;
	long long programme_id; /* the programme whose rows are streaming past */
	/* the organisations, in the order the rows come (by organisation) */
	char (*org)[STORE_NAME_MAX];
	int norg;
};

static const struct report_column scheme_columns[] = {
	{"Programme", "programme", 11, 0}, {"Scheme", "scheme", 22, 0}, {"Owner", "owner", 12, 0},
	{"Net plan", "net_plan_k", 8, 1}, {"Forecast", "forecast_k", 8, 1}, {"Var", "variance_k", 6, 1},
	{"RAG", "rag", 6, 0},
};
static const struct report_column moved_columns[] = {
	{"Programme", "programme", 11, 0}, {"Scheme", "scheme", 26, 0}, {"Owner", "owner", 14, 0},
	{"Last month", "was", 10, 0}, {"Now", "now", 6, 0},
};
static const struct report_column silent_columns[] = {
	{"Programme", "programme", 11, 0}, {"Scheme", "scheme", 34, 0}, {"Owner", "owner", 20, 0},
};
static const struct report_column programme_columns[] = {
	{"Programme", "programme", 11, 0}, {"Name", "name", 19, 0}, {"Net plan", "net_plan_k", 8, 1},
	{"Forecast", "forecast_k", 8, 1}, {"Var", "variance_k", 7, 1}, {"Var %", "variance_pct", 5, 1},
	{"RAG", "rag", 5, 0}, {"Reported", "reported", 9, 1},
};
static const struct report_column total_columns[] = {
	{"", "what", 24, 0}, {"£'000", "value_k", 9, 1},
};
static const struct report_column slip_columns[] = {
	{"Programme", "programme", 11, 0}, {"Project", "project", 21, 0},
	{"Planned now", "planned", 11, 0}, {"Now", "now", 9, 0},
	{"Baseline end", "baseline_end", 12, 0}, {"Ends", "ends", 10, 0},
};
static const struct report_column overdue_columns[] = {
	{"Programme", "programme", 11, 0}, {"Project", "project", 21, 0},
	{"Milestone", "milestone", 22, 0}, {"Due", "due", 12, 0}, {"Late", "months_late", 9, 1},
};
static const struct report_column risk_columns[] = {
	{"Ref", "ref", 7, 0}, {"Programme", "programme", 11, 0}, {"Risk", "risk", 28, 0},
	{"Owner", "owner", 12, 0}, {"Score", "score", 5, 1}, {"Band", "band", 8, 0},
};

#define NCOLS(a) ((int)(sizeof(a) / sizeof((a)[0])))

static const char *programme_label(const char *code)
{
	return code[0] ? code : "(corp.)";
}

/* Below plan: the programme's forecast, its schemes that did not report counting as
 * forecasting nothing, is under its whole net plan. */
static enum pmwb_status programme_below_plan(struct exceptions *x,
					     const struct store_qipp_programme *p,
					     struct pmwb_error *e)
{
	struct store_qipp_scope scope = {.programme_id = p->id};
	struct qipp_sums t;
	char net[32], forecast[32], var[32], pct[16], reported[32];
	const char *cells[8];
	enum report_format f = x->o->format;
	money_pounds v;

	if (store_qipp_total(x->q, &scope, &t, e) != PMWB_OK)
		return e->status;
	v = qipp_sums_variance(&t);
	if (!qipp_sums_has_variance(&t) || v >= 0)
		return PMWB_OK;
	report_format_k(f, net, sizeof(net), 1, t.net);
	report_format_k(f, forecast, sizeof(forecast), 1, t.forecast);
	report_format_k(f, var, sizeof(var), 1, v);
	report_format_variance_pct(pct, sizeof(pct), v, t.net);
	report_format_coverage(reported, sizeof(reported), &t);
	cells[0] = p->code;
	cells[1] = p->name;
	cells[2] = net;
	cells[3] = forecast;
	cells[4] = var;
	cells[5] = pct;
	cells[6] = report_rag_text(f, qipp_sums_rag(&x->o->rules, &t));
	cells[7] = reported;
	report_table_row(&x->table, cells);
	x->rows++;
	return PMWB_OK;
}

static enum pmwb_status on_programme_row(void *ctx, const struct store_qipp_row *row,
					 struct pmwb_error *e)
{
	struct exceptions *x = ctx;

	if (x->norg == 0 || strcmp(x->org[x->norg - 1], row->prog.organisation) != 0) {
		char (*n)[STORE_NAME_MAX] = realloc(x->org, (size_t)(x->norg + 1) * sizeof(*n));
		if (!n)
			return err_set(e, PMWB_NOMEM, "out of memory listing the organisations");
		x->org = n;
		text_copy(n[x->norg], sizeof(n[0]), row->prog.organisation);
		x->norg++;
	}
	if (x->programme_id == row->prog.id)
		return PMWB_OK;
	x->programme_id = row->prog.id;
	return programme_below_plan(x, &row->prog, e);
}

static enum pmwb_status on_scheme_row(void *ctx, const struct store_qipp_row *row,
				      struct pmwb_error *e)
{
	struct exceptions *x = ctx;
	const struct qipp_sums *pos = &row->s.sums;
	enum qipp_rag rag, before;
	char net[32], forecast[32], var[32];
	const char *cells[7];

	(void)e;
	rag = qipp_sums_rag(&x->o->rules, pos);
	before = qipp_sums_prev_rag(&x->o->rules, pos);
	cells[0] = row->prog.code;
	cells[1] = row->s.name;
	cells[2] = row->s.owner;
	switch (x->section) {
	case RED_AMBER:
		if (rag != QIPP_RED && rag != QIPP_AMBER)
			return PMWB_OK;
		report_format_k(x->o->format, net, sizeof(net), pos->has_net, pos->net);
		report_format_k(x->o->format, forecast, sizeof(forecast), 1, pos->forecast);
		report_format_k(x->o->format, var, sizeof(var), qipp_sums_has_variance(pos),
				qipp_sums_variance(pos));
		cells[3] = net;
		cells[4] = forecast;
		cells[5] = var;
		cells[6] = qipp_rag_name(rag);
		break;
	case MOVED_DOWN:
		if (!qipp_rag_moved_down(before, rag))
			return PMWB_OK;
		cells[3] = qipp_rag_name(before);
		cells[4] = qipp_rag_name(rag);
		break;
	case NOT_REPORTED:
		if (row->s.reported_this_month)
			return PMWB_OK;
		break;
	}
	report_table_row(&x->table, cells);
	x->rows++;
	return PMWB_OK;
}

static void none_if_empty(struct exceptions *x, const char *text)
{
	if (x->rows == 0) {
		if (x->o->format == REPORT_MD)
			fprintf(x->table.out, "\n%s\n", text);
		else
			fprintf(x->table.out, "%s\n", text);
	}
	fputc('\n', x->table.out);
}

static enum pmwb_status scheme_section(struct store *st, struct exceptions *x,
				       enum scheme_section which, const char *title,
				       const struct report_column *cols, int ncols,
				       const char *none, struct pmwb_error *e)
{
	(void)st;
	report_subheading(x->table.out, x->o->format, title);
	report_table_begin(&x->table, x->table.out, x->o->format, cols, ncols);
	x->section = which;
	x->rows = 0;
	if (store_qipp_report(x->q, NULL, on_scheme_row, x, e) != PMWB_OK)
		return e->status;
	none_if_empty(x, none);
	return PMWB_OK;
}

static enum pmwb_status on_escalated(void *ctx, const struct store_risk_item *row,
				     struct pmwb_error *e)
{
	struct exceptions *x = ctx;
	int b = risk_band_index(&x->o->bands, row->score);
	char score[12];
	const char *cells[6];

	(void)e;
	if (b < 0 || !x->o->bands.band[b].escalated)
		return PMWB_OK;
	snprintf(score, sizeof(score), "%d", row->score);
	cells[0] = row->ref;
	cells[1] = programme_label(row->programme);
	cells[2] = row->title;
	cells[3] = row->owner;
	cells[4] = score;
	cells[5] = x->o->bands.band[b].name;
	report_table_row(&x->table, cells);
	x->rows++;
	return PMWB_OK;
}

static enum pmwb_status on_slip(void *ctx, const struct store_slip_row *row, struct pmwb_error *e)
{
	struct exceptions *x = ctx;
	fy_quarter q = fy_quarter_of_month(&x->o->fy_settings, x->o->asof);
	char base_end[16], cur_end[16];
	const char *cells[6];

	(void)e;
	if (phase_slip_of(row->planned_letter, row->current_letter, row->baseline_end,
			  row->current_end, q) == PHASE_ON_PLAN)
		return PMWB_OK;
	fy_quarter_format(row->baseline_end, base_end, sizeof(base_end));
	fy_quarter_format(row->current_end, cur_end, sizeof(cur_end));
	cells[0] = row->programme_code;
	cells[1] = row->project;
	cells[2] = row->planned_letter ? phase_name(row->planned_letter) : "-";
	cells[3] = row->current_letter ? phase_name(row->current_letter) : "-";
	cells[4] = base_end;
	cells[5] = cur_end;
	report_table_row(&x->table, cells);
	x->rows++;
	return PMWB_OK;
}

/* Projects behind their baseline plan in the report month's quarter, or running past its end. */
static enum pmwb_status slip_section(struct store *st, struct exceptions *x, struct pmwb_error *e)
{
	fy_quarter q = fy_quarter_of_month(&x->o->fy_settings, x->o->asof);
	char title[96], quarter[16];

	fy_quarter_format(q, quarter, sizeof(quarter));
	snprintf(title, sizeof(title), "Projects slipping against their baseline plan in %s", quarter);
	report_subheading(x->table.out, x->o->format, title);
	report_table_begin(&x->table, x->table.out, x->o->format, slip_columns, NCOLS(slip_columns));
	x->rows = 0;
	if (store_baseline_changes(st, q, x->o->organisation, on_slip, x, e) != PMWB_OK)
		return e->status;
	none_if_empty(x, "No project has slipped against its baseline.");
	return PMWB_OK;
}

static enum pmwb_status on_overdue(void *ctx, const struct store_overdue_row *row,
				   struct pmwb_error *e)
{
	struct exceptions *x = ctx;
	char late[32];
	const char *cells[5];

	(void)e;
	snprintf(late, sizeof(late), "%d month%s", row->months_late, row->months_late == 1 ? "" : "s");
	cells[0] = row->programme_code;
	cells[1] = row->project[0] ? row->project : "(programme)";
	cells[2] = row->milestone;
	cells[3] = row->due_text;
	cells[4] = late;
	report_table_row(&x->table, cells);
	x->rows++;
	return PMWB_OK;
}

/* Milestones not done and due before the report month (the Gantt marks the same ones at the
 * same "today"); how late, in months from the last month each was due in. */
static enum pmwb_status overdue_section(struct store *st, struct exceptions *x,
					struct pmwb_error *e)
{
	char title[128], month[16];
	long n;

	if (store_milestone_overdue_count(st, x->o->asof, x->o->organisation, &n, e) != PMWB_OK)
		return e->status;
	snprintf(month, sizeof(month), "%04d-%02d", fy_month_year(x->o->asof),
		 fy_month_month(x->o->asof));
	snprintf(title, sizeof(title), "Milestones overdue at %s: %ld (not done, due before it)",
		 month, n);
	report_subheading(x->table.out, x->o->format, title);
	report_table_begin(&x->table, x->table.out, x->o->format, overdue_columns,
			   NCOLS(overdue_columns));
	x->rows = 0;
	if (store_milestone_overdue_each(st, x->o->asof, x->o->organisation, on_overdue, x, e) !=
	    PMWB_OK)
		return e->status;
	none_if_empty(x, "No milestone is overdue.");
	return PMWB_OK;
}

/* Escalated risks grouped by the authority they go to, one table per escalating band: the
 * open risks of the band, read as `report risks` and the Risks pane read them. */
static enum pmwb_status risk_section(struct store *st, struct exceptions *x, struct pmwb_error *e)
{
	struct store_risks *q;
	char title[200];
	int any = 0;

	for (int b = 0; b < x->o->bands.n; b++) {
		const struct risk_band *band = &x->o->bands.band[b];
		if (!band->escalated)
			continue;
		any = 1;
		snprintf(title, sizeof(title), "Escalated risks: %s (%s, score %d-%d)", band->authority,
			 band->name, band->min_score, band->max_score);
		report_subheading(x->table.out, x->o->format, title);
		report_table_begin(&x->table, x->table.out, x->o->format, risk_columns,
				   NCOLS(risk_columns));
		/* refs and codes whole, the title gives way */
		report_table_whole(&x->table, 1ul << 0 | 1ul << 1, 2);
		x->rows = 0;
		if (report_risk_view(st, NULL, x->o->organisation_id, band->min_score, band->max_score, &q, NULL, e) !=
		    PMWB_OK)
			return e->status;
		enum pmwb_status status = store_risks_each(q, on_escalated, x, e);
		store_risks_close(q);
		if (status != PMWB_OK)
			return status;
		none_if_empty(x, "No open risk is in this band.");
	}
	if (!any)
		report_note(x->table.out, x->o->format,
			    "No risk band escalates (see the threshold table), so no risk is escalated.");
	return PMWB_OK;
}

static void total_row(struct exceptions *x, const char *what, int has, money_pounds v)
{
	char buf[32];
	const char *cells[2] = {what, buf};

	report_format_k(x->o->format, buf, sizeof(buf), has, v);
	report_table_row(&x->table, cells);
}

/* The totals of a scope of the read model (gap: a blank line first, after another's). */
static enum pmwb_status org_totals(struct exceptions *x, const char *title,
				   const struct store_qipp_scope *scope, int gap,
				   struct pmwb_error *e)
{
	enum report_format f = x->o->format;
	struct qipp_sums t;
	char pct[16], reported[32];
	const char *cells[2];
	money_pounds v;

	if (store_qipp_total(x->q, scope, &t, e) != PMWB_OK)
		return e->status;
	v = qipp_sums_variance(&t);
	if (gap && f == REPORT_TEXT)
		fputc('\n', x->table.out);
	report_subheading(x->table.out, f, title);
	report_table_begin(&x->table, x->table.out, f, total_columns, NCOLS(total_columns));
	total_row(x, "Net plan for the year", 1, t.net);
	total_row(x, "Plan to date", t.has_ytd_plan, t.ytd_plan);
	total_row(x, "Actual to date", 1, t.ytd_actual);
	report_format_coverage(reported, sizeof(reported), &t);
	cells[0] = "Schemes reported";
	cells[1] = reported;
	report_table_row(&x->table, cells);
	total_row(x, "Forecast (reported)", t.has_forecast, t.forecast);
	total_row(x, "Plan of those reporting", t.has_forecast, t.forecast_plan);
	total_row(x, "Variance to net plan", qipp_sums_has_variance(&t), v);
	pct[0] = '\0';
	if (qipp_sums_has_variance(&t))
		report_format_variance_pct(pct, sizeof(pct), v, t.net);
	cells[0] = "Variance %";
	cells[1] = pct;
	report_table_row(&x->table, cells);
	cells[0] = "RAG";
	cells[1] = report_rag_text(f, qipp_sums_rag(&x->o->rules, &t));
	report_table_row(&x->table, cells);
	return PMWB_OK;
}

static enum pmwb_status totals_section(struct exceptions *x, struct pmwb_error *e)
{
	struct store_qipp_scope all = {0};

	if (x->norg <= 1)
		return org_totals(x, "Organisation totals", &all, 0, e);
	for (int i = 0; i < x->norg; i++) {
		struct store_qipp_scope one = {.organisation = x->org[i]};
		char name[STORE_NAME_MAX], title[STORE_NAME_MAX + 32];
		report_one_line(name, sizeof(name), x->org[i]);
		snprintf(title, sizeof(title), "Organisation totals: %s", name);
		if (org_totals(x, title, &one, i > 0, e) != PMWB_OK)
			return e->status;
	}
	return org_totals(x, "All organisations", &all, 1, e);
}

enum pmwb_status report_exceptions(struct store *st, FILE *out,
				   const struct report_exceptions_options *o, struct pmwb_error *e)
{
	struct exceptions x;
	char fy[16], month[16], heading[400];

	memset(&x, 0, sizeof(x));
	x.o = o;
	x.table.out = out;
	struct report_qipp_period period = {.fy = o->fy, .asof = o->asof, .today = o->today,
					     .fy_settings = &o->fy_settings, .rules = &o->rules,
					     .organisation = o->organisation};

	if (report_open_qipp(st, &period, fy, month, &x.q, e) != PMWB_OK)
		return e->status;
	snprintf(heading, sizeof(heading), "Exception report, %s (financial year %s)%s%s", month, fy,
		 o->organisation ? ", " : "", o->organisation ? o->organisation : "");
	report_heading(out, o->format, heading);

	if (scheme_section(st, &x, RED_AMBER, "QIPP schemes rated Red or Amber", scheme_columns,
			   NCOLS(scheme_columns), "No scheme is Red or Amber.", e) != PMWB_OK ||
	    scheme_section(st, &x, MOVED_DOWN, "QIPP schemes that moved down since last month",
			   moved_columns, NCOLS(moved_columns), "No scheme moved down.", e) != PMWB_OK ||
	    scheme_section(st, &x, NOT_REPORTED, "QIPP schemes with no report this month",
			   silent_columns, NCOLS(silent_columns), "Every scheme reported.", e) != PMWB_OK)
		goto done;

	report_subheading(out, o->format, "Programmes forecasting below plan");
	report_table_begin(&x.table, out, o->format, programme_columns, NCOLS(programme_columns));
	x.rows = 0;
	if (store_qipp_report(x.q, NULL, on_programme_row, &x, e) != PMWB_OK)
		goto done;
	none_if_empty(&x, "No programme forecasts below its plan.");

	if (slip_section(st, &x, e) != PMWB_OK || overdue_section(st, &x, e) != PMWB_OK ||
	    risk_section(st, &x, e) != PMWB_OK)
		goto done;

	if (totals_section(&x, e) != PMWB_OK)
		goto done;
	report_note(out, o->format,
		    "Forecasts are each scheme's latest full-year forecast; RAG compares them with\n"
		    "the net plan, counting schemes that did not report as forecasting nothing.");
	free(x.org);
	store_qipp_close(x.q);
	return PMWB_OK;
done:
	free(x.org);
	store_qipp_close(x.q);
	return e->status;
}
