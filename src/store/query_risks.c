/* The register's one read model: the Risks pane pages it, `report risks` and the exception
 * report stream it, and the pane and `report heatmap` count the same kept cells.
 *
 * Keyset paging over the sort's index (schema v3).  SQLite 3.40 does not seek a row-value
 * comparison such as (score, id) < (?, ?) on an expression index, so "after this row" is
 * written as one range scan per key column, run in turn until the page is full: first the
 * rows tied on every key with a later id, then those tied on all but the last key and beyond
 * it, and so on out to the first key.  Each is an index seek, so a page costs the same at
 * the top and a million rows in. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmwb/store_index.h"
#include "pmwb/store_query_risks.h"
#include "pmwb/text.h"
#include "query_common.h"
#include "risk_state.h"
#include "store_impl.h"

#define MAX_KEYS 2
/* Statement slots: [backward][part], part 0..MAX_KEYS a range scan, MAX_KEYS + 1 the first
 * page (no row to continue after). */
#define N_PARTS (MAX_KEYS + 2)

struct sort_key {
	const char *expr; /* exactly as the index spells it, so the planner matches it */
	int desc;
	int text;
};

struct sort_def {
	int n;
	struct sort_key key[MAX_KEYS];
};

#define SCORE_KEY {"ifnull(r.score, 0)", 1, 0}
static const struct sort_def sorts[STORE_RISK_SORT_COUNT] = {
	[STORE_RISK_SORT_SCORE] = {1, {SCORE_KEY}},
	[STORE_RISK_SORT_PROGRAMME] = {2, {{"ifnull(r.programme_id, 0)", 0, 0}, SCORE_KEY}},
	[STORE_RISK_SORT_OWNER] = {2, {{"ifnull(r.owner, '') COLLATE NOCASE", 0, 1}, SCORE_KEY}},
	[STORE_RISK_SORT_REVIEW] = {2, {{"ifnull(r.review_date, '9999-12-31')", 0, 1}, SCORE_KEY}},
};

/* The on-demand index each sort reads (store_index.c). */
static const char *const sort_index[STORE_RISK_SORT_COUNT] = {
	[STORE_RISK_SORT_SCORE] = "risk_sort_score",
	[STORE_RISK_SORT_PROGRAMME] = "risk_sort_programme",
	[STORE_RISK_SORT_OWNER] = "risk_sort_owner",
	[STORE_RISK_SORT_REVIEW] = "risk_sort_review",
};

struct store_risks {
	struct store *st;
	enum store_risk_sort sort; /* the index used: may differ from the one asked for */
	struct store_risk_filter_spec f;
	char where[1024];
	char like_text[300], like_status[140];
	sqlite3_stmt *page[2][N_PARTS];
	sqlite3_stmt *programme, *code, *cells;
};

/* A programme's risks are its organisation's; a corporate risk names its own. */
#define RISK_OF_ORGANISATION                                                               \
	"(r.organisation_id = :org OR p.organisation = (SELECT o.name FROM organisation o"    \
	" WHERE o.id = :org) COLLATE NOCASE)"

/* The columns of a risk; CLOSED is how its closed flag is worked out (risk_state.h). */
#define SELECT_SQL(CLOSED) \
	"SELECT r.id, ifnull(r.programme_id, 0), r.ref, ifnull(p.code, ''), r.title," \
	" ifnull(r.owner, ''), ifnull(r.likelihood, 0), ifnull(r.impact, 0), ifnull(r.score, 0)," \
	/* History holds the state after each change: the row before the newest is where the \
	 * risk stood before it last moved.  Evaluated only for the rows returned. */ \
	" ifnull((SELECT h.score FROM risk_history h WHERE h.risk_id = r.id" \
	"  ORDER BY h.id DESC LIMIT 1 OFFSET 1), 0)," \
	" r.status, ifnull(r.review_date, ''), " CLOSED "," \
	" r.likelihood_word, r.impact_word, r.residual_likelihood, r.residual_impact," \
	" r.target_score, r.initial_likelihood, r.initial_impact, r.mitigation," \
	" coalesce(p.organisation, (SELECT o.name FROM organisation o" \
	"  WHERE o.id = r.organisation_id), '')" \
	" FROM risk r LEFT JOIN programme p ON p.id = r.programme_id"

/* A page judges its own rows; a read of the whole register judges each status once. */
static const char select_sql[] = SELECT_SQL(RISK_CLOSED_SQL("r.status"));
static const char select_stream_sql[] = SELECT_SQL("(r.status IN " RISK_CLOSED_STATUSES_SQL ")");

