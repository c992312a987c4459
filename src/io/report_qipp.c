/* pmwb report qipp: plan vs year-to-date vs forecast for every scheme, with totals per
 * programme and per organisation.  A file may hold several organisations' plans (a
 * commissioning support unit's, or the demo's two CCGs): each has its own total, and only
 * then is there a line for all of them, since one CCG's savings do not make another's.
 * Every figure and total is the read model's (store_query_qipp.h); each total says what it
 * covers: its name, and how many of its schemes reported. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pmwb/money.h"
#include "pmwb/report.h"
#include "pmwb/store_query_qipp.h"
#include "pmwb/text.h"
#include "report_format.h"

struct qipp_report {
	const struct report_qipp_options *o;
	struct store_qipp *q;
	struct report_table table;
	struct store_qipp_programme programme; /* of the rows so far; id 0 before the first */
	char organisation[STORE_NAME_MAX];
	int organisations, started, rows;
	int gap; /* text: a blank line is due before the next group or total */
};

enum { COL_PROGRAMME, COL_SCHEME, COL_FY, COL_GROSS, COL_NET, COL_YTD_PLAN, COL_YTD_ACTUAL,
       COL_FORECAST, COL_VARIANCE, COL_VARIANCE_PCT, COL_RAG, COL_SCHEMES, COL_REPORTED,
       NCOLS };

/* Text fits 80 columns: the programme is a group line, the FY is in the heading, and only
 * the net plan is shown (CSV and Markdown carry gross too). */
static const struct report_column columns[NCOLS] = {
	[COL_PROGRAMME] = {"Programme", "programme", 0, 0},
	[COL_SCHEME] = {"Scheme", "scheme", 24, 0},
	[COL_FY] = {"FY", "fy", 0, 0},
	[COL_GROSS] = {"Gross", "gross_plan_k", 0, 1},
	[COL_NET] = {"Net plan", "net_plan_k", 8, 1},
	[COL_YTD_PLAN] = {"YTD plan", "ytd_plan_k", 8, 1},
	[COL_YTD_ACTUAL] = {"YTD act", "ytd_actual_k", 7, 1},
	[COL_FORECAST] = {"Forecast", "forecast_k", 8, 1},
	[COL_VARIANCE] = {"Var", "variance_k", 7, 1}, /* a programme's can be -10,309 */
	[COL_VARIANCE_PCT] = {"Var %", "variance_pct", 5, 1},
	[COL_RAG] = {"RAG", "rag", 5, 0},
	/* what a line covers: text says it under each total instead */
	[COL_SCHEMES] = {"Schemes", "schemes", 0, 1},
	[COL_REPORTED] = {"Reported", "reported", 0, 1},
};

const struct report_column *report_qipp_columns(int *n)
{
	*n = NCOLS;
	return columns;
}

static void emit(struct qipp_report *r, const char *programme, const char *scheme,
		 const struct qipp_sums *s)
{
	char gross[32], net[32], ytd_plan[32], ytd_actual[32], forecast[32], variance[32],
		pct[16], fy[16], schemes[16], reported[16];
	const char *cells[NCOLS];
	enum report_format f = r->o->format;
	money_pounds v = qipp_sums_variance(s);

	fy_format(r->o->fy, fy, sizeof(fy));
	report_format_k(f, gross, sizeof(gross), s->has_gross, s->gross);
	report_format_k(f, net, sizeof(net), s->has_net, s->net);
	report_format_k(f, ytd_plan, sizeof(ytd_plan), s->has_ytd_plan, s->ytd_plan);
	report_format_k(f, ytd_actual, sizeof(ytd_actual), 1, s->ytd_actual);
	report_format_k(f, forecast, sizeof(forecast), s->has_forecast, s->forecast);
	report_format_k(f, variance, sizeof(variance), qipp_sums_has_variance(s), v);
	pct[0] = '\0';
	if (qipp_sums_has_variance(s))
		report_format_variance_pct(pct, sizeof(pct), v, s->net);
	snprintf(schemes, sizeof(schemes), "%d", s->schemes);
	snprintf(reported, sizeof(reported), "%d", s->reported);
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
	cells[COL_RAG] = report_rag_text(f, qipp_sums_rag(&r->o->rules, s));
	cells[COL_SCHEMES] = schemes;
	cells[COL_REPORTED] = reported;
	report_table_row(&r->table, cells);
}

/* A total line from the read model, and in text a line under it saying what it covers. */
static enum pmwb_status emit_total(struct qipp_report *r, const struct store_qipp_scope *scope,
				   const char *programme, const char *label, const char *covers,
				   struct pmwb_error *e)
{
	struct qipp_sums t;

	if (store_qipp_total(r->q, scope, &t, e) != PMWB_OK)
		return e->status;
	emit(r, programme, label, &t);
	if (r->table.format == REPORT_TEXT) {
		fprintf(r->table.out, "  %s: %d of %d scheme%s reported\n", covers, t.reported,
			t.schemes, t.schemes == 1 ? "" : "s");
		r->gap = 1;
	}
	return PMWB_OK;
}

