/* Indexes built when first needed (see store_index.h). */
#include "config.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "pmwb/store_index.h"
#include "store_impl.h"

/* How long a build waits for another writer before giving up: the pane pages on without
 * the index rather than freeze while someone else's import runs. */
#define INDEX_BUSY_MS 250

struct lazy_index {
	const char *name;
	const char *for_delete_of; /* the parent table whose deletes look rows up by it */
	const char *sql;
};

/* The sort indexes on the same expressions query_risks.c compares (unscored risks count as
 * score 0, no owner as '', no review date as the far future, the corporate register as
 * programme 0), so that every page is a range scan. */
static const struct lazy_index indexes[] = {
	{"risk_sort_score", NULL,
	 "CREATE INDEX IF NOT EXISTS risk_sort_score ON risk (ifnull(score, 0) DESC, id)"},
	{"risk_sort_programme", NULL,
	 "CREATE INDEX IF NOT EXISTS risk_sort_programme ON risk (ifnull(programme_id, 0),"
	 " ifnull(score, 0) DESC, id)"},
	{"risk_sort_owner", NULL,
	 "CREATE INDEX IF NOT EXISTS risk_sort_owner ON risk (ifnull(owner, '') COLLATE NOCASE,"
	 " ifnull(score, 0) DESC, id)"},
	{"risk_sort_review", NULL,
	 "CREATE INDEX IF NOT EXISTS risk_sort_review ON risk (ifnull(review_date, '9999-12-31'),"
	 " ifnull(score, 0) DESC, id)"},
	{"risk_programme_fk", "programme",
	 "CREATE INDEX IF NOT EXISTS risk_programme_fk ON risk (programme_id)"},
};

#define N_INDEXES (sizeof(indexes) / sizeof(indexes[0]))

static const struct lazy_index *find(const char *name)
{
	for (size_t i = 0; i < N_INDEXES; i++)
		if (!strcmp(indexes[i].name, name))
			return &indexes[i];
	return NULL;
}

const char *store_index_sql_at(int i)
{
	return i >= 0 && (size_t)i < N_INDEXES ? indexes[i].sql : NULL;
}

int store_index_exists(struct store *st, const char *name)
{
	sqlite3_stmt *q;
	int found = 0;

	if (!find(name) ||
	    sqlite3_prepare_v2(st->db, "SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = ?1",
			       -1, &q, NULL) != SQLITE_OK)
		return 0;
	sqlite3_bind_text(q, 1, name, -1, SQLITE_STATIC);
	found = sqlite3_step(q) == SQLITE_ROW;
	sqlite3_finalize(q);
	return found;
}

/* wait_ms: how long to wait for another writer (outside a transaction). */
static enum pmwb_status build(struct store *st, const struct lazy_index *ix, int wait_ms,
			      struct pmwb_error *e)
{
	char what[96];
	int own = !st->in_transaction, rc;

	snprintf(what, sizeof(what), "building the index %s", ix->name);
	if (!own)
		return sqlite3_exec(st->db, ix->sql, NULL, NULL, NULL) == SQLITE_OK
			       ? PMWB_OK
			       : store_db_error(st, e, what);
	store_wait_limit(st, wait_ms);
	rc = sqlite3_exec(st->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
	if (rc == SQLITE_OK && store_mark(st, e) != PMWB_OK)
		rc = SQLITE_ERROR;
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(st->db, ix->sql, NULL, NULL, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
	if (rc == SQLITE_OK)
		st->unmarked = 0;
	if (rc != SQLITE_OK) {
		store_db_error(st, e, what);
		if (!sqlite3_get_autocommit(st->db))
			sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	}
	store_wait_limit(st, st->busy_ms);
	return rc == SQLITE_OK ? PMWB_OK : e->status;
}

enum pmwb_status store_index_build(struct store *st, const char *name, struct pmwb_error *e)
{
	const struct lazy_index *ix = find(name);

	if (!ix)
		return err_set(e, PMWB_DB, "there is no on-demand index called %s", name);
	if (store_index_exists(st, name))
		return PMWB_OK;
	return build(st, ix, INDEX_BUSY_MS, e);
}

enum pmwb_status store_index_build_all(struct store *st, int *built, struct pmwb_error *e)
{
	*built = 0;
	for (size_t i = 0; i < N_INDEXES; i++) {
		if (store_index_exists(st, indexes[i].name))
			continue;
		if (build(st, &indexes[i], st->busy_ms, e) != PMWB_OK)
			return e->status;
		(*built)++;
	}
	return PMWB_OK;
}

enum pmwb_status store_index_build_for_delete(struct store *st, const char *table,
					      struct pmwb_error *e)
{
	for (size_t i = 0; i < N_INDEXES; i++)
		if (indexes[i].for_delete_of && !strcmp(indexes[i].for_delete_of, table) &&
		    store_index_build(st, indexes[i].name, e) != PMWB_OK)
			return e->status;
	return PMWB_OK;
}
