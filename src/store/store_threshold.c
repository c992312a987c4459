/* Risk bands and escalation thresholds. */
#include "config.h"

#include <string.h>

#include "pmwb/store_threshold.h"
#include "pmwb/text.h"
#include "store_entity.h"

static const struct store_column cols[STORE_THRESHOLD_NCOLS] = {
	[STORE_THRESHOLD_LEVEL] = {"level", STORE_TEXT, STORE_KEY},
	[STORE_THRESHOLD_MIN_SCORE] = {"min_score", STORE_INT, 0},
	[STORE_THRESHOLD_MAX_SCORE] = {"max_score", STORE_INT, 0},
	[STORE_THRESHOLD_AUTHORITY] = {"authority", STORE_TEXT, 0},
	[STORE_THRESHOLD_ACTION] = {"action", STORE_TEXT, 0},
	[STORE_THRESHOLD_ESCALATED] = {"escalated", STORE_INT, 0},
	[STORE_THRESHOLD_SOURCE] = {"source", STORE_TEXT, 0},
	[STORE_THRESHOLD_SRC_FILE] = {"src_file", STORE_TEXT, STORE_SRC},
	[STORE_THRESHOLD_SRC_LINE] = {"src_line", STORE_INT, STORE_SRC},
};

const struct store_entity store_threshold_entity = {
	.table = "threshold",
	.label = "threshold",
	.cols = cols,
	.ncols = STORE_THRESHOLD_NCOLS,
	.has_rowid = 1,
	.slot = 5,
};

enum pmwb_status store_threshold_bands(struct store *st, struct risk_bands *out,
				       struct pmwb_error *e)
{
	sqlite3_stmt *q;
	struct pmwb_error why;
	int rc, rows = 0;

	memset(out, 0, sizeof(*out));
	if (store_prepare(st,
			  "SELECT level, min_score, max_score, ifnull(authority, ''), "
			  "ifnull(action, ''), escalated FROM threshold ORDER BY min_score",
			  &q, e) != PMWB_OK)
		return e->status;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		struct risk_band *band;
		if (rows++ >= RISK_MAX_BANDS)
			continue; /* counted, for the message */
		band = &out->band[out->n++];
		text_copy(band->name, sizeof(band->name), (const char *)sqlite3_column_text(q, 0));
		band->min_score = sqlite3_column_int(q, 1);
		band->max_score = sqlite3_column_int(q, 2);
		text_copy(band->authority, sizeof(band->authority),
			  (const char *)sqlite3_column_text(q, 3));
		text_copy(band->action, sizeof(band->action), (const char *)sqlite3_column_text(q, 4));
		band->escalated = sqlite3_column_int(q, 5);
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "reading the risk bands");
	err_clear(&why);
	if (rows > RISK_MAX_BANDS)
		err_set(&why, PMWB_INPUT, "there must be 1 to %d risk bands, not %d", RISK_MAX_BANDS,
			rows);
	else
		risk_bands_validate(out, &why);
	if (why.status == PMWB_OK)
		return PMWB_OK;
	return err_set(e, PMWB_INPUT,
		       "%s: fix the threshold table (pmwb import thresholds --replace FILE; pmwb "
		       "export thresholds shows it)", why.msg);
}
