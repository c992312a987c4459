/* The Risks pane's store side: keyset paging in every sort and filter gives exactly the rows
 * and order a plain ORDER BY gives, forward and backward, page after page (ties, unrated
 * risks, no owner, no review date included); the heat-map counts kept by trigger agree with
 * the register; an edit writes the risk, its history (the state before the first change,
 * then after each) and one audit row in one transaction, refuses a stale form and changes
 * nothing when it fails. */
#include "config.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "sql_probe.h"
#include "pmwb/store.h"
#include "pmwb/store_query_risks.h"
#include "pmwb/store_risk_close.h"
#include "pmwb/store_risk_edit.h"

static char dir[] = "/tmp/pmwb-t-risks-XXXXXX";
static char path[300];

static long long query_int(const char *sql)
{
	return probe_int(path, sql);
}

static int exec_sql(const char *sql)
{
	return probe_exec(path, sql);
}

/* ids in the reference order, straight from SQL. */
static int reference(const char *where, const char *order, long long *ids, int max)
{
	sqlite3 *db;
	sqlite3_stmt *stmt;
	char sql[1024];
	int n = 0;

	snprintf(sql, sizeof(sql), "SELECT r.id FROM risk r %s%s ORDER BY %s", where[0] ? "WHERE " : "",
		 where, order);
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_prepare_v2(db, sql, -1, &stmt, NULL) != SQLITE_OK) {
		fprintf(stderr, "reference: %s\n", sqlite3_errmsg(db));
		sqlite3_close(db);
		return -1;
	}
	while (n < max && sqlite3_step(stmt) == SQLITE_ROW)
		ids[n++] = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	sqlite3_close(db);
	return n;
}

#define N_RISKS 400
#define PAGE 7

static void make_register(void)
{
	static const char *const owners[] = {"CCG", "ccg", "JICE", "LBB", NULL, "Joint"};
	static const char *const statuses[] = {"open", "Open - monitoring", "closed", "Closed 2014"};
	char sql[512];
	unsigned seed = 7;

	CHECK_INT(exec_sql("INSERT INTO programme (id, code, name) VALUES (1, 'BCF', 'Better Care'),"
			   " (2, 'PROMISE', 'ProMISE'), (3, 'PLANNED', 'Planned Care')"),
		  SQLITE_OK);
	exec_sql("BEGIN");
	for (int i = 1; i <= N_RISKS; i++) {
		char l[8], im[8], prog[8], owner[16], review[16];
		seed = seed * 1103515245u + 12345u;
		unsigned r = seed >> 8;
		/* One risk in eight unrated, one in five with no review date: the NULL cases. */
		snprintf(l, sizeof(l), r % 8 == 0 ? "NULL" : "%u", r % 5 + 1);
		snprintf(im, sizeof(im), r % 8 == 0 ? "NULL" : "%u", (r / 5) % 5 + 1);
		snprintf(prog, sizeof(prog), (r / 25) % 4 == 0 ? "NULL" : "%u", (r / 25) % 4);
		const char *o = owners[(r / 100) % 6];
		snprintf(owner, sizeof(owner), o ? "'%s'" : "NULL", o);
		if ((r / 600) % 5 == 0)
			snprintf(review, sizeof(review), "NULL");
		else
			snprintf(review, sizeof(review), "'2014-%02u-15'", (r / 600) % 12 + 1);
		snprintf(sql, sizeof(sql),
			 "INSERT INTO risk (ref, programme_id, title, owner, likelihood, impact,"
			 " status, review_date) VALUES ('R%d', %s, 'risk %d', %s, %s, %s, '%s', %s)",
			 i, prog, i, owner, l, im, statuses[(r / 7000) % 4], review);
		CHECK_INT(exec_sql(sql), SQLITE_OK);
	}
	exec_sql("COMMIT");
}

static const char *const orders[STORE_RISK_SORT_COUNT] = {
	"ifnull(score, 0) DESC, id",
	"ifnull(programme_id, 0), ifnull(score, 0) DESC, id",
	"ifnull(owner, '') COLLATE NOCASE, ifnull(score, 0) DESC, id",
	"ifnull(review_date, '9999-12-31'), ifnull(score, 0) DESC, id",
};

struct filter_case {
	const char *name;
	struct store_risk_filter_spec spec;
	const char *where;
};

