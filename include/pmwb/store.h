/* The database: the only layer that speaks SQL.  Everything above sees `struct store` and
 * the per-entity functions in store_*.h. */
#ifndef PMWB_STORE_H
#define PMWB_STORE_H

#include "pmwb/error.h"

struct store;

/* pmwb's files say so in their header (PRAGMA application_id, offset 68): "PMWB" in ASCII,
 * 1347245890.  A file from a pmwb before the mark is known by its tables and marked by the
 * next write; a file with another mark, or no pmwb tables, is another program's. */
#define STORE_APPLICATION_ID 0x504d5742

enum store_open_flags {
	STORE_CREATE = 1 << 0,  /* create the file (and not its folder) when missing */
	/* The caller only reads (reports, export, the workbench until an edit): a file it may
	 * not write is opened read-only (store_read_only), and nothing is written to one it
	 * may, unless its schema is older than this pmwb's and must be brought up to date. */
	STORE_READER = 1 << 1,
	STORE_SCRATCH = 1 << 2, /* path is an empty file the caller has just made for this */
};

/* Opens the file, sets foreign keys and a busy timeout, and brings the schema up to date in
 * one transaction; a writer (not STORE_READER) also switches it to WAL.  Everything that is
 * refused is left byte for byte as it was: a missing file without STORE_CREATE
 * (PMWB_DB_MISSING), an empty file, a file that is not pmwb's (not SQLite, another
 * application_id, no pmwb tables) and, for a writer, a file or folder it may not write
 * (PMWB_DB); a file written by a newer pmwb (user_version above ours) with PMWB_DB_VERSION.
 * On failure *out is NULL. */
enum pmwb_status store_open(const char *path, int flags, struct store **out, struct pmwb_error *e);
/* 1 when the store was opened read-only: every write would fail. */
int store_read_only(const struct store *st);
void store_close(struct store *st);

/* Schema version this build writes, and the file's. */
int store_schema_version(void);
int store_file_version(struct store *st);

/* For migration tests: create a file at an older schema version (0 < version <= current)
 * without upgrading it further. */
enum pmwb_status store_create_at_version(const char *path, int version, struct pmwb_error *e);

/* One write transaction (BEGIN IMMEDIATE, so a second writer waits for the busy timeout
 * instead of failing half-way).  Not nestable. */
enum pmwb_status store_begin(struct store *st, struct pmwb_error *e);
enum pmwb_status store_commit(struct store *st, struct pmwb_error *e);
void store_rollback(struct store *st);

/* How long a write waits for another user's transaction before failing with PMWB_DB_BUSY
 * (default 5 s). */
void store_set_busy_timeout(struct store *st, int milliseconds);

/* Look for damage: PRAGMA quick_check when quick (a scan of every page, about 2 s at
 * 1,000,000 risks), else integrity_check and foreign_key_check.  Found damage is
 * PMWB_DB_DAMAGED, with the sentence every damaged file gets; the first problems SQLite
 * found are in problems, one a line (may be NULL). */
enum pmwb_status store_check(struct store *st, int quick, char *problems, size_t size,
			     struct pmwb_error *e);

/* Write a consistent copy of the database to dest (replaced whole if it exists) while
 * others go on using it: SQLite's online backup, one snapshot. */
enum pmwb_status store_backup(struct store *st, const char *dest, struct pmwb_error *e);

/* Async-signal-safe (a SIGINT handler calls it): stop what the connection is doing, a
 * statement or a wait for another user's lock, as soon as it can; what was running, and
 * every later call that needs the file, fails with PMWB_INTERRUPTED and an open
 * transaction is rolled back by the caller's usual failure path. */
void store_interrupt(struct store *st);
/* 1 once store_interrupt has been called. */
int store_interrupted(const struct store *st);

/* fn(ctx) is called once when a wait for another user's lock has lasted a moment (about a
 * fifth of a second), so that the user can be told why nothing seems to happen. */
void store_on_wait(struct store *st, void (*fn)(void *ctx), void *ctx);

/* Who is changing things, for the audit log and risk history: $PMWB_USER when set (a shared
 * service account can still name the person), else the login name. */
void store_set_user(struct store *st, const char *user);
const char *store_user(const struct store *st);

/* Append to the audit log inside the caller's transaction.  The row carries the import run
 * under way, if any, and the programme it concerns: for a programme its key, for a risk,
 * phase or QIPP month the code its key starts with ("PLANNED Gynaecology"), when a
 * programme has that code.  The log is append-only: nothing in pmwb changes or deletes a
 * row of it (the schema's triggers refuse to). */
enum pmwb_status store_audit(struct store *st, const char *entity, const char *key,
			     const char *action, const char *detail, struct pmwb_error *e);
/* The same for a row the caller knows by id: record_id is its rowid in its table (0: none),
 * programme_id its programme's (0: none, or found from the key as above). */
struct store_audit_about {
	long long record_id;
	long long programme_id;
};
enum pmwb_status store_audit_about(struct store *st, const struct store_audit_about *about,
				   const char *entity, const char *key, const char *action,
				   const char *detail, struct pmwb_error *e);

/* An undo or redo replays a change through the same save function that made it.  Between
 * store_audit_replay(st, "undo", "likelihood 4 -> 3 on PLANNED R2") and
 * store_audit_replay(st, NULL, NULL), every audit row records that action instead of the save
 * function's own ("edit", "add"), and its detail starts with `what`. */
void store_audit_replay(struct store *st, const char *action, const char *what);

/* Settings (name -> text), e.g. "fy_start_month". */
enum pmwb_status store_setting_get(struct store *st, const char *name, char *buf, unsigned size,
				   int *found, struct pmwb_error *e);
enum pmwb_status store_setting_set(struct store *st, const char *name, const char *value,
				   struct pmwb_error *e);
enum pmwb_status store_setting_delete(struct store *st, const char *name, struct pmwb_error *e);

#endif
