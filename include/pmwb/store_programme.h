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

enum store_programme_match {
	STORE_PROGRAMME_NONE,
	STORE_PROGRAMME_FOUND,
	STORE_PROGRAMME_AMBIGUOUS, /* the name is two programmes' or more */
};

/* A programme by its code (case-insensitive), else by its name, as registers usually write
 * it: the same name in any case; else the same letters and digits ("Childrens Services" for
 * "Children's Services"); else either without the abbreviation in brackets at its end
 * ("Better Care Fund" for "Better Care Fund (BCF)", "Mental Health (MH)" for "Mental
 * Health"); else the code and the name together, as a drop-down list writes them ("BCF -
 * Better Care Fund", "BCF: Better Care Fund").  The first of those that matches decides;
 * when it matches more than one programme, the match is ambiguous and codes lists theirs
 * ("PLANNED, SEL-PLANNED"), since choosing one would file the row under a guess. */
enum pmwb_status store_programme_lookup(struct store_batch *b, const char *code_or_name,
					long long *id, enum store_programme_match *match,
					char *codes, size_t codes_size, struct pmwb_error *e);

#endif
