/* The Programmes pane's paged rows and their summaries. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmwb/store_query_programmes.h"
#include "pmwb/store_query_qipp.h"
#include "pmwb/text.h"
#include "query_common.h"
#include "store_impl.h"

/* Statement variants: [sort][backward][has_after][has_match], for the orders SQL pages. */
#define N_KEYED (STORE_PROG_SORT_NAME + 1)
#define N_VARIANTS (N_KEYED * 2 * 2 * 2)

/* Summaries already computed, by programme: paging back over rows seen before costs no
 * queries.  Bounded (direct-mapped by id), so memory does not grow with the portfolio; a
 * reload (store_programmes_forget) empties it. */
#define SUMMARY_CACHE 256

struct summary_slot {
	long long id; /* 0: empty */
	fy_quarter quarter;
	int fy;
	fy_month today;
	struct qipp_rag_rules rules;
	struct store_programme_row row;
};

struct store_programmes {
	struct store *st;
	struct summary_slot cache[SUMMARY_CACHE];
	enum store_programme_sort sort;
	char filter[256];
	char filter_like[520];
	sqlite3_stmt *page[N_VARIANTS];
	sqlite3_stmt *projects, *risks, *detail;
	struct store_qipp *qipp; /* the QIPP read model, for each programme's total */
	/* An order by summary: every programme the filter shows, summarised and sorted. */
	struct store_programme_row *ranked;
	int n_ranked, cap_ranked, ranked_ok;
	struct store_programme_when ranked_when;
};

static const char *const summary_sql[] = {
	/* Projects, and the phases in progress in quarter ?2 as one join over the covering
	 * indexes project_programme and phase_project: no table rows are read, and a join costs
	 * about half of a correlated count per project (measured on 10,000 projects). */
	"SELECT (SELECT count(*) FROM project WHERE programme_id = ?1),"
	" (SELECT count(*) FROM phase f JOIN project p ON p.id = f.project_id"
	"  WHERE p.programme_id = ?1 AND f.start_q <= ?2 AND f.end_q >= ?2)",
	/* Open risks by score from the counts the risk triggers keep (risk_cell, schema v3):
	 * at most 25 rows however long the register is. */
	"SELECT likelihood * impact, sum(n) FROM risk_cell WHERE programme_key = ?1 AND closed = 0"
	" AND likelihood > 0 AND impact > 0 GROUP BY 1",
	"SELECT code, name, ifnull(organisation, ''), ifnull(chair, ''), ifnull(sro, ''),"
	" ifnull(lead, ''), ifnull(manager, ''), start_fy, end_fy, ifnull(summary, '')"
	" FROM programme WHERE id = ?1",
};

enum pmwb_status store_programmes_open(struct store *st, struct store_programmes **out,
				       struct pmwb_error *e)
{
	struct store_programmes *q = calloc(1, sizeof(*q));
	sqlite3_stmt **slots[3];

	*out = NULL;
	if (!q)
		return err_set(e, PMWB_NOMEM, "out of memory opening the programme list");
	q->st = st;
	slots[0] = &q->projects;
	slots[1] = &q->risks;
	slots[2] = &q->detail;
	if (store_qipp_open(st, &q->qipp, e) != PMWB_OK) {
		store_programmes_close(q);
		return e->status;
	}
	for (int i = 0; i < 3; i++) {
		if (store_prepare(st, summary_sql[i], slots[i], e) != PMWB_OK) {
			store_programmes_close(q);
			return e->status;
		}
	}
	*out = q;
	return PMWB_OK;
}

void store_programmes_close(struct store_programmes *q)
{
	if (!q)
		return;
	for (int i = 0; i < N_VARIANTS; i++)
		sqlite3_finalize(q->page[i]);
	sqlite3_finalize(q->projects);
	sqlite3_finalize(q->risks);
	sqlite3_finalize(q->detail);
	store_qipp_close(q->qipp);
	free(q->ranked);
	free(q);
}

void store_programmes_set_view(struct store_programmes *q, enum store_programme_sort sort,
			       const char *filter)
{
	q->sort = (unsigned)sort < STORE_PROG_SORT_COUNT ? sort : STORE_PROG_SORT_PLAN;
	text_copy(q->filter, sizeof(q->filter), filter ? filter : "");
	q->ranked_ok = 0;
}

/* The keyset condition and order for a sort: continue after (:t, :i), never OFFSET. */
static void keyset(enum store_programme_sort sort, int backward, const char **cond,
		   const char **order)
{
	switch (sort) {
	case STORE_PROG_SORT_CODE:
		*cond = backward ? "code < :t" : "code > :t";
		*order = backward ? "code DESC" : "code";
		break;
	case STORE_PROG_SORT_NAME:
		*cond = backward ? "(name < :t OR (name = :t AND id < :i))"
				 : "(name > :t OR (name = :t AND id > :i))";
		*order = backward ? "name DESC, id DESC" : "name, id";
		break;
	default:
		*cond = backward ? "id < :i" : "id > :i";
		*order = backward ? "id DESC" : "id";
		break;
	}
}

