/* The money of one QIPP scheme, or of a sum of schemes, in a financial year as of a report
 * month: what the QIPP pane, the QIPP report and the exception report all show, computed
 * once here.  Sums are in pounds and rounded to £k only when shown, so totals are exact. */
#ifndef PMWB_QIPP_SUMS_H
#define PMWB_QIPP_SUMS_H

#include "pmwb/error.h"
#include "pmwb/qipp.h"

/* A scheme's figures as the database holds them (has_* = 0: not given). */
struct qipp_figures {
	int has_gross, has_net, has_adjust;
	money_pounds gross, net;
	int adjust_pct;                 /* the risk adjustment, 0-100 */
	money_pounds ytd_actual;        /* actuals from the year's first month to the report month */
	int has_forecast;               /* the latest full-year forecast up to the report month */
	money_pounds forecast;
	int has_prev_forecast;          /* the same as it stood a month earlier */
	money_pounds prev_forecast;
};

struct qipp_sums {
	int schemes;
	int has_gross, has_net, has_forecast;
	money_pounds gross, net, ytd_plan, ytd_actual, forecast;
	money_pounds forecast_plan; /* net plan of the schemes that gave a forecast */
	int has_prev_forecast;      /* the same a month before the report month */
	money_pounds prev_forecast, prev_forecast_plan;
	int n_rag[4];               /* schemes by enum qipp_rag */
};

/* One scheme `months` months into the year (0-12).  Net is the net plan given, else the
 * gross after the scheme's risk adjustment, else the gross.  The year-to-date plan is the
 * net plan phased evenly. */
enum pmwb_status qipp_sums_of_figures(const struct qipp_figures *f, int months,
				      const struct qipp_rag_rules *rules, struct qipp_sums *out,
				      struct pmwb_error *e);
void qipp_sums_add(struct qipp_sums *to, const struct qipp_sums *from);
/* A total's RAG follows from its schemes' money: the forecasts against the plans of the
 * schemes that reported (not a vote of the schemes' colours). */
enum qipp_rag qipp_sums_rag(const struct qipp_rag_rules *r, const struct qipp_sums *s);
/* The same a month earlier. */
enum qipp_rag qipp_sums_prev_rag(const struct qipp_rag_rules *r, const struct qipp_sums *s);
/* 1 when the RAG is a level lower than a month before (Green -> Amber, ...). */
int qipp_sums_moved_down(const struct qipp_rag_rules *r, const struct qipp_sums *s);
/* Forecast minus the plan it is compared with; 0 with no forecast. */
money_pounds qipp_sums_variance(const struct qipp_sums *s);

#endif
