/* Opening the file, migrations, transactions, audit log and settings. */
#include "config.h"

#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pmwb/text.h"
#include "schema.h"
#include "store_impl.h"

/* Long enough for a colleague's import to finish, short enough that a stuck lock is reported. */
#define STORE_BUSY_TIMEOUT_MS 5000

enum pmwb_status store_db_error(struct store *st, struct pmwb_error *e, const char *what)
{
	int code = st && st->db ? sqlite3_extended_errcode(st->db) : SQLITE_ERROR;
	const char *msg = st && st->db ? sqlite3_errmsg(st->db) : "no connection";

	if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED)
		return err_set(e, PMWB_DB_BUSY,
			       "%s: the database is in use by another pmwb; try again in a moment",
			       what);
	if ((code & 0xff) == SQLITE_NOMEM)
		return err_set(e, PMWB_NOMEM, "%s: out of memory", what);
	return err_set(e, PMWB_DB, "%s: %s", what, msg);
}

enum pmwb_status store_prepare(struct store *st, const char *sql, sqlite3_stmt **stmt,
			       struct pmwb_error *e)
{
	if (sqlite3_prepare_v2(st->db, sql, -1, stmt, NULL) != SQLITE_OK) {
		*stmt = NULL;
		return store_db_error(st, e, "preparing a query");
	}
	return PMWB_OK;
}

