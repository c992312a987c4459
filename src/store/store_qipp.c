/* QIPP schemes, plans and months. */
#include "config.h"

#include "pmwb/store_qipp.h"
#include "store_entity.h"

static const struct store_column scheme_cols[STORE_QIPP_SCHEME_NCOLS] = {
	[STORE_QIPP_SCHEME_PROGRAMME_ID] = {"programme_id", STORE_INT, STORE_KEY},
	[STORE_QIPP_SCHEME_NAME] = {"name", STORE_TEXT, STORE_KEY},
	[STORE_QIPP_SCHEME_DESCRIPTION] = {"description", STORE_TEXT, 0},
	[STORE_QIPP_SCHEME_AREA_OF_SPEND] = {"area_of_spend", STORE_TEXT, 0},
	[STORE_QIPP_SCHEME_RECURRENCE] = {"recurrence", STORE_TEXT, 0},
	[STORE_QIPP_SCHEME_CATEGORY] = {"category", STORE_TEXT, 0},
	[STORE_QIPP_SCHEME_SOURCE] = {"source", STORE_TEXT, 0},
	[STORE_QIPP_SCHEME_SRC_FILE] = {"src_file", STORE_TEXT, STORE_SRC},
	[STORE_QIPP_SCHEME_SRC_LINE] = {"src_line", STORE_INT, STORE_SRC},
};

const struct store_entity store_qipp_scheme_entity = {
	.table = "qipp_scheme",
	.label = "qipp scheme",
	.cols = scheme_cols,
	.ncols = STORE_QIPP_SCHEME_NCOLS,
	.has_rowid = 1,
	.slot = 6,
	.programme_scope = "programme_id = ?1",
};

static const struct store_column plan_cols[STORE_QIPP_PLAN_NCOLS] = {
	[STORE_QIPP_PLAN_SCHEME_ID] = {"scheme_id", STORE_INT, STORE_KEY},
	[STORE_QIPP_PLAN_FY] = {"fy", STORE_INT, STORE_KEY},
	[STORE_QIPP_PLAN_GROSS] = {"gross", STORE_INT, 0},
	[STORE_QIPP_PLAN_NET] = {"net", STORE_INT, 0},
	[STORE_QIPP_PLAN_FORECAST_OUTTURN] = {"forecast_outturn", STORE_INT, 0},
	[STORE_QIPP_PLAN_SRC_FILE] = {"src_file", STORE_TEXT, STORE_SRC},
	[STORE_QIPP_PLAN_SRC_LINE] = {"src_line", STORE_INT, STORE_SRC},
};

const struct store_entity store_qipp_plan_entity = {
	.table = "qipp_plan",
	.label = "qipp plan",
	.cols = plan_cols,
	.ncols = STORE_QIPP_PLAN_NCOLS,
	.has_rowid = 0,
	.no_dupcheck = 1, /* the scheme is checked; its years come from the same row */
	.slot = 7,
};

static const struct store_column month_cols[STORE_QIPP_MONTH_NCOLS] = {
	[STORE_QIPP_MONTH_SCHEME_ID] = {"scheme_id", STORE_INT, STORE_KEY},
	[STORE_QIPP_MONTH_MONTH] = {"month", STORE_INT, STORE_KEY},
	[STORE_QIPP_MONTH_FORECAST] = {"forecast", STORE_INT, 0},
	[STORE_QIPP_MONTH_ACTUAL] = {"actual", STORE_INT, 0},
	[STORE_QIPP_MONTH_SRC_FILE] = {"src_file", STORE_TEXT, STORE_SRC},
	[STORE_QIPP_MONTH_SRC_LINE] = {"src_line", STORE_INT, STORE_SRC},
};

const struct store_entity store_qipp_month_entity = {
	.table = "qipp_month",
	.label = "qipp month",
	.cols = month_cols,
	.ncols = STORE_QIPP_MONTH_NCOLS,
	.has_rowid = 0,
	.slot = 8,
	.programme_scope = "scheme_id IN (SELECT id FROM qipp_scheme WHERE programme_id = ?1)",
};
