/* The Gantt's group and child rows: programmes (with their own milestones) and projects. */
#include "config.h"

#include <string.h>

#include "ui_gantt_rows.h"
#include "ui_list.h"

static enum pmwb_status group_row(struct store_gantt *g, const struct store_gantt_programme *p,
				  struct gantt_row *out, struct pmwb_error *e)
{
	memset(out, 0, sizeof(*out));
	out->key.group = p->id;
	out->kind = GANTT_GROUP;
	out->prog = *p;
	return store_gantt_programme_milestones(g, p->id, &out->proj, e);
}

static enum pmwb_status groups(void *model, const void *of, int backward, int n, void *out,
			       int *got, struct pmwb_error *e)
{
	struct store_gantt_programme batch[32];
	const struct gantt_row *r = of;
	struct gantt_row *rows = out;

	if (n > 32)
		n = 32;
	if (store_gantt_programmes(model, r ? r->prog.id : 0, backward, n, batch, got, e) != PMWB_OK)
		return e->status;
	for (int i = 0; i < *got; i++)
		if (group_row(model, &batch[i], &rows[i], e) != PMWB_OK)
			return e->status;
	return PMWB_OK;
}

static enum pmwb_status children(void *model, const void *of, const void *after, int backward,
				 const char *text, int n, void *out, int *got,
				 struct pmwb_error *e)
{
	const struct gantt_row *g = of, *a = after;
	const struct store_gantt_project *key = a ? &a->proj : NULL;
	struct gantt_row *rows = out;
	struct store_gantt_project proj[64];

	*got = 0;
	while (*got < n) {
		int ask = n - *got < 64 ? n - *got : 64, k;
		if (store_gantt_projects(model, &g->prog, key, backward, text, ask, proj, &k, e) !=
		    PMWB_OK)
			return e->status;
		for (int i = 0; i < k; i++) {
			struct gantt_row *r = &rows[(*got)++];
			memset(r, 0, sizeof(*r));
			r->key.group = g->prog.id;
			r->key.child = proj[i].id;
			r->kind = GANTT_PROJECT;
			r->prog = g->prog;
			r->proj = proj[i];
		}
		if (k < ask)
			break;
		key = &rows[*got - 1].proj;
	}
	return PMWB_OK;
}

enum pmwb_status gantt_rows_group(struct store_gantt *g, long long prog_id, struct gantt_row *out,
				  int *found, struct pmwb_error *e)
{
	struct store_gantt_programme p;

	if (store_gantt_programme(g, prog_id, &p, found, e) != PMWB_OK || !*found)
		return e->status;
	return group_row(g, &p, out, e);
}

static enum pmwb_status group_of(void *model, const void *of, void *out, int *found,
				 struct pmwb_error *e)
{
	return gantt_rows_group(model, ((const struct gantt_row *)of)->prog.id, out, found, e);
}

enum pmwb_status gantt_rows_project(struct store_gantt *g, long long prog_id, long long proj_id,
				    struct gantt_row *out, int *found, struct pmwb_error *e)
{
	struct store_gantt_programme p;

	err_clear(e);
	if (store_gantt_programme(g, prog_id, &p, found, e) != PMWB_OK || !*found)
		return e->status;
	memset(out, 0, sizeof(*out));
	out->key.group = p.id;
	out->key.child = proj_id;
	out->kind = GANTT_PROJECT;
	out->prog = p;
	return store_gantt_project(g, &p, proj_id, &out->proj, found, e);
}

static enum pmwb_status find_group(void *model, const void *from, int backward, const char *text,
				   void *out, int *self, int *found, struct pmwb_error *e)
{
	const struct gantt_row *r = from;
	struct store_gantt_programme p;

	if (store_gantt_find_programme(model, r ? r->prog.id : 0, backward, text, &p, self, found,
				       e) != PMWB_OK || !*found)
		return e->status;
	return group_row(model, &p, out, e);
}

static int row_matches(const void *row, const char *text)
{
	const struct gantt_row *r = row;

	if (r->kind == GANTT_GROUP)
		return strcasestr(r->prog.code, text) || strcasestr(r->prog.name, text);
	return !!strcasestr(r->proj.name, text);
}

const struct ui_groups_ops gantt_rows_ops = {
	.row_size = sizeof(struct gantt_row),
	.groups = groups,
	.children = children,
	.group_of = group_of,
	.find_group = find_group,
	.row_matches = row_matches,
};

static enum pmwb_status reread(void *groups, const void *row, void *out, int *found,
			       struct pmwb_error *e)
{
	struct store_gantt *g = ((struct ui_groups *)groups)->model;
	const struct gantt_row *r = row;

	if (r->kind == GANTT_GROUP)
		return gantt_rows_group(g, r->prog.id, out, found, e);
	return gantt_rows_project(g, r->prog.id, r->proj.id, out, found, e);
}

const struct ui_list_ops gantt_list_ops = {
	.row_size = sizeof(struct gantt_row),
	.fetch = ui_groups_fetch,
	.find = ui_groups_find,
	.same = ui_groups_same,
	.reread = reread,
	.reverse = ui_groups_reverse,
	.nothing_matches = "no project or programme matches",
};