/* Walk the whole list a page at a time, forward then backward, against the reference. */
static void walk(struct store_risks *q, const char *what, const long long *want, int n)
{
	static long long got[N_RISKS + 10];
	struct store_risk_item page[PAGE], last;
	struct pmwb_error e;
	int k = 0, got_n, have_last = 0;

	do {
		err_clear(&e);
		CHECK_INT(store_risks_page(q, have_last ? &last : NULL, 0, PAGE, page, &got_n, &e),
			  PMWB_OK);
		for (int i = 0; i < got_n && k < N_RISKS + 10; i++)
			got[k++] = page[i].id;
		if (got_n) {
			last = page[got_n - 1];
			have_last = 1;
		}
	} while (got_n == PAGE);
	CHECK_INT(k, n);
	for (int i = 0; i < n && i < k; i++)
		if (got[i] != want[i]) {
			fprintf(stderr, "%s: forward row %d is id %lld, want %lld\n", what, i, got[i],
				want[i]);
			CHECK(0);
			break;
		}
	/* Backward from the end: the same rows, nearest first. */
	k = 0;
	have_last = 0;
	do {
		CHECK_INT(store_risks_page(q, have_last ? &last : NULL, 1, PAGE, page, &got_n, &e),
			  PMWB_OK);
		for (int i = 0; i < got_n && k < N_RISKS + 10; i++)
			got[k++] = page[i].id;
		if (got_n) {
			last = page[got_n - 1];
			have_last = 1;
		}
	} while (got_n == PAGE);
	CHECK_INT(k, n);
	for (int i = 0; i < n && i < k; i++)
		if (got[i] != want[n - 1 - i]) {
			fprintf(stderr, "%s: backward row %d is id %lld, want %lld\n", what, i, got[i],
				want[n - 1 - i]);
			CHECK(0);
			break;
		}
}

static void test_paging(struct store *st)
{
	static long long want[N_RISKS];
	struct store_risks *q;
	struct pmwb_error e;
	struct filter_case cases[] = {
		{"all", {0}, ""},
		{"programme BCF", {.has_programme = 1, .programme_id = 1}, "ifnull(programme_id, 0) = 1"},
		{"corporate", {.has_programme = 1, .programme_id = 0}, "programme_id IS NULL"},
		{"owner ccg", {.owner = "ccg"}, "owner = 'CCG' COLLATE NOCASE"},
		{"band High", {.min_score = 8, .max_score = 12}, "score BETWEEN 8 AND 12"},
		{"escalated open", {.min_score = 15, .open_only = 1},
		 "score >= 15 AND lower(status) NOT LIKE 'closed%'"},
		{"closed", {.closed_only = 1}, "lower(status) LIKE 'closed%'"},
		{"status open", {.status = "open"}, "status LIKE 'open%'"},
		{"overdue", {.overdue = 1, .today = "2014-06-01"},
		 "review_date < '2014-06-01' AND lower(status) NOT LIKE 'closed%'"},
		{"cell 3x4", {.likelihood = 3, .impact = 4, .open_only = 1},
		 "likelihood = 3 AND impact = 4 AND lower(status) NOT LIKE 'closed%'"},
		{"text", {.text = "risk 1"}, "title LIKE '%risk 1%'"},
		{"cell 3x4 as the heat map opens it",
		 {.likelihood = 3, .impact = 4, .min_score = 12, .max_score = 12, .open_only = 1},
		 "likelihood = 3 AND impact = 4 AND lower(status) NOT LIKE 'closed%'"},
		{"programme PROMISE, cell 2x2",
		 {.has_programme = 1, .programme_id = 2, .likelihood = 2, .impact = 2,
		  .min_score = 4, .max_score = 4},
		 "programme_id = 2 AND likelihood = 2 AND impact = 2"},
		{"owner jice, score 6", {.owner = "JICE", .min_score = 6, .max_score = 6},
		 "owner = 'jice' COLLATE NOCASE AND score = 6"},
	};
	char what[128];

	err_clear(&e);
	CHECK_INT(store_risks_open(st, &q, &e), PMWB_OK);
	/* Before the sorts' indexes are built (a new file has none: they are built on first
	 * use) and after: the same rows in the same order. */
	for (int indexed = 0; indexed < 2; indexed++)
		for (int s = 0; s < STORE_RISK_SORT_COUNT; s++)
			for (size_t c = 0; c < sizeof(cases) / sizeof(cases[0]); c++) {
				int n = reference(cases[c].where, orders[s], want, N_RISKS);
				CHECK(n > 0);
				snprintf(what, sizeof(what), "sort %d, %s, %s", s, cases[c].name,
					 indexed ? "indexed" : "no index yet");
				store_risks_set_view(q, (enum store_risk_sort)s, &cases[c].spec);
				if (indexed && store_risks_unindexed(q)) {
					/* how many risks the build will read: all of them */
					CHECK_INT(store_risks_unindexed(q), N_RISKS);
					CHECK_INT(store_risks_build_index(q, &e), PMWB_OK);
				}
				CHECK_INT(store_risks_unindexed(q) == 0, indexed);
				walk(q, what, want, n);
			}
	store_risks_close(q);
}

