/* The status words and what each means (see store_risk_status.h and risk_state.h). */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pmwb/store_risk_status.h"
#include "risk_state.h"
#include "store_entity.h"

static const struct store_column cols[STORE_RISK_STATUS_NCOLS] = {
	[STORE_RISK_STATUS_WORD] = {"word", STORE_TEXT, STORE_KEY | STORE_NOCASE},
	[STORE_RISK_STATUS_STATE] = {"state", STORE_TEXT, 0},
	[STORE_RISK_STATUS_SRC_FILE] = {"src_file", STORE_TEXT, STORE_SRC},
	[STORE_RISK_STATUS_SRC_LINE] = {"src_line", STORE_INT, STORE_SRC},
};

const struct store_entity store_risk_status_entity = {
	.table = "risk_status",
	.label = "status word",
	.cols = cols,
	.ncols = STORE_RISK_STATUS_NCOLS,
	.has_rowid = 1,
	.slot = 13,
};

enum pmwb_status store_risk_status_closed(struct store *st, const char *status, int *closed,
					  struct pmwb_error *e)
{
	sqlite3_stmt *q;
	int rc;

	*closed = 0;
	if (store_prepare(st, "SELECT " RISK_CLOSED_SQL("?1"), &q, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_text(q, 1, status ? status : "", -1, SQLITE_STATIC);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		*closed = sqlite3_column_int(q, 0);
	sqlite3_finalize(q);
	if (rc != SQLITE_ROW)
		return store_db_error(st, e, "reading the status words");
	return PMWB_OK;
}

enum pmwb_status store_risk_status_words(struct store *st, const char *state, char *buf,
					 size_t size, int *count, struct pmwb_error *e)
{
	sqlite3_stmt *q;
	size_t used = 0;
	int rc;

	*count = 0;
	if (size)
		buf[0] = '\0';
	if (store_prepare(st, "SELECT word FROM risk_status WHERE state = ?1 ORDER BY word "
			      "COLLATE NOCASE",
			  &q, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_text(q, 1, state, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		const char *word = (const char *)sqlite3_column_text(q, 0);
		int n;

		(*count)++;
		if (used >= size)
			continue;
		n = snprintf(buf + used, size - used, "%s%s", used ? ", " : "", word ? word : "");
		used = n < 0 ? size : used + (size_t)n;
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "reading the status words");
	return PMWB_OK;
}
