/* Changing a project's milestones by hand (the Gantt pane's milestone list): add, edit (name
 * and due date), done and not done, delete, each in one transaction with its audit entry;
 * and the overdue milestones (not done, due before today's month) that the Gantt marks and
 * the exception report lists, counted by one function for both. */
#ifndef PMWB_STORE_MILESTONE_EDIT_H
#define PMWB_STORE_MILESTONE_EDIT_H

#include "pmwb/error.h"
#include "pmwb/fy.h"
#include "pmwb/store_query.h"

struct store;

#define STORE_DUE_MAX 64

/* A milestone as the form edits it.  due_text is the date as written; due_first and
 * due_last the months it covers (core/date.h's date_parse_due), 0 when it cannot be placed
 * (TBC, "end Q2", empty). */
struct store_milestone_record {
	long long id;           /* 0: a new milestone */
	long long programme_id; /* not edited */
	long long project_id;   /* not edited */
	char name[STORE_NAME_MAX];
	char due_text[STORE_DUE_MAX];
	int due_first, due_last; /* fy_month ordinals */
	int done;
	int overdue; /* as read by store_milestone_list: not done, due before today */
};

enum pmwb_status store_milestone_load(struct store *st, long long id,
				      struct store_milestone_record *out, struct pmwb_error *e);

/* A project's milestones by due date (undated last), then name: up to max of them into out
 * (*n how many, *more set when there are others), each with overdue judged at today. */
enum pmwb_status store_milestone_list(struct store *st, long long project_id, fy_month today,
				      struct store_milestone_record *out, int max, int *n,
				      int *more, struct pmwb_error *e);

/* Writes rec (insert into rec->project_id when rec->id is 0, setting it) given `before` as
 * loaded (NULL for a new one): name and due date, with an audit entry listing what changed
 * as old -> new.  Refused, with nothing written, when the milestone no longer matches
 * `before` (PMWB_STALE: the error names the fields someone else changed, or says it was
 * deleted) or the project has another milestone of that name. */
enum pmwb_status store_milestone_save(struct store *st, struct store_milestone_record *rec,
				      const struct store_milestone_record *before,
				      struct pmwb_error *e);

/* Marks it done (or not done), if it is still as `before`; audited as "done"/"undone". */
enum pmwb_status store_milestone_set_done(struct store *st,
					  const struct store_milestone_record *before, int done,
					  struct pmwb_error *e);

/* Deletes it, if it is still as `before`. */
enum pmwb_status store_milestone_delete(struct store *st,
					const struct store_milestone_record *before,
					struct pmwb_error *e);

/* An overdue milestone of the plan, for the exception report. */
struct store_overdue_row {
	char programme_code[STORE_CODE_MAX];
	char project[STORE_NAME_MAX]; /* "" for a programme's own milestone */
	char milestone[STORE_NAME_MAX];
	char due_text[STORE_DUE_MAX];
	fy_month due_last;
	int months_late; /* today's month less the last month it was due in */
};

typedef enum pmwb_status (*store_overdue_fn)(void *ctx, const struct store_overdue_row *row,
					     struct pmwb_error *e);

/* How many milestones are overdue at today's month: of one organisation's programmes (its
 * name, any case) or of all for NULL.  What the Gantt pane shows and the report counts. */
enum pmwb_status store_milestone_overdue_count(struct store *st, fy_month today,
					       const char *organisation, long *n,
					       struct pmwb_error *e);

/* Each of them, by programme, project, due date and name. */
enum pmwb_status store_milestone_overdue_each(struct store *st, fy_month today,
					      const char *organisation, store_overdue_fn fn,
					      void *ctx, struct pmwb_error *e);

#endif
