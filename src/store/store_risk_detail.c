/* One risk in full for the detail view (see store_risk_detail.h). */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pmwb/store_risk_detail.h"
#include "pmwb/store_risk_status.h"
#include "query_common.h"
#include "risk_state.h"
#include "store_impl.h"

/* Text whole, or cut with "..." when it is longer than the buffer. */
static void column_whole(sqlite3_stmt *s, int col, char *buf, size_t size)
{
	const char *t = (const char *)sqlite3_column_text(s, col);
	size_t n = t ? strlen(t) : 0;

	if (n < size) {
		memcpy(buf, t ? t : "", n + 1);
		return;
	}
	memcpy(buf, t, size - 4);
	/* never cut inside a UTF-8 character */
	size_t k = size - 4;
	while (k > 0 && ((unsigned char)buf[k] & 0xc0) == 0x80)
		k--;
	memcpy(buf + k, "...", 4);
}

static enum pmwb_status read_fields(struct store *st, long long id, struct store_risk_detail *out,
				    struct pmwb_error *e)
{
	sqlite3_stmt *s;
	int rc;

	if (store_prepare(st,
			  "SELECT r.title, ifnull(r.owner, ''), r.status, ifnull(r.mitigation, ''),"
			  " ifnull(r.description, ''), ifnull(r.source, ''), ifnull(p.name, ''),"
			  " coalesce(p.organisation, (SELECT o.name FROM organisation o"
			  "  WHERE o.id = r.organisation_id), ''),"
			  " r.financial_impact, ifnull(r.printed_score, ''),"
			  " ifnull(r.residual_rating, ''), ifnull(r.src_file, ''), ifnull(r.src_line, 0),"
			  " " RISK_CLOSED_SQL("r.status") ","
			  " (SELECT count(*) FROM risk_history h WHERE h.risk_id = r.id)"
			  " FROM risk r LEFT JOIN programme p ON p.id = r.programme_id WHERE r.id = ?1",
			  &s, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		column_whole(s, 0, out->title, sizeof(out->title));
		column_whole(s, 1, out->owner, sizeof(out->owner));
		column_whole(s, 2, out->status, sizeof(out->status));
		column_whole(s, 3, out->mitigation, sizeof(out->mitigation));
		column_whole(s, 4, out->description, sizeof(out->description));
		column_whole(s, 5, out->source, sizeof(out->source));
		column_whole(s, 6, out->programme_name, sizeof(out->programme_name));
		column_whole(s, 7, out->organisation, sizeof(out->organisation));
		out->has_financial_impact = sqlite3_column_type(s, 8) != SQLITE_NULL;
		out->financial_impact = sqlite3_column_int64(s, 8);
		column_whole(s, 9, out->printed_score, sizeof(out->printed_score));
		column_whole(s, 10, out->residual_rating, sizeof(out->residual_rating));
		column_whole(s, 11, out->src_file, sizeof(out->src_file));
		out->src_line = (long)sqlite3_column_int64(s, 12);
		out->closed = sqlite3_column_int(s, 13);
		out->history_total = (long)sqlite3_column_int64(s, 14);
	}
	sqlite3_finalize(s);
	if (rc == SQLITE_DONE)
		return err_set(e, PMWB_INPUT, "the risk is no longer in the database");
	if (rc != SQLITE_ROW)
		return store_db_error(st, e, "reading a risk");
	return PMWB_OK;
}

static enum pmwb_status read_history(struct store *st, long long id,
				     struct store_risk_detail *out, struct pmwb_error *e)
{
	sqlite3_stmt *s;
	int rc;

	if (store_prepare(st,
			  "SELECT at, who, ifnull(likelihood, 0), ifnull(impact, 0), ifnull(score, 0),"
			  " ifnull(status, ''), ifnull(note, '') FROM risk_history"
			  " WHERE risk_id = ?1 ORDER BY id DESC LIMIT ?2",
			  &s, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int(s, 2, STORE_RISK_DETAIL_HISTORY);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct store_risk_history_row *h = &out->history[out->n_history++];
		query_column_text(s, 0, h->at, sizeof(h->at));
		query_column_text(s, 1, h->who, sizeof(h->who));
		h->likelihood = sqlite3_column_int(s, 2);
		h->impact = sqlite3_column_int(s, 3);
		h->score = sqlite3_column_int(s, 4);
		query_column_text(s, 5, h->status, sizeof(h->status));
		query_column_text(s, 6, h->note, sizeof(h->note));
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "reading a risk's history");
	return PMWB_OK;
}

enum pmwb_status store_risk_detail_load(struct store *st, long long id,
					struct store_risk_detail *out, struct pmwb_error *e)
{
	memset(out, 0, sizeof(*out));
	if (store_risk_load(st, id, &out->r, e) != PMWB_OK || read_fields(st, id, out, e) != PMWB_OK ||
	    read_history(st, id, out, e) != PMWB_OK)
		return e->status;
	return PMWB_OK;
}
