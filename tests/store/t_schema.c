/* Schema creation and migration: a new file gets the current schema; an older file is
 * upgraded with its data intact; a newer file, or one that is not a database, is refused
 * and left byte-for-byte unchanged; a migration that fails leaves the file as it was. */
#include "config.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "sql_probe.h"
#include "pmwb/store.h"

static char dir[] = "/tmp/pmwb-t-schema-XXXXXX";

static const char *path_in_dir(const char *name)
{
	static char buf[4][256];
	static int next;
	char *p = buf[next++ % 4];

	snprintf(p, 256, "%s/%s", dir, name);
	return p;
}

static char *slurp(const char *path, long *len)
{
	FILE *f = fopen(path, "rb");
	char *buf;

	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	*len = ftell(f);
	rewind(f);
	buf = malloc((size_t)*len + 1);
	if (buf && fread(buf, 1, (size_t)*len, f) != (size_t)*len) {
		free(buf);
		buf = NULL;
	}
	fclose(f);
	return buf;
}

static int same_bytes(const char *a_data, long a_len, const char *path)
{
	long b_len;
	char *b = slurp(path, &b_len);
	int same = b && b_len == a_len && memcmp(a_data, b, (size_t)a_len) == 0;

	free(b);
	return same;
}

static void test_new_file(void)
{
	const char *path = path_in_dir("new.db");
	struct store *st;
	struct pmwb_error e;

	err_clear(&e);
	CHECK_INT(store_open(path, STORE_CREATE, &st, &e), PMWB_OK);
	CHECK_INT(store_file_version(st), store_schema_version());
	store_close(st);
	CHECK_INT(probe_int(path, "PRAGMA user_version"), store_schema_version());
	CHECK_INT(probe_int(path, "PRAGMA application_id"), STORE_APPLICATION_ID);
	CHECK_INT(probe_int(path, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
				  "('programme','project','phase','milestone','risk','risk_history',"
				  "'threshold','qipp_scheme','qipp_plan','qipp_month','audit','setting',"
				  "'metric')"),
		  13);
	CHECK_INT(probe_int(path, "SELECT count(*) FROM threshold"), 4);
	CHECK_INT(probe_int(path, "SELECT max_score FROM threshold WHERE level = 'High'"), 12);
	/* WAL is what lets a colleague read while someone imports. */
	CHECK_INT(probe_int(path, "SELECT journal_mode = 'wal' FROM pragma_journal_mode"), 1);
}

static void test_missing_file_without_create(void)
{
	struct store *st = (struct store *)1;
	struct pmwb_error e;

	err_clear(&e);
	CHECK_INT(store_open(path_in_dir("absent.db"), 0, &st, &e), PMWB_DB_MISSING);
	CHECK(st == NULL);
	CHECK_CONTAINS(e.msg, "absent.db");
	CHECK(access(path_in_dir("absent.db"), F_OK) != 0);
}

static void test_constraints(void)
{
	const char *path = path_in_dir("constraints.db");
	struct store *st;
	struct pmwb_error e;

	CHECK_INT(store_open(path, STORE_CREATE, &st, &e), PMWB_OK);
	store_close(st);
	CHECK_INT(probe_exec(path, "INSERT INTO programme (code, name) VALUES ('P', 'Planned');"
				 "INSERT INTO risk (ref, programme_id, title, likelihood, impact) "
				 "VALUES ('R1', 1, 't', 3, 4)"),
		  SQLITE_OK);
	CHECK_INT(probe_int(path, "SELECT score FROM risk WHERE ref = 'R1'"), 12);
	CHECK_INT(probe_exec(path, "INSERT INTO risk (ref, title, likelihood, impact) VALUES ('R2','t',6,1)"),
		  SQLITE_CONSTRAINT);
	CHECK_INT(probe_exec(path, "INSERT INTO risk (ref, title, likelihood, impact) VALUES ('R3','t',1,0)"),
		  SQLITE_CONSTRAINT);
	CHECK_INT(probe_exec(path, "INSERT INTO phase (project_id, letter, start_q, end_q) VALUES (1,'X',1,1)"),
		  SQLITE_CONSTRAINT);
	/* The same ref may exist once per programme and once on the corporate register. */
	CHECK_INT(probe_exec(path, "INSERT INTO risk (ref, title) VALUES ('R1', 'corporate')"), SQLITE_OK);
	CHECK_INT(probe_exec(path, "INSERT INTO risk (ref, title) VALUES ('R1', 'again')"),
		  SQLITE_CONSTRAINT);
}