static void finalize_pages(struct store_risks *q)
{
	for (int b = 0; b < 2; b++)
		for (int i = 0; i < N_PARTS; i++) {
			sqlite3_finalize(q->page[b][i]);
			q->page[b][i] = NULL;
		}
}

enum pmwb_status store_risks_open(struct store *st, struct store_risks **out,
				  struct pmwb_error *e)
{
	struct store_risks *q = calloc(1, sizeof(*q));

	*out = NULL;
	if (!q)
		return err_set(e, PMWB_NOMEM, "out of memory opening the risk register");
	q->st = st;
	if (store_prepare(st, "SELECT id, code FROM programme WHERE code = ?1 COLLATE NOCASE",
			  &q->programme, e) != PMWB_OK ||
	    store_prepare(st, "SELECT code FROM programme WHERE id = ?1", &q->code, e) != PMWB_OK ||
	    store_prepare(st,
			  "SELECT likelihood, impact, sum(n) FROM risk_cell WHERE closed = 0"
			  " AND (?1 = 0 OR programme_key = ?2) GROUP BY 1, 2",
			  &q->cells, e) != PMWB_OK) {
		store_risks_close(q);
		return e->status;
	}
	store_risks_set_view(q, STORE_RISK_SORT_SCORE, NULL);
	*out = q;
	return PMWB_OK;
}

void store_risks_close(struct store_risks *q)
{
	if (!q)
		return;
	finalize_pages(q);
	sqlite3_finalize(q->programme);
	sqlite3_finalize(q->code);
	sqlite3_finalize(q->cells);
	free(q);
}

static void build_where(const struct store_risks *q, const char *closed, char *where,
			size_t size);

static void add(char *where, size_t size, const char *cond)
{
	size_t n = strlen(where);

	snprintf(where + n, size - n, "%s%s", n ? " AND " : "", cond);
}

void store_risks_set_view(struct store_risks *q, enum store_risk_sort sort,
			  const struct store_risk_filter_spec *f)
{
	finalize_pages(q);
	memset(&q->f, 0, sizeof(q->f));
	if (f)
		q->f = *f;
	f = &q->f;
	if ((unsigned)sort >= STORE_RISK_SORT_COUNT)
		sort = STORE_RISK_SORT_SCORE;
	/* One programme or one owner sorted by score is the programme (owner) index with its
	 * first key fixed: the same order, and a seek straight to that programme's rows. */
	if (sort == STORE_RISK_SORT_SCORE && f->has_programme)
		sort = STORE_RISK_SORT_PROGRAMME;
	else if (sort == STORE_RISK_SORT_SCORE && f->owner[0])
		sort = STORE_RISK_SORT_OWNER;
	q->sort = sort;
	build_where(q, RISK_CLOSED_SQL("r.status"), q->where, sizeof(q->where));
	query_like_pattern(f->text, q->like_text, sizeof(q->like_text));
	/* A status is matched from its start: "open" finds "Open - monitoring". */
	if (f->status[0]) {
		query_like_pattern(f->status, q->like_status, sizeof(q->like_status));
		memmove(q->like_status, q->like_status + 1, strlen(q->like_status));
	}
}

/* The filter as SQL conditions; closed is the closed test to use (select_sql's or
 * select_stream_sql's). */
static void build_where(const struct store_risks *q, const char *closed, char *where,
			size_t size)
{
	const struct store_risk_filter_spec *f = &q->f;
	char cond[512];

	where[0] = '\0';
	if (f->has_programme)
		add(where, size, "ifnull(r.programme_id, 0) = :prog");
	if (f->owner[0])
		add(where, size, "ifnull(r.owner, '') COLLATE NOCASE = :owner");
	/* One score (a heat-map cell) as an equality, so that it fixes the index's first key. */
	if (f->min_score && f->min_score == f->max_score)
		add(where, size, "ifnull(r.score, 0) = :lo");
	else if (f->min_score)
		add(where, size, "ifnull(r.score, 0) >= :lo");
	if (f->max_score && f->max_score != f->min_score)
		add(where, size, "ifnull(r.score, 0) <= :hi");
	/* "+": a filter only, never the index to use (risk_programme would then need a sort). */
	if (f->likelihood)
		add(where, size, "+r.likelihood = :lik");
	if (f->impact)
		add(where, size, "+r.impact = :imp");
	snprintf(cond, sizeof(cond), "NOT %s", closed);
	if (f->open_only || f->overdue)
		add(where, size, cond);
	if (f->closed_only)
		add(where, size, closed);
	if (f->status[0])
		add(where, size, "r.status LIKE :status ESCAPE '\\'");
	if (f->overdue)
		add(where, size, "r.review_date < :today");
	if (f->only_id)
		add(where, size, "r.id = :only");
	if (f->organisation_id)
		add(where, size, RISK_OF_ORGANISATION);
	if (f->text[0])
		add(where, size,
		    "(r.ref LIKE :text ESCAPE '\\' OR r.title LIKE :text ESCAPE '\\'"
		    " OR r.owner LIKE :text ESCAPE '\\')");
}

