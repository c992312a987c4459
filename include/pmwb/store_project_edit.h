/* Changing one project by hand (the Gantt pane's project form): add, edit and delete, each
 * in one transaction with its audit entry.  Nothing is half-written: on any failure the
 * database is as it was. */
#ifndef PMWB_STORE_PROJECT_EDIT_H
#define PMWB_STORE_PROJECT_EDIT_H

#include "pmwb/error.h"
#include "pmwb/store_query.h"

struct store;

#define STORE_PROJECT_TEXT_MAX 1000

/* A project as the form edits it: text "" when not given, value 0 when not given. */
struct store_project_record {
	long long id;           /* 0: a new project */
	long long programme_id; /* the programme it is in (not edited) */
	char programme_code[STORE_CODE_MAX]; /* for messages and the audit key (not edited) */
	char name[STORE_NAME_MAX];
	long long value; /* pounds */
	char scope_refs[STORE_NAME_MAX];
	char description[STORE_PROJECT_TEXT_MAX];
	char success_measures[STORE_PROJECT_TEXT_MAX];
	char outcome_indicators[STORE_PROJECT_TEXT_MAX];
	char high_impact_innovations[STORE_PROJECT_TEXT_MAX];
	unsigned cut; /* after load: bit i set when field i is longer in the file than here */
};

/* The record's fields in form order (name, value, scope_refs, description,
 * success_measures, outcome_indicators, high_impact_innovations), for the bits of `cut`. */
enum { STORE_PROJECT_FIELDS = 7 };

/* What goes with a project when it is deleted. */
struct store_project_holdings {
	long milestones, phases;
};

enum pmwb_status store_project_load(struct store *st, long long id,
				    struct store_project_record *out, struct pmwb_error *e);

/* The programme's code, for a new project's record (refused when it is gone). */
enum pmwb_status store_project_new(struct store *st, long long programme_id,
				   struct store_project_record *out, struct pmwb_error *e);

/* Writes `rec` (insert into rec->programme_id when rec->id is 0, setting it), given `before`
 * as the form loaded it (NULL for a new project): only the fields that changed, with an
 * audit entry listing each as old -> new in full.  Refused, with nothing written, when the
 * project no longer matches `before` (the error names every field someone else changed) or
 * when the programme has another project of that name. */
enum pmwb_status store_project_save(struct store *st, struct store_project_record *rec,
				    const struct store_project_record *before,
				    struct pmwb_error *e);

enum pmwb_status store_project_holdings(struct store *st, long long id,
					struct store_project_holdings *out, struct pmwb_error *e);

/* Deletes the project (its phases and baseline go with it) if it is still as `before` and
 * holds no milestones, or, with `confirmed_milestones` >= 0, exactly that many (which go
 * with it).  Else nothing is deleted and the error says how many it holds now. */
enum pmwb_status store_project_delete(struct store *st, const struct store_project_record *before,
				      long confirmed_milestones, struct pmwb_error *e);

#endif
