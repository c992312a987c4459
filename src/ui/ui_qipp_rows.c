/* The QIPP rows: programmes (their totals summed by store/) and their schemes.  In the plan's
 * order, unfiltered, schemes page by key; in another order or under a RAG or text filter the
 * one programme's schemes are read, sorted and kept while the pane pages through them. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ui_list.h"
#include "ui_qipp_rows.h"

const char *const qipp_sort_names[QIPP_SORT_COUNT] = {
	"plan order", "name", "net plan, largest first", "variance, furthest behind first",
	"RAG, Red first"};

void qipp_rows_forget(struct qipp_rows *m)
{
	m->cached = 0;
	m->n = 0;
}

void qipp_rows_free(struct qipp_rows *m)
{
	free(m->s);
	m->s = NULL;
	m->n = m->cap = 0;
	m->cached = 0;
}

static int keyed(const struct qipp_rows *m)
{
	return m->sort == QIPP_SORT_PLAN && !m->rag_mask && !m->text[0];
}

static int scheme_matches(const struct store_qipp_scheme *s, const char *text)
{
	return strcasestr(s->name, text) || strcasestr(s->owner, text);
}

static int shown(const struct qipp_rows *m, const struct store_qipp_scheme *s)
{
	if (m->rag_mask && !(m->rag_mask & (1u << qipp_sums_rag(&m->rules, &s->sums))))
		return 0;
	return !m->text[0] || scheme_matches(s, m->text);
}

/* Red first, then Amber, not reported, Green: what needs attention at the top. */
static int rag_rank(enum qipp_rag r)
{
	return r == QIPP_RED ? 0 : r == QIPP_AMBER ? 1 : r == QIPP_NOT_REPORTED ? 2 : 3;
}

static int cmp_money(money_pounds a, money_pounds b)
{
	return a < b ? -1 : a > b;
}

static const struct qipp_rows *sorting; /* qsort has no context argument */

static int cmp(const void *pa, const void *pb)
{
	const struct store_qipp_scheme *a = pa, *b = pb;
	int c = 0;

	switch (sorting->sort) {
	case QIPP_SORT_NAME:
		c = strcasecmp(a->name, b->name);
		break;
	case QIPP_SORT_NET:
		c = cmp_money(b->sums.net, a->sums.net);
		break;
	case QIPP_SORT_VARIANCE:
		c = cmp_money(qipp_sums_variance(&a->sums), qipp_sums_variance(&b->sums));
		break;
	case QIPP_SORT_RAG:
		c = rag_rank(qipp_sums_rag(&sorting->rules, &a->sums)) -
		    rag_rank(qipp_sums_rag(&sorting->rules, &b->sums));
		break;
	default:
		break;
	}
	return c ? c : cmp_money(a->id, b->id);
}

/* The programme's schemes shown, in order, read once per programme. */
static enum pmwb_status load(struct qipp_rows *m, long long prog_id, struct pmwb_error *e)
{
	long long after = 0;
	int got;

	if (m->cached == prog_id)
		return PMWB_OK;
	m->n = 0;
	m->cached = 0;
	do {
		if (m->cap - m->n < 32) {
			int cap = m->cap ? m->cap * 2 : 64;
			struct store_qipp_scheme *s = realloc(m->s, (size_t)cap * sizeof(*s));
			if (!s)
				return err_set(e, PMWB_NOMEM, "out of memory sorting the schemes");
			m->s = s;
			m->cap = cap;
		}
		if (store_qipp_schemes(m->q, prog_id, after, 0, 32, m->s + m->n, &got, e) != PMWB_OK)
			return e->status;
		long long last = got ? m->s[m->n + got - 1].id : 0;
		int kept = m->n;
		for (int i = 0; i < got; i++)
			if (shown(m, &m->s[m->n + i]))
				m->s[kept++] = m->s[m->n + i];
		m->n = kept;
		after = last;
	} while (got == 32);
	sorting = m;
	qsort(m->s, (size_t)m->n, sizeof(*m->s), cmp);
	m->cached = prog_id;
	return PMWB_OK;
}

