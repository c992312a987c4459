/* The QIPP row model: a programme's group row with its totals, then (unless folded) its
 * schemes.  Rows are read one programme at a time by key; a group row's totals are summed
 * from its schemes as they stream past, so nothing but the rows on screen is held. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ui_qipp_rows.h"

int qipp_rows_folded(const struct qipp_rows *m, long long prog_id)
{
	return ui_folds_is_folded(&m->folds, prog_id);
}

enum pmwb_status qipp_rows_set_folded(struct qipp_rows *m, long long prog_id, int folded,
				      struct pmwb_error *e)
{
	return ui_folds_set(&m->folds, prog_id, folded, e);
}

void qipp_rows_fold_all(struct qipp_rows *m, int folded)
{
	ui_folds_set_all(&m->folds, folded);
}

void qipp_rows_free(struct qipp_rows *m)
{
	ui_folds_free(&m->folds);
}

static enum pmwb_status group_row(struct qipp_rows *m, const struct store_qipp_programme *p,
				  struct qipp_row *out, struct pmwb_error *e)
{
	struct store_qipp_scope scope = {.programme_id = p->id};

	memset(out, 0, sizeof(*out));
	out->kind = QIPP_ROW_GROUP;
	out->prog = *p;
	return store_qipp_total(m->q, &scope, &out->sums, e);
}

enum pmwb_status qipp_rows_total(struct qipp_rows *m, const char *organisation,
				 struct qipp_sums *out, struct pmwb_error *e)
{
	struct store_qipp_scope scope = {.organisation = organisation};

	return store_qipp_total(m->q, &scope, out, e);
}

/* Append up to want schemes of p after (or before) after_id to out[*k]. */
static enum pmwb_status add_schemes(struct qipp_rows *m, const struct store_qipp_programme *p,
				    long long after_id, int backward, int want,
				    struct qipp_row *out, int *k, struct pmwb_error *e)
{
	struct store_qipp_scheme batch[32];

	while (want > 0) {
		int ask = want < 32 ? want : 32, n;
		if (store_qipp_schemes(m->q, p->id, after_id, backward, ask, batch, &n, e) !=
		    PMWB_OK)
			return e->status;
		for (int i = 0; i < n; i++) {
			struct qipp_row *r = &out[(*k)++];
			memset(r, 0, sizeof(*r));
			r->kind = QIPP_ROW_SCHEME;
			r->prog = *p;
			r->scheme = batch[i];
			r->sums = batch[i].sums;
		}
		want -= n;
		if (n < ask)
			break;
		after_id = batch[n - 1].id;
	}
	return PMWB_OK;
}

#define PROG_BATCH 32

static enum pmwb_status fetch_forward(struct qipp_rows *m, const struct qipp_row *after, int n,
				      struct qipp_row *out, int *k, struct pmwb_error *e)
{
	struct store_qipp_programme batch[PROG_BATCH];
	long long last_id = 0;

	if (after) {
		last_id = after->prog.id;
		if (!qipp_rows_folded(m, after->prog.id) &&
		    add_schemes(m, &after->prog, after->kind == QIPP_ROW_SCHEME ? after->scheme.id : 0,
				0, n - *k, out, k, e) != PMWB_OK)
			return e->status;
	}
	while (*k < n) {
		int want = n - *k < PROG_BATCH ? n - *k : PROG_BATCH, found;
		if (store_qipp_programmes(m->q, last_id, 0, want, batch, &found, e) != PMWB_OK)
			return e->status;
		for (int i = 0; i < found && *k < n; i++) {
			if (group_row(m, &batch[i], &out[(*k)++], e) != PMWB_OK)
				return e->status;
			if (!qipp_rows_folded(m, batch[i].id) &&
			    add_schemes(m, &batch[i], 0, 0, n - *k, out, k, e) != PMWB_OK)
				return e->status;
		}
		if (found < want)
			break;
		last_id = batch[found - 1].id;
	}
	return PMWB_OK;
}

static enum pmwb_status fetch_backward(struct qipp_rows *m, const struct qipp_row *after, int n,
				       struct qipp_row *out, int *k, struct pmwb_error *e)
{
	struct store_qipp_programme cur;
	long long before = 0;
	int schemes_first = 1, found;

