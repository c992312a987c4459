/* The QIPP read model: one SQL for a scheme's figures (SCHEME_COLUMNS), read by one function
 * (read_scheme) into one row type, summed by core; the pane's paged rows, the reports' rows,
 * every total, and the scheme view's detail all come through here. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pmwb/store_query_qipp.h"
#include "pmwb/text.h"
#include "query_common.h"
#include "store_impl.h"

struct store_qipp {
	struct store *st;
	int fy;
	fy_month first, asof;
	int ytd_months;           /* of the year-to-date plan: qipp_months_elapsed */
	struct qipp_rag_rules rules;
	int has_organisation;     /* the view is one organisation's */
	char organisation[STORE_NAME_MAX];
	sqlite3_stmt *prog[2];    /* [backward] */
	sqlite3_stmt *schemes[2]; /* [backward] */
	sqlite3_stmt *prog_one, *each[2], *scheme_one, *detail, *phases, *months; /* each: [all] */
	sqlite3_stmt *each_org, *orgs, *report, *prog_any;
	sqlite3_stmt *find_prog[2], *find_scheme[2];                          /* [backward] */
};

/* A scheme is in the period when it has a plan row for the year or a month reported in it,
 * and, when the view is narrowed to one organisation (:org), its programme is that one's:
 * every list, total and count below is read through this one condition. */
#define IN_PERIOD                                                                          \
	"(pl.scheme_id IS NOT NULL OR EXISTS (SELECT 1 FROM qipp_month m0"                  \
	" WHERE m0.scheme_id = s.id AND m0.month BETWEEN :first AND :first + 11))"          \
	" AND (:org IS NULL OR EXISTS (SELECT 1 FROM programme o0 WHERE o0.id = s.programme_id" \
	" AND ifnull(o0.organisation, '') = :org COLLATE NOCASE))"

/* The latest forecast reported by a month is the scheme's view of its full year then; before
 * any, the forecast outturn the year's plan printed (the plans give one for 2012/13). */
#define SCHEME_SELECT                                                                      \
	"SELECT s.id, s.programme_id, s.name, s.owner, pl.gross, pl.net, s.risk_adjust_pct,"  \
	" (SELECT sum(m.actual) FROM qipp_month m"                                           \
	"   WHERE m.scheme_id = s.id AND m.month BETWEEN :first AND :asof),"                  \
	" coalesce((SELECT m.forecast FROM qipp_month m"                                     \
	"   WHERE m.scheme_id = s.id AND m.month BETWEEN :first AND :asof"                    \
	"   AND m.forecast IS NOT NULL ORDER BY m.month DESC LIMIT 1), pl.forecast_outturn)," \
	" coalesce((SELECT m.forecast FROM qipp_month m"                                     \
	"   WHERE m.scheme_id = s.id AND m.month BETWEEN :first AND :asof - 1"                \
	"   AND m.forecast IS NOT NULL ORDER BY m.month DESC LIMIT 1), pl.forecast_outturn)," \
	" EXISTS (SELECT 1 FROM qipp_month m WHERE m.scheme_id = s.id AND m.month = :asof"    \
	"   AND (m.forecast IS NOT NULL OR m.actual IS NOT NULL))"
#define SCHEME_FROM " FROM qipp_scheme s LEFT JOIN qipp_plan pl ON pl.scheme_id = s.id AND pl.fy = :fy"
#define SCHEME_COLUMNS SCHEME_SELECT SCHEME_FROM

#define PROG_HAS_SCHEMES                                                                   \
	" EXISTS (SELECT 1 FROM qipp_scheme s LEFT JOIN qipp_plan pl ON pl.scheme_id = s.id"  \
	" AND pl.fy = :fy WHERE s.programme_id = p.id AND " IN_PERIOD ")"

#define SCHEME_MATCHES "(s.name LIKE :m ESCAPE '\\' OR ifnull(s.owner, '') LIKE :m ESCAPE '\\')"
#define PROG_MATCHES "(p.code LIKE :m ESCAPE '\\' OR p.name LIKE :m ESCAPE '\\')"
#define PROG_HOLDS_MATCH                                                                   \
	" EXISTS (SELECT 1 FROM qipp_scheme s LEFT JOIN qipp_plan pl ON pl.scheme_id = s.id"  \
	" AND pl.fy = :fy WHERE s.programme_id = p.id AND " IN_PERIOD " AND " SCHEME_MATCHES ")"

