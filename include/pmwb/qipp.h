/* QIPP savings arithmetic: net plan from a risk adjustment, phasing a FY plan by month,
 * variance, and the Red/Amber/Green rating.  All money is whole pounds (money.h); nothing
 * here rounds through floating point. */
#ifndef PMWB_QIPP_H
#define PMWB_QIPP_H

#include "pmwb/error.h"
#include "pmwb/money.h"

enum qipp_rag {
	QIPP_NOT_REPORTED, /* no forecast yet: never shown as Green */
	QIPP_RED,
	QIPP_AMBER,
	QIPP_GREEN,
};

/* Green when forecast >= green_pct% of plan, Amber when >= amber_pct%, else Red.
 * Stored in the database as settings rag_green_pct / rag_amber_pct. */
struct qipp_rag_rules {
	int green_pct;
	int amber_pct;
};

#define QIPP_DEFAULT_GREEN_PCT 95
#define QIPP_DEFAULT_AMBER_PCT 80

void qipp_rag_rules_default(struct qipp_rag_rules *r);
/* 1 <= amber_pct <= green_pct <= 200. */
enum pmwb_status qipp_rag_rules_validate(const struct qipp_rag_rules *r, struct pmwb_error *e);

/* The rating of a forecast against a plan.  A plan of zero or less (an investment, or
 * nothing planned) is Green when the forecast is at least the plan and Red otherwise:
 * percentages of a cost mean nothing. */
enum qipp_rag qipp_rag_of(const struct qipp_rag_rules *r, money_pounds plan, int has_forecast,
			  money_pounds forecast);

/* "Green", "Amber", "Red", "Not reported"; and one letter "G" "A" "R" "-". */
const char *qipp_rag_name(enum qipp_rag rag);
const char *qipp_rag_letter(enum qipp_rag rag);
/* 1 when `now` is a lower level than `before` (Green -> Amber, Amber -> Red, Green -> Red).
 * A scheme that stops reporting is an exception of its own, not a move down. */
int qipp_rag_moved_down(enum qipp_rag before, enum qipp_rag now);

/* Net plan after a risk adjustment of pct percent (0-100): gross * (100 - pct) / 100,
 * rounded half away from zero to a whole pound. */
enum pmwb_status qipp_net_from_adjustment(money_pounds gross, int pct, money_pounds *net,
					  struct pmwb_error *e);

/* The plan for the first `months` months (0-12) of the FY.  With weights == NULL the plan is
 * phased evenly; otherwise by the 12 non-negative weights (not all zero).  Phasing is
 * cumulative (round(plan * weights so far / all weights)), so the 12 months always add up
 * to the plan exactly and no pound is lost to rounding. */
enum pmwb_status qipp_ytd_plan(money_pounds fy_plan, int months, const int *weights,
			       money_pounds *ytd, struct pmwb_error *e);
/* One month's share (month 1-12) under the same rule. */
enum pmwb_status qipp_month_plan(money_pounds fy_plan, int month, const int *weights,
				 money_pounds *share, struct pmwb_error *e);

/* Variance (forecast - plan) as a percentage of the plan's size in tenths of a percent,
 * rounded half away from zero: -50 for a forecast 5.0% under plan.  Returns 0 (no percentage) when plan is 0. */
int qipp_variance_tenths(money_pounds variance, money_pounds plan, int *tenths);

#endif
