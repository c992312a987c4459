/* Programmes: keyed by code. */
#ifndef PMWB_STORE_PROGRAMME_H
#define PMWB_STORE_PROGRAMME_H

#include "pmwb/store_batch.h"

enum store_programme_col {
	STORE_PROGRAMME_CODE,
	STORE_PROGRAMME_NAME,
	STORE_PROGRAMME_ORGANISATION,
	STORE_PROGRAMME_CHAIR,
	STORE_PROGRAMME_SRO,
	STORE_PROGRAMME_LEAD,
	STORE_PROGRAMME_MANAGER,
	STORE_PROGRAMME_START_FY,
	STORE_PROGRAMME_END_FY,
	STORE_PROGRAMME_SUMMARY,
	STORE_PROGRAMME_SOURCE,
	STORE_PROGRAMME_SRC_FILE,
	STORE_PROGRAMME_SRC_LINE,
	STORE_PROGRAMME_NCOLS
};

extern const struct store_entity store_programme_entity;

/* A programme by its code, else by its name (both case-insensitive): registers usually
 * write the name.  *found is 0 when neither matches; *ambiguous when the name matches two. */
enum pmwb_status store_programme_lookup(struct store_batch *b, const char *code_or_name,
					long long *id, int *found, struct pmwb_error *e);

#endif