static void test_cells(struct store *st)
{
	struct store_risks *q;
	struct pmwb_error e;
	long cells[6][6];
	long long sum = 0;

	err_clear(&e);
	CHECK_INT(store_risks_open(st, &q, &e), PMWB_OK);
	CHECK_INT(store_risks_cells(q, 0, 0, cells, &e), PMWB_OK);
	for (int l = 0; l <= 5; l++)
		for (int i = 0; i <= 5; i++)
			sum += cells[l][i];
	CHECK_INT(sum, query_int("SELECT count(*) FROM risk WHERE lower(status) NOT LIKE 'closed%'"));
	CHECK_INT(cells[3][4], query_int("SELECT count(*) FROM risk WHERE likelihood = 3 AND "
					 "impact = 4 AND lower(status) NOT LIKE 'closed%'"));
	CHECK_INT(cells[0][0], query_int("SELECT count(*) FROM risk WHERE likelihood IS NULL AND "
					 "lower(status) NOT LIKE 'closed%'"));
	CHECK_INT(store_risks_cells(q, 1, 1, cells, &e), PMWB_OK);
	CHECK_INT(cells[2][2], query_int("SELECT count(*) FROM risk WHERE programme_id = 1 AND "
					 "likelihood = 2 AND impact = 2 AND lower(status) NOT "
					 "LIKE 'closed%'"));
	/* Kept by trigger whoever writes: a change made outside pmwb moves the counts too. */
	long before = cells[2][2];
	CHECK_INT(exec_sql("UPDATE risk SET likelihood = 2, impact = 2, status = 'open'"
			   " WHERE id = (SELECT min(id) FROM risk WHERE programme_id = 1 AND"
			   " NOT (likelihood = 2 AND impact = 2 AND status = 'open'))"),
		  SQLITE_OK);
	CHECK_INT(store_risks_cells(q, 1, 1, cells, &e), PMWB_OK);
	CHECK_INT(cells[2][2], before + 1);
	store_risks_close(q);
}

