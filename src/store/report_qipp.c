/* QIPP rows for the reports: the plan for the year with its months up to the report month. */
#include "config.h"

#include <string.h>

#include "pmwb/store_report.h"
#include "pmwb/text.h"
#include "store_impl.h"

/* The latest forecast reported by a month is the scheme's view of its full year then.  The
 * organisations are counted over the same rows, so that a report knows from its first row
 * whether it covers more than one. */
static const char qipp_sql[] =
	"WITH sel AS (SELECT p.code, p.name, s.name AS scheme, s.owner, pl.gross, pl.net,"
	" s.risk_adjust_pct,"
	" (SELECT sum(m.actual) FROM qipp_month m"
	"   WHERE m.scheme_id = s.id AND m.month BETWEEN :first AND :asof),"
	" (SELECT m.forecast FROM qipp_month m"
	"   WHERE m.scheme_id = s.id AND m.month BETWEEN :first AND :asof"
	"   AND m.forecast IS NOT NULL ORDER BY m.month DESC LIMIT 1),"
	" (SELECT m.forecast FROM qipp_month m"
	"   WHERE m.scheme_id = s.id AND m.month BETWEEN :first AND :asof - 1"
	"   AND m.forecast IS NOT NULL ORDER BY m.month DESC LIMIT 1),"
	" EXISTS (SELECT 1 FROM qipp_month m WHERE m.scheme_id = s.id AND m.month = :asof"
	"   AND (m.forecast IS NOT NULL OR m.actual IS NOT NULL)),"
	" ifnull(p.organisation, '') AS org"
	" FROM qipp_scheme s JOIN programme p ON p.id = s.programme_id"
	" LEFT JOIN qipp_plan pl ON pl.scheme_id = s.id AND pl.fy = :fy"
	" WHERE (:code IS NULL OR p.code = :code)"
	"   AND (pl.scheme_id IS NOT NULL OR EXISTS (SELECT 1 FROM qipp_month m"
	"        WHERE m.scheme_id = s.id AND m.month BETWEEN :first AND :first + 11)))"
	" SELECT *, (SELECT count(DISTINCT org) FROM sel) FROM sel ORDER BY org, code, scheme";

static void column_text(sqlite3_stmt *stmt, int col, char *buf, size_t size)
{
	const unsigned char *t = sqlite3_column_text(stmt, col);

	text_copy(buf, size, t ? (const char *)t : "");
}

static int column_money(sqlite3_stmt *stmt, int col, money_pounds *out)
{
	if (sqlite3_column_type(stmt, col) == SQLITE_NULL) {
		*out = 0;
		return 0;
	}
	*out = sqlite3_column_int64(stmt, col);
	return 1;
}

enum pmwb_status store_report_qipp(struct store *st, int fy, fy_month first, fy_month asof,
				   const char *programme_code, store_qipp_row_fn fn, void *ctx,
				   struct pmwb_error *e)
{
	sqlite3_stmt *stmt;
	struct store_qipp_row row;
	enum pmwb_status status = PMWB_OK;
	int rc;

	if (store_prepare(st, qipp_sql, &stmt, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int(stmt, sqlite3_bind_parameter_index(stmt, ":first"), first);
	sqlite3_bind_int(stmt, sqlite3_bind_parameter_index(stmt, ":asof"), asof);
	sqlite3_bind_int(stmt, sqlite3_bind_parameter_index(stmt, ":fy"), fy);
	store_bind_text(stmt, sqlite3_bind_parameter_index(stmt, ":code"), programme_code);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		memset(&row, 0, sizeof(row));
		column_text(stmt, 0, row.programme_code, sizeof(row.programme_code));
		column_text(stmt, 1, row.programme_name, sizeof(row.programme_name));
		column_text(stmt, 2, row.scheme, sizeof(row.scheme));
		column_text(stmt, 3, row.owner, sizeof(row.owner));
		row.has_gross = column_money(stmt, 4, &row.gross);
		row.has_net = column_money(stmt, 5, &row.net);
		row.has_adjust = sqlite3_column_type(stmt, 6) != SQLITE_NULL;
		row.adjust_pct = sqlite3_column_int(stmt, 6);
		row.has_actual = column_money(stmt, 7, &row.ytd_actual);
		row.has_forecast = column_money(stmt, 8, &row.forecast);
		row.has_prev_forecast = column_money(stmt, 9, &row.prev_forecast);
		row.reported_this_month = sqlite3_column_int(stmt, 10);
		column_text(stmt, 11, row.organisation, sizeof(row.organisation));
		row.organisations = sqlite3_column_int(stmt, 12);
		status = fn(ctx, &row, e);
		if (status != PMWB_OK)
			break;
	}
	if (status == PMWB_OK && rc != SQLITE_DONE)
		status = store_db_error(st, e, "reading the QIPP schemes");
	sqlite3_finalize(stmt);
	return status;
}

enum pmwb_status store_programme_exists(struct store *st, const char *code, int *exists,
					struct pmwb_error *e)
{
	sqlite3_stmt *stmt;
	int rc;

	if (store_prepare(st, "SELECT 1 FROM programme WHERE code = ?", &stmt, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_text(stmt, 1, code, -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	*exists = rc == SQLITE_ROW;
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_db_error(st, e, "looking up a programme");
	return PMWB_OK;
}
