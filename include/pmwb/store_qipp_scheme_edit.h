/* Changing one QIPP scheme by hand (the QIPP pane's scheme form): add, edit and delete a
 * scheme with its plan for a year (gross and net), each in one transaction with its audit
 * entry.  Nothing is half-written: on any failure the database is as it was. */
#ifndef PMWB_STORE_QIPP_SCHEME_EDIT_H
#define PMWB_STORE_QIPP_SCHEME_EDIT_H

#include "pmwb/error.h"
#include "pmwb/money.h"
#include "pmwb/store_query.h"

struct store;

#define STORE_QIPP_SCHEME_TEXT_MAX 1000

/* A scheme as the form edits it, with its plan for one financial year: text "" when not
 * given; has_gross/has_net 0 when the plan does not give it (no plan row: both 0). */
struct store_qipp_scheme_record {
	long long id; /* 0: a new scheme */
	char programme[STORE_CODE_MAX]; /* code */
	char name[STORE_NAME_MAX];
	char area_of_spend[STORE_NAME_MAX];
	char recurrence[4]; /* "R", "NR" or "" */
	char category[STORE_NAME_MAX];
	char owner[STORE_NAME_MAX];
	char description[STORE_QIPP_SCHEME_TEXT_MAX];
	int fy; /* the plan's year, as core/fy.h counts them */
	int has_gross, has_net;
	money_pounds gross, net;
};

/* The scheme with its plan for year fy. */
enum pmwb_status store_qipp_scheme_load(struct store *st, long long id, int fy,
					struct store_qipp_scheme_record *out,
					struct pmwb_error *e);

/* The programme with this code (any case): its code as written into canonical; *found 0
 * when there is none. */
enum pmwb_status store_qipp_scheme_programme(struct store *st, const char *code,
					     char *canonical, size_t size, int *found,
					     struct pmwb_error *e);

/* Writes `rec` (insert when rec->id is 0, setting it), given `before` as the form loaded it
 * (NULL for a new scheme): the fields that changed, and the year's plan (written, or removed
 * when it gives neither gross nor net), with an audit entry listing each change as
 * old -> new.  Refused, nothing written, when the scheme or that plan no longer matches
 * `before` (PMWB_STALE, naming every field someone else changed), when the programme has another scheme
 * of that name, or when there is no such programme. */
enum pmwb_status store_qipp_scheme_save(struct store *st, struct store_qipp_scheme_record *rec,
					const struct store_qipp_scheme_record *before,
					struct pmwb_error *e);

/* Deletes the scheme with all its yearly plans and monthly figures, if it is still as
 * `before`; the audit entry keeps its fields and how many plans and months went with it. */
enum pmwb_status store_qipp_scheme_delete(struct store *st,
					  const struct store_qipp_scheme_record *before,
					  struct pmwb_error *e);

#endif
