/* Risk rows for the register report and the heat map. */
#include "config.h"

#include <string.h>

#include "pmwb/store_report.h"
#include "pmwb/text.h"
#include "store_impl.h"

/* The filter as SQL: NULL programme means all; '' means the corporate register. */
#define RISK_FILTER                                                                    \
	" WHERE (:code IS NULL OR (:code = '' AND r.programme_id IS NULL) OR p.code = :code)" \
	" AND (:min = 0 OR r.score >= :min)"                                           \
	" AND (:open = 0 OR lower(r.status) NOT LIKE 'closed%')"

static const char risks_sql[] =
	"SELECT r.ref, ifnull(p.code, ''), r.title, r.owner, r.likelihood, r.impact, r.score,"
	" r.likelihood_word, r.impact_word, r.residual_likelihood, r.residual_impact,"
	" r.target_score, r.status, r.review_date, r.initial_likelihood, r.initial_impact,"
	/* History holds the state after each change, so the one before the latest is where
	 * the risk stood before it last moved. */
	" (SELECT h.score FROM risk_history h WHERE h.risk_id = r.id"
	"   ORDER BY h.id DESC LIMIT 1 OFFSET 1)"
	" FROM risk r LEFT JOIN programme p ON p.id = r.programme_id" RISK_FILTER
	" ORDER BY r.score IS NULL, r.score DESC, p.code IS NOT NULL, p.code, r.ref";

static const char heatmap_sql[] =
	"SELECT r.likelihood, r.impact, count(*)"
	" FROM risk r LEFT JOIN programme p ON p.id = r.programme_id" RISK_FILTER
	" AND r.likelihood IS NOT NULL AND r.impact IS NOT NULL"
	" GROUP BY r.likelihood, r.impact";

static void bind_filter(sqlite3_stmt *stmt, const struct store_risk_filter *f)
{
	int code = sqlite3_bind_parameter_index(stmt, ":code");

	if (f->programme_code)
		sqlite3_bind_text(stmt, code, f->programme_code, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(stmt, code);
	sqlite3_bind_int(stmt, sqlite3_bind_parameter_index(stmt, ":min"), f->min_score);
	sqlite3_bind_int(stmt, sqlite3_bind_parameter_index(stmt, ":open"), f->open_only);
}

static void text_at(sqlite3_stmt *stmt, int col, char *buf, size_t size)
{
	const unsigned char *t = sqlite3_column_text(stmt, col);

	text_copy(buf, size, t ? (const char *)t : "");
}

enum pmwb_status store_report_risks(struct store *st, const struct store_risk_filter *f,
				    store_risk_row_fn fn, void *ctx, struct pmwb_error *e)
{
	sqlite3_stmt *stmt;
	struct store_risk_row row;
	enum pmwb_status status = PMWB_OK;
	int rc;

	if (store_prepare(st, risks_sql, &stmt, e) != PMWB_OK)
		return e->status;
	bind_filter(stmt, f);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		memset(&row, 0, sizeof(row));
		text_at(stmt, 0, row.ref, sizeof(row.ref));
		text_at(stmt, 1, row.programme_code, sizeof(row.programme_code));
		text_at(stmt, 2, row.title, sizeof(row.title));
		text_at(stmt, 3, row.owner, sizeof(row.owner));
		row.likelihood = sqlite3_column_int(stmt, 4);
		row.impact = sqlite3_column_int(stmt, 5);
		row.score = sqlite3_column_int(stmt, 6);
		text_at(stmt, 7, row.likelihood_word, sizeof(row.likelihood_word));
		text_at(stmt, 8, row.impact_word, sizeof(row.impact_word));
		row.residual_likelihood = sqlite3_column_int(stmt, 9);
		row.residual_impact = sqlite3_column_int(stmt, 10);
		row.target_score = sqlite3_column_int(stmt, 11);
		text_at(stmt, 12, row.status, sizeof(row.status));
		text_at(stmt, 13, row.review_date, sizeof(row.review_date));
		row.initial_likelihood = sqlite3_column_int(stmt, 14);
		row.initial_impact = sqlite3_column_int(stmt, 15);
		row.previous_score = sqlite3_column_int(stmt, 16);
		status = fn(ctx, &row, e);
		if (status != PMWB_OK)
			break;
	}
	if (status == PMWB_OK && rc != SQLITE_DONE)
		status = store_db_error(st, e, "reading the risk register");
	sqlite3_finalize(stmt);
	return status;
}

enum pmwb_status store_report_heatmap(struct store *st, const struct store_risk_filter *f,
				      long counts[5][5], struct pmwb_error *e)
{
	sqlite3_stmt *stmt;
	int rc;

	memset(counts, 0, sizeof(long) * 25);
	if (store_prepare(st, heatmap_sql, &stmt, e) != PMWB_OK)
		return e->status;
	bind_filter(stmt, f);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		int l = sqlite3_column_int(stmt, 0), i = sqlite3_column_int(stmt, 1);
		if (l >= 1 && l <= 5 && i >= 1 && i <= 5)
			counts[l - 1][i - 1] = (long)sqlite3_column_int64(stmt, 2);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "counting risks for the heat map");
	return PMWB_OK;
}
