/* The metrics report's rows (pmwb/store_query_metrics.h). */
#include "config.h"

#include "pmwb/store_query_metrics.h"
#include "store_impl.h"

static const char *text(sqlite3_stmt *q, int col)
{
	const char *s = (const char *)sqlite3_column_text(q, col);
	return s ? s : "";
}

enum pmwb_status store_metrics_each(struct store *st, const char *programme, store_metric_fn fn,
				    void *ctx, struct pmwb_error *e)
{
	sqlite3_stmt *q;
	int rc;

	if (store_prepare(st,
			  "SELECT ifnull(g.code, ''), coalesce(g.organisation, o.name, ''),"
			  " m.name, m.baseline, m.target, m.period, m.unit"
			  " FROM metric m LEFT JOIN programme g ON g.id = m.programme_id"
			  " LEFT JOIN organisation o ON o.id = m.organisation_id"
			  " WHERE ?1 IS NULL OR ifnull(g.code, '') = ?1"
			  " ORDER BY g.id IS NULL, g.id, m.organisation_id, m.id",
			  &q, e) != PMWB_OK)
		return e->status;
	if (programme)
		sqlite3_bind_text(q, 1, programme, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		struct store_metric_row r = {text(q, 0), text(q, 1), text(q, 2), text(q, 3),
					     text(q, 4), text(q, 5), text(q, 6)};
		fn(ctx, &r);
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "reading the metrics");
	return PMWB_OK;
}
