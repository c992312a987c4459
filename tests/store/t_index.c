/* Indexes built on first use (store_index.h): none in a new file; each built once, on the
 * expressions the pane's queries compare; every one at once; the ones a programme delete
 * needs; an unknown name refused; another writer holding the file makes a build give up
 * quickly with PMWB_DB_BUSY and leave nothing behind (building all, a command's work, waits
 * the store's busy timeout); inside an open transaction a build
 * rolls back with it. */
#include "config.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "sql_probe.h"
#include "pmwb/store.h"
#include "pmwb/store_index.h"

static char dir[] = "/tmp/pmwb-t-index-XXXXXX";
static char path[300];

static long long query_int(const char *sql)
{
	return probe_int(path, sql);
}

static long long indexes_named(const char *like)
{
	char sql[200];

	snprintf(sql, sizeof(sql),
		 "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name LIKE '%s'", like);
	return query_int(sql);
}

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void test_build_one_and_all(struct store *st)
{
	struct pmwb_error e;
	int built = -1;

	err_clear(&e);
	CHECK_INT(indexes_named("risk_sort_%"), 0);
	CHECK_INT(store_index_exists(st, "risk_sort_owner"), 0);
	CHECK_INT(store_index_build(st, "risk_sort_owner", &e), PMWB_OK);
	CHECK_INT(store_index_exists(st, "risk_sort_owner"), 1);
	CHECK_INT(indexes_named("risk_sort_owner"), 1);
	/* the expressions the keyset queries compare, exactly */
	CHECK_INT(query_int("SELECT count(*) FROM sqlite_schema WHERE name = 'risk_sort_owner' AND "
			    "sql LIKE '%ifnull(owner, '''') COLLATE NOCASE, ifnull(score, 0) DESC, id)'"),
		  1);
	/* built already: nothing to do, still fine */
	CHECK_INT(store_index_build(st, "risk_sort_owner", &e), PMWB_OK);

	CHECK_INT(store_index_build_all(st, &built, &e), PMWB_OK);
	CHECK_INT(built, 4); /* score, programme, review and the foreign key's */
	CHECK_INT(indexes_named("risk_sort_%"), 4);
	CHECK_INT(indexes_named("risk_programme_fk"), 1);
	CHECK_INT(store_index_build_all(st, &built, &e), PMWB_OK);
	CHECK_INT(built, 0);
}

static void test_unknown_name(struct store *st)
{
	struct pmwb_error e;

	err_clear(&e);
	CHECK_INT(store_index_exists(st, "risk_key"), 0); /* part of the schema, not on demand */
	CHECK_INT(store_index_build(st, "no_such_index", &e), PMWB_DB);
	CHECK_CONTAINS(e.msg, "no_such_index");
}

static void test_for_delete(struct store *st)
{
	struct pmwb_error e;

	err_clear(&e);
	CHECK_INT(store_index_build_for_delete(st, "risk", &e), PMWB_OK); /* nothing for risk */
	CHECK_INT(indexes_named("risk_programme_fk"), 0);
	CHECK_INT(store_index_build_for_delete(st, "programme", &e), PMWB_OK);
	CHECK_INT(indexes_named("risk_programme_fk"), 1);
	CHECK_INT(indexes_named("risk_sort_%"), 0); /* only what the delete needs */
}

/* Another connection holds the write lock: the build gives up after a short wait, not the
 * 5 s a command would wait, and the file has no index. */
static void test_busy(struct store *st)
{
	struct pmwb_error e;
	sqlite3 *other;
	double t0, waited;

	err_clear(&e);
	CHECK_INT(sqlite3_open(path, &other), SQLITE_OK);
	CHECK_INT(sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK);
	t0 = now_ms();
	CHECK_INT(store_index_build(st, "risk_sort_score", &e), PMWB_DB_BUSY);
	waited = now_ms() - t0;
	CHECK(waited < 2000);
	CHECK_INT(indexes_named("risk_sort_score"), 0);
	/* pmwb index is a command: it waits as long as the store's timeout says, not 250 ms */
	int built = -1;
	store_set_busy_timeout(st, 700);
	t0 = now_ms();
	CHECK_INT(store_index_build_all(st, &built, &e), PMWB_DB_BUSY);
	CHECK(now_ms() - t0 >= 600);
	CHECK_INT(built, 0);
	store_set_busy_timeout(st, 5000);
	CHECK_INT(sqlite3_exec(other, "COMMIT", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(other);
	/* the store's own timeout is back: a later build works */
	err_clear(&e);
	CHECK_INT(store_index_build(st, "risk_sort_score", &e), PMWB_OK);
	CHECK_INT(indexes_named("risk_sort_score"), 1);
}

/* Inside a caller's transaction the build is part of it, and goes with its rollback. */
static void test_in_transaction(struct store *st)
{
	struct pmwb_error e;

	err_clear(&e);
	CHECK_INT(store_begin(st, &e), PMWB_OK);
	CHECK_INT(store_index_build(st, "risk_sort_review", &e), PMWB_OK);
	CHECK_INT(store_index_exists(st, "risk_sort_review"), 1);
	store_rollback(st);
	CHECK_INT(store_index_exists(st, "risk_sort_review"), 0);
}

static struct store *fresh(const char *name)
{
	struct store *st = NULL;
	struct pmwb_error e;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	err_clear(&e);
	if (store_open(path, STORE_CREATE, &st, &e) != PMWB_OK)
		fprintf(stderr, "cannot open %s: %s\n", path, e.msg);
	return st;
}

int main(void)
{
	struct store *st;
	char cmd[400];

	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		return 99;
	}
	st = fresh("all.db");
	CHECK(st != NULL);
	if (st) {
		test_build_one_and_all(st);
		test_unknown_name(st);
		store_close(st);
	}
	st = fresh("delete.db");
	CHECK(st != NULL);
	if (st) {
		test_for_delete(st);
		test_busy(st);
		test_in_transaction(st);
		store_close(st);
	}
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	return check_done();
}
