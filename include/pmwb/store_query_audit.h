/* Reading what pmwb knows (issue 14): the audit log, the import runs and their messages,
 * printed totals against the rows as they are now.  Each reads a page at a time by keyset
 * (newest first for the log and the runs; the totals in the order they were checked), so a
 * view can page through a million entries: ask for n rows after the last key it holds. */
#ifndef PMWB_STORE_QUERY_AUDIT_H
#define PMWB_STORE_QUERY_AUDIT_H

#include "pmwb/error.h"

struct store;

struct store_audit_filter {
	char since[11], until[11]; /* "YYYY-MM-DD", both days included; "" no bound */
	const char *who;           /* NULL: anyone */
	const char *entity;        /* the audit's kind of record ("risk", "setting"); NULL all */
	const char *also[3];       /* with entity: more kinds of the same record (NULL: none) */
	const char *programme;     /* a programme code; NULL all */
	/* a record's story: its kind's rows with this record_id or this key (NULL: not) */
	long long record_id;
	const char *key;
	const char *key_prefix; /* ... or a key starting so ("PLANNED Gynaecology ") */
};

struct store_audit_entry {
	long long id, run_id, record_id;
	char at[24], who[64], entity[32], programme[64], action[32];
	char key[512], detail[2048];
};

/* Up to n entries older than before_id (0: from the newest), newest first; *got says how
 * many.  The next page starts before out[*got - 1].id. */
enum pmwb_status store_audit_page(struct store *st, const struct store_audit_filter *f,
				  long long before_id, struct store_audit_entry *out, int n,
				  int *got, struct pmwb_error *e);
/* Whether the log holds any row of this kind; names lists those it holds ("import, risk"). */
enum pmwb_status store_audit_entity_known(struct store *st, const char *entity, int *known,
					  char *names, size_t size, struct pmwb_error *e);

struct store_import_run_row {
	long long id, size;
	char at[24], who[64], kind[32], file[1024], sha256[65];
	long rows, added, updated, unchanged, deleted, warnings, notices, totals, totals_differ;
	char counts[512], units[1024];
};
/* Up to n runs older than before_id (0: from the newest), newest first. */
enum pmwb_status store_import_runs_page(struct store *st, long long before_id,
					struct store_import_run_row *out, int n, int *got,
					struct pmwb_error *e);
/* A run's warnings and notices in the order given: fn(ctx, line, col, level, text). */
typedef void (*store_message_fn)(void *ctx, long line, long col, const char *level,
				 const char *text);
enum pmwb_status store_import_run_messages(struct store *st, long long run_id,
					   store_message_fn fn, void *ctx, struct pmwb_error *e);

/* A printed total against its rows now.  AGREE: the rows as they are now add up to it;
 * DIFFER: they do not, and are as imported (the document's own slip); CHANGED: the rows
 * have changed since the import (edited, re-imported or deleted). */
enum store_recon_state { STORE_RECON_AGREE, STORE_RECON_DIFFER, STORE_RECON_CHANGED };
struct store_recon_row {
	long long id, run_id;
	char at[24], file[1024], label[64], scope[64], organisation[256], measure[32];
	long line, rows, rows_now;
	long long printed, summed, now, unit; /* pounds */
	enum store_recon_state state;
};
/* Up to n totals after after_id (0: from the first), in the order they were checked;
 * organisation (NULL: all) keeps one organisation's. */
enum pmwb_status store_recon_page(struct store *st, const char *organisation,
				  long long after_id, struct store_recon_row *out, int n, int *got,
				  struct pmwb_error *e);

#endif
