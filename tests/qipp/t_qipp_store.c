/* The QIPP read model: programmes and schemes paged by keyset, forward and backward a row at
 * a time, give the rows a plain query gives, only those in the year; each scheme's figures
 * are the ones the reports' rows (store_qipp_report) carry; totals add up the schemes of their
 * scope and say how many reported; a month typed by hand is written with one audit row in one
 * transaction, refuses a stale view, a change that changes nothing, an actual after today
 * and a figure far outside the year's plan, and leaves the database as it was when it fails. */
#include "config.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "sql_probe.h"
#include "pmwb/store.h"
#include "pmwb/store_qipp_edit.h"
#include "pmwb/store_query_qipp.h"

static char dir[] = "/tmp/pmwb-t-qipp-XXXXXX";
static char path[300];

static long long query_int(const char *sql)
{
	return probe_int(path, sql);
}

static int exec_sql(const char *sql)
{
	return probe_exec(path, sql);
}

/* Months: 2013-04 is 24159, 2013-09 is 24164. */
static const char fixture[] =
	"INSERT INTO programme (id, code, name) VALUES (1, 'A', 'Alpha'), (2, 'B', 'Beta'),"
	" (3, 'C', 'No schemes'), (4, 'D', 'Other year only'), (5, 'E', 'Months only');"
	"INSERT INTO qipp_scheme (id, programme_id, name, owner, risk_adjust_pct) VALUES"
	" (10, 1, 'a1', 'Ann', NULL), (11, 1, 'a2', NULL, 20), (12, 1, 'a3', NULL, NULL),"
	" (20, 2, 'b1', NULL, NULL), (40, 4, 'd1', NULL, NULL), (50, 5, 'e1', NULL, NULL),"
	" (13, 1, 'a4 next year', NULL, NULL);"
	"INSERT INTO qipp_plan (scheme_id, fy, gross, net) VALUES (10, 2013, 120000, 100000),"
	" (11, 2013, 50000, NULL), (12, 2013, NULL, 30000), (20, 2013, 1500, NULL),"
	" (40, 2014, 9000, NULL), (13, 2014, 1000, NULL);"
	"INSERT INTO qipp_month (scheme_id, month, forecast, actual) VALUES"
	" (10, 24163, 99000, 8000), (10, 24164, 90000, 9000), (11, 24160, NULL, 4000),"
	" (20, 24164, 1500, 700), (50, 24162, 5000, NULL), (10, 24175, 1, 1);";

static void test_paging(struct store_qipp *q)
{
	struct store_qipp_programme p[8];
	struct store_qipp_scheme s[8];
	struct pmwb_error e;
	long long after = 0;
	int got, n = 0, found;
	long long want_prog[] = {1, 2, 5};
	long long want_a[] = {10, 11, 12};

	err_clear(&e);
	/* A page of one at a time, forward then backward. */
	for (;;) {
		CHECK_INT(store_qipp_programmes(q, after, 0, 1, p, &got, &e), PMWB_OK);
		if (!got)
			break;
		CHECK(n < 3);
		if (n < 3)
			CHECK_INT(p[0].id, want_prog[n]);
		n++;
		after = p[0].id;
	}
	CHECK_INT(n, 3);
	after = 0;
	for (n = 2; n >= 0; n--) {
		CHECK_INT(store_qipp_programmes(q, after, 1, 1, p, &got, &e), PMWB_OK);
		CHECK_INT(got, 1);
		CHECK_INT(p[0].id, want_prog[n]);
		after = p[0].id;
	}
	CHECK_INT(store_qipp_programmes(q, after, 1, 1, p, &got, &e), PMWB_OK);
	CHECK_INT(got, 0);
	CHECK_INT(store_qipp_programme(q, 3, p, &found, &e), PMWB_OK);
	CHECK_INT(found, 0);
	CHECK_INT(store_qipp_programme(q, 5, p, &found, &e), PMWB_OK);
	CHECK_INT(found, 1);
	CHECK_STR(p[0].code, "E");

	CHECK_INT(store_qipp_schemes(q, 1, 0, 0, 8, s, &got, &e), PMWB_OK);
	CHECK_INT(got, 3);
	for (int i = 0; i < got && i < 3; i++)
		CHECK_INT(s[i].id, want_a[i]);
	CHECK_INT(store_qipp_schemes(q, 1, 11, 0, 8, s, &got, &e), PMWB_OK);
	CHECK_INT(got, 1);
	CHECK_INT(s[0].id, 12);
	CHECK_INT(store_qipp_schemes(q, 1, 12, 1, 8, s, &got, &e), PMWB_OK);
	CHECK_INT(got, 2);
	CHECK_INT(s[0].id, 11);
	CHECK_INT(s[1].id, 10);
	CHECK_INT(store_qipp_schemes(q, 1, 0, 1, 1, s, &got, &e), PMWB_OK);
	CHECK_INT(s[0].id, 12);
}

