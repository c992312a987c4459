#include "config.h"

#include <string.h>

#include "pmwb/qipp_sums.h"

enum pmwb_status qipp_sums_of_figures(const struct qipp_figures *f, int months,
				      const struct qipp_rag_rules *rules, struct qipp_sums *out,
				      struct pmwb_error *e)
{
	memset(out, 0, sizeof(*out));
	out->schemes = 1;
	out->has_gross = f->has_gross;
	out->gross = f->gross;
	out->has_net = f->has_net || f->has_gross;
	if (f->has_net) {
		out->net = f->net;
	} else if (f->has_gross && f->has_adjust) {
		if (qipp_net_from_adjustment(f->gross, f->adjust_pct, &out->net, e) != PMWB_OK)
			return e->status;
	} else {
		out->net = f->gross;
	}
	if (qipp_ytd_plan(out->net, months, NULL, &out->ytd_plan, e) != PMWB_OK)
		return e->status;
	out->ytd_actual = f->ytd_actual;
	if (f->has_forecast) {
		out->has_forecast = 1;
		out->forecast = f->forecast;
		out->forecast_plan = out->net;
	}
	if (f->has_prev_forecast) {
		out->has_prev_forecast = 1;
		out->prev_forecast = f->prev_forecast;
		out->prev_forecast_plan = out->net;
	}
	out->n_rag[qipp_sums_rag(rules, out)] = 1;
	return PMWB_OK;
}

void qipp_sums_add(struct qipp_sums *to, const struct qipp_sums *from)
{
	to->schemes += from->schemes;
	to->has_gross |= from->has_gross;
	to->has_net |= from->has_net;
	to->has_forecast |= from->has_forecast;
	to->gross += from->gross;
	to->net += from->net;
	to->ytd_plan += from->ytd_plan;
	to->ytd_actual += from->ytd_actual;
	to->forecast += from->forecast;
	to->forecast_plan += from->forecast_plan;
	to->has_prev_forecast |= from->has_prev_forecast;
	to->prev_forecast += from->prev_forecast;
	to->prev_forecast_plan += from->prev_forecast_plan;
	for (int i = 0; i < 4; i++)
		to->n_rag[i] += from->n_rag[i];
}

enum qipp_rag qipp_sums_rag(const struct qipp_rag_rules *r, const struct qipp_sums *s)
{
	return qipp_rag_of(r, s->forecast_plan, s->has_forecast, s->forecast);
}

enum qipp_rag qipp_sums_prev_rag(const struct qipp_rag_rules *r, const struct qipp_sums *s)
{
	return qipp_rag_of(r, s->prev_forecast_plan, s->has_prev_forecast, s->prev_forecast);
}

int qipp_sums_moved_down(const struct qipp_rag_rules *r, const struct qipp_sums *s)
{
	return qipp_rag_moved_down(qipp_sums_prev_rag(r, s), qipp_sums_rag(r, s));
}

money_pounds qipp_sums_variance(const struct qipp_sums *s)
{
	return s->has_forecast ? s->forecast - s->forecast_plan : 0;
}
