/* Indexes built when first needed.  The Risks pane's four sorts each read an index of their
 * own, and a programme's deletion looks its risks up by programme; at a million risks each
 * of those indexes takes 0.4-1.8 s to build, which every bulk import paid whether or not
 * anyone ever sorted by owner.  Since schema v6 they are not part of the schema: the pane
 * builds the one its sort reads the first time it is used (saying so on screen), the
 * programme import before it deletes programmes, and `pmwb index` builds all of them ahead
 * of time.  Once built, an index stays and is kept up to date like any other. */
#ifndef PMWB_STORE_INDEX_H
#define PMWB_STORE_INDEX_H

#include "pmwb/error.h"

struct store;

/* 1 when the named on-demand index exists in the file, 0 when not (or the name is not one). */
int store_index_exists(struct store *st, const char *name);

/* Build the named on-demand index (nothing when it exists), in a transaction of its own
 * unless one is open.  Another writer is not waited for long: PMWB_DB_BUSY, and the
 * caller carries on without the index (slower, never wrong). */
enum pmwb_status store_index_build(struct store *st, const char *name, struct pmwb_error *e);

/* Build every on-demand index that is missing; *built says how many were.  For a command,
 * so it waits for another writer as long as any command does (store_set_busy_timeout). */
enum pmwb_status store_index_build_all(struct store *st, int *built, struct pmwb_error *e);

/* Build the on-demand indexes a DELETE from this table needs for its foreign-key checks. */
enum pmwb_status store_index_build_for_delete(struct store *st, const char *table,
					      struct pmwb_error *e);

#endif