/* Every scheme's figures as store_qipp_report gives them for the reports. */
struct compare {
	struct store_qipp *q;
	int rows;
};

static enum pmwb_status compare_row(void *ctx, const struct store_qipp_row *r,
				    struct pmwb_error *e)
{
	struct compare *c = ctx;
	struct store_qipp_scheme s;
	int found = 0;

	c->rows++;
	/* Find the scheme by name through the pane's own query. */
	for (long long prog = 1; prog <= 5 && !found; prog++) {
		struct store_qipp_scheme page[8];
		int got;
		if (store_qipp_schemes(c->q, prog, 0, 0, 8, page, &got, e) != PMWB_OK)
			return e->status;
		for (int i = 0; i < got; i++)
			if (!strcmp(page[i].name, r->s.name)) {
				s = page[i];
				found = 1;
			}
	}
	CHECK(found);
	if (!found)
		return PMWB_OK;
	CHECK_STR(s.owner, r->s.owner);
	CHECK_INT(memcmp(&s.fig, &r->s.fig, sizeof(s.fig)), 0);
	CHECK_INT(memcmp(&s.sums, &r->s.sums, sizeof(s.sums)), 0);
	CHECK_INT(s.reported_this_month, r->s.reported_this_month);
	CHECK_INT(r->prog.id, s.programme_id);
	return PMWB_OK;
}

static void test_agrees_with_report(struct store_qipp *q)
{
	struct compare c = {.q = q};
	struct pmwb_error e;

	err_clear(&e);
	for (fy_month asof = 24159; asof <= 24170; asof++) {
		store_qipp_set_period(q, 2013, 24159, asof, asof);
		CHECK_INT(store_qipp_report(q, NULL, compare_row, &c, &e), PMWB_OK);
	}
	CHECK_INT(c.rows, 12 * 5);
}

static void test_figures(struct store_qipp *q)
{
	struct store_qipp_scheme s;
	struct store_qipp_month_figures m[12];
	struct store_qipp_detail d;
	struct pmwb_error e;
	int found;

	err_clear(&e);
	store_qipp_set_period(q, 2013, 24159, 24164, 24164);
	CHECK_INT(store_qipp_scheme(q, 10, &s, &found, &e), PMWB_OK);
	CHECK_INT(found, 1);
	CHECK_INT(s.fig.ytd_actual, 17000);
	CHECK_INT(s.fig.forecast, 90000);
	CHECK_INT(s.fig.prev_forecast, 99000);
	CHECK_INT(s.reported_this_month, 1);
	/* 100,000 net over six months of twelve */
	CHECK_INT(s.sums.ytd_plan, 50000);
	CHECK_INT(s.sums.has_ytd_plan, 1);
	CHECK_INT(store_qipp_scheme(q, 11, &s, &found, &e), PMWB_OK);
	CHECK_INT(s.fig.has_adjust, 1);
	CHECK_INT(s.fig.adjust_pct, 20);
	CHECK_INT(s.fig.has_forecast, 0);
	CHECK_INT(s.sums.net, 40000); /* 50,000 gross less 20% */
	/* A year not started by today has no year-to-date plan. */
	store_qipp_set_period(q, 2013, 24159, 24164, 24150);
	CHECK_INT(store_qipp_scheme(q, 10, &s, &found, &e), PMWB_OK);
	CHECK_INT(s.sums.has_ytd_plan, 0);
	CHECK_INT(s.sums.ytd_plan, 0);
	store_qipp_set_period(q, 2013, 24159, 24164, 24164);
	/* A month in the next year is not this year's. */
	CHECK_INT(store_qipp_months(q, 10, 24159, m, &e), PMWB_OK);
	CHECK_INT(m[4].has_forecast, 1);
	CHECK_INT(m[4].forecast, 99000);
	CHECK_INT(m[5].actual, 9000);
	CHECK_INT(m[0].has_forecast + m[0].has_actual, 0);
	CHECK_INT(store_qipp_months(q, 10, 24171, m, &e), PMWB_OK);
	CHECK_INT(m[4].forecast, 1);
	CHECK_INT(store_qipp_detail(q, 10, &d, &found, &e), PMWB_OK);
	CHECK_INT(found, 1);
	CHECK_STR(d.prog.code, "A");
	CHECK_INT(d.project_id, 0);
	CHECK_INT(store_qipp_detail(q, 999, &d, &found, &e), PMWB_OK);
	CHECK_INT(found, 0);
}