static void scheme_row(const struct store_qipp_programme *p, const struct store_qipp_scheme *s,
		       struct qipp_row *out)
{
	memset(out, 0, sizeof(*out));
	out->key.group = p->id;
	out->key.child = s->id;
	out->kind = QIPP_ROW_SCHEME;
	out->prog = *p;
	out->scheme = *s;
	out->sums = s->sums;
}

/* Where `after` is among the programme's sorted schemes: the index to go on from. */
static int position(const struct qipp_rows *m, const struct qipp_row *after, int backward)
{
	if (!after || after->kind != QIPP_ROW_SCHEME)
		return backward ? m->n - 1 : 0;
	for (int i = 0; i < m->n; i++)
		if (m->s[i].id == after->scheme.id)
			return backward ? i - 1 : i + 1;
	/* Gone meanwhile: by where its key would sort. */
	for (int i = 0; i < m->n; i++)
		if (cmp(&m->s[i], &after->scheme) > 0)
			return backward ? i - 1 : i;
	return backward ? m->n - 1 : m->n;
}

static enum pmwb_status sorted_children(struct qipp_rows *m, const struct qipp_row *of,
					const struct qipp_row *after, int backward,
					const char *text, int n, struct qipp_row *out, int *got,
					struct pmwb_error *e)
{
	int step = backward ? -1 : 1;

	if (load(m, of->prog.id, e) != PMWB_OK)
		return e->status;
	sorting = m;
	for (int i = position(m, after, backward); i >= 0 && i < m->n && *got < n; i += step)
		if (!text || scheme_matches(&m->s[i], text))
			scheme_row(&of->prog, &m->s[i], &out[(*got)++]);
	return PMWB_OK;
}

static enum pmwb_status children(void *model, const void *of, const void *after, int backward,
				 const char *text, int n, void *out, int *got,
				 struct pmwb_error *e)
{
	struct qipp_rows *m = model;
	const struct qipp_row *g = of, *a = after;
	struct qipp_row *rows = out;
	long long key = a ? a->scheme.id : 0;
	struct store_qipp_scheme batch[32];

	*got = 0;
	if (!keyed(m))
		return sorted_children(m, g, a, backward, text, n, rows, got, e);
	if (text) {
		struct store_qipp_scheme s;
		int found;
		if (store_qipp_find_scheme(m->q, g->prog.id, key, backward, text, &s, &found, e) !=
		    PMWB_OK)
			return e->status;
		if (found && n > 0)
			scheme_row(&g->prog, &s, &rows[(*got)++]);
		return PMWB_OK;
	}
	while (*got < n) {
		int ask = n - *got < 32 ? n - *got : 32, k;
		if (store_qipp_schemes(m->q, g->prog.id, key, backward, ask, batch, &k, e) != PMWB_OK)
			return e->status;
		for (int i = 0; i < k; i++)
			scheme_row(&g->prog, &batch[i], &rows[(*got)++]);
		if (k < ask)
			break;
		key = batch[k - 1].id;
	}
	return PMWB_OK;
}

/* Under a RAG or text filter a programme shows when one of its schemes does. */
static enum pmwb_status visible(struct qipp_rows *m, long long prog_id, int *yes,
				struct pmwb_error *e)
{
	*yes = 1;
	if (!m->rag_mask && !m->text[0])
		return PMWB_OK;
	if (load(m, prog_id, e) != PMWB_OK)
		return e->status;
	*yes = m->n > 0;
	return PMWB_OK;
}

static enum pmwb_status group_row(struct qipp_rows *m, const struct store_qipp_programme *p,
				  struct qipp_row *out, struct pmwb_error *e)
{
	struct store_qipp_scope scope = {.programme_id = p->id};

	memset(out, 0, sizeof(*out));
	out->key.group = p->id;
	out->kind = QIPP_ROW_GROUP;
	out->prog = *p;
	return store_qipp_total(m->q, &scope, &out->sums, e);
}