static void test_edit(struct store *st)
{
	struct store_risk_record r, before, stale, added;
	struct pmwb_error e;
	long long hist, audit;

	err_clear(&e);
	CHECK_INT(store_risk_load(st, 1, &before, &e), PMWB_OK);
	r = before;
	r.likelihood = before.likelihood == 5 ? 1 : 5;
	r.impact = 4;
	/* Written and never changed: no history yet.  Its first change records the state
	 * before it (these rows have no file and line to name), then the state after. */
	CHECK_INT(query_int("SELECT count(*) FROM risk_history WHERE risk_id = 1"), 0);
	audit = query_int("SELECT count(*) FROM audit WHERE entity = 'risk'");
	CHECK_INT(store_risk_save(st, &r, &before, "edit", &e), PMWB_OK);
	CHECK_INT(query_int("SELECT score FROM risk WHERE id = 1"), r.likelihood * 4);
	CHECK_INT(query_int("SELECT count(*) FROM risk_history WHERE risk_id = 1"), 2);
	CHECK_INT(query_int("SELECT score FROM risk_history WHERE risk_id = 1 ORDER BY id"),
		  before.likelihood * before.impact);
	CHECK_INT(query_int("SELECT count(*) FROM risk_history WHERE risk_id = 1 AND id = (SELECT "
			    "min(id) FROM risk_history WHERE risk_id = 1) AND note = 'before the first recorded change'"),
		  1);
	CHECK_INT(query_int("SELECT score FROM risk_history WHERE risk_id = 1 ORDER BY id DESC"),
		  r.likelihood * 4);
	CHECK_INT(query_int("SELECT count(*) FROM risk_history WHERE risk_id = 1 AND who = 'tester'"),
		  2);
	CHECK_INT(query_int("SELECT count(*) FROM audit WHERE entity = 'risk'"), audit + 1);
	CHECK_INT(query_int("SELECT count(*) FROM audit WHERE entity = 'risk' AND action = 'edit'"
			    " AND detail LIKE '%likelihood: % -> %' AND who = 'tester'"),
		  1);

	/* A second change adds one row: the state before it is already there. */
	CHECK_INT(store_risk_load(st, 1, &before, &e), PMWB_OK);
	r = before;
	r.likelihood = before.likelihood == 2 ? 3 : 2;
	CHECK_INT(store_risk_save(st, &r, &before, "edit", &e), PMWB_OK);
	CHECK_INT(query_int("SELECT count(*) FROM risk_history WHERE risk_id = 1"), 3);

	/* Only the owner changed: no history row (not a change of rating or status). */
	stale = r;
	CHECK_INT(store_risk_load(st, 1, &before, &e), PMWB_OK);
	r = before;
	snprintf(r.owner, sizeof(r.owner), "Director of Commissioning");
	hist = query_int("SELECT count(*) FROM risk_history");
	CHECK_INT(store_risk_save(st, &r, &before, "edit", &e), PMWB_OK);
	CHECK_INT(query_int("SELECT count(*) FROM risk_history"), hist);

	/* A form loaded before that edit is refused, and nothing is written. */
	audit = query_int("SELECT count(*) FROM audit");
	stale.impact = 1;
	struct store_risk_record stale_before = stale;
	stale_before.impact = 4;
	err_clear(&e);
	CHECK_INT(store_risk_save(st, &stale, &stale_before, "edit", &e), PMWB_STALE);
	CHECK_CONTAINS(e.msg, "changed by someone else");
	CHECK_INT(query_int("SELECT count(*) FROM audit"), audit);
	CHECK_INT(query_int("SELECT impact FROM risk WHERE id = 1"), 4);

	/* Nothing changed: refused, nothing written. */
	err_clear(&e);
	CHECK_INT(store_risk_load(st, 1, &before, &e), PMWB_OK);
	r = before;
	CHECK_INT(store_risk_save(st, &r, &before, "edit", &e), PMWB_INPUT);

	/* A new risk gets its first history row; a ref already on that register is refused. */
	memset(&added, 0, sizeof(added));
	snprintf(added.ref, sizeof(added.ref), "NEW1");
	snprintf(added.programme, sizeof(added.programme), "bcf");
	snprintf(added.title, sizeof(added.title), "A new risk");
	added.likelihood = 2;
	added.impact = 3;
	err_clear(&e);
	CHECK_INT(store_risk_save(st, &added, NULL, "add", &e), PMWB_OK);
	CHECK(added.id > 0);
	CHECK_INT(query_int("SELECT count(*) FROM risk_history WHERE risk_id = (SELECT id FROM risk "
			    "WHERE ref = 'NEW1') AND score = 6 AND status = 'open'"),
		  1);
	CHECK_INT(query_int("SELECT programme_id FROM risk WHERE ref = 'NEW1'"), 1);
	r = added;
	r.id = 0;
	audit = query_int("SELECT count(*) FROM audit");
	CHECK_INT(store_risk_save(st, &r, NULL, "add", &e), PMWB_INPUT);
	CHECK_CONTAINS(e.msg, "already on the BCF register");
	CHECK_INT(query_int("SELECT count(*) FROM audit"), audit);
	snprintf(r.programme, sizeof(r.programme), "NOPE");
	CHECK_INT(store_risk_save(st, &r, NULL, "add", &e), PMWB_INPUT);
	CHECK_CONTAINS(e.msg, "no programme 'NOPE'");

	/* Undo of the add removes it (history with it); the audit log keeps both. */
	CHECK_INT(store_risk_load(st, added.id, &r, &e), PMWB_OK);
	CHECK_INT(store_risk_remove(st, &r, &e), PMWB_OK);
	CHECK_INT(query_int("SELECT count(*) FROM risk WHERE ref = 'NEW1'"), 0);
	CHECK_INT(query_int("SELECT count(*) FROM audit WHERE entity_key = 'BCF NEW1'"), 2);
}

/* Undo of an edit takes the edit's history away with it; a risk changed since is refused
 * and nothing is written. */