/* The comparison that puts a row after (forward) or before the key value. */
static const char *beyond(const struct sort_key *k, int backward)
{
	return (k->desc != backward) ? "<" : ">";
}

/* How many leading keys of the sort the filter fixes to one value (a programme, an owner,
 * a single score). */
static int filter_fixed(const struct store_risks *q)
{
	const struct store_risk_filter_spec *f = &q->f;
	int one_score = f->min_score && f->min_score == f->max_score;

	switch (q->sort) {
	case STORE_RISK_SORT_SCORE:
		return one_score;
	case STORE_RISK_SORT_PROGRAMME:
		return f->has_programme ? 1 + one_score : 0;
	case STORE_RISK_SORT_OWNER:
		return f->owner[0] ? 1 + one_score : 0;
	default:
		return 0;
	}
}

/* Keys the WHERE clause fixes are left out of the ORDER BY: SQLite 3.40 does not see that an
 * expression held equal is constant and would sort every matching row in a temporary
 * B-tree instead of reading the index in order. */
static void order_by(const struct sort_def *s, int backward, int fixed, char *buf, size_t size)
{
	size_t n = 0;

	buf[0] = '\0';
	for (int i = fixed; i < s->n; i++) {
		n = strlen(buf);
		snprintf(buf + n, size - n, "%s %s, ", s->key[i].expr,
			 (s->key[i].desc != backward) ? "DESC" : "ASC");
	}
	n = strlen(buf);
	snprintf(buf + n, size - n, "r.id %s", backward ? "DESC" : "ASC");
}

/* Part p < n: keys before p equal the row's, key p beyond it.  Part n: every key equal, id
 * beyond.  Part n + 1 (N_PARTS - 1): the first page. */
static enum pmwb_status page_stmt(struct store_risks *q, int backward, int part,
				  sqlite3_stmt **out, struct pmwb_error *e)
{
	const struct sort_def *s = &sorts[q->sort];
	char where[2048], order[256], sql[4096], cond[160];

	if (q->page[backward][part]) {
		*out = q->page[backward][part];
		return PMWB_OK;
	}
	snprintf(where, sizeof(where), "%s", q->where);
	if (part != N_PARTS - 1) {
		for (int i = 0; i < part && i < s->n; i++) {
			snprintf(cond, sizeof(cond), "%s = :k%d", s->key[i].expr, i);
			add(where, sizeof(where), cond);
		}
		if (part < s->n)
			snprintf(cond, sizeof(cond), "%s %s :k%d", s->key[part].expr,
				 beyond(&s->key[part], backward), part);
		else
			snprintf(cond, sizeof(cond), "r.id %s :id", backward ? "<" : ">");
		add(where, sizeof(where), cond);
	}
	int fixed = filter_fixed(q);
	if (part != N_PARTS - 1 && part > fixed)
		fixed = part;
	order_by(s, backward, fixed, order, sizeof(order));
	snprintf(sql, sizeof(sql), "%s%s%s ORDER BY %s LIMIT :n", select_sql,
		 where[0] ? " WHERE " : "", where, order);
	if (store_prepare(q->st, sql, &q->page[backward][part], e) != PMWB_OK)
		return e->status;
	*out = q->page[backward][part];
	return PMWB_OK;
}

static void bind_key(sqlite3_stmt *stmt, const struct store_risks *q, int i,
		     const struct store_risk_item *a)
{
	char name[16];

	snprintf(name, sizeof(name), ":k%d", i);
	switch (q->sort) {
	case STORE_RISK_SORT_PROGRAMME:
		if (i == 0) {
			query_bind_int64(stmt, name, a->programme_id);
			return;
		}
		break;
	case STORE_RISK_SORT_OWNER:
		if (i == 0) {
			query_bind_text(stmt, name, a->owner);
			return;
		}
		break;
	case STORE_RISK_SORT_REVIEW:
		if (i == 0) {
			query_bind_text(stmt, name, a->review_date[0] ? a->review_date : "9999-12-31");
			return;
		}
		break;
	default:
		break;
	}
	query_bind_int64(stmt, name, a->score);
}