static void test_find(struct store_qipp *q)
{
	struct store_qipp_programme p;
	struct store_qipp_scheme s;
	struct pmwb_error e;
	int self, found;

	err_clear(&e);
	store_qipp_set_period(q, 2013, 24159, 24164, 24164);
	/* By owner, ignoring case; a programme holding a match is not itself a match. */
	CHECK_INT(store_qipp_find_programme(q, 0, 0, "ANN", &p, &self, &found, &e), PMWB_OK);
	CHECK_INT(found, 1);
	CHECK_INT(p.id, 1);
	CHECK_INT(self, 0);
	CHECK_INT(store_qipp_find_scheme(q, 1, 0, 0, "ann", &s, &found, &e), PMWB_OK);
	CHECK_INT(s.id, 10);
	CHECK_INT(store_qipp_find_scheme(q, 1, 10, 0, "ann", &s, &found, &e), PMWB_OK);
	CHECK_INT(found, 0);
	/* Names, forward and backward; a scheme of another year is never found. */
	CHECK_INT(store_qipp_find_scheme(q, 1, 0, 1, "a", &s, &found, &e), PMWB_OK);
	CHECK_INT(s.id, 12);
	CHECK_INT(store_qipp_find_programme(q, 0, 0, "next year", &p, &self, &found, &e), PMWB_OK);
	CHECK_INT(found, 0);
	CHECK_INT(store_qipp_find_programme(q, 1, 0, "e", &p, &self, &found, &e), PMWB_OK);
	CHECK_INT(p.id, 2); /* "Beta" */
	CHECK_INT(self, 1);
	CHECK_INT(store_qipp_find_programme(q, 0, 1, "e", &p, &self, &found, &e), PMWB_OK);
	CHECK_INT(p.id, 5);
	/* LIKE's own characters are text. */
	CHECK_INT(store_qipp_find_programme(q, 0, 0, "%", &p, &self, &found, &e), PMWB_OK);
	CHECK_INT(found, 0);
}

/* How many schemes a scope's total covers, and how many of them reported. */
static int total_schemes(struct store_qipp *q, long long programme_id, const char *organisation,
			 int *reported)
{
	struct store_qipp_scope scope = {.programme_id = programme_id,
					 .organisation = organisation};
	struct qipp_sums t;
	struct pmwb_error e;

	err_clear(&e);
	CHECK_INT(store_qipp_total(q, &scope, &t, &e), PMWB_OK);
	*reported = t.reported;
	return t.schemes;
}

struct org_rows {
	int n, organisations;
	char order[64]; /* the rows' organisations, initials: '-' for none */
};

static enum pmwb_status org_row(void *ctx, const struct store_qipp_row *r, struct pmwb_error *e)
{
	struct org_rows *o = ctx;

