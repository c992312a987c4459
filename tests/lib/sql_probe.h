/* For unit drivers that link SQLite: look at a database file as another program would,
 * through a connection of its own, beside the store under test. */
#ifndef PMWB_TEST_SQL_PROBE_H
#define PMWB_TEST_SQL_PROBE_H

#include <sqlite3.h>

/* The first column of the first row, -1 for no row or bad SQL, -2 when the file will not
 * open. */
static inline long long probe_int(const char *path, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *stmt;
	long long v = -1;

	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		sqlite3_close(db);
		return -2;
	}
	if (sqlite3_prepare_v2(db, sql, -1, &stmt, NULL) == SQLITE_OK) {
		if (sqlite3_step(stmt) == SQLITE_ROW)
			v = sqlite3_column_int64(stmt, 0);
		sqlite3_finalize(stmt);
	}
	sqlite3_close(db);
	return v;
}

/* Run SQL as a hand edit would; SQLite's result code, -1 when the file will not open. */
static inline int probe_exec(const char *path, const char *sql)
{
	sqlite3 *db;
	int rc;

	if (sqlite3_open(path, &db) != SQLITE_OK) {
		sqlite3_close(db);
		return -1;
	}
	rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
	sqlite3_close(db);
	return rc;
}

#endif
