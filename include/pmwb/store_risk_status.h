/* Which words of a risk's status mean closed: the table risk_status (schema v8), keyed by
 * the word (any case), each open or closed.  A status is closed when the longest word that is
 * the whole status, or its start followed by anything but a letter, is a closed one
 * ("Closed - mitigated", "Complete (Mar 2014)"); trimmed, ignoring case; no such word: open.
 * The register keeps its own word; every count, filter and report reads the state through
 * this one rule, and a change to the table recounts the heat map by trigger. */
#ifndef PMWB_STORE_RISK_STATUS_H
#define PMWB_STORE_RISK_STATUS_H

#include <stddef.h>

#include "pmwb/store_batch.h"

enum store_risk_status_col {
	STORE_RISK_STATUS_WORD,
	STORE_RISK_STATUS_STATE, /* "open" or "closed" */
	STORE_RISK_STATUS_SRC_FILE,
	STORE_RISK_STATUS_SRC_LINE,
	STORE_RISK_STATUS_NCOLS
};

extern const struct store_entity store_risk_status_entity;

struct store;

/* *closed: 1 when `status` means closed under the table as it is now (in a transaction:
 * with its changes). */
enum pmwb_status store_risk_status_closed(struct store *st, const char *status, int *closed,
					  struct pmwb_error *e);

/* The words of one state ("open" or "closed"), as "Closed, Complete, ..." in buf (cut at
 * size) and how many there are in *count. */
enum pmwb_status store_risk_status_words(struct store *st, const char *state, char *buf,
					 size_t size, int *count, struct pmwb_error *e);

#endif