	(void)e;
	o->organisations = r->organisations;
	if (o->n < 63)
		o->order[o->n++] = r->prog.organisation[0] ? r->prog.organisation[0] : '-';
	return PMWB_OK;
}

/* Programme B belongs to another organisation: two organisations, each one's schemes apart
 * (no organisation is one too: ""), and the report agrees row for row still. */
static void test_organisations(struct store_qipp *q)
{
	struct store_qipp_programme p;
	struct compare c = {.q = q};
	struct pmwb_error e;
	int n = -1, found = 0, reported = -1;

	err_clear(&e);
	store_qipp_set_period(q, 2013, 24159, 24164, 24164);
	CHECK_INT(store_qipp_organisations(q, &n, &e), PMWB_OK);
	CHECK_INT(n, 1);
	CHECK_INT(exec_sql("UPDATE programme SET organisation = 'Other CCG' WHERE code = 'B'"),
		  SQLITE_OK);
	CHECK_INT(store_qipp_organisations(q, &n, &e), PMWB_OK);
	CHECK_INT(n, 2);
	CHECK_INT(store_qipp_programme(q, 2, &p, &found, &e), PMWB_OK);
	CHECK_STR(p.organisation, "Other CCG");
	CHECK_INT(total_schemes(q, 0, "Other CCG", &reported), 1); /* b1 */
	CHECK_INT(reported, 1);
	/* a1-a3 and e1, which has months only; a1 and e1 gave a forecast */
	CHECK_INT(total_schemes(q, 0, "", &reported), 4);
	CHECK_INT(reported, 2);
	CHECK_INT(total_schemes(q, 0, "Nobody", &reported), 0);
	CHECK_INT(total_schemes(q, 1, NULL, &reported), 3);
	CHECK_INT(reported, 1);
	CHECK_INT(total_schemes(q, 0, NULL, &reported), 5);
	CHECK_INT(reported, 3);
	CHECK_INT(store_qipp_report(q, NULL, compare_row, &c, &e), PMWB_OK);
	CHECK_INT(c.rows, 5);
	/* the report's rows come organisation by organisation, each row knowing how many */
	struct org_rows o = {0};
	CHECK_INT(store_qipp_report(q, NULL, org_row, &o, &e), PMWB_OK);
	CHECK_INT(o.organisations, 2);
	CHECK_STR(o.order, "----O");
	CHECK_INT(exec_sql("UPDATE programme SET organisation = NULL"), SQLITE_OK);
}