static void test_undo(struct store *st)
{
	struct store_risk_record before, after, r;
	struct pmwb_error e;
	long long mark, hist, undos = query_int("SELECT count(*) FROM audit WHERE action = 'undo'");

	err_clear(&e);
	CHECK_INT(store_risk_load(st, 2, &before, &e), PMWB_OK);
	hist = query_int("SELECT count(*) FROM risk_history WHERE risk_id = 2");
	CHECK_INT(store_risk_history_mark(st, 2, &mark, &e), PMWB_OK);
	after = before;
	after.impact = before.impact == 1 ? 2 : 1;
	CHECK_INT(store_risk_save(st, &after, &before, "edit", &e), PMWB_OK);
	CHECK(query_int("SELECT count(*) FROM risk_history WHERE risk_id = 2") > hist);

	/* someone else changed it meanwhile */
	CHECK_INT(exec_sql("UPDATE risk SET owner = 'elsewhere' WHERE id = 2"), SQLITE_OK);
	r = before;
	CHECK_INT(store_risk_undo(st, &r, &after, mark, &e), PMWB_STALE);
	CHECK_CONTAINS(e.msg, "changed by someone else");
	CHECK(query_int("SELECT count(*) FROM risk_history WHERE risk_id = 2") > hist);

	/* as it is now, the owner's change kept: the rating back, the edit's history gone */
	err_clear(&e);
	CHECK_INT(store_risk_load(st, 2, &after, &e), PMWB_OK);
	r = before;
	snprintf(r.owner, sizeof(r.owner), "%s", after.owner);
	CHECK_INT(store_risk_undo(st, &r, &after, mark, &e), PMWB_OK);
	CHECK_INT(query_int("SELECT impact FROM risk WHERE id = 2"), before.impact);
	CHECK_INT(query_int("SELECT count(*) FROM risk_history WHERE risk_id = 2"), hist);
	CHECK_INT(query_int("SELECT count(*) FROM audit WHERE action = 'undo'"), undos + 1);
}

/* Text longer than the record holds (issue 18): loaded cut and marked so; never written cut,
 * through an edit of another field and its undo; a change of it is refused; the audit keeps
 * a changed text in full. */
static void test_long_text(struct store *st)
{
	struct store_risk_record before, r;
	struct pmwb_error e;
	char sql[4096], owner[301];
	long long mark;

	snprintf(sql, sizeof(sql),
		 "UPDATE risk SET title = printf('%%.701c', 'T'), mitigation = printf('%%.1501c', 'M')"
		 " WHERE id = 3");
	CHECK_INT(exec_sql(sql), SQLITE_OK);
	err_clear(&e);
	CHECK_INT(store_risk_load(st, 3, &before, &e), PMWB_OK);
	CHECK(before.cut & (1u << STORE_RISK_F_TITLE));
	CHECK(before.cut & (1u << STORE_RISK_F_MITIGATION));
	CHECK(!(before.cut & (1u << STORE_RISK_F_OWNER)));
	CHECK_INT(store_risk_history_mark(st, 3, &mark, &e), PMWB_OK);
	r = before;
	r.likelihood = before.likelihood == 1 ? 2 : 1;
	CHECK_INT(store_risk_save(st, &r, &before, "edit", &e), PMWB_OK);
	CHECK_INT(query_int("SELECT length(title) = 701 AND title = printf('%.701c', 'T') AND "
			    "mitigation = printf('%.1501c', 'M') FROM risk WHERE id = 3"),
		  1);
	CHECK_INT(store_risk_load(st, 3, &r, &e), PMWB_OK);
	CHECK_INT(store_risk_undo(st, &before, &r, mark, &e), PMWB_OK);
	CHECK_INT(query_int("SELECT title = printf('%.701c', 'T') AND mitigation = "
			    "printf('%.1501c', 'M') FROM risk WHERE id = 3"),
		  1);

	/* The cut text changed: refused, nothing written. */
	CHECK_INT(store_risk_load(st, 3, &before, &e), PMWB_OK);
	r = before;
	r.title[0] = 'X';
	CHECK_INT(store_risk_save(st, &r, &before, "edit", &e), PMWB_INPUT);
	CHECK_CONTAINS(e.msg, "title is longer in the file than can be edited here (511 characters)");
	CHECK_INT(query_int("SELECT title = printf('%.701c', 'T') FROM risk WHERE id = 3"), 1);

	/* A changed text in full in the audit detail, before and after. */
	memset(owner, 'o', 300);
	owner[300] = '\0';
	r = before;
	snprintf(r.owner, sizeof(r.owner), "%s", owner);
	CHECK_INT(store_risk_save(st, &r, &before, "edit", &e), PMWB_OK);
	CHECK_INT(query_int("SELECT length(detail) > 300 FROM audit WHERE id = (SELECT max(id) FROM audit)"),
		  1);
	CHECK_INT(query_int("SELECT instr(detail, printf('''%.300c''', 'o')) > 0 FROM audit WHERE id = "
			    "(SELECT max(id) FROM audit)"),
		  1);
}

