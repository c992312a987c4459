/* Private to io/: how the reports write money, variance percentages, RAG and what a QIPP
 * total covers. */
#ifndef PMWB_IO_REPORT_FORMAT_H
#define PMWB_IO_REPORT_FORMAT_H

#include <stddef.h>

#include "pmwb/qipp_sums.h"
#include "pmwb/report.h"
#include "pmwb/store_query_risks.h"
#include "pmwb/store_report.h"

struct store_qipp;

/* What a QIPP total covers: "3 of 17" (schemes that gave a forecast, of all). */
void report_format_coverage(char *buf, size_t size, const struct qipp_sums *s);

/* £k for people ("6,532"), plain digits for spreadsheets ("6532"); empty when !has. */
void report_format_k(enum report_format f, char *buf, size_t size, int has, money_pounds p);
/* Variance % with one decimal ("-5.6"); empty when the plan is 0. */
void report_format_variance_pct(char *buf, size_t size, money_pounds variance, money_pounds plan);
/* "Green" ..., and "n/r" (text) or "not reported" for a scheme with no forecast. */
const char *report_rag_text(enum report_format f, enum qipp_rag rag);
/* An organisation's name on one line (a cell may list several over lines); "(no
 * organisation)" for none. */
void report_one_line(char *buf, size_t size, const char *organisation);

/* The open risks of one programme (a code; "" the corporate register; NULL every register)
 * of one organisation (organisation_id; 0 any) scoring min_score..max_score (0: no bound), by score, on the register's one read model
 * (store_query_risks.h), which the Risks pane pages.  spec (may be NULL) is the filter used. */
enum pmwb_status report_risk_view(struct store *st, const char *programme,
				  long long organisation_id, int min_score,
				  int max_score, struct store_risks **out,
				  struct store_risk_filter_spec *spec, struct pmwb_error *e);

/* The QIPP read model set to a report's year, month, today, rules and organisation (NULL:
 * all), with the year and month as its heading writes them; the month must be in the year. */
struct report_qipp_period {
	int fy;
	fy_month asof, today;
	const struct fy_settings *fy_settings;
	const struct qipp_rag_rules *rules;
	const char *organisation;
};
enum pmwb_status report_open_qipp(struct store *st, const struct report_qipp_period *p,
				  char fy_text[16], char month_text[16], struct store_qipp **q,
				  struct pmwb_error *e);

#endif
