/* QIPP savings schemes (keyed by programme and name), their plan per financial year (keyed by
 * scheme and FY) and monthly forecasts and actuals (keyed by scheme and month). */
#ifndef PMWB_STORE_QIPP_H
#define PMWB_STORE_QIPP_H

#include "pmwb/store_batch.h"

enum store_qipp_scheme_col {
	STORE_QIPP_SCHEME_PROGRAMME_ID,
	STORE_QIPP_SCHEME_NAME,
	STORE_QIPP_SCHEME_DESCRIPTION,
	STORE_QIPP_SCHEME_AREA_OF_SPEND,
	STORE_QIPP_SCHEME_RECURRENCE,
	STORE_QIPP_SCHEME_CATEGORY,
	STORE_QIPP_SCHEME_SOURCE,
	STORE_QIPP_SCHEME_SRC_FILE,
	STORE_QIPP_SCHEME_SRC_LINE,
	STORE_QIPP_SCHEME_NCOLS
};

enum store_qipp_plan_col {
	STORE_QIPP_PLAN_SCHEME_ID,
	STORE_QIPP_PLAN_FY,
	STORE_QIPP_PLAN_GROSS,
	STORE_QIPP_PLAN_NET,
	STORE_QIPP_PLAN_FORECAST_OUTTURN,
	STORE_QIPP_PLAN_SRC_FILE,
	STORE_QIPP_PLAN_SRC_LINE,
	STORE_QIPP_PLAN_NCOLS
};

enum store_qipp_month_col {
	STORE_QIPP_MONTH_SCHEME_ID,
	STORE_QIPP_MONTH_MONTH,
	STORE_QIPP_MONTH_FORECAST,
	STORE_QIPP_MONTH_ACTUAL,
	STORE_QIPP_MONTH_SRC_FILE,
	STORE_QIPP_MONTH_SRC_LINE,
	STORE_QIPP_MONTH_NCOLS
};

extern const struct store_entity store_qipp_scheme_entity;
extern const struct store_entity store_qipp_plan_entity;
extern const struct store_entity store_qipp_month_entity;

#endif