static enum pmwb_status groups(void *model, const void *of, int backward, int n, void *out,
			       int *got, struct pmwb_error *e)
{
	struct qipp_rows *m = model;
	const struct qipp_row *r = of;
	struct qipp_row *rows = out;
	struct store_qipp_programme batch[32];
	long long key = r ? r->prog.id : 0;
	int k, yes;

	*got = 0;
	do {
		int ask = n - *got < 32 ? n - *got : 32;
		if (store_qipp_programmes(m->q, key, backward, ask, batch, &k, e) != PMWB_OK)
			return e->status;
		for (int i = 0; i < k && *got < n; i++) {
			key = batch[i].id;
			if (visible(m, batch[i].id, &yes, e) != PMWB_OK)
				return e->status;
			if (yes && group_row(m, &batch[i], &rows[(*got)++], e) != PMWB_OK)
				return e->status;
		}
		if (k < ask)
			break;
	} while (*got < n);
	return PMWB_OK;
}

enum pmwb_status qipp_rows_group(struct qipp_rows *m, long long prog_id, struct qipp_row *out,
				 int *found, struct pmwb_error *e)
{
	struct store_qipp_programme p;

	if (store_qipp_programme(m->q, prog_id, &p, found, e) != PMWB_OK || !*found)
		return e->status;
	if (visible(m, prog_id, found, e) != PMWB_OK || !*found)
		return e->status;
	return group_row(m, &p, out, e);
}

static enum pmwb_status group_of(void *model, const void *of, void *out, int *found,
				 struct pmwb_error *e)
{
	return qipp_rows_group(model, ((const struct qipp_row *)of)->prog.id, out, found, e);
}

enum pmwb_status qipp_rows_total(struct qipp_rows *m, const char *organisation,
				 struct qipp_sums *out, struct pmwb_error *e)
{
	struct store_qipp_scope scope = {.organisation = organisation};

	return store_qipp_total(m->q, &scope, out, e);
}

static enum pmwb_status find_group(void *model, const void *from, int backward, const char *text,
				   void *out, int *self, int *found, struct pmwb_error *e)
{
	struct qipp_rows *m = model;
	const struct qipp_row *r = from;
	struct store_qipp_programme p;
	long long key = r ? r->prog.id : 0;
	int yes = 0;

	do {
		if (store_qipp_find_programme(m->q, key, backward, text, &p, self, found, e) !=
			    PMWB_OK || !*found)
			return e->status;
		if (visible(m, p.id, &yes, e) != PMWB_OK)
			return e->status;
		key = p.id;
	} while (!yes);
	return group_row(m, &p, out, e);
}

static int row_matches(const void *row, const char *text)
{
	const struct qipp_row *r = row;

	if (r->kind == QIPP_ROW_GROUP)
		return strcasestr(r->prog.code, text) || strcasestr(r->prog.name, text);
	return scheme_matches(&r->scheme, text);
}

const struct ui_groups_ops qipp_rows_ops = {
	.row_size = sizeof(struct qipp_row),
	.groups = groups,
	.children = children,
	.group_of = group_of,
	.find_group = find_group,
	.row_matches = row_matches,
};

/* Figures change a scheme's place in most orders: a reload finds it by reading it again,
 * among its programme's schemes as the list shows them; gone or filtered away, its
 * programme's row. */
static enum pmwb_status reread(void *groups, const void *row, void *out, int *found,
			       struct pmwb_error *e)
{
	struct qipp_rows *m = ((struct ui_groups *)groups)->model;
	const struct qipp_row *r = row;
	struct qipp_row *o = out, group;
	int got = 0;

	if (qipp_rows_group(m, r->prog.id, o, found, e) != PMWB_OK || !*found ||
	    r->kind == QIPP_ROW_GROUP)
		return e->status;
	group = *o;
	if (!keyed(m)) {
		if (load(m, r->prog.id, e) != PMWB_OK)
			return e->status;
		for (int i = 0; i < m->n; i++)
			if (m->s[i].id == r->scheme.id) {
				scheme_row(&group.prog, &m->s[i], o);
				return PMWB_OK;
			}
		return PMWB_OK;
	}
	if (children(m, &group, NULL, 0, r->scheme.name, 1, o, &got, e) != PMWB_OK)
		return e->status;
	if (!got || o->scheme.id != r->scheme.id)
		*o = group;
	return PMWB_OK;
}

const struct ui_list_ops qipp_list_ops = {
	.row_size = sizeof(struct qipp_row),
	.fetch = ui_groups_fetch,
	.find = ui_groups_find,
	.same = ui_groups_same,
	.reread = reread,
	.reverse = ui_groups_reverse,
	.nothing_matches = "no programme or scheme in this year matches",
};