static void bind_filter(sqlite3_stmt *stmt, const struct store_risks *q)
{
	const struct store_risk_filter_spec *f = &q->f;

	query_bind_int64(stmt, ":prog", f->programme_id);
	query_bind_text(stmt, ":owner", f->owner);
	query_bind_int64(stmt, ":lo", f->min_score);
	query_bind_int64(stmt, ":hi", f->max_score);
	query_bind_int64(stmt, ":lik", f->likelihood);
	query_bind_int64(stmt, ":imp", f->impact);
	query_bind_text(stmt, ":status", q->like_status);
	query_bind_text(stmt, ":today", f->today);
	query_bind_text(stmt, ":text", q->like_text);
	query_bind_int64(stmt, ":only", f->only_id);
	query_bind_int64(stmt, ":org", f->organisation_id);
}

static void read_item(sqlite3_stmt *s, struct store_risk_item *r)
{
	memset(r, 0, sizeof(*r));
	r->id = sqlite3_column_int64(s, 0);
	r->programme_id = sqlite3_column_int64(s, 1);
	query_column_text(s, 2, r->ref, sizeof(r->ref));
	query_column_text(s, 3, r->programme, sizeof(r->programme));
	query_column_text(s, 4, r->title, sizeof(r->title));
	query_column_text(s, 5, r->owner, sizeof(r->owner));
	r->likelihood = sqlite3_column_int(s, 6);
	r->impact = sqlite3_column_int(s, 7);
	r->score = sqlite3_column_int(s, 8);
	r->previous_score = sqlite3_column_int(s, 9);
	query_column_text(s, 10, r->status, sizeof(r->status));
	query_column_text(s, 11, r->review_date, sizeof(r->review_date));
	r->closed = sqlite3_column_int(s, 12);
	query_column_text(s, 13, r->likelihood_word, sizeof(r->likelihood_word));
	query_column_text(s, 14, r->impact_word, sizeof(r->impact_word));
	r->residual_likelihood = sqlite3_column_int(s, 15);
	r->residual_impact = sqlite3_column_int(s, 16);
	r->target_score = sqlite3_column_int(s, 17);
	r->initial_likelihood = sqlite3_column_int(s, 18);
	r->initial_impact = sqlite3_column_int(s, 19);
	query_column_text(s, 20, r->mitigation, sizeof(r->mitigation));
	query_column_text(s, 21, r->organisation, sizeof(r->organisation));
}

static enum pmwb_status run_part(struct store_risks *q, const struct store_risk_item *after,
				 int backward, int part, int n, struct store_risk_item *out,
				 int *got, struct pmwb_error *e)
{
	sqlite3_stmt *stmt;
	int rc = SQLITE_DONE;

	if (page_stmt(q, backward, part, &stmt, e) != PMWB_OK)
		return e->status;
	sqlite3_reset(stmt);
	sqlite3_clear_bindings(stmt);
	bind_filter(stmt, q);
	if (after) {
		for (int i = 0; i < sorts[q->sort].n; i++)
			bind_key(stmt, q, i, after);
		query_bind_int64(stmt, ":id", after->id);
	}
	query_bind_int64(stmt, ":n", n - *got);
	while (*got < n && (rc = sqlite3_step(stmt)) == SQLITE_ROW)
		read_item(stmt, &out[(*got)++]);
	sqlite3_reset(stmt);
	if (*got < n && rc != SQLITE_DONE)
		return store_db_error(q->st, e, "reading the risk register");
	return PMWB_OK;
}

enum pmwb_status store_risks_page(struct store_risks *q, const struct store_risk_item *after,
				  int backward, int n, struct store_risk_item *out, int *got,
				  struct pmwb_error *e)
{
	*got = 0;
	if (n <= 0)
		return PMWB_OK;
	if (!after)
		return run_part(q, NULL, backward, N_PARTS - 1, n, out, got, e);
	/* The copy: `after` may point into out (the pager passes its own rows). */
	struct store_risk_item a = *after;
	for (int part = sorts[q->sort].n; part >= 0 && *got < n; part--)
		if (run_part(q, &a, backward, part, n, out, got, e) != PMWB_OK)
			return e->status;
	return PMWB_OK;
}

enum pmwb_status store_risks_each(struct store_risks *q, store_risk_item_fn fn, void *ctx,
				  struct pmwb_error *e)
{
	struct store_risk_item row;
	enum pmwb_status status = PMWB_OK;
	sqlite3_stmt *stmt;
	char where[2048], order[256], sql[4096];
	int rc;

