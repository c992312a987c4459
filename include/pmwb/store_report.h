/* Read-side rows for the board reports (pmwb report ...).  Each function streams rows to a
 * callback in report order and holds no table in memory. */
#ifndef PMWB_STORE_REPORT_H
#define PMWB_STORE_REPORT_H

#include "pmwb/error.h"
#include "pmwb/fy.h"
#include "pmwb/money.h"

struct store;

#define STORE_REPORT_TEXT 192

/* One QIPP scheme's position in a financial year as of a month. */
struct store_qipp_row {
	char programme_code[48];
	char programme_name[STORE_REPORT_TEXT];
	char scheme[STORE_REPORT_TEXT];
	char owner[96];
	int has_gross, has_net;
	money_pounds gross, net;       /* the FY plan */
	int has_adjust, adjust_pct;    /* the scheme's risk adjustment, when given */
	int has_actual;                /* some actual reported in the FY up to the month */
	money_pounds ytd_actual;       /* actuals summed from the FY's first month to the month */
	int has_forecast;              /* a full-year forecast reported up to the month */
	money_pounds forecast;         /* the latest one */
	int has_prev_forecast;         /* the same, as it stood a month earlier */
	money_pounds prev_forecast;
	int reported_this_month;       /* a forecast or actual for the month itself */
	char organisation[STORE_REPORT_TEXT]; /* the programme's, as written ("" when none) */
	int organisations;             /* how many organisations the rows cover */
};

typedef enum pmwb_status (*store_qipp_row_fn)(void *ctx, const struct store_qipp_row *row,
					      struct pmwb_error *e);

/* Schemes with a plan for fy, or months reported in it, ordered by organisation, programme
 * code, then scheme; programme_code NULL for all.  asof is a month inside the FY. */
enum pmwb_status store_report_qipp(struct store *st, int fy, fy_month first, fy_month asof,
				   const char *programme_code, store_qipp_row_fn fn, void *ctx,
				   struct pmwb_error *e);

/* 1 when a programme with this code exists. */
enum pmwb_status store_programme_exists(struct store *st, const char *code, int *exists,
					struct pmwb_error *e);

#endif
