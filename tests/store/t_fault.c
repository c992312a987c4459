/* Fault injection: make the Nth memory allocation SQLite asks for fail, for every N, while
 * opening and upgrading a database.  Each run must end complete or untouched: the upgraded
 * schema with the data, or the old version with the data and nothing of the new one. */
#include "config.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "pmwb/store.h"

static sqlite3_mem_methods real;
static long countdown = -1; /* allocations left before one fails; -1: never fail */
static long failures_injected;

static void *faulty_malloc(int n)
{
	if (countdown == 0) {
		failures_injected++;
		return NULL;
	}
	if (countdown > 0)
		countdown--;
	return real.xMalloc(n);
}

static void *faulty_realloc(void *p, int n)
{
	if (countdown == 0) {
		failures_injected++;
		return NULL;
	}
	if (countdown > 0)
		countdown--;
	return real.xRealloc(p, n);
}

static long long query_int(const char *path, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *stmt;
	long long v = -1;
	long saved = countdown;

	countdown = -1;
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
	    sqlite3_prepare_v2(db, sql, -1, &stmt, NULL) == SQLITE_OK) {
		if (sqlite3_step(stmt) == SQLITE_ROW)
			v = sqlite3_column_int64(stmt, 0);
		sqlite3_finalize(stmt);
	}
	sqlite3_close(db);
	countdown = saved;
	return v;
}

static int make_v1_file(const char *path)
{
	struct pmwb_error e;
	sqlite3 *db;
	int rc;

	remove(path);
	if (store_create_at_version(path, 1, &e) != PMWB_OK)
		return -1;
	if (sqlite3_open(path, &db) != SQLITE_OK)
		return -1;
	rc = sqlite3_exec(db,
			  "INSERT INTO programme (code, name) VALUES ('PLANNED', 'Planned Care');"
			  "INSERT INTO risk (ref, programme_id, title, likelihood, impact)"
			  " VALUES ('R1', 1, 'Activity shift slower than planned', 3, 4);",
			  NULL, NULL, NULL);
	sqlite3_close(db);
	return rc == SQLITE_OK ? 0 : -1;
}

/* Copying a prepared file is much quicker than building it for each of ~2,000 runs. */
static int copy_file(const char *from, const char *to)
{
	char buf[65536];
	size_t n;
	FILE *in = fopen(from, "rb"), *out = fopen(to, "wb");
	int ok = in && out;

	while (ok && (n = fread(buf, 1, sizeof(buf), in)) > 0)
		ok = fwrite(buf, 1, n, out) == n;
	if (in)
		fclose(in);
	if (out)
		ok = fclose(out) == 0 && ok;
	return ok ? 0 : -1;
}

int main(void)
{
	char dir[] = "/tmp/pmwb-t-fault-XXXXXX";
	char path[256], template[256], side[300];
	struct pmwb_error e;
	struct store *st;
	long n, opened_at = -1;
	int untouched = 0, complete = 0;

	if (!mkdtemp(dir))
		return 99;
	snprintf(path, sizeof(path), "%s/portfolio.db", dir);
	snprintf(template, sizeof(template), "%s/v1.db", dir);

	sqlite3_config(SQLITE_CONFIG_GETMALLOC, &real);
	{
		sqlite3_mem_methods faulty = real;
		faulty.xMalloc = faulty_malloc;
		faulty.xRealloc = faulty_realloc;
		if (sqlite3_config(SQLITE_CONFIG_MALLOC, &faulty) != SQLITE_OK) {
			fprintf(stderr, "cannot install the allocator\n");
			return 99;
		}
	}

	if (make_v1_file(template) != 0) {
		fprintf(stderr, "cannot build the v1 file\n");
		return 99;
	}
	/* each migration adds allocations (v1 -> v7: about 5,150); the loop ends at the first
	 * open that no failure reached, the bound only stops a runaway */
	for (n = 0; n < 20000; n++) {
		countdown = -1;
		snprintf(side, sizeof(side), "%s-wal", path);
		remove(side);
		if (copy_file(template, path) != 0) {
			fprintf(stderr, "cannot copy the v1 file\n");
			return 99;
		}
		failures_injected = 0;
		countdown = n;
		err_clear(&e);
		st = NULL;
		enum pmwb_status status = store_open(path, 0, &st, &e);
		countdown = -1;
		if (status == PMWB_OK) {
			CHECK_INT(store_file_version(st), store_schema_version());
			store_close(st);
		} else {
			CHECK(st == NULL);
			CHECK(e.msg[0] != '\0');
		}
		/* Whatever happened, the data is there and the file is at one version or the other. */
		long long version = query_int(path, "PRAGMA user_version");
		CHECK_INT(query_int(path, "SELECT count(*) FROM risk WHERE ref = 'R1' AND score = 12"), 1);
		if (version == 1) {
			untouched++;
			CHECK_INT(query_int(path, "SELECT count(*) FROM threshold"), 0);
			CHECK_INT(query_int(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'risk_score'"), 0);
		} else {
			complete++;
			CHECK_INT(version, store_schema_version());
			CHECK_INT(query_int(path, "SELECT count(*) FROM threshold"), 4);
		}
		if (failures_injected == 0) {
			opened_at = n;
			break;
		}
	}
	CHECK(opened_at > 10); /* the loop really went through failure points */
	CHECK(untouched > 0);
	fprintf(stderr, "%ld failure points: %d left the file untouched, %d completed\n", opened_at,
		untouched, complete);
	remove(path);
	remove(template);
	snprintf(side, sizeof(side), "%s-wal", path);
	remove(side);
	snprintf(side, sizeof(side), "%s-shm", path);
	remove(side);
	remove(dir);
	return check_done();
}
