/* Import runs: a row per file read, its messages and the totals it checked (see
 * store_import_run.h).  Written inside the import's transaction. */
#include "config.h"

#include "pmwb/store_import_run.h"
#include "store_impl.h"

static enum pmwb_status step_done(struct store *st, sqlite3_stmt *q, const char *what,
				  struct pmwb_error *e)
{
	int rc = sqlite3_step(q);

	sqlite3_finalize(q);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, what);
	return PMWB_OK;
}

enum pmwb_status store_import_run_begin(struct store *st, const char *kind, const char *file,
					long long size, const char *sha256, long long *id,
					struct pmwb_error *e)
{
	sqlite3_stmt *q;

	if (store_prepare(st, "INSERT INTO import_run (who, kind, file, size, sha256) VALUES "
			      "(?, ?, ?, ?, ?)", &q, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_text(q, 1, store_user(st), -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 2, kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 3, file, -1, SQLITE_STATIC);
	store_bind_int64_or_null(q, 4, size >= 0, size);
	store_bind_text(q, 5, sha256);
	if (step_done(st, q, "recording the import run", e) != PMWB_OK)
		return e->status;
	*id = sqlite3_last_insert_rowid(st->db);
	st->run_id = *id;
	return PMWB_OK;
}

enum pmwb_status store_import_run_end(struct store *st, long long id,
				      const struct store_import_run_counts *c,
				      struct pmwb_error *e)
{
	sqlite3_stmt *q;

	if (store_prepare(st, "UPDATE import_run SET rows = ?2, new = ?3, updated = ?4, "
			      "unchanged = ?5, counts = ?6, units = ?7, sha256 = ?8 WHERE id = ?1", &q, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(q, 1, id);
	sqlite3_bind_int64(q, 2, c->rows);
	sqlite3_bind_int64(q, 3, c->added);
	sqlite3_bind_int64(q, 4, c->updated);
	sqlite3_bind_int64(q, 5, c->unchanged);
	store_bind_text(q, 6, c->counts);
	store_bind_text(q, 7, c->units);
	store_bind_text(q, 8, c->sha256);
	return step_done(st, q, "recording the import run", e);
}

enum pmwb_status store_import_run_deleted(struct store *st, long long id, long deleted,
					  struct pmwb_error *e)
{
	sqlite3_stmt *q;

	if (store_prepare(st, "UPDATE import_run SET deleted = deleted + ?2 WHERE id = ?1", &q,
			  e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(q, 1, id);
	sqlite3_bind_int64(q, 2, deleted);
	return step_done(st, q, "recording the import run", e);
}

void store_import_run_close(struct store *st)
{
	st->run_id = 0;
}

enum pmwb_status store_import_run_message(struct store *st, long long id, long line, long col,
					  const char *level, const char *text,
					  struct pmwb_error *e)
{
	sqlite3_stmt *q;

	if (store_prepare(st, "INSERT INTO import_message (run_id, line, col, level, text) "
			      "VALUES (?, ?, ?, ?, ?)", &q, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(q, 1, id);
	store_bind_int64_or_null(q, 2, line > 0, line);
	store_bind_int64_or_null(q, 3, col > 0, col);
	sqlite3_bind_text(q, 4, level, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 5, text, -1, SQLITE_STATIC);
	return step_done(st, q, "recording an import message", e);
}

static const char *const measures[] = {
	[STORE_TOTAL_PROJECT_VALUE] = "project.value",
	[STORE_TOTAL_QIPP_NET] = "qipp.net",
	[STORE_TOTAL_QIPP_GROSS] = "qipp.gross",
	[STORE_TOTAL_QIPP_FORECAST] = "qipp.forecast_outturn",
};
static const char *const verdicts[] = {
	[STORE_TOTAL_AGREE] = "agree",
	[STORE_TOTAL_ROUNDING] = "rounding",
	[STORE_TOTAL_SIGN] = "sign",
	[STORE_TOTAL_ACCEPTED] = "accepted",
};

/* The organisation of the programme the total names, else of the first row it covered. */
static enum pmwb_status set_organisation(struct store *st, long long total_id,
					 struct pmwb_error *e)
{
	sqlite3_stmt *q;

	if (store_prepare(st,
			  "UPDATE import_total SET organisation = coalesce("
			  "(SELECT organisation FROM programme WHERE code = scope),"
			  " (SELECT g.organisation FROM import_total_row r"
			  "  JOIN project j ON j.id = r.row_id JOIN programme g ON g.id = j.programme_id"
			  "  WHERE r.total_id = ?1 AND measure = 'project.value' LIMIT 1),"
			  " (SELECT g.organisation FROM import_total_row r"
			  "  JOIN qipp_scheme s ON s.id = r.row_id JOIN programme g ON g.id = s.programme_id"
			  "  WHERE r.total_id = ?1 AND measure <> 'project.value' LIMIT 1))"
			  " WHERE id = ?1",
			  &q, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(q, 1, total_id);
	return step_done(st, q, "recording a total", e);
}

enum pmwb_status store_import_run_total(struct store *st, long long id,
					const struct store_import_total *t,
					struct pmwb_error *e)
{
	sqlite3_stmt *q;
	long long total_id;

	if (store_prepare(st,
			  "INSERT INTO import_total (run_id, line, col, label, scope, measure, fy, "
			  "printed, summed, unit, rows, verdict) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
			  "?, ?, ?)",
			  &q, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(q, 1, id);
	sqlite3_bind_int64(q, 2, t->line);
	store_bind_int64_or_null(q, 3, t->col > 0, t->col);
	sqlite3_bind_text(q, 4, t->label, -1, SQLITE_STATIC);
	store_bind_text(q, 5, t->scope);
	sqlite3_bind_text(q, 6, measures[t->measure], -1, SQLITE_STATIC);
	store_bind_int64_or_null(q, 7, t->measure != STORE_TOTAL_PROJECT_VALUE, t->fy);
	sqlite3_bind_int64(q, 8, t->printed);
	sqlite3_bind_int64(q, 9, t->summed);
	sqlite3_bind_int64(q, 10, t->unit);
	sqlite3_bind_int64(q, 11, t->rows);
	sqlite3_bind_text(q, 12, verdicts[t->verdict], -1, SQLITE_STATIC);
	if (step_done(st, q, "recording a total", e) != PMWB_OK)
		return e->status;
	total_id = sqlite3_last_insert_rowid(st->db);
	if (store_prepare(st, "INSERT OR IGNORE INTO import_total_row VALUES (?, ?)", &q, e) !=
	    PMWB_OK)
		return e->status;
	for (int i = 0; i < t->nrow_ids; i++) {
		int rc;
		sqlite3_bind_int64(q, 1, total_id);
		sqlite3_bind_int64(q, 2, t->row_ids[i]);
		rc = sqlite3_step(q);
		sqlite3_reset(q);
		if (rc != SQLITE_DONE) {
			sqlite3_finalize(q);
			return store_db_error(st, e, "recording a total's rows");
		}
	}
	sqlite3_finalize(q);
	return set_organisation(st, total_id, e);
}
