/* pmwb report qipp: plan vs year-to-date vs forecast for every scheme, with totals per
 * programme and per organisation.  A file may hold several organisations' plans (a
 * commissioning support unit's, or the demo's two CCGs): each has its own total, and only
 * then is there a line for all of them, since one CCG's savings do not make another's. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pmwb/money.h"
#include "pmwb/report.h"
#include "pmwb/store_report.h"
#include "pmwb/text.h"
#include "report_format.h"

struct qipp_report {
	const struct report_qipp_options *o;
	struct report_table table;
	int months; /* months of the FY up to and including the report month */
	char programme[48];
	char organisation[STORE_REPORT_TEXT]; /* of the rows being summed into org_sums */
	int organisations, started;
	struct qipp_sums programme_sums, org_sums, all_sums;
};

enum { COL_PROGRAMME, COL_SCHEME, COL_FY, COL_GROSS, COL_NET, COL_YTD_PLAN, COL_YTD_ACTUAL,
       COL_FORECAST, COL_VARIANCE, COL_VARIANCE_PCT, COL_RAG, NCOLS };

/* Text fits 80 columns: the programme is a group line, the FY is in the heading, and only
 * the net plan is shown (CSV and Markdown carry gross too). */
static const struct report_column columns[NCOLS] = {
	[COL_PROGRAMME] = {"Programme", "programme", 0, 0},
	[COL_SCHEME] = {"Scheme", "scheme", 25, 0},
	[COL_FY] = {"FY", "fy", 0, 0},
	[COL_GROSS] = {"Gross", "gross_plan_k", 0, 1},
	[COL_NET] = {"Net plan", "net_plan_k", 8, 1},
	[COL_YTD_PLAN] = {"YTD plan", "ytd_plan_k", 8, 1},
	[COL_YTD_ACTUAL] = {"YTD act", "ytd_actual_k", 7, 1},
	[COL_FORECAST] = {"Forecast", "forecast_k", 8, 1},
	[COL_VARIANCE] = {"Var", "variance_k", 6, 1},
	[COL_VARIANCE_PCT] = {"Var %", "variance_pct", 5, 1},
	[COL_RAG] = {"RAG", "rag", 5, 0},
};

const struct report_column *report_qipp_columns(int *n)
{
	*n = NCOLS;
	return columns;
}

static void emit(struct qipp_report *r, const char *programme, const char *scheme,
		 const struct qipp_sums *s, enum qipp_rag rag)
{
	char gross[32], net[32], ytd_plan[32], ytd_actual[32], forecast[32], variance[32],
		pct[16], fy[16];
	const char *cells[NCOLS];
	enum report_format f = r->o->format;
	money_pounds v = s->forecast - s->forecast_plan;

	fy_format(r->o->fy, fy, sizeof(fy));
	report_format_k(f, gross, sizeof(gross), s->has_gross, s->gross);
	report_format_k(f, net, sizeof(net), s->has_net, s->net);
	report_format_k(f, ytd_plan, sizeof(ytd_plan), s->has_net, s->ytd_plan);
	report_format_k(f, ytd_actual, sizeof(ytd_actual), 1, s->ytd_actual);
	report_format_k(f, forecast, sizeof(forecast), s->has_forecast, s->forecast);
	report_format_k(f, variance, sizeof(variance), s->has_forecast, v);
	pct[0] = '\0';
	if (s->has_forecast)
		report_format_variance_pct(pct, sizeof(pct), v, s->forecast_plan);
	cells[COL_PROGRAMME] = programme;
	cells[COL_SCHEME] = scheme;
	cells[COL_FY] = fy;
	cells[COL_GROSS] = gross;
	cells[COL_NET] = net;
	cells[COL_YTD_PLAN] = ytd_plan;
	cells[COL_YTD_ACTUAL] = ytd_actual;
	cells[COL_FORECAST] = forecast;
	cells[COL_VARIANCE] = variance;
	cells[COL_VARIANCE_PCT] = pct;
	cells[COL_RAG] = report_rag_text(f, rag);
	report_table_row(&r->table, cells);
}

static enum qipp_rag sums_rag(const struct qipp_report *r, const struct qipp_sums *s)
{
	return qipp_sums_rag(&r->o->rules, s);
}

static void close_programme(struct qipp_report *r)
{
	if (!r->programme[0])
		return;
	emit(r, r->programme, "Total", &r->programme_sums, sums_rag(r, &r->programme_sums));
	if (r->table.format == REPORT_TEXT)
		fputc('\n', r->table.out);
	qipp_sums_add(&r->org_sums, &r->programme_sums);
	memset(&r->programme_sums, 0, sizeof(r->programme_sums));
	r->programme[0] = '\0';
}