enum { SQL_PROG_FWD, SQL_PROG_BACK, SQL_SCHEMES_FWD, SQL_SCHEMES_BACK, SQL_PROG_ONE, SQL_EACH,
       SQL_EACH_ALL, SQL_SCHEME_ONE, SQL_DETAIL, SQL_PHASES, SQL_MONTHS, SQL_FIND_PROG_FWD,
       SQL_FIND_PROG_BACK, SQL_FIND_SCHEME_FWD, SQL_FIND_SCHEME_BACK, SQL_EACH_ORG, SQL_ORGS,
       SQL_REPORT, SQL_PROG_ANY, N_SQL };

static const char *const sql_text[N_SQL] = {
	[SQL_PROG_FWD] = "SELECT p.id, p.code, p.name, ifnull(p.organisation, '') FROM programme p WHERE p.id > :i AND"
			 PROG_HAS_SCHEMES " ORDER BY p.id LIMIT :n",
	[SQL_PROG_BACK] = "SELECT p.id, p.code, p.name, ifnull(p.organisation, '') FROM programme p WHERE p.id < :i AND"
			  PROG_HAS_SCHEMES " ORDER BY p.id DESC LIMIT :n",
	[SQL_SCHEMES_FWD] = SCHEME_COLUMNS " WHERE s.programme_id = :p AND s.id > :i AND "
			    IN_PERIOD " ORDER BY s.id LIMIT :n",
	[SQL_SCHEMES_BACK] = SCHEME_COLUMNS " WHERE s.programme_id = :p AND s.id < :i AND "
			     IN_PERIOD " ORDER BY s.id DESC LIMIT :n",
	[SQL_PROG_ONE] = "SELECT p.id, p.code, p.name, ifnull(p.organisation, '') FROM programme p WHERE p.id = :i AND"
			 PROG_HAS_SCHEMES,
	/* Two statements, not "(:p = 0 OR ...)", so that one programme's sum is an index range
	 * (qipp_scheme_programme) on every group row drawn. */
	[SQL_EACH] = SCHEME_COLUMNS " WHERE s.programme_id = :p AND " IN_PERIOD " ORDER BY s.id",
	[SQL_EACH_ALL] = SCHEME_COLUMNS " WHERE " IN_PERIOD " ORDER BY s.programme_id, s.id",
	[SQL_SCHEME_ONE] = SCHEME_COLUMNS " WHERE s.id = :i",
	/* one organisation's schemes, for its total; and how many organisations there are */
	[SQL_EACH_ORG] = SCHEME_COLUMNS " JOIN programme po ON po.id = s.programme_id"
			 " WHERE ifnull(po.organisation, '') = :o AND " IN_PERIOD
			 " ORDER BY s.programme_id, s.id",
	[SQL_ORGS] = "SELECT count(DISTINCT ifnull(p.organisation, '')) FROM programme p WHERE"
		     PROG_HAS_SCHEMES,
	/* The reports' order; the organisations are counted over the same rows, so that a
	 * report knows from its first row whether it covers more than one. */
	[SQL_REPORT] = "WITH sel AS (" SCHEME_SELECT ", p.id AS pid, p.code AS code, p.name,"
		       " ifnull(p.organisation, '') AS org, s.name AS scheme" SCHEME_FROM
		       " JOIN programme p ON p.id = s.programme_id"
		       " WHERE (:code IS NULL OR p.code = :code) AND " IN_PERIOD ")"
		       " SELECT *, (SELECT count(DISTINCT org) FROM sel) FROM sel"
		       " ORDER BY org, code, scheme",
	[SQL_PROG_ANY] = "SELECT p.id, p.code, p.name, ifnull(p.organisation, '') FROM programme p"
			 " WHERE p.id > :i AND EXISTS (SELECT 1 FROM qipp_scheme s"
			 " WHERE s.programme_id = p.id) ORDER BY p.id LIMIT :n",
	[SQL_DETAIL] = "SELECT s.id, p.id, p.code, p.name, s.name, s.description, s.area_of_spend,"
		       " s.recurrence, s.category, s.owner, ifnull(j.id, 0), j.name"
		       " FROM qipp_scheme s JOIN programme p ON p.id = s.programme_id"
		       " LEFT JOIN project j ON j.id = s.project_id WHERE s.id = ?1",
	[SQL_PHASES] = "SELECT letter, start_q, end_q FROM phase WHERE project_id = ?1"
		       " ORDER BY start_q LIMIT ?2",
	[SQL_MONTHS] = "SELECT month, forecast, actual FROM qipp_month WHERE scheme_id = ?1"
		       " AND month BETWEEN ?2 AND ?2 + 11 ORDER BY month",
	[SQL_FIND_PROG_FWD] = "SELECT p.id, p.code, p.name, ifnull(p.organisation, ''), " PROG_MATCHES
			      " FROM programme p"
			      " WHERE p.id > :i AND" PROG_HAS_SCHEMES " AND (" PROG_MATCHES " OR"
			      PROG_HOLDS_MATCH ") ORDER BY p.id LIMIT 1",
	[SQL_FIND_PROG_BACK] = "SELECT p.id, p.code, p.name, ifnull(p.organisation, ''), " PROG_MATCHES
			      " FROM programme p"
			       " WHERE p.id < :i AND" PROG_HAS_SCHEMES " AND (" PROG_MATCHES " OR"
			       PROG_HOLDS_MATCH ") ORDER BY p.id DESC LIMIT 1",
	[SQL_FIND_SCHEME_FWD] = SCHEME_COLUMNS " WHERE s.programme_id = :p AND s.id > :i AND "
				IN_PERIOD " AND " SCHEME_MATCHES " ORDER BY s.id LIMIT 1",
	[SQL_FIND_SCHEME_BACK] = SCHEME_COLUMNS " WHERE s.programme_id = :p AND s.id < :i AND "
				 IN_PERIOD " AND " SCHEME_MATCHES " ORDER BY s.id DESC LIMIT 1",
};

