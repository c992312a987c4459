/* Organisations: the commissioners (or councils, trusts) whose plans share one file.  A
 * programme names its organisation; the corporate register and the organisation-level
 * measures belong to one by id (schema v8). */
#ifndef PMWB_STORE_ORGANISATION_H
#define PMWB_STORE_ORGANISATION_H

#include <stddef.h>

#include "pmwb/error.h"

struct store;

enum store_organisation_match {
	STORE_ORGANISATION_NONE,
	STORE_ORGANISATION_FOUND,
	STORE_ORGANISATION_AMBIGUOUS, /* the name matches several equally well */
};

/* An organisation by its name as a sheet or a user writes it, by the rule programme names
 * follow (pmwb/name_match.h): its id and its name as the file has it (canonical).  names
 * receives, quoted, the candidates when ambiguous, or every organisation's when none
 * matches ("" when the file has none), for the caller's message. */
enum pmwb_status store_organisation_lookup(struct store *st, const char *name, long long *id,
					   char *canonical, size_t canonical_size,
					   enum store_organisation_match *match, char *names,
					   size_t names_size, struct pmwb_error *e);

/* How many organisations the file holds, the id of the only one when there is one (else 0),
 * and their names, quoted and comma-separated, for a message. */
enum pmwb_status store_organisation_count(struct store *st, int *n, long long *only_id,
					  char *names, size_t names_size, struct pmwb_error *e);

#endif