/* An undo or redo replayed through an ordinary save is audited as itself, naming the step;
 * after it, saves are audited as their own again. */
/* Closing keeps the register's note in the status; reopening gives it back. */
static void test_close_status(struct store *st)
{
	static const struct {
		const char *status, *closed, *reopened;
	} cases[] = {
		{"open", "closed", "open"},
		{"", "closed", "open"},
		{"  Open ", "closed", "open"},
		{"Ongoing; carers and MH initially", "Closed - Ongoing; carers and MH initially",
		 "Ongoing; carers and MH initially"},
		{"Open - monitoring", "Closed - Open - monitoring", "Open - monitoring"},
		/* already closed: kept; reopened keeps the word in a note that reads open */
		{"Complete (Mar 2014)", "Complete (Mar 2014)", "Reopened - Complete (Mar 2014)"},
		{"Closed - mitigated", "Closed - mitigated", "mitigated"},
		{"closed", "closed", "open"},
		{"Withdrawn: duplicate", "Withdrawn: duplicate", "duplicate"},
		{"Closed - Complete", "Closed - Complete", "Reopened - Closed - Complete"},
	};
	struct pmwb_error e;
	char out[256], small[12];

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		err_clear(&e);
		CHECK_INT(store_risk_closing_status(st, cases[i].status, out, sizeof(out), &e), PMWB_OK);
		CHECK_STR(out, cases[i].closed);
		CHECK_INT(store_risk_reopening_status(st, cases[i].closed, out, sizeof(out), &e),
			  PMWB_OK);
		CHECK_STR(out, cases[i].reopened);
	}
	/* Too long for the status: refused, never cut. */
	err_clear(&e);
	CHECK_INT(store_risk_closing_status(st, "Ongoing still", small, sizeof(small), &e), PMWB_INPUT);
	CHECK(strstr(e.msg, "more than the 11 a status may hold") != NULL);
}

static void test_replay(struct store *st)
{
	struct store_risk_record before, after;
	struct pmwb_error e;
	long long redos = query_int("SELECT count(*) FROM audit WHERE action = 'redo'");

	err_clear(&e);
	CHECK_INT(store_risk_load(st, 3, &before, &e), PMWB_OK);
	after = before;
	after.likelihood = before.likelihood == 1 ? 2 : 1;
	store_audit_replay(st, "redo", "likelihood on R3");
	CHECK_INT(store_risk_save(st, &after, &before, "edit", &e), PMWB_OK);
	store_audit_replay(st, NULL, NULL);
	CHECK_INT(query_int("SELECT count(*) FROM audit WHERE action = 'redo'"), redos + 1);
	CHECK_INT(query_int("SELECT count(*) FROM audit WHERE action = 'redo' AND detail LIKE "
			    "'likelihood on R3; likelihood: %'"), 1);
	CHECK_INT(store_risk_save(st, &before, &after, "edit", &e), PMWB_OK);
	CHECK_INT(query_int("SELECT count(*) FROM audit WHERE action = 'redo'"), redos + 1);
	CHECK_INT(query_int("SELECT count(*) FROM audit WHERE id = (SELECT max(id) FROM audit) AND "
			    "action = 'edit' AND detail LIKE 'likelihood: %'"), 1);
}

int main(void)
{
	struct store *st;
	struct pmwb_error e;

	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		return 1;
	}
	snprintf(path, sizeof(path), "%s/risks.db", dir);
	err_clear(&e);
	CHECK_INT(store_open(path, STORE_CREATE, &st, &e), PMWB_OK);
	store_set_user(st, "tester");
	make_register();
	test_paging(st);
	test_cells(st);
	test_edit(st);
	test_undo(st);
	test_long_text(st);
	test_close_status(st);
	test_replay(st);
	store_close(st);
	char cmd[400];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	return check_done();
}