static enum pmwb_status page_stmt(struct store_programmes *q, int backward, int has_after,
				  int has_match, sqlite3_stmt **out, struct pmwb_error *e)
{
	int v = ((q->sort * 2 + !!backward) * 2 + !!has_after) * 2 + !!has_match;
	const char *cond, *order;
	char sql[1024];

	if (!q->page[v]) {
		keyset(q->sort, backward, &cond, &order);
		snprintf(sql, sizeof(sql),
			 "SELECT id, code, name, ifnull(sro, ''), ifnull(lead, '') FROM programme"
			 " WHERE (:f IS NULL OR code LIKE :f ESCAPE '\\' OR name LIKE :f ESCAPE '\\'"
			 " OR sro LIKE :f ESCAPE '\\' OR lead LIKE :f ESCAPE '\\'"
			 " OR manager LIKE :f ESCAPE '\\' OR organisation LIKE :f ESCAPE '\\')"
			 "%s%s%s ORDER BY %s LIMIT :n",
			 has_after ? " AND " : "", has_after ? cond : "",
			 has_match ? " AND (code LIKE :m ESCAPE '\\' OR name LIKE :m ESCAPE '\\')" : "",
			 order);
		if (store_prepare(q->st, sql, &q->page[v], e) != PMWB_OK)
			return e->status;
	}
	*out = q->page[v];
	return PMWB_OK;
}

static enum pmwb_status compute(struct store_programmes *q, struct store_programme_row *r,
				const struct store_programme_when *w, struct pmwb_error *e);

static enum pmwb_status summarise(struct store_programmes *q, struct store_programme_row *r,
				  const struct store_programme_when *w, struct pmwb_error *e)
{
	struct summary_slot *c = &q->cache[(unsigned long long)r->id % SUMMARY_CACHE];

	if (c->id == r->id && c->quarter == w->quarter && c->fy == w->fy &&
	    c->today == w->today && !memcmp(&c->rules, &w->rules, sizeof(w->rules))) {
		struct store_programme_row *from = &c->row;
		r->projects = from->projects;
		r->phases_now = from->phases_now;
		memcpy(r->band_count, from->band_count, sizeof(r->band_count));
		r->qipp = from->qipp;
		return PMWB_OK;
	}
	if (compute(q, r, w, e) != PMWB_OK)
		return e->status;
	c->id = r->id;
	c->quarter = w->quarter;
	c->fy = w->fy;
	c->today = w->today;
	c->rules = w->rules;
	c->row = *r;
	return PMWB_OK;
}

void store_programmes_forget(struct store_programmes *q)
{
	memset(q->cache, 0, sizeof(q->cache));
	q->ranked_ok = 0;
}

/* The programme's QIPP as the QIPP pane and the reports total it, as of today's month. */
static enum pmwb_status qipp_total(struct store_programmes *q, struct store_programme_row *r,
				   const struct store_programme_when *w, struct pmwb_error *e)
{
	struct store_qipp_scope scope = {.programme_id = r->id};
	fy_month first = w->fy_first_month;
	fy_month asof = w->today < first ? first : w->today > first + 11 ? first + 11 : w->today;

	store_qipp_set_period(q->qipp, w->fy, first, asof, w->today);
	store_qipp_set_rules(q->qipp, &w->rules);
	return store_qipp_total(q->qipp, &scope, &r->qipp, e);
}

static enum pmwb_status compute(struct store_programmes *q, struct store_programme_row *r,
				const struct store_programme_when *w, struct pmwb_error *e)
{
	int rc;

	sqlite3_reset(q->projects);
	sqlite3_bind_int64(q->projects, 1, r->id);
	sqlite3_bind_int(q->projects, 2, w->quarter);
	rc = sqlite3_step(q->projects);
	if (rc != SQLITE_ROW)
		goto fail;
	r->projects = sqlite3_column_int(q->projects, 0);
	r->phases_now = sqlite3_column_int(q->projects, 1);
	sqlite3_reset(q->projects);

	memset(r->band_count, 0, sizeof(r->band_count));
	sqlite3_reset(q->risks);
	sqlite3_bind_int64(q->risks, 1, r->id);
	while ((rc = sqlite3_step(q->risks)) == SQLITE_ROW) {
		int band = w->bands ? risk_band_index(w->bands, sqlite3_column_int(q->risks, 0)) : -1;
		if (band >= 0)
			r->band_count[band] += sqlite3_column_int(q->risks, 1);
	}
	sqlite3_reset(q->risks);
	if (rc != SQLITE_DONE)
		goto fail;

	return qipp_total(q, r, w, e);
fail:
	return store_db_error(q->st, e, "summarising a programme");
}

