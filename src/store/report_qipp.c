/* Lookups the reports need besides their rows (the QIPP rows are query_qipp.c's). */
#include "config.h"

#include "pmwb/store_report.h"
#include "store_impl.h"

enum pmwb_status store_programme_exists(struct store *st, const char *code, int *exists,
					struct pmwb_error *e)
{
	sqlite3_stmt *stmt;
	int rc;

	if (store_prepare(st, "SELECT 1 FROM programme WHERE code = ?", &stmt, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_text(stmt, 1, code, -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	*exists = rc == SQLITE_ROW;
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_db_error(st, e, "looking up a programme");
	return PMWB_OK;
}
