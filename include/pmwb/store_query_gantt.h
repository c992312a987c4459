/* The Gantt pane's rows: programmes (group rows) and their projects, each paged by keyset,
 * with the phases and milestones of a project for drawing its quarters. */
#ifndef PMWB_STORE_QUERY_GANTT_H
#define PMWB_STORE_QUERY_GANTT_H

#include <stdint.h>

#include "pmwb/error.h"
#include "pmwb/fy.h"
#include "pmwb/store_query.h"

struct store;
struct store_gantt;

enum store_project_sort {
	STORE_PROJ_SORT_PLAN, /* the order of the delivery table */
	STORE_PROJ_SORT_NAME,
	STORE_PROJ_SORT_VALUE, /* highest value first */
	STORE_PROJ_SORT_COUNT
};

struct store_gantt_programme {
	long long id;
	char code[STORE_CODE_MAX];
	char name[STORE_NAME_MAX];
	int self_match; /* the filter matched the programme itself, so all its projects show */
};

#define STORE_PLAN_PHASES 12
#define STORE_PLAN_MILESTONES 12

struct store_gantt_phase {
	char letter; /* S D P I R */
	fy_quarter start_q, end_q;
};

struct store_gantt_project {
	long long id;
	long long programme_id;
	char name[STORE_NAME_MAX];
	int has_value;
	int64_t value; /* pounds */
	/* The plan, for drawing: the first STORE_PLAN_* phases and milestones by date. */
	int n_phases, n_milestones;
	struct store_gantt_phase phase[STORE_PLAN_PHASES];
	fy_month milestone_first[STORE_PLAN_MILESTONES]; /* -1: undated */
	fy_month milestone_last[STORE_PLAN_MILESTONES];
	unsigned char milestone_overdue[STORE_PLAN_MILESTONES]; /* store_milestone_edit.h */
};

enum pmwb_status store_gantt_open(struct store *st, struct store_gantt **out,
				  struct pmwb_error *e);
void store_gantt_close(struct store_gantt *g);

/* Project order within a programme, and a filter matched against programme code/name and
 * project name (a programme shows when it or one of its projects matches). */
void store_gantt_set_view(struct store_gantt *g, enum store_project_sort sort,
			  const char *filter);

/* "Today", for judging which milestones are overdue (store_milestone_edit.h); rows read
 * afterwards carry the marks. */
void store_gantt_set_today(struct store_gantt *g, fy_month today);

/* Programmes (plan order) after after_id (0: from the first) or before it when backward
 * (0: from the last), nearest first. */
enum pmwb_status store_gantt_programmes(struct store_gantt *g, long long after_id, int backward,
					int n, struct store_gantt_programme *out, int *got,
					struct pmwb_error *e);
enum pmwb_status store_gantt_programme(struct store_gantt *g, long long id,
				       struct store_gantt_programme *out, int *found,
				       struct pmwb_error *e);

/* Projects of programme prog (passing its self_match) after `after` (NULL: from the first)
 * or before it when backward, nearest first; with their plans.  `match`, when not NULL,
 * keeps only projects whose name contains it (search). */
enum pmwb_status store_gantt_projects(struct store_gantt *g, const struct store_gantt_programme *prog,
				      const struct store_gantt_project *after, int backward,
				      const char *match, int n, struct store_gantt_project *out,
				      int *got, struct pmwb_error *e);

/* One project of programme prog by id (with its plan); *found 0 when it is gone or filtered. */
enum pmwb_status store_gantt_project(struct store_gantt *g, const struct store_gantt_programme *prog,
				     long long id, struct store_gantt_project *out, int *found,
				     struct pmwb_error *e);

/* The nearest programme after after_id (or before, when backward) that is or holds a match
 * for text (case-insensitive, within the filter). */
enum pmwb_status store_gantt_find_programme(struct store_gantt *g, long long after_id,
					    int backward, const char *text,
					    struct store_gantt_programme *out, int *self,
					    int *found, struct pmwb_error *e);

/* Programme-level milestones (no project) for a group row. */
enum pmwb_status store_gantt_programme_milestones(struct store_gantt *g, long long prog_id,
						  struct store_gantt_project *out,
						  struct pmwb_error *e);

/* The detail panel: the full text, every phase and milestone (up to the limits). */
#define STORE_DETAIL_TEXT 1024
#define STORE_DETAIL_ITEMS 24
struct store_project_detail {
	char description[STORE_DETAIL_TEXT];
	char success_measures[STORE_DETAIL_TEXT];
	char scope_refs[STORE_CODE_MAX * 2];
	int n_phases, n_milestones, more_milestones;
	struct store_gantt_phase phase[STORE_DETAIL_ITEMS];
	struct {
		char name[STORE_NAME_MAX];
		char due_text[STORE_CODE_MAX];
		int done;
	} milestone[STORE_DETAIL_ITEMS];
};

enum pmwb_status store_gantt_project_detail(struct store_gantt *g, long long project_id,
					    struct store_project_detail *out,
					    struct pmwb_error *e);

#endif
