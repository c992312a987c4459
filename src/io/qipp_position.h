/* Private to io/: a QIPP scheme's (or a sum of schemes') position in a year, shared by the
 * QIPP table and the exception report so both say the same thing about the same money. */
#ifndef PMWB_IO_QIPP_POSITION_H
#define PMWB_IO_QIPP_POSITION_H

#include <stddef.h>

#include "pmwb/qipp.h"
#include "pmwb/report.h"
#include "pmwb/store_report.h"

/* Sums in pounds; rounded to £k only when shown, so totals are exact. */
struct qipp_position {
	int schemes;
	int has_gross, has_net, has_forecast, has_prev_forecast;
	money_pounds gross, net, ytd_plan, ytd_actual, forecast;
	money_pounds forecast_plan;      /* net plan of the schemes that gave a forecast */
	money_pounds prev_forecast;      /* the same a month earlier */
	money_pounds prev_forecast_plan;
};

/* One scheme's position `months` months into the year (net defaults to gross). */
enum pmwb_status qipp_position_of(const struct store_qipp_row *row, int months,
				  struct qipp_position *out, struct pmwb_error *e);
void qipp_position_add(struct qipp_position *to, const struct qipp_position *from);
enum qipp_rag qipp_position_rag(const struct qipp_rag_rules *r, const struct qipp_position *p);
enum qipp_rag qipp_position_prev_rag(const struct qipp_rag_rules *r,
				     const struct qipp_position *p);

/* £k for people ("6,532"), plain digits for spreadsheets ("6532"); empty when !has. */
void report_format_k(enum report_format f, char *buf, size_t size, int has, money_pounds p);
/* Variance % with one decimal ("-5.6"); empty when the plan is 0. */
void report_format_variance_pct(char *buf, size_t size, money_pounds variance, money_pounds plan);
/* "Green" ..., and "n/r" (text) or "not reported" for a scheme with no forecast. */
const char *report_rag_text(enum report_format f, enum qipp_rag rag);

#endif
