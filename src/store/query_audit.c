/* The audit log, import runs and reconciliation, read a page at a time by keyset (see
 * store_query_audit.h). */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pmwb/store_query_audit.h"
#include "pmwb/text.h"
#include "store_impl.h"

static void col_text(sqlite3_stmt *q, int col, char *buf, size_t size)
{
	const unsigned char *t = sqlite3_column_text(q, col);

	text_copy(buf, size, t ? (const char *)t : "");
}

/* Each filter is bound whether used or not (NULL matches all), so that one statement serves
 * every combination and the planner still sees the index columns. */
enum pmwb_status store_audit_page(struct store *st, const struct store_audit_filter *f,
				  long long before_id, struct store_audit_entry *out, int n,
				  int *got, struct pmwb_error *e)
{
	sqlite3_stmt *q;
	char until[16] = "";
	int rc;

	*got = 0;
	if (store_prepare(st,
			  "SELECT a.id, ifnull(b.run_id, 0), ifnull(b.record_id, 0), a.at, a.who,"
			  " a.entity, b.programme, a.action, a.entity_key, a.detail FROM audit a"
			  " LEFT JOIN audit_about b ON b.audit_id = a.id"
			  " WHERE a.id < ?1"
			  " AND (?2 IS NULL OR a.at >= ?2) AND (?3 IS NULL OR a.at < ?3)"
			  " AND (?4 IS NULL OR a.who = ?4)"
			  " AND (?5 IS NULL OR a.entity IN (?5, ?11, ?12, ?13))"
			  " AND (?6 IS NULL OR b.programme = ?6)"
			  " AND (?7 IS NULL AND ?8 IS NULL AND ?9 IS NULL OR b.record_id = ?7"
			  "  OR a.entity_key = ?8 OR substr(a.entity_key, 1, length(?9)) = ?9)"
			  " ORDER BY a.id DESC LIMIT ?10",
			  &q, e) != PMWB_OK)
		return e->status;
	/* the day after until: "2013-10-15" < "2013-10-15T..." < "2013-10-15U" */
	if (f->until[0])
		snprintf(until, sizeof(until), "%sU", f->until);
	sqlite3_bind_int64(q, 1, before_id > 0 ? before_id : (long long)(~0ull >> 1));
	store_bind_text(q, 2, f->since);
	store_bind_text(q, 3, until);
	store_bind_text(q, 4, f->who);
	store_bind_text(q, 5, f->entity);
	store_bind_text(q, 6, f->programme);
	store_bind_int64_or_null(q, 7, f->record_id > 0, f->record_id);
	store_bind_text(q, 8, f->key);
	store_bind_text(q, 9, f->key_prefix);
	sqlite3_bind_int(q, 10, n);
	for (int i = 0; i < 3; i++)
		store_bind_text(q, 11 + i, f->also[i]);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		struct store_audit_entry *a = &out[(*got)++];
		a->id = sqlite3_column_int64(q, 0);
		a->run_id = sqlite3_column_int64(q, 1);
		a->record_id = sqlite3_column_int64(q, 2);
		col_text(q, 3, a->at, sizeof(a->at));
		col_text(q, 4, a->who, sizeof(a->who));
		col_text(q, 5, a->entity, sizeof(a->entity));
		col_text(q, 6, a->programme, sizeof(a->programme));
		col_text(q, 7, a->action, sizeof(a->action));
		col_text(q, 8, a->key, sizeof(a->key));
		col_text(q, 9, a->detail, sizeof(a->detail));
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "reading the audit log");
	return PMWB_OK;
}

enum pmwb_status store_audit_entity_known(struct store *st, const char *entity, int *known,
					  char *names, size_t size, struct pmwb_error *e)
{
	sqlite3_stmt *q;
	int rc;

	*known = 0;
	names[0] = '\0';
	/* the audit_entity index: one step per kind, not a scan of the log */
	if (store_prepare(st,
			  "WITH RECURSIVE k(e) AS (SELECT min(entity) FROM audit UNION ALL"
			  " SELECT (SELECT min(entity) FROM audit WHERE entity > k.e) FROM k"
			  " WHERE k.e IS NOT NULL) SELECT e FROM k WHERE e IS NOT NULL",
			  &q, e) != PMWB_OK)
		return e->status;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		const char *k = (const char *)sqlite3_column_text(q, 0);
		size_t len = strlen(names);
		if (strcmp(k, entity) == 0)
			*known = 1;
		snprintf(names + len, size - len, "%s%s", len ? ", " : "", k);
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "reading the audit log");
	return PMWB_OK;
}

enum pmwb_status store_import_runs_page(struct store *st, long long before_id,
					struct store_import_run_row *out, int n, int *got,
					struct pmwb_error *e)
{
	sqlite3_stmt *q;
	int rc;