static enum pmwb_status run_page(struct store_programmes *q, const struct store_programme_row *after,
				 int backward, const char *match, int n,
				 const struct store_programme_when *when,
				 struct store_programme_row *out, int *got, struct pmwb_error *e)
{
	sqlite3_stmt *stmt = NULL;
	char mlike[520];
	int rc;

	*got = 0;
	if (page_stmt(q, backward, after != NULL, match != NULL, &stmt, e) != PMWB_OK)
		return e->status;
	sqlite3_reset(stmt);
	sqlite3_clear_bindings(stmt);
	query_bind_text(stmt, ":f", query_like_pattern(q->filter, q->filter_like,
							sizeof(q->filter_like)));
	if (match)
		query_bind_text(stmt, ":m", query_like_pattern(match, mlike, sizeof(mlike)));
	if (after) {
		query_bind_text(stmt, ":t", q->sort == STORE_PROG_SORT_CODE ? after->code : after->name);
		query_bind_int64(stmt, ":i", after->id);
	}
	query_bind_int64(stmt, ":n", n);
	while (*got < n && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct store_programme_row *r = &out[*got];
		memset(r, 0, sizeof(*r));
		r->id = sqlite3_column_int64(stmt, 0);
		query_column_text(stmt, 1, r->code, sizeof(r->code));
		query_column_text(stmt, 2, r->name, sizeof(r->name));
		query_column_text(stmt, 3, r->sro, sizeof(r->sro));
		query_column_text(stmt, 4, r->lead, sizeof(r->lead));
		(*got)++;
	}
	if (*got < n && rc != SQLITE_DONE) {
		sqlite3_reset(stmt);
		return store_db_error(q->st, e, "reading the programmes");
	}
	sqlite3_reset(stmt);
	/* Summaries only for the rows on screen. */
	for (int i = 0; i < *got; i++)
		if (summarise(q, &out[i], when, e) != PMWB_OK)
			return e->status;
	return PMWB_OK;
}

/* Red first, then Amber, not reported, Green; no schemes at all last. */
static int rag_rank(const struct store_programme_when *w, const struct store_programme_row *r)
{
	if (!r->qipp.schemes)
		return 4;
	switch (qipp_sums_rag(&w->rules, &r->qipp)) {
	case QIPP_RED:
		return 0;
	case QIPP_AMBER:
		return 1;
	case QIPP_NOT_REPORTED:
		return 2;
	default:
		return 3;
	}
}

static long open_risks(const struct store_programme_row *r)
{
	long n = 0;

	for (int b = 0; b < RISK_MAX_BANDS; b++)
		n += r->band_count[b];
	return n;
}

static const struct store_programmes *ranking; /* qsort has no context argument */

static int cmp_ll(long long a, long long b)
{
	return a < b ? -1 : a > b;
}

static int rank_cmp(const void *pa, const void *pb)
{
	const struct store_programme_row *a = pa, *b = pb;
	const struct store_programme_when *w = &ranking->ranked_when;
	int c = 0;

	switch (ranking->sort) {
	case STORE_PROG_SORT_RAG:
		c = rag_rank(w, a) - rag_rank(w, b);
		break;
	case STORE_PROG_SORT_RISKS:
		c = cmp_ll(open_risks(b), open_risks(a));
		break;
	default: /* variance: the most behind first, none last */
		c = qipp_sums_has_variance(&b->qipp) - qipp_sums_has_variance(&a->qipp);
		if (!c)
			c = cmp_ll(qipp_sums_variance(&a->qipp), qipp_sums_variance(&b->qipp));
		break;
	}
	if (!c)
		c = strcmp(a->code, b->code);
	return c ? c : cmp_ll(a->id, b->id);
}

/* Every programme the filter shows, summarised for `when`, in the order asked. */
static enum pmwb_status rank(struct store_programmes *q, const struct store_programme_when *when,
			     struct pmwb_error *e)
{
	enum store_programme_sort sort = q->sort;
	enum pmwb_status s = PMWB_OK;
	int got;