	if (!after) {
		if (store_qipp_programmes(m->q, 0, 1, 1, &cur, &found, e) != PMWB_OK)
			return e->status;
		if (!found)
			return PMWB_OK;
	} else {
		cur = after->prog;
		if (after->kind == QIPP_ROW_SCHEME)
			before = after->scheme.id;
		else
			schemes_first = 0; /* only programmes before this group are left */
	}
	while (*k < n) {
		if (schemes_first) {
			/* Nearest first: the schemes from the end, then the group row above them. */
			if (!qipp_rows_folded(m, cur.id) &&
			    add_schemes(m, &cur, before, 1, n - *k, out, k, e) != PMWB_OK)
				return e->status;
			if (*k >= n)
				break;
			if (group_row(m, &cur, &out[(*k)++], e) != PMWB_OK)
				return e->status;
			if (*k >= n)
				break;
		}
		if (store_qipp_programmes(m->q, cur.id, 1, 1, &cur, &found, e) != PMWB_OK)
			return e->status;
		if (!found)
			break;
		before = 0;
		schemes_first = 1;
	}
	return PMWB_OK;
}

enum pmwb_status qipp_rows_fetch(void *model, const void *after, int backward, int n, void *out,
				 int *got, struct pmwb_error *e)
{
	struct qipp_rows *m = model;

	*got = 0;
	if (backward)
		return fetch_backward(m, after, n, out, got, e);
	return fetch_forward(m, after, n, out, got, e);
}

enum pmwb_status qipp_rows_group(struct qipp_rows *m, long long prog_id, struct qipp_row *out,
				 int *found, struct pmwb_error *e)
{
	struct store_qipp_programme p;

	if (store_qipp_programme(m->q, prog_id, &p, found, e) != PMWB_OK)
		return e->status;
	if (!*found)
		return PMWB_OK;
	return group_row(m, &p, out, e);
}

enum pmwb_status qipp_rows_scheme(struct qipp_rows *m, const struct store_qipp_programme *p,
				  const struct store_qipp_scheme *s, struct qipp_row *out,
				  struct pmwb_error *e)
{
	memset(out, 0, sizeof(*out));
	out->kind = QIPP_ROW_SCHEME;
	out->prog = *p;
	out->scheme = *s;
	out->sums = s->sums;
	(void)m;
	(void)e;
	return PMWB_OK;
}

static int contains(const char *hay, const char *needle)
{
	return strcasestr(hay, needle) != NULL;
}

static int row_matches(const struct qipp_row *r, const char *text)
{
	if (r->kind == QIPP_ROW_GROUP)
		return contains(r->prog.code, text) || contains(r->prog.name, text);
	return contains(r->scheme.name, text) || contains(r->scheme.owner, text);
}

/* A matching scheme of p after (before) after_id, as a row. */
static enum pmwb_status match_in(struct qipp_rows *m, const struct store_qipp_programme *p,
				 long long after_id, int backward, const char *text,
				 struct qipp_row *out, int *found, struct pmwb_error *e)
{
	struct store_qipp_scheme s;

	if (store_qipp_find_scheme(m->q, p->id, after_id, backward, text, &s, found, e) != PMWB_OK)
		return e->status;
	return *found ? qipp_rows_scheme(m, p, &s, out, e) : PMWB_OK;
}

enum pmwb_status qipp_rows_find(struct qipp_rows *m, const struct qipp_row *from, int backward,
				int inclusive, const char *text, struct qipp_row *out, int *found,
				struct pmwb_error *e)
{
	struct store_qipp_programme p;
	int self;

	*found = 0;
	if (from) {
		if (inclusive && row_matches(from, text)) {
			*out = *from;
			*found = 1;
			return PMWB_OK;
		}
		if (!backward) {
			/* The rest of this programme, in display order. */
			if (match_in(m, &from->prog, from->kind == QIPP_ROW_SCHEME ? from->scheme.id : 0,
				     0, text, out, found, e) != PMWB_OK || *found)
				return e->status;
		} else if (from->kind == QIPP_ROW_SCHEME) {
			if (match_in(m, &from->prog, from->scheme.id, 1, text, out, found, e) != PMWB_OK ||
			    *found)
				return e->status;
			if (contains(from->prog.code, text) || contains(from->prog.name, text))
				return qipp_rows_group(m, from->prog.id, out, found, e);
		}
	}
	if (store_qipp_find_programme(m->q, from ? from->prog.id : 0, backward, text, &p, &self,
				      found, e) != PMWB_OK || !*found)
		return e->status;
	if (!backward && self)
		return group_row(m, &p, out, e);
	/* Backward, the nearest is the programme's last matching scheme, then its group row. */
	if (match_in(m, &p, 0, backward, text, out, found, e) != PMWB_OK)
		return e->status;
	if (*found)
		return PMWB_OK;
	*found = 1;
	return group_row(m, &p, out, e);
}
