/* How the reports write money, and a report row as core's figures. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pmwb/text.h"
#include "report_format.h"

enum pmwb_status report_qipp_sums(const struct store_qipp_row *row, int months,
				  const struct qipp_rag_rules *rules, struct qipp_sums *out,
				  struct pmwb_error *e)
{
	struct qipp_figures f = {
		.has_gross = row->has_gross,
		.has_net = row->has_net,
		.has_adjust = row->has_adjust,
		.gross = row->gross,
		.net = row->net,
		.adjust_pct = row->adjust_pct,
		.ytd_actual = row->ytd_actual,
		.has_forecast = row->has_forecast,
		.forecast = row->forecast,
		.has_prev_forecast = row->has_prev_forecast,
		.prev_forecast = row->prev_forecast,
	};

	return qipp_sums_of_figures(&f, months, rules, out, e);
}

void report_format_k(enum report_format f, char *buf, size_t size, int has, money_pounds p)
{
	if (!has) {
		buf[0] = '\0';
		return;
	}
	if (f == REPORT_CSV)
		snprintf(buf, size, "%lld", (long long)money_round_to(p, MONEY_THOUSANDS));
	else
		money_format(p, MONEY_THOUSANDS, buf, (unsigned)size);
}

void report_format_variance_pct(char *buf, size_t size, money_pounds variance, money_pounds plan)
{
	int tenths;

	if (!qipp_variance_tenths(variance, plan, &tenths)) {
		buf[0] = '\0';
		return;
	}
	snprintf(buf, size, "%s%d.%d", tenths < 0 ? "-" : "", (tenths < 0 ? -tenths : tenths) / 10,
		 (tenths < 0 ? -tenths : tenths) % 10);
}

const char *report_rag_text(enum report_format f, enum qipp_rag rag)
{
	if (rag == QIPP_NOT_REPORTED)
		return f == REPORT_TEXT ? "n/r" : "not reported";
	return qipp_rag_name(rag);
}

void report_one_line(char *buf, size_t size, const char *organisation)
{
	text_copy(buf, size, organisation[0] ? organisation : "(no organisation)");
	for (char *p = buf; *p; p++)
		if (*p == '\n' || *p == '\r' || *p == '\t')
			*p = ' ';
}