	if (q->ranked_ok && !memcmp(&q->ranked_when, when, sizeof(*when)))
		return PMWB_OK;
	q->n_ranked = 0;
	q->sort = STORE_PROG_SORT_PLAN;
	do {
		if (q->cap_ranked - q->n_ranked < 64) {
			int cap = q->cap_ranked ? q->cap_ranked * 2 : 128;
			struct store_programme_row *r = realloc(q->ranked, (size_t)cap * sizeof(*r));
			if (!r) {
				s = err_set(e, PMWB_NOMEM, "out of memory ordering the programmes");
				break;
			}
			q->ranked = r;
			q->cap_ranked = cap;
		}
		s = run_page(q, q->n_ranked ? &q->ranked[q->n_ranked - 1] : NULL, 0, NULL, 64, when,
			     q->ranked + q->n_ranked, &got, e);
		q->n_ranked += got;
	} while (s == PMWB_OK && got == 64);
	q->sort = sort;
	if (s != PMWB_OK)
		return s;
	q->ranked_when = *when;
	ranking = q;
	qsort(q->ranked, (size_t)q->n_ranked, sizeof(*q->ranked), rank_cmp);
	q->ranked_ok = 1;
	return PMWB_OK;
}

/* The ranking's rows after (before) `after`, those matching `match` when given. */
static enum pmwb_status ranked_page(struct store_programmes *q,
				    const struct store_programme_row *after, int backward,
				    const char *match, int n, const struct store_programme_when *when,
				    struct store_programme_row *out, int *got, struct pmwb_error *e)
{
	int i = backward ? q->n_ranked - 1 : 0, step = backward ? -1 : 1;

	*got = 0;
	if (rank(q, when, e) != PMWB_OK)
		return e->status;
	if (after) {
		/* By its place in the ranking: where its key sorts, should it have gone. */
		ranking = q;
		for (i = 0; i < q->n_ranked && rank_cmp(&q->ranked[i], after) <= 0; i++)
			;
		if (backward)
			i = i > 0 && q->ranked[i - 1].id == after->id ? i - 2 : i - 1;
	}
	for (; i >= 0 && i < q->n_ranked && *got < n; i += step) {
		const struct store_programme_row *r = &q->ranked[i];
		if (match && !strcasestr(r->code, match) && !strcasestr(r->name, match))
			continue;
		out[(*got)++] = *r;
	}
	return PMWB_OK;
}

static int ranked(const struct store_programmes *q)
{
	return q->sort >= N_KEYED;
}

enum pmwb_status store_programmes_page(struct store_programmes *q,
				       const struct store_programme_row *after, int backward,
				       int n, const struct store_programme_when *when,
				       struct store_programme_row *out, int *got,
				       struct pmwb_error *e)
{
	if (ranked(q))
		return ranked_page(q, after, backward, NULL, n, when, out, got, e);
	return run_page(q, after, backward, NULL, n, when, out, got, e);
}

enum pmwb_status store_programmes_find(struct store_programmes *q,
				       const struct store_programme_row *after, int backward,
				       const char *text, const struct store_programme_when *when,
				       struct store_programme_row *out, int *found,
				       struct pmwb_error *e)
{
	if (ranked(q))
		return ranked_page(q, after, backward, text, 1, when, out, found, e);
	return run_page(q, after, backward, text, 1, when, out, found, e);
}

enum pmwb_status store_programme_summary(struct store_programmes *q, long long id,
					 const struct store_programme_when *when,
					 struct store_programme_row *out, struct pmwb_error *e)
{
	memset(out, 0, sizeof(*out));
	out->id = id;
	return summarise(q, out, when, e);
}

enum pmwb_status store_programme_detail(struct store_programmes *q, long long id,
					struct store_programme_detail *out, struct pmwb_error *e)
{
	sqlite3_stmt *s = q->detail;
	int rc;

	memset(out, 0, sizeof(*out));
	sqlite3_reset(s);
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		query_column_text(s, 0, out->code, sizeof(out->code));
		query_column_text(s, 1, out->name, sizeof(out->name));
		query_column_text(s, 2, out->organisation, sizeof(out->organisation));
		query_column_text(s, 3, out->chair, sizeof(out->chair));
		query_column_text(s, 4, out->sro, sizeof(out->sro));
		query_column_text(s, 5, out->lead, sizeof(out->lead));
		query_column_text(s, 6, out->manager, sizeof(out->manager));
		out->has_start_fy = sqlite3_column_type(s, 7) != SQLITE_NULL;
		out->start_fy = sqlite3_column_int(s, 7);
		out->has_end_fy = sqlite3_column_type(s, 8) != SQLITE_NULL;
		out->end_fy = sqlite3_column_int(s, 8);
		query_column_text(s, 9, out->summary, sizeof(out->summary));
	}
	sqlite3_reset(s);
	if (rc == SQLITE_DONE)
		return err_set(e, PMWB_INPUT, "the programme is no longer in the database; press R to reload");
	if (rc != SQLITE_ROW)
		return store_db_error(q->st, e, "reading a programme");
	return PMWB_OK;
}
