/* A scheme's actuals so far in a year, for a return that gives them year to date. */
#include "config.h"

#include "pmwb/store_query_qipp.h"
#include "store_impl.h"

enum pmwb_status store_qipp_actual_to(struct store *st, long long scheme_id, fy_month first,
				      fy_month last, int *has_last, money_pounds *sum,
				      struct pmwb_error *e)
{
	sqlite3_stmt *s;
	int rc;

	*has_last = 0;
	*sum = 0;
	if (store_prepare(st, "SELECT ifnull(sum(actual), 0),"
			      " ifnull(max(month = ?3 AND actual IS NOT NULL), 0)"
			      " FROM qipp_month WHERE scheme_id = ?1 AND month BETWEEN ?2 AND ?3",
			  &s, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(s, 1, scheme_id);
	sqlite3_bind_int(s, 2, first);
	sqlite3_bind_int(s, 3, last);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*sum = sqlite3_column_int64(s, 0);
		*has_last = sqlite3_column_int(s, 1);
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_ROW)
		return store_db_error(st, e, "reading a scheme's actuals to date");
	return PMWB_OK;
}
