#include "config.h"

#include <stdio.h>
#include <string.h>

#include "qipp_position.h"

enum pmwb_status qipp_position_of(const struct store_qipp_row *row, int months,
				  struct qipp_position *p, struct pmwb_error *e)
{
	memset(p, 0, sizeof(*p));
	p->schemes = 1;
	p->has_gross = row->has_gross;
	p->gross = row->gross;
	/* A scheme with no risk adjustment nets to its gross plan. */
	p->has_net = row->has_net || row->has_gross;
	p->net = row->has_net ? row->net : row->gross;
	if (qipp_ytd_plan(p->net, months, NULL, &p->ytd_plan, e) != PMWB_OK)
		return e->status;
	p->ytd_actual = row->ytd_actual;
	if (row->has_forecast) {
		p->has_forecast = 1;
		p->forecast = row->forecast;
		p->forecast_plan = p->net;
	}
	if (row->has_prev_forecast) {
		p->has_prev_forecast = 1;
		p->prev_forecast = row->prev_forecast;
		p->prev_forecast_plan = p->net;
	}
	return PMWB_OK;
}

void qipp_position_add(struct qipp_position *to, const struct qipp_position *from)
{
	to->schemes += from->schemes;
	to->has_gross |= from->has_gross;
	to->has_net |= from->has_net;
	to->has_forecast |= from->has_forecast;
	to->has_prev_forecast |= from->has_prev_forecast;
	to->gross += from->gross;
	to->net += from->net;
	to->ytd_plan += from->ytd_plan;
	to->ytd_actual += from->ytd_actual;
	to->forecast += from->forecast;
	to->forecast_plan += from->forecast_plan;
	to->prev_forecast += from->prev_forecast;
	to->prev_forecast_plan += from->prev_forecast_plan;
}

enum qipp_rag qipp_position_rag(const struct qipp_rag_rules *r, const struct qipp_position *p)
{
	return qipp_rag_of(r, p->forecast_plan, p->has_forecast, p->forecast);
}

enum qipp_rag qipp_position_prev_rag(const struct qipp_rag_rules *r,
				     const struct qipp_position *p)
{
	return qipp_rag_of(r, p->prev_forecast_plan, p->has_prev_forecast, p->prev_forecast);
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
