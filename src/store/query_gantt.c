/* The Gantt pane's paged rows: programmes, their projects, and each project's plan. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmwb/store_query_gantt.h"
#include "pmwb/text.h"
#include "milestone_state.h"
#include "query_common.h"
#include "store_impl.h"

/* Project statement variants: [sort][backward][has_after][has_match]. */
#define N_PROJ (STORE_PROJ_SORT_COUNT * 2 * 2 * 2)

struct store_gantt {
	struct store *st;
	enum store_project_sort sort;
	fy_month today; /* for the overdue marks */
	char filter[256];
	char filter_like[520];
	sqlite3_stmt *proj[N_PROJ];
	sqlite3_stmt *prog[2];     /* [backward] */
	sqlite3_stmt *find[2];     /* [backward] */
	sqlite3_stmt *prog_one, *phases, *milestones, *prog_milestones;
	sqlite3_stmt *detail, *detail_milestones, *proj_one;
};

/* A programme passes the filter when it or one of its projects matches. */
#define PROG_FILTER                                                                         \
	"(:f IS NULL OR code LIKE :f ESCAPE '\\' OR name LIKE :f ESCAPE '\\'"                  \
	" OR organisation LIKE :f ESCAPE '\\' OR EXISTS (SELECT 1 FROM project j"              \
	" WHERE j.programme_id = programme.id AND j.name LIKE :f ESCAPE '\\'))"
/* a programme matches by its code, its name or its organisation's name, so that the filter
 * narrows the plan to one organisation's programmes */
#define PROG_SELF                                                                          \
	"(:f IS NULL OR code LIKE :f ESCAPE '\\' OR name LIKE :f ESCAPE '\\'"                \
	" OR organisation LIKE :f ESCAPE '\\')"

static const char *const fixed_sql[] = {
	"SELECT id, code, name, " PROG_SELF " FROM programme WHERE id > :i AND " PROG_FILTER
	" ORDER BY id LIMIT :n",
	"SELECT id, code, name, " PROG_SELF " FROM programme WHERE id < :i AND " PROG_FILTER
	" ORDER BY id DESC LIMIT :n",
	"SELECT id, code, name, " PROG_SELF ", (code LIKE :m ESCAPE '\\' OR name LIKE :m ESCAPE '\\')"
	" FROM programme WHERE id > :i AND " PROG_FILTER " AND (code LIKE :m ESCAPE '\\'"
	" OR name LIKE :m ESCAPE '\\' OR EXISTS (SELECT 1 FROM project k WHERE"
	" k.programme_id = programme.id AND k.name LIKE :m ESCAPE '\\' AND (" PROG_SELF
	" OR k.name LIKE :f ESCAPE '\\'))) ORDER BY id LIMIT 1",
	"SELECT id, code, name, " PROG_SELF ", (code LIKE :m ESCAPE '\\' OR name LIKE :m ESCAPE '\\')"
	" FROM programme WHERE id < :i AND " PROG_FILTER " AND (code LIKE :m ESCAPE '\\'"
	" OR name LIKE :m ESCAPE '\\' OR EXISTS (SELECT 1 FROM project k WHERE"
	" k.programme_id = programme.id AND k.name LIKE :m ESCAPE '\\' AND (" PROG_SELF
	" OR k.name LIKE :f ESCAPE '\\'))) ORDER BY id DESC LIMIT 1",
	"SELECT id, code, name, " PROG_SELF " FROM programme WHERE id = :i",
	"SELECT letter, start_q, end_q FROM phase WHERE project_id = ?1 ORDER BY start_q LIMIT ?2",
	"SELECT ifnull(due_first, -1), ifnull(due_last, ifnull(due_first, -1)), "
	MILESTONE_OVERDUE_SQL("milestone", "?3") " FROM milestone"
	" WHERE project_id = ?1 ORDER BY due_first LIMIT ?2",
	/* milestone_key (programme_id, ifnull(project_id, 0), name) finds these. */
	"SELECT ifnull(due_first, -1), ifnull(due_last, ifnull(due_first, -1)), "
	MILESTONE_OVERDUE_SQL("milestone", "?3") " FROM milestone"
	" WHERE programme_id = ?1 AND ifnull(project_id, 0) = 0 ORDER BY due_first LIMIT ?2",
	"SELECT ifnull(description, ''), ifnull(success_measures, ''), ifnull(scope_refs, '')"
	" FROM project WHERE id = ?1",
	"SELECT name, ifnull(due_text, ''), done FROM milestone WHERE project_id = ?1"
	" ORDER BY due_first, name LIMIT ?2",
	"SELECT id, programme_id, name, value FROM project WHERE id = :i AND programme_id = :p"
	" AND (:s OR name LIKE :f ESCAPE '\\')",
};

