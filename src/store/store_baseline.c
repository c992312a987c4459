/* The baseline plan and the projects that moved away from it. */
#include "config.h"

#include <string.h>

#include "pmwb/store_baseline.h"
#include "pmwb/text.h"
#include "store_impl.h"

enum pmwb_status store_baseline_fill(struct store *st, struct pmwb_error *e)
{
	/* One statement for the whole import: projects first seen in this transaction get the
	 * plan they arrived with; projects with a baseline keep theirs. */
	if (sqlite3_exec(st->db,
			 "INSERT INTO phase_baseline (project_id, letter, start_q, end_q)"
			 " SELECT p.project_id, p.letter, p.start_q, p.end_q FROM phase p"
			 " WHERE NOT EXISTS (SELECT 1 FROM phase_baseline b"
			 "                   WHERE b.project_id = p.project_id)",
			 NULL, NULL, NULL) != SQLITE_OK)
		return store_db_error(st, e, "keeping the baseline plan");
	return PMWB_OK;
}

/* Projects whose current phases differ from the baseline, with the letter each plan puts in
 * quarter :q and each plan's last quarter. */
static const char changes_sql[] =
	"WITH base AS (SELECT project_id, max(end_q) AS last_q,"
	"   max(CASE WHEN :q BETWEEN start_q AND end_q THEN letter END) AS now"
	"   FROM phase_baseline GROUP BY project_id),"
	" cur AS (SELECT project_id, max(end_q) AS last_q,"
	"   max(CASE WHEN :q BETWEEN start_q AND end_q THEN letter END) AS now"
	"   FROM phase GROUP BY project_id)"
	" SELECT g.code, j.name, base.now, cur.now, base.last_q, cur.last_q"
	" FROM base JOIN cur ON cur.project_id = base.project_id"
	" JOIN project j ON j.id = base.project_id JOIN programme g ON g.id = j.programme_id"
	" WHERE (:org IS NULL OR g.organisation = :org COLLATE NOCASE)"
	" AND (EXISTS (SELECT letter, start_q, end_q FROM phase WHERE project_id = base.project_id"
	"               EXCEPT SELECT letter, start_q, end_q FROM phase_baseline"
	"               WHERE project_id = base.project_id)"
	"    OR EXISTS (SELECT letter, start_q, end_q FROM phase_baseline"
	"               WHERE project_id = base.project_id"
	"               EXCEPT SELECT letter, start_q, end_q FROM phase"
	"               WHERE project_id = base.project_id))"
	" ORDER BY g.code, j.name";

enum pmwb_status store_baseline_changes(struct store *st, fy_quarter q,
					const char *organisation, store_slip_row_fn fn,
					void *ctx, struct pmwb_error *e)
{
	sqlite3_stmt *stmt;
	struct store_slip_row row;
	enum pmwb_status status = PMWB_OK;
	int rc;

	if (store_prepare(st, changes_sql, &stmt, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int(stmt, sqlite3_bind_parameter_index(stmt, ":q"), q);
	store_bind_text(stmt, sqlite3_bind_parameter_index(stmt, ":org"), organisation);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		const unsigned char *t;

		memset(&row, 0, sizeof(row));
		t = sqlite3_column_text(stmt, 0);
		text_copy(row.programme_code, sizeof(row.programme_code), t ? (const char *)t : "");
		t = sqlite3_column_text(stmt, 1);
		text_copy(row.project, sizeof(row.project), t ? (const char *)t : "");
		t = sqlite3_column_text(stmt, 2);
		row.planned_letter = t ? (char)t[0] : 0;
		t = sqlite3_column_text(stmt, 3);
		row.current_letter = t ? (char)t[0] : 0;
		row.baseline_end = sqlite3_column_int(stmt, 4);
		row.current_end = sqlite3_column_int(stmt, 5);
		status = fn(ctx, &row, e);
		if (status != PMWB_OK)
			break;
	}
	if (status == PMWB_OK && rc != SQLITE_DONE)
		status = store_db_error(st, e, "comparing the plan with its baseline");
	sqlite3_finalize(stmt);
	return status;
}
