#include "config.h"

#include <string.h>

#include "pmwb/qipp_sums.h"

int qipp_months_elapsed(fy_month first, fy_month asof, fy_month today)
{
	fy_month upto = asof < today ? asof : today;
	int n = upto - first + 1;

	return n < 0 ? 0 : n > 12 ? 12 : n;
}

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
	out->has_ytd_plan = out->has_net && months > 0;
	out->ytd_actual = f->ytd_actual;
	if (f->has_forecast) {
		out->has_forecast = 1;
		out->reported = 1;
		out->forecast = f->forecast;
		out->forecast_plan = out->net;
	}
	if (f->has_prev_forecast) {
		out->has_prev_forecast = 1;
		out->prev_reported = 1;
		out->prev_forecast = f->prev_forecast;
		out->prev_forecast_plan = out->net;
	}
	out->n_rag[qipp_sums_rag(rules, out)] = 1;
	return PMWB_OK;
}

void qipp_sums_add(struct qipp_sums *to, const struct qipp_sums *from)
{
	to->schemes += from->schemes;
	to->reported += from->reported;
	to->prev_reported += from->prev_reported;
	to->has_ytd_plan |= from->has_ytd_plan;
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

/* Forecast against the whole plan; a minority reporting is at best Amber however well it
 * forecasts, since the rest may be anywhere. */
static enum qipp_rag total_rag(const struct qipp_rag_rules *r, money_pounds plan, int schemes,
			       int reported, money_pounds forecast)
{
	enum qipp_rag rag = qipp_rag_of(r, plan, reported > 0, forecast);

	if (rag == QIPP_GREEN && reported * 2 < schemes)
		return QIPP_AMBER;
	return rag;
}

enum qipp_rag qipp_sums_rag(const struct qipp_rag_rules *r, const struct qipp_sums *s)
{
	return total_rag(r, s->net, s->schemes, s->reported, s->forecast);
}

enum qipp_rag qipp_sums_prev_rag(const struct qipp_rag_rules *r, const struct qipp_sums *s)
{
	return total_rag(r, s->net, s->schemes, s->prev_reported, s->prev_forecast);
}

int qipp_sums_moved_down(const struct qipp_rag_rules *r, const struct qipp_sums *s)
{
	return qipp_rag_moved_down(qipp_sums_prev_rag(r, s), qipp_sums_rag(r, s));
}

money_pounds qipp_sums_variance(const struct qipp_sums *s)
{
	return qipp_sums_has_variance(s) ? s->forecast - s->net : 0;
}

int qipp_sums_has_variance(const struct qipp_sums *s)
{
	return s->has_forecast && s->has_net;
}

int qipp_is_outlier(money_pounds year_plan, money_pounds figure, int outlier_pct)
{
	__int128 f = figure < 0 ? -(__int128)figure : figure;
	__int128 p = year_plan < 0 ? -(__int128)year_plan : year_plan;

	return p != 0 && f * 100 > p * outlier_pct;
}

int qipp_actual_allowed(fy_month month, fy_month today)
{
	return month <= today;
}