enum pmwb_status store_gantt_open(struct store *st, struct store_gantt **out,
				  struct pmwb_error *e)
{
	struct store_gantt *g = calloc(1, sizeof(*g));
	sqlite3_stmt **slots[11];

	*out = NULL;
	if (!g)
		return err_set(e, PMWB_NOMEM, "out of memory opening the plan");
	g->st = st;
	slots[0] = &g->prog[0];
	slots[1] = &g->prog[1];
	slots[2] = &g->find[0];
	slots[3] = &g->find[1];
	slots[4] = &g->prog_one;
	slots[5] = &g->phases;
	slots[6] = &g->milestones;
	slots[7] = &g->prog_milestones;
	slots[8] = &g->detail;
	slots[9] = &g->detail_milestones;
	slots[10] = &g->proj_one;
	for (int i = 0; i < 11; i++) {
		if (store_prepare(st, fixed_sql[i], slots[i], e) != PMWB_OK) {
			store_gantt_close(g);
			return e->status;
		}
	}
	*out = g;
	return PMWB_OK;
}

void store_gantt_close(struct store_gantt *g)
{
	if (!g)
		return;
	for (int i = 0; i < N_PROJ; i++)
		sqlite3_finalize(g->proj[i]);
	for (int i = 0; i < 2; i++) {
		sqlite3_finalize(g->prog[i]);
		sqlite3_finalize(g->find[i]);
	}
	sqlite3_finalize(g->prog_one);
	sqlite3_finalize(g->phases);
	sqlite3_finalize(g->milestones);
	sqlite3_finalize(g->prog_milestones);
	sqlite3_finalize(g->detail);
	sqlite3_finalize(g->detail_milestones);
	sqlite3_finalize(g->proj_one);
	free(g);
}

void store_gantt_set_view(struct store_gantt *g, enum store_project_sort sort,
			  const char *filter)
{
	g->sort = (unsigned)sort < STORE_PROJ_SORT_COUNT ? sort : STORE_PROJ_SORT_PLAN;
	text_copy(g->filter, sizeof(g->filter), filter ? filter : "");
}

void store_gantt_set_today(struct store_gantt *g, fy_month today)
{
	g->today = today;
}

static const char *filter_like(struct store_gantt *g)
{
	return query_like_pattern(g->filter, g->filter_like, sizeof(g->filter_like));
}

static void read_programme(sqlite3_stmt *s, struct store_gantt_programme *p)
{
	memset(p, 0, sizeof(*p));
	p->id = sqlite3_column_int64(s, 0);
	query_column_text(s, 1, p->code, sizeof(p->code));
	query_column_text(s, 2, p->name, sizeof(p->name));
	p->self_match = sqlite3_column_int(s, 3);
}

enum pmwb_status store_gantt_programmes(struct store_gantt *g, long long after_id, int backward,
					int n, struct store_gantt_programme *out, int *got,
					struct pmwb_error *e)
{
	sqlite3_stmt *s = g->prog[!!backward];
	int rc = SQLITE_DONE;

	*got = 0;
	sqlite3_reset(s);
	query_bind_text(s, ":f", filter_like(g));
	query_bind_int64(s, ":i", after_id ? after_id : (backward ? INT64_MAX : 0));
	query_bind_int64(s, ":n", n);
	while (*got < n && (rc = sqlite3_step(s)) == SQLITE_ROW)
		read_programme(s, &out[(*got)++]);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_db_error(g->st, e, "reading the programmes");
	return PMWB_OK;
}

enum pmwb_status store_gantt_programme(struct store_gantt *g, long long id,
				       struct store_gantt_programme *out, int *found,
				       struct pmwb_error *e)
{
	sqlite3_stmt *s = g->prog_one;
	int rc;

	sqlite3_reset(s);
	query_bind_text(s, ":f", filter_like(g));
	query_bind_int64(s, ":i", id);
	rc = sqlite3_step(s);
	*found = rc == SQLITE_ROW;
	if (*found)
		read_programme(s, out);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_db_error(g->st, e, "reading a programme");
	return PMWB_OK;
}

