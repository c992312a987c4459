/* pmwb report programmes: the Programmes pane's health summary on paper, one row per
 * programme from the pane's own read model (store_query_programmes.h): projects, phases in
 * progress this quarter, open risks per band, the year's QIPP net plan, forecast and RAG. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pmwb/money.h"
#include "pmwb/report.h"
#include "pmwb/store_query_programmes.h"
#include "report_format.h"

#define PAGE 64

static const struct report_column fixed_before[] = {
	{"Code", "code", 11, 0},        {"Programme", "programme", 20, 0},
	{"SRO / lead", "sro_lead", 0, 0}, {"Proj", "projects", 4, 1},
	{"Now", "phases_now", 3, 1},
};
static const struct report_column fixed_after[] = {
	{"Plan £k", "qipp_net_plan_k", 7, 1}, {"Fcst £k", "qipp_forecast_k", 7, 1},
	{"RAG", "qipp_rag", 6, 0},            {"Reported", "schemes_reported", 0, 0},
};
#define NBEFORE (int)(sizeof(fixed_before) / sizeof(fixed_before[0]))
#define NAFTER (int)(sizeof(fixed_after) / sizeof(fixed_after[0]))
#define NCOLS_MAX (NBEFORE + RISK_MAX_BANDS + NAFTER)

/* The band columns are the file's bands: their names as headings, their initials in text. */
static int columns(const struct risk_bands *bands, struct report_column *cols,
		   char names[RISK_MAX_BANDS][2][48])
{
	int n = 0;

	for (int i = 0; i < NBEFORE; i++)
		cols[n++] = fixed_before[i];
	for (int b = 0; b < bands->n; b++) {
		snprintf(names[b][0], sizeof(names[b][0]), "%.1s", bands->band[b].name);
		snprintf(names[b][1], sizeof(names[b][1]), "risks_%s", bands->band[b].name);
		for (char *p = names[b][1]; *p; p++)
			if (*p >= 'A' && *p <= 'Z')
				*p = (char)(*p - 'A' + 'a');
			else if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')))
				*p = '_';
		cols[n++] = (struct report_column){names[b][0], names[b][1], 3, 1};
	}
	for (int i = 0; i < NAFTER; i++)
		cols[n++] = fixed_after[i];
	return n;
}

enum pmwb_status report_programmes(struct store *st, FILE *out,
				   const struct report_programmes_options *o, struct pmwb_error *e)
{
	struct report_column cols[NCOLS_MAX];
	char names[RISK_MAX_BANDS][2][48], heading[160], q[16], fy[16];
	struct store_programme_row page[PAGE];
	struct store_programme_when when;
	struct store_programmes *model;
	struct report_table t;
	const struct store_programme_row *after = NULL;
	struct store_programme_row last;
	int ncols = columns(&o->bands, cols, names), got, count = 0;

	memset(&when, 0, sizeof(when));
	when.today = o->today;
	when.quarter = fy_quarter_of_month(&o->fy_settings, o->today);
	when.fy = fy_quarter_fy(when.quarter);
	when.fy_first_month = fy_first_month(&o->fy_settings, when.fy);
	when.rules = o->rules;
	when.bands = &o->bands;
	if (store_programmes_open(st, &model, e) != PMWB_OK)
		return e->status;
	fy_quarter_format(when.quarter, q, sizeof(q));
	fy_format(when.fy, fy, sizeof(fy));
	snprintf(heading, sizeof(heading), "Programmes at %s: phases now, open risks by band, "
		 "QIPP %s", q, fy);
	report_heading(out, o->format, heading);
	report_table_begin(&t, out, o->format, cols, ncols);
	report_table_whole(&t, 1ul << 0, 1);
	do {
		if (store_programmes_page(model, after, 0, PAGE, &when, page, &got, e) != PMWB_OK) {
			store_programmes_close(model);
			return e->status;
		}
		for (int i = 0; i < got; i++) {
			const struct store_programme_row *r = &page[i];
			char people[2 * STORE_PERSON_MAX + 4], proj[24], now[24], plan[32], fcst[32];
			char bandc[RISK_MAX_BANDS][24], covered[32];
			const char *cells[NCOLS_MAX];
			int n = 0;

			snprintf(people, sizeof(people), "%s%s%s", r->sro,
				 r->sro[0] && r->lead[0] ? " / " : "", r->lead);
			snprintf(proj, sizeof(proj), "%ld", r->projects);
			snprintf(now, sizeof(now), "%ld", r->phases_now);
			cells[n++] = r->code;
			cells[n++] = r->name;
			cells[n++] = people;
			cells[n++] = proj;
			cells[n++] = now;
			for (int b = 0; b < o->bands.n; b++) {
				snprintf(bandc[b], sizeof(bandc[b]), "%ld", r->band_count[b]);
				cells[n++] = o->format == REPORT_TEXT && !r->band_count[b] ? "-" : bandc[b];
			}
			report_format_k(o->format, plan, sizeof(plan), r->qipp.has_net, r->qipp.net);
			report_format_k(o->format, fcst, sizeof(fcst), r->qipp.has_forecast,
					r->qipp.forecast);
			report_format_coverage(covered, sizeof(covered), &r->qipp);
			cells[n++] = plan;
			cells[n++] = fcst;
			cells[n++] = r->qipp.schemes
					     ? report_rag_text(o->format, qipp_sums_rag(&o->rules, &r->qipp))
					     : o->format == REPORT_TEXT ? "-" : "no schemes";
			cells[n++] = r->qipp.schemes ? covered : "";
			report_table_row(&t, cells);
			count++;
		}
		if (got > 0) {
			last = page[got - 1];
			after = &last;
		}
	} while (got == PAGE);
	store_programmes_close(model);
	if (count == 0)
		report_note(out, o->format, "No programmes yet.");
	else if (o->format == REPORT_TEXT)
		report_note(out, o->format, "Now: phases in progress this quarter.  Risks: open "
					    "risks by band.  Plan and Fcst: the year's QIPP net plan "
					    "and forecast, £'000; RAG - for no schemes, n/r for none "
					    "reported.");
	return PMWB_OK;
}
