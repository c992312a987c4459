/* Changing one programme by hand (the Programmes pane's form): add, edit and delete, each in
 * one transaction with its audit entry.  Nothing is half-written: on any failure the database
 * is as it was. */
#ifndef PMWB_STORE_PROGRAMME_EDIT_H
#define PMWB_STORE_PROGRAMME_EDIT_H

#include <stddef.h>

#include "pmwb/error.h"
#include "pmwb/store_query.h"

struct store;

#define STORE_SUMMARY_MAX 1000

/* A programme as the form edits it: text "" when not given, a year 0 when not given (else
 * the year its financial year starts in, as core/fy.h counts them). */
struct store_programme_record {
	long long id; /* 0: a new programme */
	char code[STORE_CODE_MAX];
	char name[STORE_NAME_MAX];
	char organisation[STORE_NAME_MAX];
	char chair[STORE_PERSON_MAX], sro[STORE_PERSON_MAX];
	char lead[STORE_PERSON_MAX], manager[STORE_PERSON_MAX];
	int start_fy, end_fy;
	char summary[STORE_SUMMARY_MAX];
	unsigned cut; /* after load: bit i set when field i is longer in the file than here */
};

/* What a programme holds, which goes with it when it is deleted. */
struct store_programme_holdings {
	long projects, risks, schemes, milestones, measures;
};

/* The record's fields in form order (code, name, organisation, chair, sro, lead, manager,
 * start_fy, end_fy, summary), for the bits of `cut`. */
enum { STORE_PROGRAMME_FIELDS = 10 };

enum pmwb_status store_programme_load(struct store *st, long long id,
				      struct store_programme_record *out, struct pmwb_error *e);

/* The two records hold the same programme in every field? */
int store_programme_same(const struct store_programme_record *a,
			 const struct store_programme_record *b);

/* Writes `rec` (insert when rec->id is 0, setting it), given `before` as the form loaded it
 * (NULL for a new programme): only the fields that changed, with an audit entry listing each
 * as old -> new in full.  Refused, with nothing written, when the programme no longer matches
 * `before` (the error names every field someone else changed) or when another programme has
 * the code (the error names it). */
enum pmwb_status store_programme_save(struct store *st, struct store_programme_record *rec,
				      const struct store_programme_record *before,
				      struct pmwb_error *e);

enum pmwb_status store_programme_holdings(struct store *st, long long id,
					  struct store_programme_holdings *out,
					  struct pmwb_error *e);

/* "3 projects, 1 risk and 2 QIPP schemes" ("nothing" when it holds nothing). */
void store_programme_holdings_text(const struct store_programme_holdings *h, char *buf,
				   size_t size);

/* Deletes the programme if it is still as `before` and holds nothing, or, with `confirmed`,
 * holds exactly what the user was told it holds (all of which goes with it).  Else nothing is
 * deleted and the error says what it holds now. */
enum pmwb_status store_programme_delete(struct store *st,
					const struct store_programme_record *before,
					const struct store_programme_holdings *confirmed,
					struct pmwb_error *e);

#endif
