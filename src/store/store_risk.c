/* The risk register and its history. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pmwb/store_risk.h"
#include "store_entity.h"

static const struct store_column cols[STORE_RISK_NCOLS] = {
	[STORE_RISK_PROGRAMME_ID] = {"programme_id", STORE_INT, STORE_KEY | STORE_KEY_NULL},
	[STORE_RISK_REF] = {"ref", STORE_TEXT, STORE_KEY},
	[STORE_RISK_TITLE] = {"title", STORE_TEXT, 0},
	[STORE_RISK_DESCRIPTION] = {"description", STORE_TEXT, 0},
	[STORE_RISK_OWNER] = {"owner", STORE_TEXT, 0},
	[STORE_RISK_LIKELIHOOD] = {"likelihood", STORE_INT, 0},
	[STORE_RISK_IMPACT] = {"impact", STORE_INT, 0},
	[STORE_RISK_LIKELIHOOD_WORD] = {"likelihood_word", STORE_TEXT, 0},
	[STORE_RISK_IMPACT_WORD] = {"impact_word", STORE_TEXT, 0},
	[STORE_RISK_PRINTED_SCORE] = {"printed_score", STORE_TEXT, 0},
	[STORE_RISK_RESIDUAL_RATING] = {"residual_rating", STORE_TEXT, 0},
	[STORE_RISK_FINANCIAL_IMPACT] = {"financial_impact", STORE_INT, 0},
	[STORE_RISK_MITIGATION] = {"mitigation", STORE_TEXT, 0},
	[STORE_RISK_STATUS] = {"status", STORE_TEXT, 0},
	[STORE_RISK_SOURCE] = {"source", STORE_TEXT, 0},
	[STORE_RISK_SRC_FILE] = {"src_file", STORE_TEXT, STORE_SRC},
	[STORE_RISK_SRC_LINE] = {"src_line", STORE_INT, STORE_SRC},
};

static int int_differs(const struct store_val *a, const struct store_val *b)
{
	if (a->null || b->null)
		return a->null != b->null;
	return a->i != b->i;
}

static int text_differs(const struct store_val *a, const struct store_val *b)
{
	const char *x = a->null || !a->s ? "" : a->s, *y = b->null || !b->s ? "" : b->s;
	return strcmp(x, y) != 0;
}

/* The history the risk pane shows as a trend: the risk's state after each change of
 * likelihood, impact or status, and when it was created (old NULL), so that the first
 * change has a row to compare with. */
static enum pmwb_status risk_updated(struct store_batch *b, long long id,
				     const struct store_val *old, const struct store_val *v,
				     long line, struct pmwb_error *e)
{
	struct store *st = store_batch_store(b);
	sqlite3_stmt *q;
	char note[1100];
	int rc;

	if (old && !int_differs(&old[STORE_RISK_LIKELIHOOD], &v[STORE_RISK_LIKELIHOOD]) &&
	    !int_differs(&old[STORE_RISK_IMPACT], &v[STORE_RISK_IMPACT]) &&
	    !text_differs(&old[STORE_RISK_STATUS], &v[STORE_RISK_STATUS]))
		return PMWB_OK;
	snprintf(note, sizeof(note), "import %s:%ld", store_batch_file(b), line);
	if (store_prepare(st,
			  "INSERT INTO risk_history (risk_id, at, who, likelihood, impact, score, "
			  "status, note) SELECT id, strftime('%Y-%m-%dT%H:%M:%SZ','now'), ?, "
			  "likelihood, impact, score, status, ? FROM risk WHERE id = ?",
			  &q, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_text(q, 1, store_user(st), -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 2, note, -1, SQLITE_STATIC);
	sqlite3_bind_int64(q, 3, id);
	rc = sqlite3_step(q);
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "writing the risk history");
	return PMWB_OK;
}

/* What the risk_cell triggers (schema v3) keep, computed in one pass after a bulk load; and
 * every risk's first history row (a bulk load fills an empty table: all are new). */
static enum pmwb_status risk_bulk_loaded(struct store_batch *b, struct pmwb_error *e)
{
	struct store *st = store_batch_store(b);
	sqlite3_stmt *q;
	char note[1100];
	int rc;

	if (sqlite3_exec(st->db,
			 "DELETE FROM risk_cell;"
			 "INSERT INTO risk_cell SELECT ifnull(programme_id, 0), ifnull(likelihood, 0),"
			 " ifnull(impact, 0), lower(status) LIKE 'closed%', count(*) FROM risk"
			 " GROUP BY 1, 2, 3, 4",
			 NULL, NULL, NULL) != SQLITE_OK)
		return store_db_error(st, e, "counting the heat map");
	snprintf(note, sizeof(note), "import %s", store_batch_file(b));
	if (store_prepare(st,
			  "INSERT INTO risk_history (risk_id, at, who, likelihood, impact, score, "
			  "status, note) SELECT id, strftime('%Y-%m-%dT%H:%M:%SZ','now'), ?, "
			  "likelihood, impact, score, status, ? || ':' || ifnull(src_line, '') FROM risk",
			  &q, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_text(q, 1, store_user(st), -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 2, note, -1, SQLITE_STATIC);
	rc = sqlite3_step(q);
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "writing the risk history");
	return PMWB_OK;
}

const struct store_entity store_risk_entity = {
	.table = "risk",
	.label = "risk",
	.cols = cols,
	.ncols = STORE_RISK_NCOLS,
	.has_rowid = 1,
	.slot = 4,
	.updated = risk_updated,
	.bulk_loaded = risk_bulk_loaded,
};
