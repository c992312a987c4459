/* The Gantt row model: a programme's group row, then (unless folded) its projects.  Rows are
 * read one programme at a time by key, so a page costs a few index seeks however large the
 * portfolio is, and folded groups cost one seek each. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ui_gantt_rows.h"

int gantt_rows_folded(const struct gantt_rows *m, long long prog_id)
{
	return ui_folds_is_folded(&m->folds, prog_id);
}

enum pmwb_status gantt_rows_set_folded(struct gantt_rows *m, long long prog_id, int folded,
				       struct pmwb_error *e)
{
	return ui_folds_set(&m->folds, prog_id, folded, e);
}

void gantt_rows_fold_all(struct gantt_rows *m, int folded)
{
	ui_folds_set_all(&m->folds, folded);
}

void gantt_rows_free(struct gantt_rows *m)
{
	ui_folds_free(&m->folds);
}

static enum pmwb_status group_row(struct gantt_rows *m, const struct store_gantt_programme *p,
				  struct gantt_row *out, struct pmwb_error *e)
{
	memset(out, 0, sizeof(*out));
	out->kind = GANTT_GROUP;
	out->prog = *p;
	return store_gantt_programme_milestones(m->g, p->id, &out->proj, e);
}

/* Append up to want projects of p after `after` (in the given direction) to out[*k]. */
static enum pmwb_status add_projects(struct gantt_rows *m, const struct store_gantt_programme *p,
				     const struct store_gantt_project *after, int backward,
				     int want, struct gantt_row *out, int *k, int *got,
				     struct pmwb_error *e)
{
	struct store_gantt_project proj[64];

	*got = 0;
	while (want > 0) {
		int ask = want < 64 ? want : 64, n;
		if (store_gantt_projects(m->g, p, after, backward, NULL, ask, proj, &n, e) != PMWB_OK)
			return e->status;
		for (int i = 0; i < n; i++) {
			struct gantt_row *r = &out[(*k)++];
			r->kind = GANTT_PROJECT;
			r->prog = *p;
			r->proj = proj[i];
		}
		*got += n;
		want -= n;
		if (n < ask)
			break;
		after = &out[*k - 1].proj;
	}
	return PMWB_OK;
}

#define PROG_BATCH 64

static enum pmwb_status fetch_forward(struct gantt_rows *m, const struct gantt_row *after, int n,
				      struct gantt_row *out, int *k, struct pmwb_error *e)
{
	struct store_gantt_programme batch[PROG_BATCH];
	long long last_id = 0;
	int got;

	/* The rest of the group `after` is in, then the programmes after it, a batch at a time
	 * so that a screen of folded groups costs one query, not one per group. */
	if (after) {
		last_id = after->prog.id;
		if (!gantt_rows_folded(m, after->prog.id) &&
		    add_projects(m, &after->prog, after->kind == GANTT_PROJECT ? &after->proj : NULL, 0,
				 n - *k, out, k, &got, e) != PMWB_OK)
			return e->status;
	}
	while (*k < n) {
		int want = n - *k < PROG_BATCH ? n - *k : PROG_BATCH, found;
		if (store_gantt_programmes(m->g, last_id, 0, want, batch, &found, e) != PMWB_OK)
			return e->status;
		for (int i = 0; i < found && *k < n; i++) {
			if (group_row(m, &batch[i], &out[(*k)++], e) != PMWB_OK)
				return e->status;
			if (!gantt_rows_folded(m, batch[i].id) &&
			    add_projects(m, &batch[i], NULL, 0, n - *k, out, k, &got, e) != PMWB_OK)
				return e->status;
		}
		if (found < want)
			break;
		last_id = batch[found - 1].id;
	}
	return PMWB_OK;
}

static enum pmwb_status fetch_backward(struct gantt_rows *m, const struct gantt_row *after, int n,
				       struct gantt_row *out, int *k, struct pmwb_error *e)
{
	struct store_gantt_programme cur;
	const struct store_gantt_project *before = NULL;
	int projects_first, got, found;