static sqlite3_stmt **slot(struct store_qipp *q, int i)
{
	switch (i) {
	case SQL_PROG_FWD:
		return &q->prog[0];
	case SQL_PROG_BACK:
		return &q->prog[1];
	case SQL_SCHEMES_FWD:
		return &q->schemes[0];
	case SQL_SCHEMES_BACK:
		return &q->schemes[1];
	case SQL_PROG_ONE:
		return &q->prog_one;
	case SQL_EACH:
		return &q->each[0];
	case SQL_EACH_ALL:
		return &q->each[1];
	case SQL_SCHEME_ONE:
		return &q->scheme_one;
	case SQL_DETAIL:
		return &q->detail;
	case SQL_PHASES:
		return &q->phases;
	case SQL_FIND_PROG_FWD:
		return &q->find_prog[0];
	case SQL_FIND_PROG_BACK:
		return &q->find_prog[1];
	case SQL_FIND_SCHEME_FWD:
		return &q->find_scheme[0];
	case SQL_FIND_SCHEME_BACK:
		return &q->find_scheme[1];
	case SQL_EACH_ORG:
		return &q->each_org;
	case SQL_ORGS:
		return &q->orgs;
	case SQL_REPORT:
		return &q->report;
	case SQL_PROG_ANY:
		return &q->prog_any;
	default:
		return &q->months;
	}
}

enum pmwb_status store_qipp_open(struct store *st, struct store_qipp **out,
				 struct pmwb_error *e)
{
	struct store_qipp *q = calloc(1, sizeof(*q));

	*out = NULL;
	if (!q)
		return err_set(e, PMWB_NOMEM, "out of memory opening the QIPP schemes");
	q->st = st;
	qipp_rag_rules_default(&q->rules);
	for (int i = 0; i < N_SQL; i++)
		if (store_prepare(st, sql_text[i], slot(q, i), e) != PMWB_OK) {
			store_qipp_close(q);
			return e->status;
		}
	*out = q;
	return PMWB_OK;
}

void store_qipp_close(struct store_qipp *q)
{
	if (!q)
		return;
	for (int i = 0; i < N_SQL; i++)
		sqlite3_finalize(*slot(q, i));
	free(q);
}

void store_qipp_set_period(struct store_qipp *q, int fy, fy_month first, fy_month asof,
			   fy_month today)
{
	q->fy = fy;
	q->first = first;
	q->asof = asof;
	q->ytd_months = qipp_months_elapsed(first, asof, today);
}

void store_qipp_set_rules(struct store_qipp *q, const struct qipp_rag_rules *rules)
{
	q->rules = *rules;
}

void store_qipp_set_organisation(struct store_qipp *q, const char *organisation)
{
	q->has_organisation = organisation != NULL;
	text_copy(q->organisation, sizeof(q->organisation), organisation ? organisation : "");
}