	/* The first page's order without its limit, each status judged once (risk_state.h). */
	build_where(q, "(r.status IN " RISK_CLOSED_STATUSES_SQL ")", where, sizeof(where));
	order_by(&sorts[q->sort], 0, filter_fixed(q), order, sizeof(order));
	snprintf(sql, sizeof(sql), "%s%s%s ORDER BY %s", select_stream_sql,
		 where[0] ? " WHERE " : "", where, order);
	if (store_prepare(q->st, sql, &stmt, e) != PMWB_OK)
		return e->status;
	bind_filter(stmt, q);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		read_item(stmt, &row);
		if ((status = fn(ctx, &row, e)) != PMWB_OK)
			break;
	}
	sqlite3_finalize(stmt);
	if (status == PMWB_OK && rc != SQLITE_DONE)
		status = store_db_error(q->st, e, "reading the risk register");
	return status;
}

long store_risks_unindexed(struct store_risks *q)
{
	sqlite3_stmt *s;
	long n = 0;

	/* a file opened read-only is sorted without the index: slower, still right */
	if (q->st->read_only || store_index_exists(q->st, sort_index[q->sort]))
		return 0;
	/* risk_cell counts every risk: no scan of the register to say how big it is */
	if (sqlite3_prepare_v2(q->st->db, "SELECT ifnull(sum(n), 0) FROM risk_cell", -1, &s,
			       NULL) == SQLITE_OK &&
	    sqlite3_step(s) == SQLITE_ROW)
		n = (long)sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return n > 0 ? n : 1;
}

enum pmwb_status store_risks_build_index(struct store_risks *q, struct pmwb_error *e)
{
	return store_index_build(q->st, sort_index[q->sort], e);
}

enum pmwb_status store_risks_programme(struct store_risks *q, const char *code, long long *id,
				       char *canonical, unsigned size, int *found,
				       struct pmwb_error *e)
{
	int rc;

	*found = 0;
	sqlite3_reset(q->programme);
	sqlite3_bind_text(q->programme, 1, code, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(q->programme);
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(q->programme, 0);
		query_column_text(q->programme, 1, canonical, size);
		*found = 1;
	}
	sqlite3_reset(q->programme);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_db_error(q->st, e, "looking up a programme");
	return PMWB_OK;
}

enum pmwb_status store_risks_programme_code(struct store_risks *q, long long id, char *buf,
					    unsigned size, struct pmwb_error *e)
{
	int rc;

	buf[0] = '\0';
	sqlite3_reset(q->code);
	sqlite3_bind_int64(q->code, 1, id);
	rc = sqlite3_step(q->code);
	if (rc == SQLITE_ROW)
		query_column_text(q->code, 0, buf, size);
	sqlite3_reset(q->code);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_db_error(q->st, e, "looking up a programme");
	return PMWB_OK;
}

/* Add the (likelihood, impact, count) rows of s into counts; SQLITE_DONE when all were read. */
static int add_cells(sqlite3_stmt *s, long counts[6][6])
{
	int rc;

	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		int l = sqlite3_column_int(s, 0), i = sqlite3_column_int(s, 1);
		if (l >= 0 && l <= 5 && i >= 0 && i <= 5)
			counts[l][i] += (long)sqlite3_column_int64(s, 2);
	}
	return rc;
}

enum pmwb_status store_risks_cells(struct store_risks *q, int has_programme,
				   long long programme_id, long counts[6][6], struct pmwb_error *e)
{
	sqlite3_stmt *s = q->cells;
	int rc;

	memset(counts, 0, sizeof(long) * 36);
	sqlite3_reset(s);
	sqlite3_bind_int(s, 1, has_programme);
	sqlite3_bind_int64(s, 2, programme_id);
	rc = add_cells(s, counts);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_db_error(q->st, e, "counting risks for the heat map");
	return PMWB_OK;
}

enum pmwb_status store_risks_organisation_cells(struct store_risks *q, long long organisation_id,
					       long counts[6][6], struct pmwb_error *e)
{
	sqlite3_stmt *s;
	int rc;

	memset(counts, 0, sizeof(long) * 36);
	if (store_prepare(q->st,
			  "SELECT ifnull(r.likelihood, 0), ifnull(r.impact, 0), count(*)"
			  " FROM risk r LEFT JOIN programme p ON p.id = r.programme_id"
			  " WHERE " RISK_OF_ORGANISATION " AND NOT " RISK_CLOSED_SQL("r.status")
			  " GROUP BY 1, 2",
			  &s, e) != PMWB_OK)
		return e->status;
	query_bind_int64(s, ":org", organisation_id);
	rc = add_cells(s, counts);
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE)
		return store_db_error(q->st, e, "counting an organisation's risks for the heat map");
	return PMWB_OK;
}