	*got = 0;
	if (store_prepare(st,
			  "SELECT r.id, ifnull(r.size, -1), r.at, r.who, r.kind, r.file,"
			  " ifnull(r.sha256, ''), r.rows, r.new, r.updated, r.unchanged, r.deleted,"
			  " (SELECT count(*) FROM import_message m WHERE m.run_id = r.id"
			  "  AND m.level = 'warning'),"
			  " (SELECT count(*) FROM import_message m WHERE m.run_id = r.id"
			  "  AND m.level = 'notice'),"
			  " (SELECT count(*) FROM import_total t WHERE t.run_id = r.id),"
			  " (SELECT count(*) FROM import_total t WHERE t.run_id = r.id"
			  "  AND t.printed <> t.summed),"
			  " ifnull(r.counts, ''), ifnull(r.units, '')"
			  " FROM import_run r WHERE r.id < ?1 ORDER BY r.id DESC LIMIT ?2",
			  &q, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(q, 1, before_id > 0 ? before_id : (long long)(~0ull >> 1));
	sqlite3_bind_int(q, 2, n);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		struct store_import_run_row *r = &out[(*got)++];
		r->id = sqlite3_column_int64(q, 0);
		r->size = sqlite3_column_int64(q, 1);
		col_text(q, 2, r->at, sizeof(r->at));
		col_text(q, 3, r->who, sizeof(r->who));
		col_text(q, 4, r->kind, sizeof(r->kind));
		col_text(q, 5, r->file, sizeof(r->file));
		col_text(q, 6, r->sha256, sizeof(r->sha256));
		r->rows = (long)sqlite3_column_int64(q, 7);
		r->added = (long)sqlite3_column_int64(q, 8);
		r->updated = (long)sqlite3_column_int64(q, 9);
		r->unchanged = (long)sqlite3_column_int64(q, 10);
		r->deleted = (long)sqlite3_column_int64(q, 11);
		r->warnings = (long)sqlite3_column_int64(q, 12);
		r->notices = (long)sqlite3_column_int64(q, 13);
		r->totals = (long)sqlite3_column_int64(q, 14);
		r->totals_differ = (long)sqlite3_column_int64(q, 15);
		col_text(q, 16, r->counts, sizeof(r->counts));
		col_text(q, 17, r->units, sizeof(r->units));
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "reading the import runs");
	return PMWB_OK;
}

enum pmwb_status store_import_run_messages(struct store *st, long long run_id,
					   store_message_fn fn, void *ctx, struct pmwb_error *e)
{
	sqlite3_stmt *q;
	int rc;

	if (store_prepare(st, "SELECT ifnull(line, 0), ifnull(col, 0), level, text FROM "
			      "import_message WHERE run_id = ? ORDER BY id", &q, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(q, 1, run_id);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW)
		fn(ctx, (long)sqlite3_column_int64(q, 0), (long)sqlite3_column_int64(q, 1),
		   (const char *)sqlite3_column_text(q, 2), (const char *)sqlite3_column_text(q, 3));
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "reading an import run's messages");
	return PMWB_OK;
}

/* The rows a total covered, as they are now: their count and sum in pounds.  A project's
 * value, or a scheme's plan figure for the total's year (a missing figure counts as 0, as
 * the documents' totals count a blank). */
#define RECON_NOW                                                                          \
	"(SELECT count(r.row_id) || ' ' || count(ifnull(j.id, s.id)) || ' ' || ifnull(sum("  \
	"  CASE t.measure WHEN 'project.value' THEN j.value WHEN 'qipp.net' THEN p.net"      \
	"  WHEN 'qipp.gross' THEN p.gross ELSE p.forecast_outturn END), 0)"                  \
	" FROM import_total_row r"                                                          \
	" LEFT JOIN project j ON t.measure = 'project.value' AND j.id = r.row_id"           \
	" LEFT JOIN qipp_scheme s ON t.measure <> 'project.value' AND s.id = r.row_id"      \
	" LEFT JOIN qipp_plan p ON p.scheme_id = s.id AND p.fy = t.fy"                      \
	" WHERE r.total_id = t.id)"

enum pmwb_status store_recon_page(struct store *st, const char *organisation,
				  long long after_id, struct store_recon_row *out, int n, int *got,
				  struct pmwb_error *e)
{
	sqlite3_stmt *q;
	int rc;

	*got = 0;
	if (store_prepare(st,
			  "SELECT t.id, t.run_id, u.at, u.file, t.label, ifnull(t.scope, ''),"
			  " ifnull(t.organisation, ''), t.measure, t.line, t.rows, t.printed,"
			  " t.summed, t.unit, " RECON_NOW
			  " FROM import_total t JOIN import_run u ON u.id = t.run_id"
			  " WHERE t.id > ?1 AND (?2 IS NULL OR t.organisation = ?2 COLLATE NOCASE)"
			  " ORDER BY t.id LIMIT ?3",
			  &q, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(q, 1, after_id);
	store_bind_text(q, 2, organisation);
	sqlite3_bind_int(q, 3, n);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		struct store_recon_row *r = &out[(*got)++];
		const char *now = (const char *)sqlite3_column_text(q, 13);
		long long rows_then = 0, rows_now = 0, sum_now = 0;

		r->id = sqlite3_column_int64(q, 0);
		r->run_id = sqlite3_column_int64(q, 1);
		col_text(q, 2, r->at, sizeof(r->at));
		col_text(q, 3, r->file, sizeof(r->file));
		col_text(q, 4, r->label, sizeof(r->label));
		col_text(q, 5, r->scope, sizeof(r->scope));
		col_text(q, 6, r->organisation, sizeof(r->organisation));
		col_text(q, 7, r->measure, sizeof(r->measure));
		r->line = (long)sqlite3_column_int64(q, 8);
		r->rows = (long)sqlite3_column_int64(q, 9);
		r->printed = sqlite3_column_int64(q, 10);
		r->summed = sqlite3_column_int64(q, 11);
		r->unit = sqlite3_column_int64(q, 12);
		if (now)
			sscanf(now, "%lld %lld %lld", &rows_then, &rows_now, &sum_now);
		r->rows_now = (long)rows_now;
		r->now = sum_now;
		if (r->now != r->summed || rows_now != rows_then)
			r->state = STORE_RECON_CHANGED;
		else
			r->state = r->now == r->printed ? STORE_RECON_AGREE : STORE_RECON_DIFFER;
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "reading the printed totals");
	return PMWB_OK;
}
