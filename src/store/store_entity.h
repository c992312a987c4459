/* Private to store/: how an entity module describes its table to store_batch.c. */
#ifndef PMWB_STORE_ENTITY_H
#define PMWB_STORE_ENTITY_H

#include "pmwb/store_batch.h"
#include "store_impl.h"

enum store_col_type { STORE_INT, STORE_TEXT };

enum store_col_flags {
	STORE_KEY = 1 << 0,      /* part of the natural key */
	STORE_KEY_NULL = 1 << 1, /* key column that may be NULL (matched with ifnull) */
	STORE_SRC = 1 << 2,      /* provenance (src_file / src_line): written, not compared */
	STORE_NOCMP = 1 << 3,    /* not compared for "changed" (set on insert only) */
	STORE_NOCASE = 1 << 4,   /* a key the table compares ignoring case (COLLATE NOCASE) */
};

struct store_column {
	const char *name;
	enum store_col_type type;
	unsigned flags;
};

struct store_entity {
	const char *table;
	const char *label; /* for the audit log and messages */
	const struct store_column *cols;
	int ncols;
	int has_rowid;
	int no_dupcheck; /* rows legitimately written more than once per file (plan years) */
	int slot;        /* index into the batch's statement cache, unique per entity */
	/* The rows that belong to programme ?1, as an SQL condition (--replace --programme);
	 * NULL for an entity that belongs to no programme. */
	const char *programme_scope;
	/* The rows of no programme that belong to organisation ?1 (NULL: to none), for an entity
	 * that has such rows (a corporate register); else NULL. */
	const char *organisation_scope;
	/* --replace never deletes a row of this entity that other rows still refer to (a
	 * programme's projects, risks and schemes are other files' data): it refuses instead. */
	int replace_keeps_children;
	/* For an entity of no programme: the column whose value groups its rows (a programme's
	 * organisation); --replace then covers the groups of the rows written, not the table. */
	const char *replace_group_column;
	/* Called after an update with the old and new values, and after an insert with
	 * old_vals NULL; a bulk load calls bulk_loaded instead. */
	enum pmwb_status (*updated)(struct store_batch *b, long long id,
				    const struct store_val *old_vals, const struct store_val *vals,
				    long line, struct pmwb_error *e);
	/* After a bulk load: rebuild what the table's triggers keep (they are dropped for the
	 * load when this is set, since a trigger per row costs more than one pass after). */
	enum pmwb_status (*bulk_loaded)(struct store_batch *b, struct pmwb_error *e);
	/* Each row of a bulk load, after its insert: what the dropped triggers would have kept
	 * is counted here, in memory, for bulk_loaded to write, instead of a GROUP BY over the
	 * table after the load (for the risk heat map that read a million rows in index order,
	 * a random read each: a third of the import). */
	enum pmwb_status (*bulk_row)(struct store_batch *b, const struct store_val *vals,
				     struct pmwb_error *e);
};

#define STORE_ENTITY_SLOTS 16

/* --replace (store_replace.c): whether store_replace_track was called for ent, and whether
 * the table was empty at the batch's first write to it (then every row is the batch's own:
 * nothing to delete, and its rows were not remembered, so that a bulk load stays one). */
void store_batch_replace_info(struct store_batch *b, const struct store_entity *ent,
			      int *tracked, int *was_empty);
/* The temporary table of the keys written since store_replace_track: slot, k1..k4. */
#define STORE_REPLACE_MAX_KEYS 4

/* For entity hooks. */
const char *store_batch_file(const struct store_batch *b);
/* The entity's own state for the bulk load under way (NULL at first): one malloc'd block,
 * which the batch frees with free() after bulk_loaded, or on abort. */
void **store_batch_bulk_state(struct store_batch *b, const struct store_entity *ent);

#endif
