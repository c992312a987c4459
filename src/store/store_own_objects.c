/* pmwb's own indexes and triggers, as its own migrations make them.
 *
 * A database file is data: anything in its sqlite_schema (an index name, a CREATE
 * statement) may have been written by someone else, and SQL built from it would run
 * whatever they wrote.  What the bulk load drops and builds again therefore comes from a
 * copy of pmwb's schema made in memory from its own migrations; the file's schema is only
 * compared with it, through bound parameters. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "schema.h"
#include "store_impl.h"

enum pmwb_status store_exec_one(struct store *st, const char *sql, const char *what,
				struct pmwb_error *e)
{
	sqlite3_stmt *stmt;
	const char *tail = NULL;
	int rc;

	if (sqlite3_prepare_v2(st->db, sql, -1, &stmt, &tail) != SQLITE_OK)
		return store_db_error(st, e, what);
	while (tail && (*tail == ' ' || *tail == '\n' || *tail == '\t' || *tail == ';'))
		tail++;
	if (!stmt || (tail && *tail)) {
		sqlite3_finalize(stmt);
		return err_set(e, PMWB_DB, "%s: not one SQL statement", what);
	}
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		;
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? PMWB_OK : store_db_error(st, e, what);
}

static int build_reference(sqlite3 **db)
{
	const char *sql;
	int rc = sqlite3_open_v2(":memory:", db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
				 NULL);

	for (int v = 0; rc == SQLITE_OK && (sql = schema_migration(v)) != NULL; v++)
		rc = sqlite3_exec(*db, sql, NULL, NULL, NULL);
	for (int i = 0; rc == SQLITE_OK && (sql = store_index_sql_at(i)) != NULL; i++)
		rc = sqlite3_exec(*db, sql, NULL, NULL, NULL);
	return rc;
}

void store_own_objects_free(struct store_own_object *o, int n)
{
	for (int i = 0; i < n; i++) {
		free(o[i].name);
		free(o[i].sql);
	}
	free(o);
}

/* The named object of pmwb's reference schema, when it is on table with this very SQL. */
static int lookup(sqlite3_stmt *ref, const char *table, const char *name, const char *sql)
{
	int found;

	sqlite3_bind_text(ref, 1, table, -1, SQLITE_STATIC);
	sqlite3_bind_text(ref, 2, name, -1, SQLITE_STATIC);
	sqlite3_bind_text(ref, 3, sql, -1, SQLITE_STATIC);
	found = sqlite3_step(ref) == SQLITE_ROW;
	sqlite3_reset(ref);
	return found;
}

static int add(struct store_own_object **o, int *n, const char *name, const char *sql,
	       int trigger)
{
	struct store_own_object *no = realloc(*o, (size_t)(*n + 1) * sizeof(**o));

	if (!no)
		return 0;
	*o = no;
	no[*n].name = strdup(name);
	no[*n].sql = strdup(sql);
	no[*n].trigger = trigger;
	(*n)++;
	return no[*n - 1].name && no[*n - 1].sql;
}

enum pmwb_status store_own_objects(struct store *st, const char *table, int *all_own,
				   struct store_own_object **out, int *n, struct pmwb_error *e)
{
	sqlite3 *refdb = NULL;
	sqlite3_stmt *ref = NULL, *q = NULL;
	enum pmwb_status status = PMWB_OK;
	int rc;

	*out = NULL;
	*n = 0;
	*all_own = 1;
	if (build_reference(&refdb) != SQLITE_OK ||
	    sqlite3_prepare_v2(refdb,
			       "SELECT 1 FROM sqlite_schema WHERE type IN ('index', 'trigger') AND "
			       "tbl_name = ?1 AND name = ?2 AND sql = ?3",
			       -1, &ref, NULL) != SQLITE_OK) {
		status = err_set(e, PMWB_NOMEM, "out of memory reading pmwb's own schema");
		goto done;
	}
	if (store_prepare(st,
			  "SELECT name, sql, type = 'trigger' FROM sqlite_schema WHERE type IN "
			  "('index', 'trigger') AND tbl_name = ?1 AND sql IS NOT NULL ORDER BY type",
			  &q, e) != PMWB_OK) {
		status = e->status;
		goto done;
	}
	sqlite3_bind_text(q, 1, table, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		const char *name = (const char *)sqlite3_column_text(q, 0);
		const char *sql = (const char *)sqlite3_column_text(q, 1);
		if (!name || !sql || !lookup(ref, table, name, sql)) {
			*all_own = 0;
			continue;
		}
		/* the name and SQL are equal to the reference's: pmwb's own */
		if (!add(out, n, name, sql, sqlite3_column_int(q, 2))) {
			status = err_set(e, PMWB_NOMEM, "out of memory reading the schema");
			goto done;
		}
	}
	if (rc != SQLITE_DONE)
		status = store_db_error(st, e, "reading the schema");
done:
	sqlite3_finalize(q);
	sqlite3_finalize(ref);
	sqlite3_close(refdb);
	if (status != PMWB_OK) {
		store_own_objects_free(*out, *n);
		*out = NULL;
		*n = 0;
	}
	return status;
}