static void test_upgrade_keeps_data(void)
{
	const char *path = path_in_dir("v1.db");
	struct store *st;
	struct pmwb_error e;

	err_clear(&e);
	CHECK_INT(store_create_at_version(path, 1, &e), PMWB_OK);
	CHECK_INT(probe_int(path, "PRAGMA user_version"), 1);
	CHECK_INT(probe_int(path, "SELECT count(*) FROM threshold"), 0);
	CHECK_INT(probe_exec(path, "INSERT INTO programme (code, name, start_fy) VALUES "
				 "('PLANNED', 'Planned Care', 2013);"
				 "INSERT INTO project (programme_id, name, value) VALUES (1, 'Gynaecology', 1000);"
				 "INSERT INTO phase (project_id, letter, start_q, end_q) VALUES (1, 'R', 8052, 8055);"),
		  SQLITE_OK);

	CHECK_INT(store_open(path, 0, &st, &e), PMWB_OK);
	CHECK_INT(store_file_version(st), store_schema_version());
	store_close(st);
	CHECK_INT(probe_int(path, "SELECT count(*) FROM programme WHERE code = 'PLANNED' AND start_fy = 2013"), 1);
	CHECK_INT(probe_int(path, "SELECT value FROM project WHERE name = 'Gynaecology'"), 1000);
	CHECK_INT(probe_int(path, "SELECT end_q - start_q FROM phase"), 3);
	CHECK_INT(probe_int(path, "SELECT count(*) FROM threshold"), 4);
	CHECK_INT(probe_int(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'phase_project'"), 1);
	/* v5 dropped v2's risk indexes that v3 made redundant; v6 left the pane's sort indexes
	 * and the foreign key's to be built on first use (store_index.c) */
	CHECK_INT(probe_int(path, "SELECT count(*) FROM sqlite_schema WHERE name IN ('risk_score',"
				  " 'risk_programme')"), 0);
	CHECK_INT(probe_int(path, "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'risk_sort_%'"
				  " OR name = 'risk_programme_fk'"), 0);
	CHECK_INT(probe_int(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'risk_key'"), 1);
}

/* A migration that cannot complete must leave the file at its old version with nothing of
 * the new version in it. */
static void test_failed_upgrade_rolls_back(void)
{
	const char *path = path_in_dir("v1-broken.db");
	struct store *st = NULL;
	struct pmwb_error e;

	err_clear(&e);
	CHECK_INT(store_create_at_version(path, 1, &e), PMWB_OK);
	/* Occupy a name migration 2 creates, as a hand-edited file might. */
	CHECK_INT(probe_exec(path, "CREATE TABLE risk_score (x)"), SQLITE_OK);
	CHECK(store_open(path, 0, &st, &e) != PMWB_OK);
	CHECK(st == NULL);
	CHECK_CONTAINS(e.msg, "upgrading the schema");
	CHECK_INT(probe_int(path, "PRAGMA user_version"), 1);
	CHECK_INT(probe_int(path, "SELECT count(*) FROM threshold"), 0);
	CHECK_INT(probe_int(path, "SELECT count(*) FROM setting"), 0);
}

/* A file made at an old version; setup (may be NULL) is run on it as a hand-edited or used
 * file would have been. */
static const char *file_at_version(const char *name, int version, const char *setup)
{
	const char *path = path_in_dir(name);
	struct pmwb_error e;

	err_clear(&e);
	CHECK_INT(store_create_at_version(path, version, &e), PMWB_OK);
	if (setup)
		CHECK_INT(probe_exec(path, setup), SQLITE_OK);
	return path;
}

/* Opening it upgrades it to the newest version. */
static void upgrade(const char *path)
{
	struct store *st = NULL;
	struct pmwb_error e;

	err_clear(&e);
	CHECK_INT(store_open(path, 0, &st, &e), PMWB_OK);
	if (st)
		store_close(st);
	CHECK_INT(probe_int(path, "PRAGMA user_version"), store_schema_version());
}

/* v5 -> v6 leaves the sort indexes to first use; a v5 file whose owner index somebody dropped
 * by hand still upgrades, its risks intact. */
static void test_v6_from_v5(void)
{
	const char *path = file_at_version("v5.db", 5, NULL);

	CHECK_INT(probe_int(path, "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'risk_sort_%'"), 4);
	CHECK_INT(probe_exec(path, "INSERT INTO risk (ref, title, likelihood, impact) VALUES ('R1', 'one', 2, 3);"
				 "DROP INDEX risk_sort_owner;"),
		  SQLITE_OK);
	upgrade(path);
	CHECK_INT(probe_int(path, "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'risk_sort_%'"
				  " OR name = 'risk_programme_fk'"), 0);
	CHECK_INT(probe_int(path, "SELECT score FROM risk WHERE ref = 'R1'"), 6);
}

/* v6 -> v7 turns the risk key round (ref first, to sort faster after a bulk load); it is
 * still the key: one ref per programme, and one for the corporate register. */
static void test_v7_from_v6(void)
{
	const char *path = file_at_version("v6.db", 6,
					   "INSERT INTO programme (code, name) VALUES ('P', 'Planned');"
					   "INSERT INTO risk (ref, title, programme_id) VALUES ('R1', 'one', 1);"
					   "INSERT INTO risk (ref, title) VALUES ('R1', 'corporate one');");

	upgrade(path);
	CHECK_INT(probe_int(path, "SELECT count(*) FROM pragma_index_xinfo('risk_key') "
				  "WHERE seqno = 0 AND name = 'ref'"), 1);
	CHECK_INT(probe_int(path, "SELECT count(*) FROM risk WHERE ref = 'R1'"), 2);
	CHECK_INT(probe_exec(path, "INSERT INTO risk (ref, title) VALUES ('R1', 'again')"),
		  SQLITE_CONSTRAINT);
	CHECK_INT(probe_exec(path, "INSERT INTO risk (ref, title, programme_id) VALUES ('R1', "
				   "'again', 1)"),
		  SQLITE_CONSTRAINT);
}

/* Organisations (v8): a file holding one organisation gives it its corporate register and
 * organisation-level measures; one holding two cannot tell whose they are and leaves them
 * unowned.  Either way every row is kept, and after the upgrade two organisations' corporate
 * risk "1" are two risks. */
static void test_organisations_from_v7(void)
{
	const char *one = file_at_version("v7-one.db", 7,
					  "INSERT INTO programme (code, name, organisation) VALUES"
					  " ('P', 'Planned', 'Bromley CCG'), ('Q', 'Quality', 'Bromley CCG');"
					  "INSERT INTO risk (ref, title) VALUES ('1', 'corporate one');"
					  "INSERT INTO risk (ref, title, programme_id) VALUES ('1', 'P one', 1);"
					  "INSERT INTO metric (name) VALUES ('Spend');");
	const char *two = file_at_version("v7-two.db", 7,
					  "INSERT INTO programme (code, name, organisation) VALUES"
					  " ('P', 'Planned', 'Bromley CCG'), ('B', 'Urgent', 'B&NES CCG');"
					  "INSERT INTO risk (ref, title) VALUES ('1', 'whose?');");

	upgrade(one);
	CHECK_INT(probe_int(one, "SELECT count(*) FROM organisation"), 1);
	CHECK_INT(probe_int(one, "SELECT count(*) FROM risk r JOIN organisation o"
				 " ON o.id = r.organisation_id WHERE r.ref = '1' AND o.name = 'Bromley CCG'"
				 " AND r.title = 'corporate one'"), 1);
	CHECK_INT(probe_int(one, "SELECT organisation_id IS NULL FROM risk WHERE title = 'P one'"), 1);
	CHECK_INT(probe_int(one, "SELECT organisation_id FROM metric WHERE name = 'Spend'"), 1);

	upgrade(two);
	CHECK_INT(probe_int(two, "SELECT count(*) FROM organisation"), 2);
	CHECK_INT(probe_int(two, "SELECT organisation_id IS NULL FROM risk WHERE title = 'whose?'"), 1);
	CHECK_INT(probe_exec(two, "INSERT INTO risk (ref, title, organisation_id) VALUES"
				  " ('1', 'Bromley one', 1), ('1', 'B&NES one', 2);"
				  "INSERT INTO programme (code, name, organisation) VALUES ('T', 'Trust', 'A Trust')"),
		  SQLITE_OK);
	CHECK_INT(probe_int(two, "SELECT count(*) FROM risk WHERE ref = '1'"), 3);
	CHECK_INT(probe_exec(two, "INSERT INTO risk (ref, title, organisation_id) VALUES ('1', 'again', 2)"),
		  SQLITE_CONSTRAINT);
	/* a programme's organisation joins the list whoever writes it */
	CHECK_INT(probe_int(two, "SELECT count(*) FROM organisation WHERE name = 'a trust'"), 1);
}

/* v8 -> v9 adds the table of status words: an older register that writes Complete, Withdrawn
 * or "Closed - mitigated" counted those as open; after the upgrade the kept heat-map counts
 * (risk_cell) count them closed, the risks themselves are as they were, and the triggers use
 * the table for a writer that is not pmwb (here, plain SQL). */
static void test_v9_from_v8(void)
{
	const char *path = file_at_version(
		"v8.db", 8,
		"INSERT INTO programme (code, name) VALUES ('P', 'Planned');"
		"INSERT INTO risk (ref, title, programme_id, likelihood, impact, status) VALUES"
		" ('R1', 'open one', 1, 5, 5, 'Open'),"
		" ('R2', 'done', 1, 5, 5, 'Complete (Mar 2014)'),"
		" ('R3', 'gone', 1, 5, 5, ' withdrawn'),"
		" ('R4', 'shut', 1, 5, 5, 'Closed - mitigated'),"
		" ('R5', 'kept', 1, 5, 5, 'Tolerated'),"
		" ('R6', 'not a word', 1, 5, 5, 'Completely new'),"
		" ('R7', 'archived', 1, 4, 4, 'ARCHIVED'),"
		" ('R8', 'moved', 1, 4, 4, 'Transferred to CCG'),"
		" ('R9', 'completed', 1, 4, 4, 'Completed'),"
		" ('R10', 'monitor', 1, 4, 4, 'open - monitoring');");

	CHECK_INT(probe_int(path, "SELECT sum(n) FROM risk_cell WHERE closed = 0"), 9);
	upgrade(path);
	CHECK_INT(probe_int(path, "SELECT count(*) FROM risk"), 10);
	CHECK_INT(probe_int(path, "SELECT count(*) FROM risk WHERE status = ' withdrawn'"), 1);
	CHECK_INT(probe_int(path, "SELECT sum(score) FROM risk"), 6 * 25 + 4 * 16);
	CHECK_INT(probe_int(path, "SELECT sum(n) FROM risk_cell WHERE closed = 0"), 3);
	CHECK_INT(probe_int(path, "SELECT sum(n) FROM risk_cell WHERE closed = 1"), 7);
	CHECK_INT(probe_int(path, "SELECT n FROM risk_cell WHERE closed = 0 AND likelihood = 5"), 2);
	CHECK_INT(probe_int(path, "SELECT count(*) FROM risk_status WHERE state = 'closed'"), 7);
	/* the triggers follow the table: a word made open moves its risks back */
	CHECK_INT(probe_exec(path, "UPDATE risk_status SET state = 'open' WHERE word = 'tolerated'"),
		  SQLITE_OK);
	CHECK_INT(probe_int(path, "SELECT sum(n) FROM risk_cell WHERE closed = 0"), 4);
	CHECK_INT(probe_exec(path, "UPDATE risk SET status = 'Closed' WHERE ref = 'R1';"
				   "INSERT INTO risk (ref, title, status) VALUES ('C1', 'c', 'Complete');"),
		  SQLITE_OK);
	CHECK_INT(probe_int(path, "SELECT sum(n) FROM risk_cell WHERE closed = 0"), 3);
	CHECK_INT(probe_int(path, "SELECT sum(n) FROM risk_cell WHERE closed = 1"), 8);
	CHECK_INT(probe_exec(path, "INSERT INTO risk_status (word, state) VALUES ('Open', 'maybe')"),
		  SQLITE_CONSTRAINT);
}

/* v9 -> v10 (import runs, issue 14): the audit keeps its rows, with nothing beside them
 * (audit_about: run, programme, record); the new tables are empty; the log is append-only from then on, for
 * pmwb and for anyone else writing the file. */
static void test_v10_from_v9(void)
{
	const char *path = file_at_version(
		"v9.db", 9,
		"INSERT INTO programme (code, name) VALUES ('P', 'Planned');"
		"INSERT INTO risk (ref, title, programme_id, likelihood, impact) VALUES"
		" ('R1', 'one', 1, 3, 4);"
		"INSERT INTO audit (at, who, entity, entity_key, action, detail) VALUES"
		" ('2013-06-01T09:00:00Z', 'alice', 'risk', 'P R1', 'edit', 'likelihood: 2 -> 3'),"
		" ('2013-06-02T09:00:00Z', 'bob', 'setting', 'as_of', 'set', '2013-10-15');");

	upgrade(path);
	CHECK_INT(probe_int(path, "SELECT count(*) FROM audit"), 2);
	CHECK_INT(probe_int(path, "SELECT count(*) FROM audit WHERE who = 'alice' AND "
				  "detail = 'likelihood: 2 -> 3'"), 1);
	CHECK_INT(probe_int(path, "SELECT count(*) FROM audit_about"), 0);
	CHECK_INT(probe_int(path, "SELECT score FROM risk WHERE ref = 'R1'"), 12);
	CHECK_INT(probe_int(path, "SELECT count(*) FROM import_run"), 0);
	CHECK_INT(probe_int(path, "SELECT count(*) FROM import_total"), 0);
	CHECK_INT(probe_exec(path, "UPDATE audit SET who = 'mallory'"), SQLITE_CONSTRAINT);
	CHECK_INT(probe_exec(path, "DELETE FROM audit"), SQLITE_CONSTRAINT);
	CHECK_INT(probe_int(path, "SELECT count(*) FROM audit WHERE who = 'mallory'"), 0);
	CHECK_INT(probe_int(path, "SELECT count(*) FROM audit"), 2);
	CHECK_INT(probe_exec(path, "INSERT INTO audit (who, entity, action) VALUES ('c', 'x', 'y')"),
		  SQLITE_OK);
	CHECK_INT(probe_int(path, "SELECT count(*) FROM audit"), 3);
}

static void test_newer_file_refused_untouched(void)
{
	const char *path = path_in_dir("future.db");
	struct store *st = NULL;
	struct pmwb_error e;
	char sql[64];
	char *before;
	long len;

	err_clear(&e);
	CHECK_INT(store_create_at_version(path, 1, &e), PMWB_OK);
	snprintf(sql, sizeof(sql), "PRAGMA journal_mode = DELETE; PRAGMA user_version = %d",
		 store_schema_version() + 1);
	CHECK_INT(probe_exec(path, sql), SQLITE_OK);
	before = slurp(path, &len);
	CHECK(before != NULL);

	CHECK_INT(store_open(path, 0, &st, &e), PMWB_DB_VERSION);
	CHECK(st == NULL);
	CHECK_CONTAINS(e.msg, "newer pmwb");
	CHECK_CONTAINS(e.msg, "left untouched");
	CHECK(same_bytes(before, len, path));
	CHECK(access(path_in_dir("future.db-wal"), F_OK) != 0);
	free(before);
}

static void test_not_a_database(void)
{
	const char *path = path_in_dir("notes.db");
	static const char text[] = "code,name\nPLANNED,Planned Care\n";
	struct store *st = NULL;
	struct pmwb_error e;
	FILE *f = fopen(path, "wb");

	CHECK(f != NULL);
	if (!f)
		return;
	fputs(text, f);
	fclose(f);
	err_clear(&e);
	CHECK_INT(store_open(path, STORE_CREATE, &st, &e), PMWB_DB);
	CHECK(st == NULL);
	CHECK_CONTAINS(e.msg, "is not a pmwb database");
	CHECK(same_bytes(text, (long)strlen(text), path));
}

/* A reader of a file from a pmwb before the mark writes nothing to it; the first write
 * transaction that commits marks it, and one rolled back does not. */
static void test_unmarked_file_marked_by_next_write(void)
{
	const char *path = path_in_dir("unmarked.db");
	struct store *st = NULL;
	struct pmwb_error e;
	char *before;
	long len;

	err_clear(&e);
	CHECK_INT(store_open(path, STORE_CREATE, &st, &e), PMWB_OK);
	store_close(st);
	CHECK_INT(probe_exec(path, "PRAGMA application_id = 0; PRAGMA journal_mode = DELETE"),
		  SQLITE_OK);
	before = slurp(path, &len);
	CHECK(before != NULL);
	CHECK_INT(store_open(path, STORE_READER, &st, &e), PMWB_OK);
	if (!st)
		return;
	CHECK_INT(store_read_only(st), 0);
	store_close(st);
	CHECK(same_bytes(before, len, path));
	free(before);

	CHECK_INT(store_open(path, 0, &st, &e), PMWB_OK);
	CHECK_INT(store_begin(st, &e), PMWB_OK);
	store_rollback(st);
	CHECK_INT(probe_int(path, "PRAGMA application_id"), 0);
	CHECK_INT(store_begin(st, &e), PMWB_OK);
	CHECK_INT(store_setting_set(st, "fy_start_month", "4", &e), PMWB_OK);
	CHECK_INT(store_commit(st, &e), PMWB_OK);
	store_close(st);
	CHECK_INT(probe_int(path, "PRAGMA application_id"), STORE_APPLICATION_ID);
}

/* A reader still brings an older schema up to date (and marks the file as it does): a
 * report after an upgrade of pmwb must not need an 'init' first. */
static void test_reader_upgrades_older_file(void)
{
	const char *path = file_at_version("reader-v6.db", 6, "PRAGMA application_id = 0");
	struct store *st = NULL;
	struct pmwb_error e;

	err_clear(&e);
	CHECK_INT(store_open(path, STORE_READER, &st, &e), PMWB_OK);
	if (st)
		store_close(st);
	CHECK_INT(probe_int(path, "PRAGMA user_version"), store_schema_version());
	CHECK_INT(probe_int(path, "PRAGMA application_id"), STORE_APPLICATION_ID);
}

/* Another program's file, even one with a table pmwb has, is refused as it is. */
static void test_foreign_file_untouched(void)
{
	const char *path = path_in_dir("foreign.db");
	struct store *st = NULL;
	struct pmwb_error e;
	char *before;
	long len;

	CHECK_INT(probe_exec(path, "CREATE TABLE setting (name, value);"
				   "PRAGMA user_version = 3"),
		  SQLITE_OK);
	before = slurp(path, &len);
	CHECK(before != NULL);
	err_clear(&e);
	CHECK_INT(store_open(path, STORE_CREATE, &st, &e), PMWB_DB);
	CHECK(st == NULL);
	CHECK_CONTAINS(e.msg, "another program's SQLite database (it has no pmwb tables)");
	CHECK(same_bytes(before, len, path));
	free(before);
}

static void test_settings_and_audit(void)
{
	const char *path = path_in_dir("settings.db");
	struct store *st;
	struct pmwb_error e;
	char buf[32];
	int found;

	err_clear(&e);
	CHECK_INT(store_open(path, STORE_CREATE, &st, &e), PMWB_OK);
	CHECK_INT(store_setting_get(st, "fy_start_month", buf, sizeof(buf), &found, &e), PMWB_OK);
	CHECK_INT(found, 1);
	CHECK_STR(buf, "4");
	CHECK_INT(store_setting_get(st, "no_such_setting", buf, sizeof(buf), &found, &e), PMWB_OK);
	CHECK_INT(found, 0);

	store_set_user(st, "alice");
	CHECK_INT(store_begin(st, &e), PMWB_OK);
	CHECK_INT(store_begin(st, &e), PMWB_DB); /* not nestable */
	CHECK_INT(store_setting_set(st, "fy_start_month", "1", &e), PMWB_OK);
	CHECK_INT(store_audit(st, "setting", "fy_start_month", "update", "4 -> 1", &e), PMWB_OK);
	store_rollback(st);
	CHECK_INT(store_setting_get(st, "fy_start_month", buf, sizeof(buf), &found, &e), PMWB_OK);
	CHECK_STR(buf, "4");

	CHECK_INT(store_begin(st, &e), PMWB_OK);
	CHECK_INT(store_setting_set(st, "fy_start_month", "1", &e), PMWB_OK);
	CHECK_INT(store_audit(st, "setting", "fy_start_month", "update", "4 -> 1", &e), PMWB_OK);
	CHECK_INT(store_commit(st, &e), PMWB_OK);
	store_close(st);
	CHECK_INT(probe_int(path, "SELECT count(*) FROM audit WHERE who = 'alice' AND entity = 'setting'"), 1);
	CHECK_INT(probe_int(path, "SELECT value FROM setting WHERE name = 'fy_start_month'"), 1);
}

/* A second writer waits for the busy timeout, then gets a clear "in use" error instead of a
 * half-done change. */
static void test_busy(void)
{
	const char *path = path_in_dir("busy.db");
	struct store *st;
	struct pmwb_error e;
	sqlite3 *other;

	err_clear(&e);
	CHECK_INT(store_open(path, STORE_CREATE, &st, &e), PMWB_OK);
	store_set_busy_timeout(st, 50);
	CHECK_INT(sqlite3_open(path, &other), SQLITE_OK);
	CHECK_INT(sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK);
	CHECK_INT(store_begin(st, &e), PMWB_DB_BUSY);
	CHECK_CONTAINS(e.msg, "in use");
	sqlite3_exec(other, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(other);
	CHECK_INT(store_begin(st, &e), PMWB_OK);
	store_rollback(st);
	store_close(st);
}

int main(void)
{
	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		return 99;
	}
	test_new_file();
	test_missing_file_without_create();
	test_constraints();
	test_upgrade_keeps_data();
	test_failed_upgrade_rolls_back();
	test_v6_from_v5();
	test_v7_from_v6();
	test_organisations_from_v7();
	test_v9_from_v8();
	test_v10_from_v9();
	test_newer_file_refused_untouched();
	test_not_a_database();
	test_unmarked_file_marked_by_next_write();
	test_reader_upgrades_older_file();
	test_foreign_file_untouched();
	test_settings_and_audit();
	test_busy();
	{
		char cmd[300];
		snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
		if (system(cmd) != 0)
			fprintf(stderr, "could not remove %s\n", dir);
	}
	return check_done();
}
