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
#include "pmwb/store_report.h"
#include "pmwb/text.h"
#include "report_format.h"

/* The scheme sections each read the schemes once, in programme order. */
enum scheme_section { RED_AMBER, MOVED_DOWN, NOT_REPORTED };

struct exceptions {
	const struct report_exceptions_options *o;
	struct report_table table;
	enum scheme_section section;
	int months;
	long rows;
	/* programme totals, for the programmes-below-plan section */
	char programme[48], programme_name[STORE_REPORT_TEXT];
	struct qipp_sums programme_pos;
	/* each organisation's, in the order the rows come (by organisation) */
	struct org_total {
		char name[STORE_REPORT_TEXT];
		struct qipp_sums pos;
	} *org;
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
	{"Programme", "programme", 11, 0}, {"Name", "name", 28, 0}, {"Net plan", "net_plan_k", 8, 1},
	{"Forecast", "forecast_k", 8, 1}, {"Var", "variance_k", 7, 1}, {"Var %", "variance_pct", 5, 1},
	{"RAG", "rag", 5, 0},
};
static const struct report_column total_columns[] = {
	{"", "what", 24, 0}, {"£'000", "value_k", 9, 1},
};
static const struct report_column slip_columns[] = {
	{"Programme", "programme", 11, 0}, {"Project", "project", 21, 0},
	{"Planned now", "planned", 11, 0}, {"Now", "now", 9, 0},
	{"Baseline end", "baseline_end", 12, 0}, {"Ends", "ends", 10, 0},
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

static void flush_programme(struct exceptions *x)
{
	char net[32], forecast[32], var[32], pct[16];
	enum qipp_rag rag;
	const struct qipp_sums *p = &x->programme_pos;

	if (!x->programme[0])
		return;
	qipp_sums_add(&x->org[x->norg - 1].pos, p);
	rag = qipp_sums_rag(&x->o->rules, p);
	/* Below plan: the schemes that reported forecast less than their net plan. */
	if (p->has_forecast && p->forecast < p->forecast_plan) {
		const char *cells[7];
		report_format_k(x->o->format, net, sizeof(net), 1, p->forecast_plan);
		report_format_k(x->o->format, forecast, sizeof(forecast), 1, p->forecast);
		report_format_k(x->o->format, var, sizeof(var), 1, p->forecast - p->forecast_plan);
		report_format_variance_pct(pct, sizeof(pct), p->forecast - p->forecast_plan,
					   p->forecast_plan);
		cells[0] = x->programme;
		cells[1] = x->programme_name;
		cells[2] = net;
		cells[3] = forecast;
		cells[4] = var;
		cells[5] = pct;
		cells[6] = report_rag_text(x->o->format, rag);
		report_table_row(&x->table, cells);
		x->rows++;
	}
	memset(&x->programme_pos, 0, sizeof(x->programme_pos));
	x->programme[0] = '\0';
}

static enum pmwb_status on_programme_row(void *ctx, const struct store_qipp_row *row,
					 struct pmwb_error *e)
{
	struct exceptions *x = ctx;
	struct qipp_sums pos;

	if (x->norg == 0 || strcmp(x->org[x->norg - 1].name, row->organisation) != 0) {
		struct org_total *n;
		flush_programme(x); /* into the organisation before */
		n = realloc(x->org, (size_t)(x->norg + 1) * sizeof(*n));
		if (!n)
			return err_set(e, PMWB_NOMEM, "out of memory summing the organisations");
		x->org = n;
		memset(&n[x->norg], 0, sizeof(n[0]));
		text_copy(n[x->norg].name, sizeof(n[0].name), row->organisation);
		x->norg++;
	}
	if (strcmp(x->programme, row->programme_code) != 0) {
		flush_programme(x);
		text_copy(x->programme, sizeof(x->programme), row->programme_code);
		text_copy(x->programme_name, sizeof(x->programme_name), row->programme_name);
	}
	if (report_qipp_sums(row, x->months, &x->o->rules, &pos, e) != PMWB_OK)
		return e->status;
	qipp_sums_add(&x->programme_pos, &pos);
	return PMWB_OK;
}

static enum pmwb_status on_scheme_row(void *ctx, const struct store_qipp_row *row,
				      struct pmwb_error *e)
{
	struct exceptions *x = ctx;
	struct qipp_sums pos;
	enum qipp_rag rag, before;
	char net[32], forecast[32], var[32];
	const char *cells[7];

	if (report_qipp_sums(row, x->months, &x->o->rules, &pos, e) != PMWB_OK)
		return e->status;
	rag = qipp_sums_rag(&x->o->rules, &pos);
	before = qipp_sums_prev_rag(&x->o->rules, &pos);
	cells[0] = row->programme_code;
	cells[1] = row->scheme;
	cells[2] = row->owner;
	switch (x->section) {
	case RED_AMBER:
		if (rag != QIPP_RED && rag != QIPP_AMBER)
			return PMWB_OK;
		report_format_k(x->o->format, net, sizeof(net), pos.has_net, pos.net);
		report_format_k(x->o->format, forecast, sizeof(forecast), 1, pos.forecast);
		report_format_k(x->o->format, var, sizeof(var), 1, pos.forecast - pos.forecast_plan);
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
		if (row->reported_this_month)
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
	fy_month first = fy_first_month(&x->o->fy_settings, x->o->fy);

	report_subheading(x->table.out, x->o->format, title);
	report_table_begin(&x->table, x->table.out, x->o->format, cols, ncols);
	x->section = which;
	x->rows = 0;
	if (store_report_qipp(st, x->o->fy, first, x->o->asof, NULL, on_scheme_row, x, e) != PMWB_OK)
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
	if (store_baseline_changes(st, q, on_slip, x, e) != PMWB_OK)
		return e->status;
	none_if_empty(x, "No project has slipped against its baseline.");
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
		if (report_risk_view(st, NULL, band->min_score, band->max_score, &q, NULL, e) !=
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

/* One organisation's totals (gap: a blank line first, after another's). */
static void org_totals(struct exceptions *x, const char *title, const struct qipp_sums *t,
		       int gap)
{
	enum report_format f = x->o->format;
	char pct[16];
	const char *cells[2];

	if (gap && f == REPORT_TEXT)
		fputc('\n', x->table.out);
	report_subheading(x->table.out, f, title);
	report_table_begin(&x->table, x->table.out, f, total_columns, NCOLS(total_columns));
	total_row(x, "Net plan for the year", 1, t->net);
	total_row(x, "Plan to date", 1, t->ytd_plan);
	total_row(x, "Actual to date", 1, t->ytd_actual);
	total_row(x, "Forecast (reported)", t->has_forecast, t->forecast);
	total_row(x, "Plan of those reporting", t->has_forecast, t->forecast_plan);
	total_row(x, "Variance", t->has_forecast, t->forecast - t->forecast_plan);
	report_format_variance_pct(pct, sizeof(pct), t->forecast - t->forecast_plan,
				   t->forecast_plan);
	cells[0] = "Variance %";
	cells[1] = pct;
	report_table_row(&x->table, cells);
	cells[0] = "RAG";
	cells[1] = report_rag_text(f, qipp_sums_rag(&x->o->rules, t));
	report_table_row(&x->table, cells);
}

enum pmwb_status report_exceptions(struct store *st, FILE *out,
				   const struct report_exceptions_options *o, struct pmwb_error *e)
{
	struct exceptions x;
	fy_month first = fy_first_month(&o->fy_settings, o->fy);
	char fy[16], month[16], heading[160];

	memset(&x, 0, sizeof(x));
	x.o = o;
	x.table.out = out;
	x.months = o->asof - first + 1;
	fy_format(o->fy, fy, sizeof(fy));
	fy_month_format(o->asof, month, sizeof(month));
	if (x.months < 1 || x.months > 12)
		return err_set(e, PMWB_USAGE, "the month %s is not in the financial year %s", month, fy);
	snprintf(heading, sizeof(heading), "Exception report, %s (financial year %s)", month, fy);
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
	if (store_report_qipp(st, o->fy, first, o->asof, NULL, on_programme_row, &x, e) != PMWB_OK)
		goto done;
	flush_programme(&x);
	none_if_empty(&x, "No programme forecasts below its plan.");

	if (slip_section(st, &x, e) != PMWB_OK || risk_section(st, &x, e) != PMWB_OK)
		goto done;

	if (x.norg > 1) {
		struct qipp_sums all;
		memset(&all, 0, sizeof(all));
		for (int i = 0; i < x.norg; i++) {
			char name[STORE_REPORT_TEXT], title[STORE_REPORT_TEXT + 32];
			report_one_line(name, sizeof(name), x.org[i].name);
			snprintf(title, sizeof(title), "Organisation totals: %s", name);
			org_totals(&x, title, &x.org[i].pos, i > 0);
			qipp_sums_add(&all, &x.org[i].pos);
		}
		org_totals(&x, "All organisations", &all, 1);
	} else {
		struct qipp_sums none;
		memset(&none, 0, sizeof(none));
		org_totals(&x, "Organisation totals", x.norg ? &x.org[0].pos : &none, 0);
	}
	report_note(out, o->format,
		    "Forecasts are each scheme's latest full-year forecast; RAG compares them with the "
		    "net plan.");
	free(x.org);
	return PMWB_OK;
done:
	free(x.org);
	return e->status;
}
