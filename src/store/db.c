/* Opening the file, migrations, transactions, audit log and settings. */
#include "config.h"

#include <errno.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
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

	if ((code & 0xff) == SQLITE_INTERRUPT || (st && st->interrupted))
		return err_set(e, PMWB_INTERRUPTED, "%s: interrupted", what);
	if ((code & 0xff) == SQLITE_CORRUPT)
		return store_damaged(st, e, msg);
	if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED)
		return err_set(e, PMWB_DB_BUSY,
			       "%s: the database is in use by another pmwb; try again in a moment",
			       what);
	if ((code & 0xff) == SQLITE_NOMEM)
		return err_set(e, PMWB_NOMEM, "%s: out of memory", what);
	if ((code & 0xff) == SQLITE_FULL)
		return err_set(e, PMWB_DB,
			       "%s: the disk holding %s is full; nothing was changed: free some "
			       "space on it and try again",
			       what, st->path);
	if ((code & 0xff) == SQLITE_READONLY)
		return err_set(e, PMWB_DB,
			       "%s: %s may not be written by you: the file, or the %s-wal and "
			       "-shm files SQLite keeps beside it (made by whoever opened it "
			       "first), are read-only to you; ask their owner to let you write "
			       "them (their group, chmod g+w), or work on a copy",
			       what, st->path, st->path);
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

/* The first column of a one-row query (a PRAGMA), read. */
static enum pmwb_status read_int(struct store *st, const char *sql, int *value, const char *what,
				 struct pmwb_error *e)
{
	sqlite3_stmt *stmt;
	int rc;

	if (store_prepare(st, sql, &stmt, e) != PMWB_OK)
		return e->status;
	rc = sqlite3_step(stmt);
	if (rc != SQLITE_ROW) {
		sqlite3_finalize(stmt);
		/* "file is not a database" surfaces here, on the first read. */
		return store_db_error(st, e, what);
	}
	*value = sqlite3_column_int(stmt, 0);
	sqlite3_finalize(stmt);
	return PMWB_OK;
}

static int read_user_version(struct store *st, int *version, struct pmwb_error *e)
{
	return read_int(st, "PRAGMA user_version", version, "reading the schema version", e);
}

enum pmwb_status store_mark(struct store *st, struct pmwb_error *e)
{
	char sql[64];

	if (!st->unmarked)
		return PMWB_OK;
	snprintf(sql, sizeof(sql), "PRAGMA application_id = %d", STORE_APPLICATION_ID);
	return exec(st, sql, "marking the file as pmwb's", e);
}

/* Apply migrations from the file's version up to `target`, all in one transaction. */
static enum pmwb_status migrate(struct store *st, int target, struct pmwb_error *e)
{
	int version;
	char sql[64];

	if (exec(st, "BEGIN IMMEDIATE", "starting the schema upgrade", e) != PMWB_OK)
		return e->status;
	if (store_mark(st, e) != PMWB_OK)
		goto fail;
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
	st->unmarked = 0;
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

/* What the file is before SQLite sees it. */
struct file_state {
	int exists;
	int fresh;    /* missing (to be created), or the caller's own new empty file */
	int writable; /* the file and its folder, where SQLite keeps its -wal and -shm */
};

static void folder_of(const char *path, char *dir, size_t size)
{
	const char *slash = strrchr(path, '/');

	if (!slash)
		text_copy(dir, size, ".");
	else if (slash == path)
		text_copy(dir, size, "/");
	else
		snprintf(dir, size, "%.*s", (int)(slash - path), path);
}

/* Refuse, before SQLite has a chance to write anything, what is no database to open: a
 * missing file (unless asked to create it), an empty one (SQLite would make it a database),
 * and a file a writer may not write. */
static enum pmwb_status look_at_file(const char *path, int flags, struct file_state *fs,
				     struct pmwb_error *e)
{
	struct stat sb;
	char dir[1024];