static void bind_period(struct store_qipp *q, sqlite3_stmt *s)
{
	query_bind_int64(s, ":fy", q->fy);
	query_bind_int64(s, ":first", q->first);
	query_bind_int64(s, ":asof", q->asof);
	query_bind_text(s, ":org", q->has_organisation ? q->organisation : NULL);
}

static void read_programme(sqlite3_stmt *s, struct store_qipp_programme *p)
{
	memset(p, 0, sizeof(*p));
	p->id = sqlite3_column_int64(s, 0);
	query_column_text(s, 1, p->code, sizeof(p->code));
	query_column_text(s, 2, p->name, sizeof(p->name));
	query_column_text(s, 3, p->organisation, sizeof(p->organisation));
}

static int column_money(sqlite3_stmt *s, int col, money_pounds *out)
{
	if (sqlite3_column_type(s, col) == SQLITE_NULL) {
		*out = 0;
		return 0;
	}
	*out = sqlite3_column_int64(s, col);
	return 1;
}

/* The one reader of SCHEME_COLUMNS, and the money core makes of them. */
static enum pmwb_status read_scheme(struct store_qipp *q, sqlite3_stmt *s,
				    struct store_qipp_scheme *r, struct pmwb_error *e)
{
	struct qipp_figures *f = &r->fig;
	money_pounds pct;

	memset(r, 0, sizeof(*r));
	r->id = sqlite3_column_int64(s, 0);
	r->programme_id = sqlite3_column_int64(s, 1);
	query_column_text(s, 2, r->name, sizeof(r->name));
	query_column_text(s, 3, r->owner, sizeof(r->owner));
	f->has_gross = column_money(s, 4, &f->gross);
	f->has_net = column_money(s, 5, &f->net);
	f->has_adjust = column_money(s, 6, &pct);
	f->adjust_pct = (int)pct;
	f->has_actual = column_money(s, 7, &f->ytd_actual);
	f->has_forecast = column_money(s, 8, &f->forecast);
	f->has_prev_forecast = column_money(s, 9, &f->prev_forecast);
	r->reported_this_month = sqlite3_column_int(s, 10);
	return qipp_sums_of_figures(f, q->ytd_months, &q->rules, &r->sums, e);
}

/* Up to n programmes of a bound statement with :i and :n. */
static enum pmwb_status page_programmes(struct store_qipp *q, sqlite3_stmt *s, long long after,
					int n, struct store_qipp_programme *out, int *got,
					struct pmwb_error *e)
{
	int rc = SQLITE_DONE;

	*got = 0;
	query_bind_int64(s, ":i", after);
	query_bind_int64(s, ":n", n);
	while (*got < n && (rc = sqlite3_step(s)) == SQLITE_ROW)
		read_programme(s, &out[(*got)++]);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_db_error(q->st, e, "reading the QIPP programmes");
	return PMWB_OK;
}

enum pmwb_status store_qipp_programmes(struct store_qipp *q, long long after_id, int backward,
				       int n, struct store_qipp_programme *out, int *got,
				       struct pmwb_error *e)
{
	sqlite3_stmt *s = q->prog[!!backward];

	sqlite3_reset(s);
	bind_period(q, s);
	return page_programmes(q, s, after_id ? after_id : (backward ? INT64_MAX : 0), n, out, got,
			       e);
}

enum pmwb_status store_qipp_programmes_any(struct store_qipp *q, long long after_id, int n,
					   struct store_qipp_programme *out, int *got,
					   struct pmwb_error *e)
{
	sqlite3_reset(q->prog_any);
	return page_programmes(q, q->prog_any, after_id, n, out, got, e);
}

enum pmwb_status store_qipp_programme(struct store_qipp *q, long long id,
				      struct store_qipp_programme *out, int *found,
				      struct pmwb_error *e)
{
	sqlite3_stmt *s = q->prog_one;
	int rc;

	sqlite3_reset(s);
	bind_period(q, s);
	query_bind_int64(s, ":i", id);
	rc = sqlite3_step(s);
	*found = rc == SQLITE_ROW;
	if (*found)
		read_programme(s, out);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_db_error(q->st, e, "reading a QIPP programme");
	return PMWB_OK;
}

enum pmwb_status store_qipp_schemes(struct store_qipp *q, long long programme_id,
				    long long after_id, int backward, int n,
				    struct store_qipp_scheme *out, int *got, struct pmwb_error *e)
{
	sqlite3_stmt *s = q->schemes[!!backward];
	int rc = SQLITE_DONE;