	if (!after) {
		if (store_gantt_programmes(m->g, 0, 1, 1, &cur, &found, e) != PMWB_OK)
			return e->status;
		if (!found)
			return PMWB_OK;
		projects_first = 1;
	} else if (after->kind == GANTT_PROJECT) {
		cur = after->prog;
		before = &after->proj;
		projects_first = 1;
	} else {
		cur = after->prog;
		projects_first = 0; /* only programmes before this group are left */
		goto previous;
	}
	while (*k < n) {
		if (projects_first && !gantt_rows_folded(m, cur.id)) {
			/* Nearest first: the projects from the end, then the group row above them. */
			if (add_projects(m, &cur, before, 1, n - *k, out, k, &got, e) != PMWB_OK)
				return e->status;
			if (*k >= n)
				break;
		}
		if (group_row(m, &cur, &out[(*k)++], e) != PMWB_OK)
			return e->status;
previous:
		if (*k >= n)
			break;
		if (store_gantt_programmes(m->g, cur.id, 1, 1, &cur, &found, e) != PMWB_OK)
			return e->status;
		if (!found)
			break;
		before = NULL;
		projects_first = 1;
	}
	return PMWB_OK;
}

enum pmwb_status gantt_rows_fetch(void *model, const void *after, int backward, int n, void *out,
				  int *got, struct pmwb_error *e)
{
	struct gantt_rows *m = model;

	*got = 0;
	if (backward)
		return fetch_backward(m, after, n, out, got, e);
	return fetch_forward(m, after, n, out, got, e);
}

enum pmwb_status gantt_rows_group(struct gantt_rows *m, long long prog_id, struct gantt_row *out,
				  int *found, struct pmwb_error *e)
{
	struct store_gantt_programme p;

	if (store_gantt_programme(m->g, prog_id, &p, found, e) != PMWB_OK)
		return e->status;
	if (!*found)
		return PMWB_OK;
	return group_row(m, &p, out, e);
}

enum pmwb_status gantt_rows_project(struct gantt_rows *m, long long prog_id, long long proj_id,
				    struct gantt_row *out, int *found, struct pmwb_error *e)
{
	struct store_gantt_programme p;

	err_clear(e);
	if (store_gantt_programme(m->g, prog_id, &p, found, e) != PMWB_OK || !*found)
		return e->status;
	memset(out, 0, sizeof(*out));
	out->kind = GANTT_PROJECT;
	out->prog = p;
	return store_gantt_project(m->g, &p, proj_id, &out->proj, found, e);
}

static int contains(const char *hay, const char *needle)
{
	return strcasestr(hay, needle) != NULL;
}

static int group_matches(const struct store_gantt_programme *p, const char *text)
{
	return contains(p->code, text) || contains(p->name, text);
}

/* A matching project of p after `after` (NULL: the first / last), nearest first. */
static enum pmwb_status match_in(struct gantt_rows *m, const struct store_gantt_programme *p,
				 const struct store_gantt_project *after, int backward,
				 const char *text, struct gantt_row *out, int *found,
				 struct pmwb_error *e)
{
	struct store_gantt_project proj;

	if (store_gantt_projects(m->g, p, after, backward, text, 1, &proj, found, e) != PMWB_OK)
		return e->status;
	if (*found) {
		memset(out, 0, sizeof(*out));
		out->kind = GANTT_PROJECT;
		out->prog = *p;
		out->proj = proj;
	}
	return PMWB_OK;
}

enum pmwb_status gantt_rows_find(struct gantt_rows *m, const struct gantt_row *from, int backward,
				 int inclusive, const char *text, struct gantt_row *out, int *found,
				 struct pmwb_error *e)
{
	struct store_gantt_programme p;
	int self;

	err_clear(e);
	*found = 0;
	if (from) {
		if (inclusive &&
		    (from->kind == GANTT_GROUP ? group_matches(&from->prog, text)
					       : contains(from->proj.name, text))) {
			*out = *from;
			*found = 1;
			return PMWB_OK;
		}
		if (!backward) {
			/* The rest of this group, in display order. */
			if (match_in(m, &from->prog, from->kind == GANTT_PROJECT ? &from->proj : NULL,
				     0, text, out, found, e) != PMWB_OK || *found)
				return e->status;
		} else if (from->kind == GANTT_PROJECT) {
			if (match_in(m, &from->prog, &from->proj, 1, text, out, found, e) != PMWB_OK ||
			    *found)
				return e->status;
			if (group_matches(&from->prog, text))
				return gantt_rows_group(m, from->prog.id, out, found, e);
		}
	}
	if (store_gantt_find_programme(m->g, from ? from->prog.id : 0, backward, text, &p, &self,
				       found, e) != PMWB_OK || !*found)
		return e->status;
	if (!backward && self)
		return group_row(m, &p, out, e);
	if (match_in(m, &p, NULL, backward, text, out, found, e) != PMWB_OK)
		return e->status;
	if (*found)
		return PMWB_OK;
	*found = 1;
	return group_row(m, &p, out, e);
}