	memset(fs, 0, sizeof(*fs));
	if (stat(path, &sb) != 0) {
		if (errno != ENOENT)
			return err_set(e, PMWB_DB, "cannot open the database %s: %s", path,
				       strerror(errno));
		if (!(flags & STORE_CREATE))
			return err_set(e, PMWB_DB_MISSING, "no such database %s", path);
		fs->fresh = fs->writable = 1;
		return PMWB_OK;
	}
	fs->exists = 1;
	if (S_ISDIR(sb.st_mode))
		return err_set(e, PMWB_DB, "%s is a folder, not a pmwb database", path);
	if (sb.st_size == 0 && !(flags & STORE_SCRATCH))
		return err_set(e, PMWB_DB,
			       "%s is an empty file, not a pmwb database; pmwb left it as it was "
			       "(remove it first if pmwb is to make its database there)",
			       path);
	fs->fresh = sb.st_size == 0;
	folder_of(path, dir, sizeof(dir));
	fs->writable = access(path, W_OK) == 0 && access(dir, W_OK) == 0;
	if (!fs->writable && !(flags & STORE_READER))
		return err_set(e, PMWB_DB,
			       "%s is read-only: you may not write the file or its folder; ask its "
			       "owner, or work on a copy",
			       path);
	return PMWB_OK;
}

/* "file:" URI of a path, for the read-only parameters; '%', '?' and '#' escaped. */
static int uri_of(const char *path, const char *query, char *buf, size_t size)
{
	size_t n = 0;
	int w;

	w = snprintf(buf, size, "file:%s", path[0] == '/' ? "//" : "");
	n = (size_t)w;
	for (const char *p = path; *p && n + 4 < size; p++) {
		if (*p == '%' || *p == '?' || *p == '#')
			n += (size_t)snprintf(buf + n, size - n, "%%%02X", (unsigned char)*p);
		else
			buf[n++] = *p;
	}
	w = snprintf(buf + n, size > n ? size - n : 0, "?%s", query);
	return w >= 0 && n + (size_t)w < size;
}

/* Open read-only with a URI query and read the schema, which is when SQLite finds out
 * whether it can read the file as it stands. */
static int open_read_only(struct store *st, const char *query)
{
	char uri[3 * sizeof(st->path) + 32];
	int rc;

	if (st->db)
		sqlite3_close(st->db);
	st->db = NULL;
	if (!uri_of(st->path, query, uri, sizeof(uri)))
		return SQLITE_CANTOPEN;
	rc = sqlite3_open_v2(uri, &st->db,
			     SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(st->db, "SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL);
	return rc;
}

/* A WAL file is read through its -shm, which a reader makes beside it when it may: one that
 * cannot write the folder, or that would leave a -shm its owner may not write, reads the
 * file as immutable, which makes nothing.  That is right only while no -wal holds changes
 * not yet in the file: with a -wal, the -shm must be there to find them. */
static enum pmwb_status connect_read_only(struct store *st, struct pmwb_error *e)
{
	char wal[sizeof(st->path) + 8];
	struct stat sb;
	int has_wal, rc;

	snprintf(wal, sizeof(wal), "%s-wal", st->path);
	has_wal = stat(wal, &sb) == 0;
	st->read_only = 1;
	rc = open_read_only(st, has_wal ? "mode=ro" : "immutable=1");
	if (rc != SQLITE_OK && has_wal && sb.st_size == 0)
		rc = open_read_only(st, "immutable=1");
	if (rc == SQLITE_OK)
		return PMWB_OK;
	if ((rc & 0xff) == SQLITE_READONLY || (rc & 0xff) == SQLITE_CANTOPEN)
		return err_set(e, PMWB_DB,
			       "%s is read-only and its latest changes are still in %s, which pmwb "
			       "cannot read without writing beside it; ask its owner to open it once "
			       "with pmwb, which moves them into the file",
			       st->path, wal);
	return err_set(e, PMWB_DB, "%s is not a pmwb database (%s)", st->path,
		       st->db ? sqlite3_errmsg(st->db) : "out of memory");
}

static enum pmwb_status connect(struct store *st, const struct file_state *fs,
				struct pmwb_error *e)
{
	/* One thread uses a connection (the import's parser thread never touches SQLite): no
	 * mutex round every bind and step, which cost about 6% of a bulk import. */
	int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;

	if (!fs->writable)
		return connect_read_only(st, e);
	if (!fs->exists)
		flags |= SQLITE_OPEN_CREATE;
	if (sqlite3_open_v2(st->path, &st->db, flags, NULL) != SQLITE_OK)
		return err_set(e, PMWB_DB, "cannot open the database %s: %s", st->path,
			       st->db ? sqlite3_errmsg(st->db) : "out of memory");
	return PMWB_OK;
}

/* No room left for this user in the folder holding path. */
static int disk_full(const char *path)
{
	struct statvfs sv;
	char dir[1024];

	folder_of(path, dir, sizeof(dir));
	return statvfs(dir, &sv) == 0 && sv.f_bavail == 0;
}

/* The first read of a file is where SQLite finds out whether it can use it at all: each
 * reason it cannot gets its own sentence, and only a file that is no database is said to
 * be none. */
static enum pmwb_status first_read_failed(struct store *st, struct pmwb_error *e)
{
	int code = sqlite3_extended_errcode(st->db) & 0xff;

	if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
		return err_set(e, PMWB_DB_BUSY,
			       "%s is locked by another program (a pmwb or another SQLite tool "
			       "holding it for itself); try again when it has finished, or close "
			       "it there",
			       st->path);
	if (code == SQLITE_CANTOPEN || code == SQLITE_READONLY)
		return err_set(e, PMWB_DB,
			       "%s cannot be opened: SQLite could not make or use the %s-shm file "
			       "it needs beside it (%s); if its folder is read-only to you, read a "
			       "copy instead (cp %s /tmp/ and pmwb -f /tmp/...), or ask the "
			       "folder's owner to let you write there",
			       st->path, st->path, sqlite3_errmsg(st->db), st->path);
	if (code == SQLITE_FULL || (code == SQLITE_IOERR && disk_full(st->path)))
		return err_set(e, PMWB_DB,
			       "%s cannot be opened: the disk holding it is full (SQLite needs room "
			       "for the files it keeps beside it); free some space on it and try "
			       "again",
			       st->path);
	if (code == SQLITE_CORRUPT)
		return store_damaged(st, e, sqlite3_errmsg(st->db));
	return err_set(e, PMWB_DB, "%s is not a pmwb database (%s)", st->path,
		       sqlite3_errmsg(st->db));
}

/* Whose file this is: pmwb's by its application_id, or (from a pmwb before the mark) by
 * its schema; anything else is another program's and is not to be touched. */
static enum pmwb_status check_owner(struct store *st, int fresh, struct pmwb_error *e)
{
	int id, version, tables;

	if (read_int(st, "PRAGMA application_id", &id, "reading the file's header", e) != PMWB_OK)
		return first_read_failed(st, e);
	if (id == STORE_APPLICATION_ID)
		return PMWB_OK;
	if (id != 0)
		return err_set(e, PMWB_DB,
			       "%s is another program's SQLite database (its application_id is %d, "
			       "pmwb's is %d); pmwb left it as it was: give pmwb a file of its own",
			       st->path, id, STORE_APPLICATION_ID);
	st->unmarked = 1;
	if (fresh)
		return PMWB_OK;
	/* Tables every schema version has had since the first. */
	if (read_user_version(st, &version, e) != PMWB_OK ||
	    read_int(st,
		     "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
		     "('programme', 'project', 'phase', 'risk', 'setting', 'audit')",
		     &tables, "reading the schema", e) != PMWB_OK)
		return e->status;
	if (version < 1 || tables != 6)
		return err_set(e, PMWB_DB,
			       "%s is another program's SQLite database (it has no pmwb tables); "
			       "pmwb left it as it was: give pmwb a file of its own",
			       st->path);
	return PMWB_OK;
}

/* Bring the schema up to target, or say why a read-only file cannot be. */
static enum pmwb_status bring_up_to_date(struct store *st, int version, int target,
					 struct pmwb_error *e)
{
	if (version >= target)
		return PMWB_OK;
	if (st->read_only)
		return err_set(e, PMWB_DB,
			       "%s is read-only and was written by an older pmwb (schema version "
			       "%d; this pmwb needs %d); ask its owner to open it once with this "
			       "pmwb, or work on a copy",
			       st->path, version, target);
	/* 16 KiB pages on a new file, before its first table: bulk imports and index builds
	 * run markedly faster (PERF-NOTES.md); a no-op on an existing file. */
	if (version == 0 && exec(st, "PRAGMA page_size = 16384", "setting the page size", e) != PMWB_OK)
		return e->status;
	return migrate(st, target, e);
}

/* A file this open made and could not write (a full disk): no empty file is left for the
 * next command to refuse.  Only while it is still empty: another pmwb may have made the
 * same file at the same moment and filled it. */
static void remove_new_file(const char *path)
{
	static const char *const tails[] = {"", "-wal", "-shm", "-journal"};
	char name[1100];
	struct stat sb;

	if (stat(path, &sb) != 0 || sb.st_size != 0)
		return;
	for (size_t i = 0; i < sizeof(tails) / sizeof(tails[0]); i++) {
		snprintf(name, sizeof(name), "%s%s", path, tails[i]);
		unlink(name);
	}
}

static enum pmwb_status open_at(const char *path, int flags, int target, struct store **out,
				struct pmwb_error *e)
{
	struct file_state fs;
	struct store *st;
	int version;

	*out = NULL;
	if (look_at_file(path, flags, &fs, e) != PMWB_OK)
		return e->status;
	st = calloc(1, sizeof(*st));
	if (!st)
		return err_set(e, PMWB_NOMEM, "out of memory opening %s", path);
	text_copy(st->path, sizeof(st->path), path);
	default_user(st);
	configure_sqlite();
	if (connect(st, &fs, e) != PMWB_OK)
		goto fail;
	sqlite3_extended_result_codes(st->db, 1);
	store_set_busy_timeout(st, STORE_BUSY_TIMEOUT_MS);

	if (check_owner(st, fs.fresh, e) != PMWB_OK)
		goto fail;
	if (read_user_version(st, &version, e) != PMWB_OK)
		goto fail;
	if (version > schema_version()) {
		err_set(e, PMWB_DB_VERSION,
			"%s was written by a newer pmwb (schema version %d; this pmwb knows up to %d); "
			"it was left untouched: upgrade pmwb to open it",
			path, version, schema_version());
		goto fail;
	}
	if (exec(st, "PRAGMA foreign_keys = ON", "enabling foreign keys", e) != PMWB_OK)
		goto fail;
	if (bring_up_to_date(st, version, target, e) != PMWB_OK)
		goto fail;
	/* WAL lets colleagues read while one writes; set after the schema so that a refused
	 * file is never switched, and only by a writer, so that reading changes nothing. */
	if (!st->read_only && !(flags & STORE_READER) &&
	    exec(st, "PRAGMA journal_mode = WAL", "switching to WAL", e) != PMWB_OK)
		goto fail;
	*out = st;
	return PMWB_OK;
fail:
	store_close(st);
	if (!fs.exists)
		remove_new_file(path);
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

int store_read_only(const struct store *st)
{
	return st->read_only;
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
	if (store_mark(st, e) != PMWB_OK) {
		store_rollback(st);
		return e->status;
	}
	return PMWB_OK;
}

enum pmwb_status store_commit(struct store *st, struct pmwb_error *e)
{
	if (exec(st, "COMMIT", "committing", e) != PMWB_OK) {
		store_rollback(st);
		return e->status;
	}
	st->in_transaction = 0;
	st->unmarked = 0;
	return PMWB_OK;
}

void store_rollback(struct store *st)
{
	if (st->in_transaction)
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	st->in_transaction = 0;
}

static long ms_since(const struct timespec *t)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (now.tv_sec - t->tv_sec) * 1000L + (now.tv_nsec - t->tv_nsec) / 1000000L;
}

/* SQLite's busy handler: wait for another writer in short sleeps, which a signal cuts
 * short, so that Ctrl-C ends the wait at once instead of at the timeout. */
static int wait_for_lock(void *arg, int count)
{
	struct store *st = arg;
	struct timespec pause = {0, 10 * 1000 * 1000};
	long waited;

	if (st->interrupted)
		return 0;
	if (count == 0) {
		clock_gettime(CLOCK_MONOTONIC, &st->wait_start);
		st->wait_said = 0;
	}
	waited = ms_since(&st->wait_start);
	if (waited >= st->wait_ms)
		return 0;
	if (!st->wait_said && waited >= 200 && st->on_wait) {
		st->wait_said = 1;
		st->on_wait(st->on_wait_ctx);
	}
	nanosleep(&pause, NULL);
	return !st->interrupted;
}

void store_wait_limit(struct store *st, int milliseconds)
{
	st->wait_ms = milliseconds;
	sqlite3_busy_handler(st->db, wait_for_lock, st);
}

void store_set_busy_timeout(struct store *st, int milliseconds)
{
	st->busy_ms = milliseconds;
	store_wait_limit(st, milliseconds);
}

void store_interrupt(struct store *st)
{
	st->interrupted = 1;
	if (st->db)
		sqlite3_interrupt(st->db);
}

int store_interrupted(const struct store *st)
{
	return st->interrupted != 0;
}

void store_on_wait(struct store *st, void (*fn)(void *ctx), void *ctx)
{
	st->on_wait = fn;
	st->on_wait_ctx = ctx;
}

void store_set_user(struct store *st, const char *user)
{
	text_copy(st->user, sizeof(st->user), user && *user ? user : "unknown");
}

const char *store_user(const struct store *st)
{
	return st->user;
}

void store_audit_replay(struct store *st, const char *action, const char *what)
{
	text_copy(st->replay_action, sizeof(st->replay_action), action ? action : "");
	text_copy(st->replay_what, sizeof(st->replay_what), what ? what : "");
}

/* What the row is about, beside it: the run under way, the programme (given by id, else the
 * code a key leads with, when it is one), the record. */
static enum pmwb_status audit_about(struct store *st, long long audit_id,
				    const struct store_audit_about *about, const char *entity,
				    const char *key, struct pmwb_error *e)
{
	sqlite3_stmt *stmt;
	int rc;

	if (store_prepare(st,
			  "INSERT INTO audit_about (audit_id, run_id, programme, record_id)"
			  " SELECT ?1, ?2, p, ?5 FROM (SELECT"
			  " CASE WHEN ?6 IS NOT NULL THEN (SELECT code FROM programme WHERE id = ?6)"
			  " WHEN ?3 = 'programme' THEN ?4"
			  " WHEN ?3 IN ('qipp plan', 'qipp month') THEN (SELECT g.code FROM qipp_scheme s"
			  " JOIN programme g ON g.id = s.programme_id WHERE s.id = ?5)"
			  " WHEN ?3 IN ('risk', 'phase', 'qipp_month', 'project') THEN (SELECT code FROM"
			  " programme WHERE code = substr(?4, 1, instr(?4 || ' ', ' ') - 1)) END AS p)"
			  " WHERE coalesce(?2, p, ?5) IS NOT NULL",
			  &stmt, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(stmt, 1, audit_id);
	store_bind_int64_or_null(stmt, 2, st->run_id > 0, st->run_id);
	sqlite3_bind_text(stmt, 3, entity, -1, SQLITE_STATIC);
	store_bind_text(stmt, 4, key);
	store_bind_int64_or_null(stmt, 5, about && about->record_id > 0,
				 about ? about->record_id : 0);
	store_bind_int64_or_null(stmt, 6, about && about->programme_id > 0,
				 about ? about->programme_id : 0);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "writing the audit log");
	return PMWB_OK;
}

enum pmwb_status store_audit_about(struct store *st, const struct store_audit_about *about,
				   const char *entity, const char *key, const char *action,
				   const char *detail, struct pmwb_error *e)
{
	sqlite3_stmt *stmt;
	char *replayed = NULL;
	int rc;

	if (st->replay_action[0]) {
		size_t size = strlen(st->replay_what) + (detail ? strlen(detail) : 0) + 3;
		if (!(replayed = malloc(size)))
			return err_set(e, PMWB_NOMEM, "out of memory writing the audit log");
		snprintf(replayed, size, "%s%s%s", st->replay_what, detail && *detail ? "; " : "",
			 detail ? detail : "");
		action = st->replay_action;
		detail = replayed;
	}
	if (store_prepare(st,
			  "INSERT INTO audit (who, entity, entity_key, action, detail) "
			  "VALUES (?, ?, ?, ?, ?)",
			  &stmt, e) != PMWB_OK) {
		free(replayed);
		return e->status;
	}
	sqlite3_bind_text(stmt, 1, st->user, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, entity, -1, SQLITE_STATIC);
	store_bind_text(stmt, 3, key);
	sqlite3_bind_text(stmt, 4, action, -1, SQLITE_STATIC);
	store_bind_text(stmt, 5, detail);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	free(replayed);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "writing the audit log");
	return audit_about(st, sqlite3_last_insert_rowid(st->db), about, entity, key, e);
}

enum pmwb_status store_audit(struct store *st, const char *entity, const char *key,
			     const char *action, const char *detail, struct pmwb_error *e)
{
	return store_audit_about(st, NULL, entity, key, action, detail, e);
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

enum pmwb_status store_exec_id(struct store *st, const char *sql, long long id, long *n,
			       const char *what, struct pmwb_error *e)
{
	sqlite3_stmt *s;
	int rc;

	if (store_prepare(st, sql, &s, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (n && rc == SQLITE_ROW)
		*n = (long)sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	if (rc != (n ? SQLITE_ROW : SQLITE_DONE))
		return store_db_error(st, e, what);
	return PMWB_OK;
}