	*got = 0;
	sqlite3_reset(s);
	bind_period(q, s);
	query_bind_int64(s, ":p", programme_id);
	query_bind_int64(s, ":i", after_id ? after_id : (backward ? INT64_MAX : 0));
	query_bind_int64(s, ":n", n);
	while (*got < n && (rc = sqlite3_step(s)) == SQLITE_ROW)
		if (read_scheme(q, s, &out[(*got)++], e) != PMWB_OK) {
			sqlite3_reset(s);
			return e->status;
		}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_db_error(q->st, e, "reading the QIPP schemes");
	return PMWB_OK;
}

/* Every total is summed here, scheme by scheme in pounds, and nowhere else. */
enum pmwb_status store_qipp_total(struct store_qipp *q, const struct store_qipp_scope *scope,
				  struct qipp_sums *out, struct pmwb_error *e)
{
	struct store_qipp_scheme row;
	enum pmwb_status status = PMWB_OK;
	sqlite3_stmt *s;
	int rc;

	memset(out, 0, sizeof(*out));
	if (scope->programme_id || !scope->organisation) {
		s = q->each[scope->programme_id == 0];
		sqlite3_reset(s);
		query_bind_int64(s, ":p", scope->programme_id);
	} else {
		s = q->each_org;
		sqlite3_reset(s);
		query_bind_text(s, ":o", scope->organisation);
	}
	bind_period(q, s);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		status = read_scheme(q, s, &row, e);
		if (status != PMWB_OK)
			break;
		qipp_sums_add(out, &row.sums);
	}
	sqlite3_reset(s);
	if (status == PMWB_OK && rc != SQLITE_DONE)
		return store_db_error(q->st, e, "adding up the QIPP schemes");
	return status;
}

enum pmwb_status store_qipp_report(struct store_qipp *q, const char *programme_code,
				   store_qipp_row_fn fn, void *ctx, struct pmwb_error *e)
{
	sqlite3_stmt *s = q->report;
	struct store_qipp_row row;
	enum pmwb_status status = PMWB_OK;
	int rc;

	sqlite3_reset(s);
	bind_period(q, s);
	store_bind_text(s, sqlite3_bind_parameter_index(s, ":code"), programme_code);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		status = read_scheme(q, s, &row.s, e);
		if (status != PMWB_OK)
			break;
		/* After SCHEME_COLUMNS: programme id, code, name, organisation, scheme, count. */
		memset(&row.prog, 0, sizeof(row.prog));
		row.prog.id = sqlite3_column_int64(s, 11);
		query_column_text(s, 12, row.prog.code, sizeof(row.prog.code));
		query_column_text(s, 13, row.prog.name, sizeof(row.prog.name));
		query_column_text(s, 14, row.prog.organisation, sizeof(row.prog.organisation));
		row.organisations = sqlite3_column_int(s, 16);
		status = fn(ctx, &row, e);
		if (status != PMWB_OK)
			break;
	}
	sqlite3_reset(s);
	if (status == PMWB_OK && rc != SQLITE_DONE)
		return store_db_error(q->st, e, "reading the QIPP schemes");
	return status;
}

enum pmwb_status store_qipp_organisations(struct store_qipp *q, int *n, struct pmwb_error *e)
{
	sqlite3_stmt *s = q->orgs;
	int rc;

	*n = 0;
	sqlite3_reset(s);
	bind_period(q, s);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*n = sqlite3_column_int(s, 0);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW)
		return store_db_error(q->st, e, "counting the organisations");
	return PMWB_OK;
}

enum pmwb_status store_qipp_scheme(struct store_qipp *q, long long scheme_id,
				   struct store_qipp_scheme *out, int *found,
				   struct pmwb_error *e)
{
	sqlite3_stmt *s = q->scheme_one;
	int rc;

	sqlite3_reset(s);
	bind_period(q, s);
	query_bind_int64(s, ":i", scheme_id);
	rc = sqlite3_step(s);
	*found = rc == SQLITE_ROW;
	if (*found && read_scheme(q, s, out, e) != PMWB_OK) {
		sqlite3_reset(s);
		return e->status;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_db_error(q->st, e, "reading a QIPP scheme");
	return PMWB_OK;
}

enum pmwb_status store_qipp_detail(struct store_qipp *q, long long scheme_id,
				   struct store_qipp_detail *out, int *found,
				   struct pmwb_error *e)
{
	sqlite3_stmt *s = q->detail;
	int rc;

