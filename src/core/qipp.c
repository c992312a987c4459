#include "config.h"

#include <stdint.h>

#include "pmwb/qipp.h"

void qipp_rag_rules_default(struct qipp_rag_rules *r)
{
	r->green_pct = QIPP_DEFAULT_GREEN_PCT;
	r->amber_pct = QIPP_DEFAULT_AMBER_PCT;
}

enum pmwb_status qipp_rag_rules_validate(const struct qipp_rag_rules *r, struct pmwb_error *e)
{
	if (r->amber_pct < 1 || r->green_pct > 200 || r->amber_pct > r->green_pct)
		return err_set(e, PMWB_INPUT,
			       "RAG thresholds Green %d%% and Amber %d%% are not usable: Amber must be "
			       "at least 1%%, Green at most 200%%, and Amber no higher than Green",
			       r->green_pct, r->amber_pct);
	return PMWB_OK;
}

/* forecast >= plan * pct / 100 with no rounding.  128-bit products (GCC and Clang on every
 * 64-bit Debian port) keep this exact however large the money or the phasing weights. */
static int reaches(money_pounds forecast, money_pounds plan, int pct)
{
	return (__int128)forecast * 100 >= (__int128)plan * pct;
}

enum qipp_rag qipp_rag_of(const struct qipp_rag_rules *r, money_pounds plan, int has_forecast,
			  money_pounds forecast)
{
	if (!has_forecast)
		return QIPP_NOT_REPORTED;
	if (plan <= 0)
		return forecast >= plan ? QIPP_GREEN : QIPP_RED;
	if (reaches(forecast, plan, r->green_pct))
		return QIPP_GREEN;
	if (reaches(forecast, plan, r->amber_pct))
		return QIPP_AMBER;
	return QIPP_RED;
}

const char *qipp_rag_name(enum qipp_rag rag)
{
	switch (rag) {
	case QIPP_RED:
		return "Red";
	case QIPP_AMBER:
		return "Amber";
	case QIPP_GREEN:
		return "Green";
	case QIPP_NOT_REPORTED:
		break;
	}
	return "Not reported";
}

const char *qipp_rag_letter(enum qipp_rag rag)
{
	switch (rag) {
	case QIPP_RED:
		return "R";
	case QIPP_AMBER:
		return "A";
	case QIPP_GREEN:
		return "G";
	case QIPP_NOT_REPORTED:
		break;
	}
	return "-";
}

int qipp_rag_moved_down(enum qipp_rag before, enum qipp_rag now)
{
	if (before == QIPP_NOT_REPORTED || now == QIPP_NOT_REPORTED)
		return 0;
	return now < before;
}

/* num / den rounded half away from zero; den > 0. */
static int64_t div_round(__int128 num, __int128 den)
{
	__int128 q = num / den, rem = num % den;

	if (rem < 0)
		rem = -rem;
	if (rem * 2 >= den)
		q += num < 0 ? -1 : 1;
	return (int64_t)q;
}

enum pmwb_status qipp_net_from_adjustment(money_pounds gross, int pct, money_pounds *net,
					  struct pmwb_error *e)
{
	if (pct < 0 || pct > 100)
		return err_set(e, PMWB_INPUT,
			       "a risk adjustment of %d%% is not possible: give 0 to 100", pct);
	*net = div_round((__int128)gross * (100 - pct), 100);
	return PMWB_OK;
}

static enum pmwb_status check_weights(const int *weights, long *total, struct pmwb_error *e)
{
	*total = 0;
	for (int i = 0; i < 12; i++) {
		if (weights[i] < 0)
			return err_set(e, PMWB_INPUT,
				       "the phasing for month %d is negative (%d); weights must be 0 or more",
				       i + 1, weights[i]);
		*total += weights[i];
	}
	if (*total == 0)
		return err_set(e, PMWB_INPUT, "the phasing gives every month a weight of 0");
	return PMWB_OK;
}

enum pmwb_status qipp_ytd_plan(money_pounds fy_plan, int months, const int *weights,
			       money_pounds *ytd, struct pmwb_error *e)
{
	long total, so_far = 0;

	if (months < 0 || months > 12)
		return err_set(e, PMWB_INPUT, "%d months is not part of a financial year (0-12)", months);
	if (!weights) {
		*ytd = div_round((__int128)fy_plan * months, 12);
		return PMWB_OK;
	}
	if (check_weights(weights, &total, e) != PMWB_OK)
		return e->status;
	for (int i = 0; i < months; i++)
		so_far += weights[i];
	*ytd = div_round((__int128)fy_plan * so_far, total);
	return PMWB_OK;
}

enum pmwb_status qipp_month_plan(money_pounds fy_plan, int month, const int *weights,
				 money_pounds *share, struct pmwb_error *e)
{
	money_pounds upto, before;

	if (month < 1 || month > 12)
		return err_set(e, PMWB_INPUT, "month %d is not part of a financial year (1-12)", month);
	if (qipp_ytd_plan(fy_plan, month, weights, &upto, e) != PMWB_OK ||
	    qipp_ytd_plan(fy_plan, month - 1, weights, &before, e) != PMWB_OK)
		return e->status;
	*share = upto - before;
	return PMWB_OK;
}

int qipp_variance_tenths(money_pounds variance, money_pounds plan, int *tenths)
{
	if (plan == 0)
		return 0;
	/* Relative to the size of the plan, so that for a cost too a negative variance is worse. */
	if (plan < 0)
		plan = -plan;
	*tenths = (int)div_round((__int128)variance * 1000, plan);
	return 1;
}
