/* Reading every row of a kind for export, in the order it was imported.  Columns come with
 * the names the import reads; a column whose name ends in "_k" holds whole pounds (export
 * writes it in £'000); "phases" and "plans" are packed lists the exporter spreads into
 * quarter and plan-year columns. */
#ifndef PMWB_STORE_EXPORT_H
#define PMWB_STORE_EXPORT_H

#include "pmwb/error.h"

struct store;

enum store_export_kind {
	STORE_EXPORT_PROGRAMMES,
	STORE_EXPORT_DELIVERY, /* "phases": "I:8052:8055;R:8056:8056" (letter:start_q:end_q) */
	STORE_EXPORT_PHASES,
	STORE_EXPORT_MILESTONES,
	STORE_EXPORT_RISKS,
	STORE_EXPORT_QIPP, /* "plans": "2013:net:gross:forecast;..." in pounds, empty = none */
	STORE_EXPORT_QIPP_MONTHS,
	STORE_EXPORT_THRESHOLDS,
	STORE_EXPORT_METRICS,
	STORE_EXPORT_DELIVERY_TOTALS, /* per programme: projects and their value */
	STORE_EXPORT_STATUSES,        /* the status words and what each means */
};

/* Called once with vals NULL (the header), then per row; vals[i] is "" for NULL.  The last
 * two columns are always src_file and src_line. */
typedef enum pmwb_status (*store_export_fn)(void *ctx, int ncols, const char *const *names,
					    const char *const *vals, struct pmwb_error *e);

enum pmwb_status store_export_rows(struct store *st, enum store_export_kind kind,
				   store_export_fn fn, void *ctx, struct pmwb_error *e);

/* The quarters the phases span (*found 0 when there are none). */
enum pmwb_status store_export_quarter_range(struct store *st, int *first, int *last, int *found,
					    struct pmwb_error *e);

/* Plan years and which of net / gross / forecast outturn each has values for. */
#define STORE_PLAN_NET 1
#define STORE_PLAN_GROSS 2
#define STORE_PLAN_FORECAST 4
enum pmwb_status store_export_plan_years(struct store *st, int *fy, int *mask, int max, int *n,
					 struct pmwb_error *e);

#endif