enum pmwb_status store_gantt_find_programme(struct store_gantt *g, long long after_id,
					    int backward, const char *text,
					    struct store_gantt_programme *out, int *self,
					    int *found, struct pmwb_error *e)
{
	sqlite3_stmt *s = g->find[!!backward];
	char mlike[520];
	int rc;

	sqlite3_reset(s);
	query_bind_text(s, ":f", filter_like(g));
	query_bind_text(s, ":m", query_like_pattern(text, mlike, sizeof(mlike)));
	query_bind_int64(s, ":i", after_id ? after_id : (backward ? INT64_MAX : 0));
	rc = sqlite3_step(s);
	*found = rc == SQLITE_ROW;
	if (*found) {
		read_programme(s, out);
		*self = sqlite3_column_int(s, 4);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_db_error(g->st, e, "searching the plan");
	return PMWB_OK;
}

static void read_project(sqlite3_stmt *s, struct store_gantt_project *p);

#define VALUE_KEY "coalesce(value, -9223372036854775807)"

static void project_keyset(enum store_project_sort sort, int backward, const char **cond,
			   const char **order)
{
	switch (sort) {
	case STORE_PROJ_SORT_NAME:
		*cond = backward ? "(name < :t OR (name = :t AND id < :i))"
				 : "(name > :t OR (name = :t AND id > :i))";
		*order = backward ? "name DESC, id DESC" : "name, id";
		break;
	case STORE_PROJ_SORT_VALUE:
		*cond = backward ? "(" VALUE_KEY " > :v OR (" VALUE_KEY " = :v AND id < :i))"
				 : "(" VALUE_KEY " < :v OR (" VALUE_KEY " = :v AND id > :i))";
		*order = backward ? VALUE_KEY ", id DESC" : VALUE_KEY " DESC, id";
		break;
	default:
		*cond = backward ? "id < :i" : "id > :i";
		*order = backward ? "id DESC" : "id";
		break;
	}
}

static enum pmwb_status project_stmt(struct store_gantt *g, int backward, int has_after,
				     int has_match, sqlite3_stmt **out, struct pmwb_error *e)
{
	int v = ((g->sort * 2 + !!backward) * 2 + !!has_after) * 2 + !!has_match;
	const char *cond, *order;
	char sql[1024];

	if (!g->proj[v]) {
		project_keyset(g->sort, backward, &cond, &order);
		/* The projects of one programme come from project_programme (programme_id, id),
		 * so even a sort that no index serves touches only that programme's rows. */
		snprintf(sql, sizeof(sql),
			 "SELECT id, programme_id, name, value FROM project WHERE programme_id = :p"
			 " AND (:s OR name LIKE :f ESCAPE '\\')%s%s%s ORDER BY %s LIMIT :n",
			 has_after ? " AND " : "", has_after ? cond : "",
			 has_match ? " AND name LIKE :m ESCAPE '\\'" : "", order);
		if (store_prepare(g->st, sql, &g->proj[v], e) != PMWB_OK)
			return e->status;
	}
	*out = g->proj[v];
	return PMWB_OK;
}

static enum pmwb_status read_plan(struct store_gantt *g, sqlite3_stmt *ms, long long id,
				  struct store_gantt_project *p, struct pmwb_error *e)
{
	int rc;

	p->n_phases = 0;
	if (ms == g->milestones) {
		sqlite3_reset(g->phases);
		sqlite3_bind_int64(g->phases, 1, id);
		sqlite3_bind_int(g->phases, 2, STORE_PLAN_PHASES);
		while ((rc = sqlite3_step(g->phases)) == SQLITE_ROW) {
			const unsigned char *l = sqlite3_column_text(g->phases, 0);
			struct store_gantt_phase *ph = &p->phase[p->n_phases++];
			ph->letter = l ? (char)l[0] : '?';
			ph->start_q = sqlite3_column_int(g->phases, 1);
			ph->end_q = sqlite3_column_int(g->phases, 2);
		}
		sqlite3_reset(g->phases);
		if (rc != SQLITE_DONE)
			return store_db_error(g->st, e, "reading a project's phases");
	}
	p->n_milestones = 0;
	sqlite3_reset(ms);
	sqlite3_bind_int64(ms, 1, id);
	sqlite3_bind_int(ms, 2, STORE_PLAN_MILESTONES);
	sqlite3_bind_int(ms, 3, g->today);
	while ((rc = sqlite3_step(ms)) == SQLITE_ROW) {
		p->milestone_first[p->n_milestones] = sqlite3_column_int(ms, 0);
		p->milestone_last[p->n_milestones] = sqlite3_column_int(ms, 1);
		p->milestone_overdue[p->n_milestones] = (unsigned char)sqlite3_column_int(ms, 2);
		p->n_milestones++;
	}
	sqlite3_reset(ms);
	if (rc != SQLITE_DONE)
		return store_db_error(g->st, e, "reading milestones");
	return PMWB_OK;
}

enum pmwb_status store_gantt_projects(struct store_gantt *g, const struct store_gantt_programme *prog,
				      const struct store_gantt_project *after, int backward,
				      const char *match, int n, struct store_gantt_project *out,
				      int *got, struct pmwb_error *e)
{
	sqlite3_stmt *s = NULL;
	char mlike[520];
	const char *fl = filter_like(g);
	int rc = SQLITE_DONE;

	*got = 0;
	if (project_stmt(g, backward, after != NULL, match != NULL, &s, e) != PMWB_OK)
		return e->status;
	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
	query_bind_int64(s, ":p", prog->id);
	query_bind_int64(s, ":s", fl == NULL || prog->self_match);
	query_bind_text(s, ":f", fl);
	if (match)
		query_bind_text(s, ":m", query_like_pattern(match, mlike, sizeof(mlike)));
	if (after) {
		query_bind_text(s, ":t", after->name);
		query_bind_int64(s, ":i", after->id);
		query_bind_int64(s, ":v", after->has_value ? after->value : -INT64_MAX);
	}
	query_bind_int64(s, ":n", n);
	while (*got < n && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		read_project(s, &out[(*got)++]);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_db_error(g->st, e, "reading the projects");
	for (int i = 0; i < *got; i++)
		if (read_plan(g, g->milestones, out[i].id, &out[i], e) != PMWB_OK)
			return e->status;
	return PMWB_OK;
}

static void read_project(sqlite3_stmt *s, struct store_gantt_project *p)
{
	memset(p, 0, sizeof(*p));
	p->id = sqlite3_column_int64(s, 0);
	p->programme_id = sqlite3_column_int64(s, 1);
	query_column_text(s, 2, p->name, sizeof(p->name));
	p->has_value = sqlite3_column_type(s, 3) != SQLITE_NULL;
	p->value = sqlite3_column_int64(s, 3);
}

enum pmwb_status store_gantt_project(struct store_gantt *g, const struct store_gantt_programme *prog,
				     long long id, struct store_gantt_project *out, int *found,
				     struct pmwb_error *e)
{
	sqlite3_stmt *s = g->proj_one;
	const char *fl = filter_like(g);
	int rc;

	sqlite3_reset(s);
	query_bind_int64(s, ":i", id);
	query_bind_int64(s, ":p", prog->id);
	query_bind_int64(s, ":s", fl == NULL || prog->self_match);
	query_bind_text(s, ":f", fl);
	rc = sqlite3_step(s);
	*found = rc == SQLITE_ROW;
	if (*found)
		read_project(s, out);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_db_error(g->st, e, "reading a project");
	if (*found)
		return read_plan(g, g->milestones, out->id, out, e);
	return PMWB_OK;
}

enum pmwb_status store_gantt_programme_milestones(struct store_gantt *g, long long prog_id,
						  struct store_gantt_project *out,
						  struct pmwb_error *e)
{
	return read_plan(g, g->prog_milestones, prog_id, out, e);
}

enum pmwb_status store_gantt_project_detail(struct store_gantt *g, long long project_id,
					    struct store_project_detail *out,
					    struct pmwb_error *e)
{
	sqlite3_stmt *s = g->detail;
	int rc;

	memset(out, 0, sizeof(*out));
	sqlite3_reset(s);
	sqlite3_bind_int64(s, 1, project_id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		query_column_text(s, 0, out->description, sizeof(out->description));
		query_column_text(s, 1, out->success_measures, sizeof(out->success_measures));
		query_column_text(s, 2, out->scope_refs, sizeof(out->scope_refs));
	}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_db_error(g->st, e, "reading a project");

	sqlite3_reset(g->phases);
	sqlite3_bind_int64(g->phases, 1, project_id);
	sqlite3_bind_int(g->phases, 2, STORE_DETAIL_ITEMS);
	while ((rc = sqlite3_step(g->phases)) == SQLITE_ROW) {
		const unsigned char *l = sqlite3_column_text(g->phases, 0);
		struct store_gantt_phase *ph = &out->phase[out->n_phases++];
		ph->letter = l ? (char)l[0] : '?';
		ph->start_q = sqlite3_column_int(g->phases, 1);
		ph->end_q = sqlite3_column_int(g->phases, 2);
	}
	sqlite3_reset(g->phases);
	if (rc != SQLITE_DONE)
		return store_db_error(g->st, e, "reading a project's phases");

	s = g->detail_milestones;
	sqlite3_reset(s);
	sqlite3_bind_int64(s, 1, project_id);
	sqlite3_bind_int(s, 2, STORE_DETAIL_ITEMS + 1);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (out->n_milestones == STORE_DETAIL_ITEMS) {
			out->more_milestones = 1;
			continue;
		}
		query_column_text(s, 0, out->milestone[out->n_milestones].name, STORE_NAME_MAX);
		query_column_text(s, 1, out->milestone[out->n_milestones].due_text, STORE_CODE_MAX);
		out->milestone[out->n_milestones].done = sqlite3_column_int(s, 2);
		out->n_milestones++;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_db_error(g->st, e, "reading a project's milestones");
	return PMWB_OK;
}
