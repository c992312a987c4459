/* Writing many rows in one transaction: what import uses.  A batch is one transaction with
 * its prepared statements; every entity (store_<entity>.h) is written through store_put,
 * which finds the row by its key, compares, and inserts, updates or leaves it, writing the
 * audit log for updates.  Nothing is visible to others until store_batch_commit; on any
 * failure store_batch_abort leaves the file exactly as it was. */
#ifndef PMWB_STORE_BATCH_H
#define PMWB_STORE_BATCH_H

#include "pmwb/error.h"

struct store;
struct store_batch;
struct store_entity; /* one per table, declared in store_<entity>.h */

/* A column value; which member counts depends on the column's type. */
struct store_val {
	int null;
	int absent; /* the file has no such column: an update keeps the stored value */
	long long i;
	const char *s; /* NULL or "" is NULL for a text column */
};

enum store_change { STORE_NEW, STORE_UPDATED, STORE_UNCHANGED };

struct store_put_result {
	enum store_change change;
	long long id;        /* rowid (0 for tables keyed without one) */
	long duplicate_line; /* > 0: this key was already written from that line of the file */
};

/* Begins the transaction.  src_file names the file in provenance columns and the audit log.
 * STORE_BATCH_LARGE: a bulk load is expected (it stays in WAL, so that colleagues can go
 * on reading while it runs). */
#define STORE_BATCH_LARGE 1
/* The caller has looked up every reference it writes inside this batch (and deletes
 * nothing): foreign keys need not be checked row by row.  Only with STORE_BATCH_LARGE. */
#define STORE_BATCH_REFS_CHECKED 2
enum pmwb_status store_batch_begin(struct store *st, const char *src_file, int flags,
				   struct store_batch **out, struct pmwb_error *e);
/* A new file inside the same transaction (import all). */
void store_batch_set_file(struct store_batch *b, const char *src_file);
struct store *store_batch_store(struct store_batch *b);

/* vals[] is indexed by the entity's column enum; the provenance columns are filled here. */
enum pmwb_status store_put(struct store_batch *b, const struct store_entity *ent,
			   struct store_val *vals, long line, struct store_put_result *r,
			   struct pmwb_error *e);
/* Find a row by the key columns of vals; *id is its rowid. */
enum pmwb_status store_find(struct store_batch *b, const struct store_entity *ent,
			    const struct store_val *vals, long long *id, int *found,
			    struct pmwb_error *e);
/* --replace makes way for a file's rows without deleting what the file does not cover:
 * store_replace_track, before the entity's first store_put of the batch, remembers the key
 * of every row written from then on; store_replace_rest, after the last one, deletes the
 * rows of the given programmes (or of the whole table) that were not written, with their
 * children (cascades), and says what went.  Everything stays inside the batch's
 * transaction, so a dry run rolls it back. */
enum pmwb_status store_replace_track(struct store_batch *b, const struct store_entity *ent,
				     struct pmwb_error *e);

#define STORE_REPLACE_MAX_KINDS 6
struct store_replace_result {
	/* [0]: the entity's own rows; then each table whose rows went with them */
	struct {
		char label[32], plural[32]; /* "qipp plan", "qipp plans" */
		long count;
	} deleted[STORE_REPLACE_MAX_KINDS];
	int nkinds;
	char keys[400]; /* the entity's deleted rows by key when there are few, else "" */
};

/* What the rows written cover: programme ids, and for rows of no programme (a corporate
 * register) organisation ids, 0 for rows of no organisation.  all: every row of the table,
 * for an entity that belongs to no programme.  A row of an entity that keeps its children (a
 * programme with projects, risks or schemes) is never deleted: the call fails (PMWB_INPUT)
 * naming them. */
struct store_replace_scope {
	const long long *programmes;
	int nprogrammes;
	const long long *organisations;
	int norganisations;
	int all;
};
enum pmwb_status store_replace_rest(struct store_batch *b, const struct store_entity *ent,
				    const struct store_replace_scope *scope,
				    struct store_replace_result *r, struct pmwb_error *e);

/* Ends a file: rebuilds indexes dropped for a bulk load and reports keys written twice from
 * this file through dup(ctx, line, first_line) (returns PMWB_INPUT if there were any). */
typedef void (*store_dup_fn)(void *ctx, const struct store_entity *ent, long line,
			     long first_line);
enum pmwb_status store_batch_end_file(struct store_batch *b, store_dup_fn dup, void *ctx,
				      struct pmwb_error *e);

enum pmwb_status store_batch_commit(struct store_batch *b, struct pmwb_error *e);
/* Roll back and free.  Safe on NULL and after commit. */
void store_batch_abort(struct store_batch *b);

/* Label ("risk") of an entity, for messages. */
const char *store_entity_label(const struct store_entity *ent);

#endif
