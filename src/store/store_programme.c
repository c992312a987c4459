/* Programmes. */
#include "config.h"

#include "pmwb/store_programme.h"
#include "store_entity.h"

static const struct store_column cols[STORE_PROGRAMME_NCOLS] = {
	[STORE_PROGRAMME_CODE] = {"code", STORE_TEXT, STORE_KEY},
	[STORE_PROGRAMME_NAME] = {"name", STORE_TEXT, 0},
	[STORE_PROGRAMME_ORGANISATION] = {"organisation", STORE_TEXT, 0},
	[STORE_PROGRAMME_CHAIR] = {"chair", STORE_TEXT, 0},
	[STORE_PROGRAMME_SRO] = {"sro", STORE_TEXT, 0},
	[STORE_PROGRAMME_LEAD] = {"lead", STORE_TEXT, 0},
	[STORE_PROGRAMME_MANAGER] = {"manager", STORE_TEXT, 0},
	[STORE_PROGRAMME_START_FY] = {"start_fy", STORE_INT, 0},
	[STORE_PROGRAMME_END_FY] = {"end_fy", STORE_INT, 0},
	[STORE_PROGRAMME_SUMMARY] = {"summary", STORE_TEXT, 0},
	[STORE_PROGRAMME_SOURCE] = {"source", STORE_TEXT, 0},
	[STORE_PROGRAMME_SRC_FILE] = {"src_file", STORE_TEXT, STORE_SRC},
	[STORE_PROGRAMME_SRC_LINE] = {"src_line", STORE_INT, STORE_SRC},
};

const struct store_entity store_programme_entity = {
	.table = "programme",
	.label = "programme",
	.cols = cols,
	.ncols = STORE_PROGRAMME_NCOLS,
	.has_rowid = 1,
	.slot = 0,
};

enum pmwb_status store_programme_lookup(struct store_batch *b, const char *code_or_name,
					long long *id, int *found, struct pmwb_error *e)
{
	struct store *st = store_batch_store(b);
	sqlite3_stmt *q;
	int rc;

	*found = 0;
	/* The code wins over a name that happens to equal another programme's code. */
	if (store_prepare(st,
			  "SELECT id FROM programme WHERE code = ?1 COLLATE NOCASE "
			  "UNION ALL SELECT id FROM programme WHERE name = ?1 COLLATE NOCASE "
			  "LIMIT 1",
			  &q, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_text(q, 1, code_or_name, -1, SQLITE_STATIC);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(q, 0);
		*found = 1;
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_db_error(st, e, "looking a programme up");
	return PMWB_OK;
}