static void test_edit(struct store *st)
{
	struct store_qipp_month_figures before, after, stale;
	/* scheme 12's 2013/14 plan is 30,000 net: 150% is 45,000 */
	struct store_qipp_month_rules rules = {.fy = 2013, .today = 24164, .outlier_pct = 150};
	struct pmwb_error e;
	long long audits = query_int("SELECT count(*) FROM audit");

	err_clear(&e);
	store_set_user(st, "tester");
	/* A new month. */
	CHECK_INT(store_qipp_month_get(st, 12, 24164, &before, &e), PMWB_OK);
	CHECK_INT(before.has_forecast + before.has_actual, 0);
	after = before;
	after.has_forecast = 1;
	after.forecast = 1410000;
	/* 1,410,000 against a plan of 30,000: refused, with the figure; nothing written. */
	CHECK_INT(store_qipp_month_save(st, 12, 24164, &before, &after, &rules, &e), PMWB_INPUT);
	CHECK_CONTAINS(e.msg, "the forecast 1,410,000 is over 150% of the year's plan (30,000)");
	CHECK_INT(query_int("SELECT count(*) FROM audit"), audits);
	/* An actual for October, after today (September): refused. */
	after.forecast = 45000;
	after.has_actual = 1;
	after.actual = 1000;
	err_clear(&e);
	CHECK_INT(store_qipp_month_save(st, 12, 24165, &before, &after, &rules, &e), PMWB_INPUT);
	CHECK_CONTAINS(e.msg, "an actual for 2013-10 is after this month (2013-09)");
	CHECK_INT(query_int("SELECT count(*) FROM qipp_month WHERE scheme_id = 12"), 0);
	/* 45,000 is 150% exactly: allowed. */
	after.has_actual = 0;
	after.actual = 0;
	err_clear(&e);
	CHECK_INT(store_qipp_month_save(st, 12, 24164, &before, &after, &rules, &e), PMWB_OK);
	CHECK_INT(query_int("SELECT forecast FROM qipp_month WHERE scheme_id = 12 AND month = 24164"),
		  45000);
	CHECK_INT(query_int("SELECT count(*) FROM audit"), audits + 1);
	CHECK_INT(query_int("SELECT count(*) FROM audit WHERE entity = 'qipp_month' AND"
			    " entity_key = 'A a3 2013-09' AND action = 'add' AND who = 'tester' AND"
			    " detail = 'forecast: (empty) -> 45,000'"), 1);
	/* Saving the same again: refused, nothing written. */
	err_clear(&e);
	CHECK_INT(store_qipp_month_save(st, 12, 24164, &after, &after, &rules, &e), PMWB_INPUT);
	CHECK_CONTAINS(e.msg, "nothing changed");
	/* A stale view (a colleague's import meanwhile): refused, nothing written. */
	CHECK_INT(exec_sql("UPDATE qipp_month SET actual = 5000 WHERE scheme_id = 12 AND month = 24164"),
		  SQLITE_OK);
	stale = after;
	stale.has_actual = 1;
	stale.actual = 7000;
	err_clear(&e);
	CHECK_INT(store_qipp_month_save(st, 12, 24164, &after, &stale, &rules, &e), PMWB_STALE);
	CHECK_CONTAINS(e.msg, "A a3 2013-09 was changed by someone else meanwhile");
	CHECK_INT(query_int("SELECT actual FROM qipp_month WHERE scheme_id = 12 AND month = 24164"), 5000);
	CHECK_INT(query_int("SELECT count(*) FROM audit"), audits + 1);
	/* An edit from the figures as they are now, then clearing the month removes it. */
	err_clear(&e);
	CHECK_INT(store_qipp_month_get(st, 12, 24164, &before, &e), PMWB_OK);
	after = before;
	after.actual = -36000;
	CHECK_INT(store_qipp_month_save(st, 12, 24164, &before, &after, &rules, &e), PMWB_OK);
	CHECK_INT(query_int("SELECT count(*) FROM audit WHERE action = 'edit' AND"
			    " detail = 'actual: 5,000 -> -36,000'"), 1);
	before = after;
	memset(&after, 0, sizeof(after));
	CHECK_INT(store_qipp_month_save(st, 12, 24164, &before, &after, &rules, &e), PMWB_OK);
	CHECK_INT(query_int("SELECT count(*) FROM qipp_month WHERE scheme_id = 12 AND month = 24164"), 0);
	CHECK_INT(query_int("SELECT count(*) FROM audit WHERE action = 'clear'"), 1);
	/* A scheme that is gone. */
	err_clear(&e);
	after.has_actual = 1;
	CHECK_INT(store_qipp_month_save(st, 999, 24164, &before, &after, &rules, &e), PMWB_INPUT);
	CHECK_CONTAINS(e.msg, "no longer in the database");
	CHECK_INT(query_int("SELECT count(*) FROM audit"), audits + 3);
}

int main(void)
{
	struct store *st = NULL;
	struct store_qipp *q = NULL;
	struct pmwb_error e;

	if (!mkdtemp(dir))
		return 99;
	snprintf(path, sizeof(path), "%s/t.db", dir);
	err_clear(&e);
	CHECK_INT(store_open(path, STORE_CREATE, &st, &e), PMWB_OK);
	if (!st)
		return check_done();
	CHECK_INT(exec_sql(fixture), SQLITE_OK);
	CHECK_INT(store_qipp_open(st, &q, &e), PMWB_OK);
	store_qipp_set_period(q, 2013, 24159, 24164, 24164);
	test_paging(q);
	test_figures(q);
	test_agrees_with_report(q);
	test_find(q);
	test_organisations(q);
	store_qipp_close(q);
	test_edit(st);
	store_close(st);
	unlink(path);
	rmdir(dir);
	return check_done();
}
