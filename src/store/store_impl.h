/* Private to store/: the connection and helpers every entity module uses. */
#ifndef PMWB_STORE_IMPL_H
#define PMWB_STORE_IMPL_H

#include <signal.h>
#include <sqlite3.h>
#include <time.h>

#include "pmwb/store.h"

struct store {
	sqlite3 *db;
	char path[1024];
	char user[64];
	int in_transaction;
	int busy_ms; /* the busy timeout set, for code that lowers it for a moment */
	int read_only; /* opened read-only: the file or its folder may not be written */
	int unmarked;  /* pmwb's, without its application_id yet: the next write adds it */
	volatile sig_atomic_t interrupted; /* store_interrupt: stop, and fail what runs */
	int wait_ms;                /* how long this wait for another's lock may last */
	struct timespec wait_start; /* when it began */
	int wait_said;              /* the caller has been told of it (store_on_wait) */
	void (*on_wait)(void *ctx);
	void *on_wait_ctx;
	/* store_audit_replay: the action audit rows say now ("" for their own), and what leads
	 * their detail */
	char replay_action[8];
	char replay_what[256];
	long long run_id; /* the import run under way (store_import_run.h), 0 none */
};

/* How long the next waits for another writer may last (the busy timeout for a moment);
 * store_wait_limit(st, st->busy_ms) puts it back. */
void store_wait_limit(struct store *st, int milliseconds);

/* Inside a write transaction: put pmwb's application_id on a file that lacks it (a new one,
 * or one from a pmwb before the mark), so that the commit carries it. */
enum pmwb_status store_mark(struct store *st, struct pmwb_error *e);

/* Fill e from the connection's last error: "WHAT: sqlite message".  SQLITE_BUSY becomes
 * PMWB_DB_BUSY with advice to retry. */
enum pmwb_status store_db_error(struct store *st, struct pmwb_error *e, const char *what);

/* The one sentence for a damaged file (SQLITE_CORRUPT anywhere, or a check that failed):
 * what it is and what to do. */
enum pmwb_status store_damaged(struct store *st, struct pmwb_error *e, const char *detail);

/* Prepare or fail with a located message. */
enum pmwb_status store_prepare(struct store *st, const char *sql, sqlite3_stmt **stmt,
			       struct pmwb_error *e);

/* Bind helpers: text NULL/empty binds NULL; has=0 binds NULL. */
void store_bind_text(sqlite3_stmt *stmt, int idx, const char *text);
void store_bind_int64_or_null(sqlite3_stmt *stmt, int idx, int has, long long value);

/* A risk's state as it is now, in its history with a note (store_risk.c). */
enum pmwb_status store_risk_history_now(struct store *st, long long id, const char *note,
					struct pmwb_error *e);
/* Before a risk's first recorded change (store_risk.c): its state until then. */
enum pmwb_status store_risk_history_base(struct store *st, long long id, int likelihood,
					 int impact, const char *status, const char *src_file,
					 long src_line, struct pmwb_error *e);

/* Runs sql with ?1 bound to id (a DELETE or UPDATE of one record's rows); with n, a SELECT
 * whose one row's first column goes there.  what names the work for the error. */
enum pmwb_status store_exec_id(struct store *st, const char *sql, long long id, long *n,
			       const char *what, struct pmwb_error *e);

/* Run exactly one SQL statement (refused when sql holds more than one). */
enum pmwb_status store_exec_one(struct store *st, const char *sql, const char *what,
				struct pmwb_error *e);

/* The on-demand indexes' CREATE statements (store_index.c), i from 0; NULL past the last. */
const char *store_index_sql_at(int i);

/* An index or trigger of pmwb's own schema (store_own_objects.c). */
struct store_own_object {
	char *name;
	char *sql;
	int trigger;
};
/* The indexes and triggers on table that are pmwb's own (same name and SQL as pmwb's
 * migrations make them), indexes first; *all_own is 0 when the table has others. */
enum pmwb_status store_own_objects(struct store *st, const char *table, int *all_own,
				   struct store_own_object **out, int *n, struct pmwb_error *e);
void store_own_objects_free(struct store_own_object *o, int n);

#endif