/* The organisation's total: for one organisation the report's last line, as it always was;
 * for several, under each one's programmes, named. */
static void close_organisation(struct qipp_report *r)
{
	char name[STORE_REPORT_TEXT];

	close_programme(r);
	if (!r->started)
		return;
	qipp_sums_add(&r->all_sums, &r->org_sums);
	if (r->organisations > 1) {
		report_one_line(name, sizeof(name), r->organisation);
		report_table_rule(&r->table);
		emit(r, "Total", r->table.format == REPORT_TEXT ? "Organisation total" : name,
		     &r->org_sums, sums_rag(r, &r->org_sums));
		if (r->table.format == REPORT_TEXT)
			fputc('\n', r->table.out);
	}
	memset(&r->org_sums, 0, sizeof(r->org_sums));
	r->started = 0;
}

static enum pmwb_status on_row(void *ctx, const struct store_qipp_row *row, struct pmwb_error *e)
{
	struct qipp_report *r = ctx;
	struct qipp_sums s;

	if (!r->started || strcmp(r->organisation, row->organisation) != 0) {
		close_organisation(r);
		r->organisations = row->organisations;
		text_copy(r->organisation, sizeof(r->organisation), row->organisation);
		r->started = 1;
		if (r->organisations > 1) {
			char name[STORE_REPORT_TEXT], group[STORE_REPORT_TEXT + 16];
			report_one_line(name, sizeof(name), row->organisation);
			snprintf(group, sizeof(group), "Organisation: %s", name);
			report_table_group(&r->table, group);
			if (r->table.format == REPORT_TEXT)
				fputc('\n', r->table.out);
		}
	}
	if (strcmp(r->programme, row->programme_code) != 0) {
		char group[256];

		close_programme(r);
		text_copy(r->programme, sizeof(r->programme), row->programme_code);
		snprintf(group, sizeof(group), "%s  %s", row->programme_code, row->programme_name);
		report_table_group(&r->table, group);
	}
	if (report_qipp_sums(row, r->months, &r->o->rules, &s, e) != PMWB_OK)
		return e->status;
	emit(r, row->programme_code, row->scheme, &s, sums_rag(r, &s));
	qipp_sums_add(&r->programme_sums, &s);
	return PMWB_OK;
}

enum pmwb_status report_qipp(struct store *st, FILE *out, const struct report_qipp_options *o,
			     struct pmwb_error *e)
{
	struct qipp_report r;
	fy_month first = fy_first_month(&o->fy_settings, o->fy);
	char fy[16], month[16], heading[128];

	memset(&r, 0, sizeof(r));
	r.o = o;
	r.months = o->asof - first + 1;
	if (r.months < 1 || r.months > 12) {
		fy_format(o->fy, fy, sizeof(fy));
		fy_month_format(o->asof, month, sizeof(month));
		return err_set(e, PMWB_USAGE, "the month %s is not in the financial year %s", month, fy);
	}
	fy_format(o->fy, fy, sizeof(fy));
	fy_month_format(o->asof, month, sizeof(month));
	snprintf(heading, sizeof(heading), "QIPP %s, position at %s (£'000)", fy, month);
	report_heading(out, o->format, heading);
	report_table_begin(&r.table, out, o->format, columns, NCOLS);
	if (store_report_qipp(st, o->fy, first, o->asof, o->programme, on_row, &r, e) != PMWB_OK)
		return e->status;
	close_organisation(&r);
	if (r.all_sums.schemes == 0) {
		report_note(out, o->format, "No QIPP schemes have a plan or a report in this year.");
		return PMWB_OK;
	}
	report_table_rule(&r.table);
	if (r.organisations > 1)
		emit(&r, "Total", "All organisations", &r.all_sums, sums_rag(&r, &r.all_sums));
	else
		emit(&r, "Total", o->format == REPORT_TEXT ? "Organisation total" : "", &r.all_sums,
		     sums_rag(&r, &r.all_sums));
	report_note(out, o->format,
		    "YTD plan is the year's plan phased evenly by month. Variance and RAG compare\n"
		    "the latest full-year forecast with the net plan (the gross plan where no risk\n"
		    "adjustment is given); n/r: not reported. Totals are summed in pounds, then\n"
		    "rounded to £'000.");
	return PMWB_OK;
}