void store_bind_text(sqlite3_stmt *stmt, int idx, const char *text)
{
	if (text && *text)
		sqlite3_bind_text(stmt, idx, text, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(stmt, idx);
}

void store_bind_int64_or_null(sqlite3_stmt *stmt, int idx, int has, long long value)
{
	if (has)
		sqlite3_bind_int64(stmt, idx, value);
	else
		sqlite3_bind_null(stmt, idx);
}

static enum pmwb_status exec(struct store *st, const char *sql, const char *what,
			     struct pmwb_error *e)
{
	if (sqlite3_exec(st->db, sql, NULL, NULL, NULL) != SQLITE_OK)
		return store_db_error(st, e, what);
	return PMWB_OK;
}

static int read_user_version(struct store *st, int *version, struct pmwb_error *e)
{
	sqlite3_stmt *stmt;
	int rc;

	if (store_prepare(st, "PRAGMA user_version", &stmt, e) != PMWB_OK)
		return e->status;
	rc = sqlite3_step(stmt);
	if (rc != SQLITE_ROW) {
		sqlite3_finalize(stmt);
		/* "file is not a database" surfaces here, on the first read. */
		return store_db_error(st, e, "reading the schema version");
	}
	*version = sqlite3_column_int(stmt, 0);
	sqlite3_finalize(stmt);
	return PMWB_OK;
}

/* Apply migrations from the file's version up to `target`, all in one transaction. */
static enum pmwb_status migrate(struct store *st, int target, struct pmwb_error *e)
{
	int version;
	char sql[64];

	if (exec(st, "BEGIN IMMEDIATE", "starting the schema upgrade", e) != PMWB_OK)
		return e->status;
	/* Read inside the transaction: another process may have upgraded the file meanwhile. */
	if (read_user_version(st, &version, e) != PMWB_OK)
		goto fail;
	if (version > schema_version()) {
		err_set(e, PMWB_DB_VERSION,
			"%s was written by a newer pmwb (schema version %d; this pmwb knows up to %d); "
			"it was left untouched: upgrade pmwb to open it",
			st->path, version, schema_version());
		goto fail;
	}
	for (; version < target; version++) {
		if (exec(st, schema_migration(version), "upgrading the schema", e) != PMWB_OK)
			goto fail;
	}
	snprintf(sql, sizeof(sql), "PRAGMA user_version = %d", version);
	if (exec(st, sql, "recording the schema version", e) != PMWB_OK)
		goto fail;
	if (exec(st, "COMMIT", "committing the schema upgrade", e) != PMWB_OK)
		goto fail;
	return PMWB_OK;
fail:
	sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	return e->status;
}

static void default_user(struct store *st)
{
	const char *name = getenv("PMWB_USER");
	struct passwd *pw;

	if (!name || !*name)
		name = getenv("LOGNAME");
	if (!name || !*name) {
		pw = getpwuid(getuid());
		name = pw ? pw->pw_name : "unknown";
	}
	text_copy(st->user, sizeof(st->user), name);
}

/* SQLite's sorter (index builds, GROUP BY) fills runs of at least SQLITE_CONFIG_PMASZ pages
 * before it sorts one: 250 by default, 4 MiB at 16 KiB pages, twice the page cache, so an
 * index build over a large table took 2 MiB more than one over a small table.  128 pages is
 * the page cache's size.  Memory statistics, which pmwb never reads, take a global mutex
 * round every allocation SQLite makes (a few a row of a bulk load).  Only possible before
 * SQLite's first use, so once, here. */
static void configure_sqlite(void)
{
	static int done;

	if (!done) {
		sqlite3_config(SQLITE_CONFIG_PMASZ, 128);
		sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
	}
	done = 1;
}

static enum pmwb_status open_at(const char *path, int flags, int target, struct store **out,
				struct pmwb_error *e)
{
	struct store *st;
	int sqlite_flags, version;

	*out = NULL;
	st = calloc(1, sizeof(*st));
	if (!st)
		return err_set(e, PMWB_NOMEM, "out of memory opening %s", path);
	text_copy(st->path, sizeof(st->path), path);
	default_user(st);

	if (flags & STORE_READONLY)
		sqlite_flags = SQLITE_OPEN_READONLY;
	else
		sqlite_flags = SQLITE_OPEN_READWRITE | ((flags & STORE_CREATE) ? SQLITE_OPEN_CREATE : 0);
	/* One thread uses a connection (the import's parser thread never touches SQLite): no
	 * mutex round every bind and step, which cost about 6% of a bulk import. */
	sqlite_flags |= SQLITE_OPEN_NOMUTEX;
	configure_sqlite();
	if (sqlite3_open_v2(path, &st->db, sqlite_flags, NULL) != SQLITE_OK) {
		err_set(e, PMWB_DB, "cannot open the database %s: %s", path,
			st->db ? sqlite3_errmsg(st->db) : "out of memory");
		goto fail;
	}
	sqlite3_extended_result_codes(st->db, 1);
	store_set_busy_timeout(st, STORE_BUSY_TIMEOUT_MS);

	if (read_user_version(st, &version, e) != PMWB_OK) {
		err_set(e, PMWB_DB, "%s is not a pmwb database (%s)", path, sqlite3_errmsg(st->db));
		goto fail;
	}
	if (version > schema_version()) {
		err_set(e, PMWB_DB_VERSION,
			"%s was written by a newer pmwb (schema version %d; this pmwb knows up to %d); "
			"it was left untouched: upgrade pmwb to open it",
			path, version, schema_version());
		goto fail;
	}
	if (exec(st, "PRAGMA foreign_keys = ON", "enabling foreign keys", e) != PMWB_OK)
		goto fail;
	if (!(flags & STORE_READONLY)) {
		/* 16 KiB pages on a new file, before its first table: bulk imports and index
		 * builds run markedly faster (PERF-NOTES.md); a no-op on an existing file. */
		if (version == 0 &&
		    exec(st, "PRAGMA page_size = 16384", "setting the page size", e) != PMWB_OK)
			goto fail;
		if (version < target && migrate(st, target, e) != PMWB_OK)
			goto fail;
		/* WAL lets colleagues read while one writes; set after the schema so that a refused
		 * file is never switched. */
		if (exec(st, "PRAGMA journal_mode = WAL", "switching to WAL", e) != PMWB_OK)
			goto fail;
	} else if (version < target) {
		err_set(e, PMWB_DB, "%s needs a schema upgrade; open it once without read-only", path);
		goto fail;
	}
	*out = st;
	return PMWB_OK;
fail:
	store_close(st);
	return e->status;
}

enum pmwb_status store_open(const char *path, int flags, struct store **out, struct pmwb_error *e)
{
	return open_at(path, flags, schema_version(), out, e);
}

enum pmwb_status store_create_at_version(const char *path, int version, struct pmwb_error *e)
{
	struct store *st;

	if (version < 1 || version > schema_version())
		return err_set(e, PMWB_USAGE, "no schema version %d", version);
	if (open_at(path, STORE_CREATE, version, &st, e) != PMWB_OK)
		return e->status;
	store_close(st);
	return PMWB_OK;
}

void store_close(struct store *st)
{
	if (!st)
		return;
	if (st->db) {
		if (st->in_transaction)
			sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
		sqlite3_close(st->db);
	}
	free(st);
}

int store_schema_version(void)
{
	return schema_version();
}

int store_file_version(struct store *st)
{
	int version = -1;
	struct pmwb_error e;

	if (read_user_version(st, &version, &e) != PMWB_OK)
		return -1;
	return version;
}

enum pmwb_status store_begin(struct store *st, struct pmwb_error *e)
{
	if (st->in_transaction)
		return err_set(e, PMWB_DB, "a transaction is already open");
	if (exec(st, "BEGIN IMMEDIATE", "starting a transaction", e) != PMWB_OK)
		return e->status;
	st->in_transaction = 1;
	return PMWB_OK;
}

enum pmwb_status store_commit(struct store *st, struct pmwb_error *e)
{
	if (exec(st, "COMMIT", "committing", e) != PMWB_OK) {
		store_rollback(st);
		return e->status;
	}
	st->in_transaction = 0;
	return PMWB_OK;
}

void store_rollback(struct store *st)
{
	if (st->in_transaction)
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	st->in_transaction = 0;
}

void store_set_busy_timeout(struct store *st, int milliseconds)
{
	st->busy_ms = milliseconds;
	sqlite3_busy_timeout(st->db, milliseconds);
}

void store_set_user(struct store *st, const char *user)
{
	text_copy(st->user, sizeof(st->user), user && *user ? user : "unknown");
}

const char *store_user(const struct store *st)
{
	return st->user;
}

enum pmwb_status store_audit(struct store *st, const char *entity, const char *key,
			     const char *action, const char *detail, struct pmwb_error *e)
{
	sqlite3_stmt *stmt;
	int rc;

	if (store_prepare(st,
			  "INSERT INTO audit (who, entity, entity_key, action, detail) "
			  "VALUES (?, ?, ?, ?, ?)",
			  &stmt, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_text(stmt, 1, st->user, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, entity, -1, SQLITE_STATIC);
	store_bind_text(stmt, 3, key);
	sqlite3_bind_text(stmt, 4, action, -1, SQLITE_STATIC);
	store_bind_text(stmt, 5, detail);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "writing the audit log");
	return PMWB_OK;
}

enum pmwb_status store_setting_get(struct store *st, const char *name, char *buf, unsigned size,
				   int *found, struct pmwb_error *e)
{
	sqlite3_stmt *stmt;
	int rc;

	*found = 0;
	if (store_prepare(st, "SELECT value FROM setting WHERE name = ?", &stmt, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_text(stmt, 1, name, -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		text_copy(buf, size, (const char *)sqlite3_column_text(stmt, 0));
		*found = 1;
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_db_error(st, e, "reading a setting");
	return PMWB_OK;
}

enum pmwb_status store_setting_set(struct store *st, const char *name, const char *value,
				   struct pmwb_error *e)
{
	sqlite3_stmt *stmt;
	int rc;

	if (store_prepare(st,
			  "INSERT INTO setting (name, value) VALUES (?, ?) "
			  "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
			  &stmt, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_text(stmt, 1, name, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, value, -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "saving a setting");
	return PMWB_OK;
}

enum pmwb_status store_setting_delete(struct store *st, const char *name, struct pmwb_error *e)
{
	sqlite3_stmt *stmt;
	int rc;

	if (store_prepare(st, "DELETE FROM setting WHERE name = ?", &stmt, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_text(stmt, 1, name, -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "removing a setting");
	return PMWB_OK;
}
