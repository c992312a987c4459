/* The database: the only layer that speaks SQL.  Everything above sees `struct store` and
 * the per-entity functions in store_*.h. */
#ifndef PMWB_STORE_H
#define PMWB_STORE_H

#include "pmwb/error.h"

struct store;

enum store_open_flags {
	STORE_CREATE = 1 << 0,   /* create the file (and not its folder) when missing */
	STORE_READONLY = 1 << 1, /* never write: no migration, no WAL switch */
};

/* Opens (or creates) the file, sets WAL, foreign keys and a busy timeout, and brings the
 * schema up to date in one transaction.  A file written by a newer pmwb (user_version above
 * ours) is refused with PMWB_DB_VERSION and left untouched; a file that is not a SQLite
 * database with PMWB_DB.  On failure *out is NULL. */
enum pmwb_status store_open(const char *path, int flags, struct store **out, struct pmwb_error *e);
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

/* Who is changing things, for the audit log and risk history (default: the login name). */
void store_set_user(struct store *st, const char *user);
const char *store_user(const struct store *st);

/* Append to the audit log inside the caller's transaction. */
enum pmwb_status store_audit(struct store *st, const char *entity, const char *key,
			     const char *action, const char *detail, struct pmwb_error *e);

/* Settings (name -> text), e.g. "fy_start_month". */
enum pmwb_status store_setting_get(struct store *st, const char *name, char *buf, unsigned size,
				   int *found, struct pmwb_error *e);
enum pmwb_status store_setting_set(struct store *st, const char *name, const char *value,
				   struct pmwb_error *e);
enum pmwb_status store_setting_delete(struct store *st, const char *name, struct pmwb_error *e);

#endif
