/* The money of one QIPP scheme, or of a sum of schemes, in a financial year as of a report
 * month: what the QIPP pane, the QIPP report and the exception report all show, computed
 * once here.  Sums are in pounds and rounded to £k only when shown, so totals are exact. */
#ifndef PMWB_QIPP_SUMS_H
#define PMWB_QIPP_SUMS_H

#include "pmwb/error.h"
#include "pmwb/fy.h"
#include "pmwb/qipp.h"

/* A scheme's figures as the database holds them (has_* = 0: not given). */
struct qipp_figures {
	int has_gross, has_net, has_adjust;
	money_pounds gross, net;
	int adjust_pct;                 /* the risk adjustment, 0-100 */
	int has_actual;                 /* some actual from the year's first month to the report month */
	money_pounds ytd_actual;        /* their sum */
	int has_forecast;               /* the latest full-year forecast up to the report month, */
	money_pounds forecast;          /* else the forecast outturn the year's plan printed */
	int has_prev_forecast;          /* the same as it stood a month earlier */
	money_pounds prev_forecast;
};

/* A scheme's money, or a sum of schemes'.  What a sum covers is part of it: `reported` of
 * `schemes` gave a forecast, and the forecast is theirs alone, compared with the whole net
 * plan (a scheme that did not report forecasts nothing it can be held to). */
struct qipp_sums {
	int schemes;
	int reported;               /* schemes with a forecast */
	int has_gross, has_net, has_forecast;
	int has_ytd_plan;           /* the year has begun */
	money_pounds gross, net, ytd_plan, ytd_actual, forecast;
	money_pounds forecast_plan; /* net plan of the schemes that gave a forecast */
	int has_prev_forecast;      /* the same a month before the report month */
	int prev_reported;
	money_pounds prev_forecast, prev_forecast_plan;
	int n_rag[4];               /* schemes by enum qipp_rag */
};

/* Months of the year whose plan is due by the report month asof: those up to asof that have
 * begun by today (0 for a year not started, 12 for one over). */
int qipp_months_elapsed(fy_month first, fy_month asof, fy_month today);

/* One scheme `months` months into the year (0-12; 0: no year-to-date plan).  Net is the net
 * plan given, else the gross after the scheme's risk adjustment, else the gross.  The
 * year-to-date plan is the net plan phased evenly. */
enum pmwb_status qipp_sums_of_figures(const struct qipp_figures *f, int months,
				      const struct qipp_rag_rules *rules, struct qipp_sums *out,
				      struct pmwb_error *e);
void qipp_sums_add(struct qipp_sums *to, const struct qipp_sums *from);
/* A total's RAG follows from its schemes' money, not a vote of their colours: the forecasts
 * against the whole net plan, schemes that did not report counting as forecasting nothing;
 * Not reported when none did, and never Green when fewer than half did. */
enum qipp_rag qipp_sums_rag(const struct qipp_rag_rules *r, const struct qipp_sums *s);
/* The same a month earlier. */
enum qipp_rag qipp_sums_prev_rag(const struct qipp_rag_rules *r, const struct qipp_sums *s);
/* 1 when the RAG is a level lower than a month before (Green -> Amber, ...). */
int qipp_sums_moved_down(const struct qipp_rag_rules *r, const struct qipp_sums *s);
/* A variance needs a forecast and a plan: a year whose plans print only a forecast outturn
 * (2012/13) has a forecast and nothing to hold it against. */
int qipp_sums_has_variance(const struct qipp_sums *s);
/* Forecast minus the net plan; 0 without a variance. */
money_pounds qipp_sums_variance(const struct qipp_sums *s);

/* A figure typed or imported for a month is far outside its scheme's plan for the year when
 * it is over outlier_pct% of it (either sign; the setting qipp_outlier_pct).  A plan of 0 has
 * no percentage: never. */
int qipp_is_outlier(money_pounds year_plan, money_pounds figure, int outlier_pct);

/* An actual can be reported only for a month that has begun. */
int qipp_actual_allowed(fy_month month, fy_month today);

#endif
