/* pmwb export qipp-totals: each programme's QIPP per financial year, and all programmes'
 * per year, from the read model (store_qipp_total), so the file agrees to the pound with the
 * QIPP pane and `pmwb report qipp` for the same year and month.  A year is taken as of its
 * last month or today's, whichever is earlier (--month: that month, in its year only); each
 * row says which month and how many of its schemes reported.  The plan columns keep their
 * old meaning for the client's totals: a blank counts as 0, as the documents count it. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "export_impl.h"
#include "pmwb/export.h"
#include "pmwb/store_export.h"
#include "pmwb/store_query_qipp.h"
#include "report_format.h"

#define MAX_YEARS 64
#define BATCH 32

static const char *const header[] = {
	"programme_code", "fy",          "schemes",      "forecast_k",  "plan_k",
	"gross_k",        "reported",    "as_of",        "ytd_plan_k",  "ytd_actual_k",
	"variance_k",     "variance_pct", "rag",
};

struct totals {
	struct export_csv *w;
	const struct export_options *o;
	struct store_qipp *q;
	int nyears, fy[MAX_YEARS];
};

/* Pounds as £'000, exactly as the other exports write them; blank when !has. */
static void money(struct totals *t, int has, money_pounds p)
{
	char pounds[32], k[32];

	if (!has) {
		export_csv_cell(t->w, "");
		return;
	}
	snprintf(pounds, sizeof(pounds), "%lld", (long long)p);
	export_money_k(pounds, k, sizeof(k));
	export_csv_cell(t->w, k);
}

static void number(struct totals *t, long n)
{
	char buf[24];

	snprintf(buf, sizeof(buf), "%ld", n);
	export_csv_cell(t->w, buf);
}

/* Sets the read model to a year: as of --month, else its last month or today's. */
static fy_month set_year(struct totals *t, int fy)
{
	fy_month first = fy_first_month(&t->o->fy, fy), asof = t->o->month;

	if (!asof)
		asof = t->o->today < first ? first : t->o->today > first + 11 ? first + 11
									 : t->o->today;
	store_qipp_set_period(t->q, fy, first, asof, t->o->today);
	return asof;
}

static enum pmwb_status row(struct totals *t, const char *code, int fy, fy_month asof,
			    const struct store_qipp_scope *scope, struct pmwb_error *e)
{
	struct qipp_sums s;
	char text[32];
	money_pounds v;

	if (store_qipp_total(t->q, scope, &s, e) != PMWB_OK)
		return e->status;
	v = qipp_sums_variance(&s);
	export_csv_cell(t->w, code);
	fy_format(fy, text, sizeof(text));
	export_csv_cell(t->w, text);
	number(t, s.schemes);
	money(t, 1, s.forecast);
	money(t, 1, s.net);
	money(t, 1, s.gross);
	number(t, s.reported);
	fy_month_format(asof, text, sizeof(text));
	export_csv_cell(t->w, text);
	money(t, s.has_ytd_plan, s.ytd_plan);
	money(t, 1, s.ytd_actual);
	money(t, qipp_sums_has_variance(&s), v);
	text[0] = '\0';
	if (qipp_sums_has_variance(&s))
		report_format_variance_pct(text, sizeof(text), v, s.net);
	export_csv_cell(t->w, text);
	export_csv_cell(t->w, report_rag_text(REPORT_CSV, qipp_sums_rag(&t->o->rules, &s)));
	export_csv_end_row(t->w);
	return ferror(t->w->f) ? err_set(e, PMWB_IO, "cannot write: %s", strerror(errno)) : PMWB_OK;
}

/* One programme's rows, a year at a time, for the years it has schemes in. */
static enum pmwb_status programme_rows(struct totals *t, const struct store_qipp_programme *p,
				       struct pmwb_error *e)
{
	struct store_qipp_scope scope = {.programme_id = p->id};
	struct store_qipp_programme in_year;
	int found;

	for (int i = 0; i < t->nyears; i++) {
		fy_month asof = set_year(t, t->fy[i]);
		if (store_qipp_programme(t->q, p->id, &in_year, &found, e) != PMWB_OK)
			return e->status;
		if (found && row(t, p->code, t->fy[i], asof, &scope, e) != PMWB_OK)
			return e->status;
	}
	return PMWB_OK;
}

static enum pmwb_status all_rows(struct totals *t, struct pmwb_error *e)
{
	struct store_qipp_programme batch[BATCH];
	struct store_qipp_scope all = {0};
	long long after = 0;
	int got;

	do {
		if (store_qipp_programmes_any(t->q, after, BATCH, batch, &got, e) != PMWB_OK)
			return e->status;
		for (int i = 0; i < got; i++)
			if (programme_rows(t, &batch[i], e) != PMWB_OK)
				return e->status;
		if (got)
			after = batch[got - 1].id;
	} while (got == BATCH);
	for (int i = 0; i < t->nyears; i++) {
		fy_month asof = set_year(t, t->fy[i]);
		if (row(t, "(all)", t->fy[i], asof, &all, e) != PMWB_OK)
			return e->status;
	}
	return PMWB_OK;
}

enum pmwb_status export_qipp_totals(struct store *st, struct export_csv *w,
				    const struct export_options *o, struct pmwb_error *e)
{
	struct totals t = {.w = w, .o = o};
	int mask[MAX_YEARS];
	enum pmwb_status status;

	if (o->month) {
		t.fy[0] = fy_of_month(&o->fy, o->month);
		t.nyears = 1;
	} else if (store_export_plan_years(st, t.fy, mask, MAX_YEARS, &t.nyears, e) != PMWB_OK) {
		return e->status;
	}
	if (o->bom)
		fputs("\xef\xbb\xbf", w->f);
	for (size_t i = 0; i < sizeof(header) / sizeof(header[0]); i++)
		export_csv_cell(w, header[i]);
	export_csv_end_row(w);
	if (store_qipp_open(st, &t.q, e) != PMWB_OK)
		return e->status;
	store_qipp_set_rules(t.q, &o->rules);
	status = all_rows(&t, e);
	store_qipp_close(t.q);
	return status;
}
