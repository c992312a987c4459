/* Damage: SQLite's own checks, and the one sentence a damaged file gets. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "store_impl.h"

enum pmwb_status store_damaged(struct store *st, struct pmwb_error *e, const char *detail)
{
	const char *path = st ? st->path : "";

	return err_set(e, PMWB_DB_DAMAGED,
		       "the database %s is damaged (%s): restore it from your last backup; "
		       "'pmwb -f %s check' lists what is wrong",
		       path, detail, path);
}

/* Append one line to problems. */
static void note(char *problems, size_t size, const char *line)
{
	size_t n;

	if (!problems || !size)
		return;
	n = strlen(problems);
	if (n + 1 < size)
		snprintf(problems + n, size - n, "%s\n", line);
}

/* Every row of a check: "ok" alone is no damage. */
static enum pmwb_status integrity(struct store *st, int quick, char *problems, size_t size,
				  int *found, struct pmwb_error *e)
{
	sqlite3_stmt *q;
	int rc;

	if (store_prepare(st, quick ? "PRAGMA quick_check(20)" : "PRAGMA integrity_check(20)", &q,
			  e) != PMWB_OK)
		return e->status;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		const char *line = (const char *)sqlite3_column_text(q, 0);
		if (line && strcmp(line, "ok") != 0) {
			(*found)++;
			note(problems, size, line);
		}
	}
	sqlite3_finalize(q);
	/* a file damaged where the check starts stops the check itself */
	if (rc != SQLITE_DONE && (sqlite3_errcode(st->db) & 0xff) == SQLITE_CORRUPT) {
		(*found)++;
		note(problems, size, sqlite3_errmsg(st->db));
		return PMWB_OK;
	}
	return rc == SQLITE_DONE ? PMWB_OK : store_db_error(st, e, "checking the file");
}

static enum pmwb_status foreign_keys(struct store *st, char *problems, size_t size, int *found,
				     struct pmwb_error *e)
{
	sqlite3_stmt *q, *col;
	char line[256];
	int rc;

	if (store_prepare(st, "PRAGMA foreign_key_check", &q, e) != PMWB_OK)
		return e->status;
	if (store_prepare(st, "SELECT \"from\" FROM pragma_foreign_key_list(?1) WHERE id = ?2",
			  &col, e) != PMWB_OK) {
		sqlite3_finalize(q);
		return e->status;
	}
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		const char *table = (const char *)sqlite3_column_text(q, 0);
		const char *parent = (const char *)sqlite3_column_text(q, 2);
		const char *from = "a column";
		sqlite3_bind_text(col, 1, table, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int(col, 2, sqlite3_column_int(q, 3));
		if (sqlite3_step(col) == SQLITE_ROW)
			from = (const char *)sqlite3_column_text(col, 0);
		snprintf(line, sizeof(line), "%s row %lld: %s points to no %s", table,
			 sqlite3_column_int64(q, 1), from, parent);
		sqlite3_reset(col);
		if ((*found)++ < 20)
			note(problems, size, line);
	}
	sqlite3_finalize(col);
	sqlite3_finalize(q);
	return rc == SQLITE_DONE ? PMWB_OK : store_db_error(st, e, "checking the foreign keys");
}

enum pmwb_status store_check(struct store *st, int quick, char *problems, size_t size,
			     struct pmwb_error *e)
{
	int found = 0;
	char detail[160];

	if (problems && size)
		problems[0] = '\0';
	if (integrity(st, quick, problems, size, &found, e) != PMWB_OK)
		return e->status;
	if (!quick && foreign_keys(st, problems, size, &found, e) != PMWB_OK)
		return e->status;
	if (!found)
		return PMWB_OK;
	snprintf(detail, sizeof(detail), "%s found %d problem%s",
		 quick ? "a quick check" : "the checks", found, found == 1 ? "" : "s");
	return store_damaged(st, e, detail);
}