	memset(out, 0, sizeof(*out));
	sqlite3_reset(s);
	sqlite3_bind_int64(s, 1, scheme_id);
	rc = sqlite3_step(s);
	*found = rc == SQLITE_ROW;
	if (*found) {
		out->id = sqlite3_column_int64(s, 0);
		out->prog.id = sqlite3_column_int64(s, 1);
		query_column_text(s, 2, out->prog.code, sizeof(out->prog.code));
		query_column_text(s, 3, out->prog.name, sizeof(out->prog.name));
		query_column_text(s, 4, out->name, sizeof(out->name));
		query_column_text(s, 5, out->description, sizeof(out->description));
		query_column_text(s, 6, out->area_of_spend, sizeof(out->area_of_spend));
		query_column_text(s, 7, out->recurrence, sizeof(out->recurrence));
		query_column_text(s, 8, out->category, sizeof(out->category));
		query_column_text(s, 9, out->owner, sizeof(out->owner));
		out->project_id = sqlite3_column_int64(s, 10);
		query_column_text(s, 11, out->project_name, sizeof(out->project_name));
	}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_db_error(q->st, e, "reading a QIPP scheme");
	if (!*found || !out->project_id)
		return PMWB_OK;

	s = q->phases;
	sqlite3_reset(s);
	sqlite3_bind_int64(s, 1, out->project_id);
	sqlite3_bind_int(s, 2, STORE_QIPP_PHASES + 1);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const unsigned char *l = sqlite3_column_text(s, 0);
		struct store_qipp_phase *ph;
		if (out->n_phases == STORE_QIPP_PHASES) {
			out->more_phases = 1;
			continue;
		}
		ph = &out->phase[out->n_phases++];
		ph->letter = l ? (char)l[0] : '?';
		ph->start_q = sqlite3_column_int(s, 1);
		ph->end_q = sqlite3_column_int(s, 2);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_db_error(q->st, e, "reading the linked project's phases");
	return PMWB_OK;
}

enum pmwb_status store_qipp_months(struct store_qipp *q, long long scheme_id, fy_month first,
				   struct store_qipp_month_figures out[12], struct pmwb_error *e)
{
	sqlite3_stmt *s = q->months;
	int rc;

	memset(out, 0, 12 * sizeof(out[0]));
	sqlite3_reset(s);
	sqlite3_bind_int64(s, 1, scheme_id);
	sqlite3_bind_int(s, 2, first);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		int i = sqlite3_column_int(s, 0) - first;
		if (i < 0 || i > 11)
			continue;
		out[i].has_forecast = column_money(s, 1, &out[i].forecast);
		out[i].has_actual = column_money(s, 2, &out[i].actual);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_db_error(q->st, e, "reading a scheme's months");
	return PMWB_OK;
}

enum pmwb_status store_qipp_find_programme(struct store_qipp *q, long long after_id,
					   int backward, const char *text,
					   struct store_qipp_programme *out, int *self, int *found,
					   struct pmwb_error *e)
{
	sqlite3_stmt *s = q->find_prog[!!backward];
	char like[520];
	int rc;

	*found = *self = 0;
	if (!query_like_pattern(text, like, sizeof(like)))
		return PMWB_OK;
	sqlite3_reset(s);
	bind_period(q, s);
	query_bind_text(s, ":m", like);
	query_bind_int64(s, ":i", after_id ? after_id : (backward ? INT64_MAX : 0));
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*found = 1;
		read_programme(s, out);
		*self = sqlite3_column_int(s, 4);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_db_error(q->st, e, "searching the QIPP schemes");
	return PMWB_OK;
}

enum pmwb_status store_qipp_find_scheme(struct store_qipp *q, long long programme_id,
					long long after_id, int backward, const char *text,
					struct store_qipp_scheme *out, int *found,
					struct pmwb_error *e)
{
	sqlite3_stmt *s = q->find_scheme[!!backward];
	char like[520];
	int rc;

	*found = 0;
	if (!query_like_pattern(text, like, sizeof(like)))
		return PMWB_OK;
	sqlite3_reset(s);
	bind_period(q, s);
	query_bind_text(s, ":m", like);
	query_bind_int64(s, ":p", programme_id);
	query_bind_int64(s, ":i", after_id ? after_id : (backward ? INT64_MAX : 0));
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*found = 1;
		if (read_scheme(q, s, out, e) != PMWB_OK) {
			sqlite3_reset(s);
			return e->status;
		}
	}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_db_error(q->st, e, "searching the QIPP schemes");
	return PMWB_OK;
}