/* The blank line after a total, once something follows it (the closing note has its own). */
static void gap(struct qipp_report *r)
{
	if (r->gap)
		fputc('\n', r->table.out);
	r->gap = 0;
}

static enum pmwb_status close_programme(struct qipp_report *r, struct pmwb_error *e)
{
	struct store_qipp_scope scope = {.programme_id = r->programme.id};

	if (!r->programme.id)
		return PMWB_OK;
	r->programme.id = 0;
	return emit_total(r, &scope, r->programme.code, "Total", r->programme.code, e);
}

/* An organisation's total, named, under its programmes; none when one programme was asked
 * for, whose total is the report's. */
static enum pmwb_status close_organisation(struct qipp_report *r, struct pmwb_error *e)
{
	struct store_qipp_scope scope = {.organisation = r->organisation};
	char name[STORE_NAME_MAX];
	const char *label;

	if (close_programme(r, e) != PMWB_OK)
		return e->status;
	if (!r->started || r->o->programme)
		return PMWB_OK;
	r->started = 0;
	/* one organisation left unnamed is simply every programme */
	if (!r->organisation[0] && r->organisations == 1)
		text_copy(name, sizeof(name), "All programmes");
	else
		report_one_line(name, sizeof(name), r->organisation);
	/* Text has no room for a long name in the row; the line under it names it in full. */
	label = r->table.format == REPORT_TEXT && r->organisation[0] ? "Organisation total" : name;
	gap(r);
	report_table_rule(&r->table);
	return emit_total(r, &scope, "Total", label, name, e);
}

static enum pmwb_status on_row(void *ctx, const struct store_qipp_row *row, struct pmwb_error *e)
{
	struct qipp_report *r = ctx;

	r->rows++;
	if (!r->started || strcmp(r->organisation, row->prog.organisation) != 0) {
		if (close_organisation(r, e) != PMWB_OK)
			return e->status;
		r->organisations = row->organisations;
		text_copy(r->organisation, sizeof(r->organisation), row->prog.organisation);
		r->started = 1;
		gap(r);
		if (r->organisations > 1) {
			char name[STORE_NAME_MAX], group[STORE_NAME_MAX + 16];
			report_one_line(name, sizeof(name), row->prog.organisation);
			snprintf(group, sizeof(group), "Organisation: %s", name);
			report_table_group(&r->table, group);
			if (r->table.format == REPORT_TEXT)
				fputc('\n', r->table.out);
		}
	}
	if (r->programme.id != row->prog.id) {
		char group[STORE_CODE_MAX + STORE_NAME_MAX + 4];

		if (close_programme(r, e) != PMWB_OK)
			return e->status;
		r->programme = row->prog;
		gap(r);
		snprintf(group, sizeof(group), "%s  %s", row->prog.code, row->prog.name);
		report_table_group(&r->table, group);
	}
	emit(r, row->prog.code, row->s.name, &row->s.sums);
	return PMWB_OK;
}

static enum pmwb_status write_rows(struct qipp_report *r, struct pmwb_error *e)
{
	struct store_qipp_scope all = {0};
	const struct report_qipp_options *o = r->o;

	report_table_begin(&r->table, r->table.out, o->format, columns, NCOLS);
	if (store_qipp_report(r->q, o->programme, on_row, r, e) != PMWB_OK ||
	    close_organisation(r, e) != PMWB_OK)
		return e->status;
	if (r->rows == 0) {
		report_note(r->table.out, o->format,
			    "No QIPP schemes have a plan or a report in this year.");
		return PMWB_OK;
	}
	if (r->organisations > 1 && !o->programme) {
		gap(r);
		report_table_rule(&r->table);
		if (emit_total(r, &all, "Total", "All organisations", "All organisations", e) !=
		    PMWB_OK)
			return e->status;
	}
	report_note(r->table.out, o->format,
		    "YTD plan is the year's plan phased evenly by month up to the report month or\n"
		    "today, whichever is earlier. Variance and RAG compare the latest full-year\n"
		    "forecast with the net plan (the gross plan where no risk adjustment is given);\n"
		    "a total counts its schemes that did not report as forecasting nothing, and is\n"
		    "never Green when fewer than half reported; n/r: not reported. Totals are\n"
		    "summed in pounds, then rounded to £'000.");
	return PMWB_OK;
}

enum pmwb_status report_qipp(struct store *st, FILE *out, const struct report_qipp_options *o,
			     struct pmwb_error *e)
{
	struct qipp_report r;
	char fy[16], month[16], heading[400];
	enum pmwb_status status;

	memset(&r, 0, sizeof(r));
	r.o = o;
	r.table.out = out;
	struct report_qipp_period period = {.fy = o->fy, .asof = o->asof, .today = o->today,
					     .fy_settings = &o->fy_settings, .rules = &o->rules,
					     .organisation = o->organisation};

	if (report_open_qipp(st, &period, fy, month, &r.q, e) != PMWB_OK)
		return e->status;
	snprintf(heading, sizeof(heading), "QIPP %s, position at %s (£'000)%s%s", fy, month,
		 o->organisation ? ", " : "", o->organisation ? o->organisation : "");
	report_heading(out, o->format, heading);
	status = write_rows(&r, e);
	store_qipp_close(r.q);
	return status;
}
