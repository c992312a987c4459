/* The risk register and its history. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmwb/store_risk.h"
#include "pmwb/store_risk_status.h"
#include "store_entity.h"

static const struct store_column cols[STORE_RISK_NCOLS] = {
	[STORE_RISK_PROGRAMME_ID] = {"programme_id", STORE_INT, STORE_KEY | STORE_KEY_NULL},
	[STORE_RISK_ORGANISATION_ID] = {"organisation_id", STORE_INT, STORE_KEY | STORE_KEY_NULL},
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
	[STORE_RISK_INITIAL_LIKELIHOOD] = {"initial_likelihood", STORE_INT, 0},
	[STORE_RISK_INITIAL_IMPACT] = {"initial_impact", STORE_INT, 0},
	[STORE_RISK_RESIDUAL_LIKELIHOOD] = {"residual_likelihood", STORE_INT, 0},
	[STORE_RISK_RESIDUAL_IMPACT] = {"residual_impact", STORE_INT, 0},
	[STORE_RISK_TARGET_SCORE] = {"target_score", STORE_INT, 0},
	[STORE_RISK_RAISED_DATE] = {"raised_date", STORE_TEXT, 0},
	[STORE_RISK_REVIEW_DATE] = {"review_date", STORE_TEXT, 0},
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

/* A risk's history starts at its first change, not at its creation: a register of a million
 * risks that never move costs no history at all (a row per risk was a sixth of a bulk load).
 * Before the first change is recorded, the state until then is, with where it came from,
 * so that the trend has something to compare with.  l and i are 0 when not rated; src_file
 * NULL takes the row's own provenance (the form, which does not change it). */
enum pmwb_status store_risk_history_base(struct store *st, long long id, int l, int i,
					 const char *status, const char *src_file, long src_line,
					 struct pmwb_error *e)
{
	sqlite3_stmt *q;
	int rc;

	if (store_prepare(st,
			  "INSERT INTO risk_history (risk_id, at, who, likelihood, impact, score, "
			  "status, note) SELECT r.id, strftime('%Y-%m-%dT%H:%M:%SZ','now'), ?2, "
			  "nullif(?3, 0), nullif(?4, 0), nullif(?3 * ?4, 0), ?5, "
			  "ifnull('import ' || ifnull(?6, r.src_file) || ':' || ifnull(?7, r.src_line),"
			  " 'before the first recorded change') FROM risk r WHERE r.id = ?1 AND NOT "
			  "EXISTS (SELECT 1 FROM risk_history h WHERE h.risk_id = ?1)",
			  &q, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(q, 1, id);
	sqlite3_bind_text(q, 2, store_user(st), -1, SQLITE_STATIC);
	sqlite3_bind_int(q, 3, l);
	sqlite3_bind_int(q, 4, i);
	sqlite3_bind_text(q, 5, status, -1, SQLITE_STATIC);
	store_bind_text(q, 6, src_file);
	if (src_file && src_line > 0)
		sqlite3_bind_int64(q, 7, src_line);
	rc = sqlite3_step(q);
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "writing the risk history");
	return PMWB_OK;
}

enum pmwb_status store_risk_history_now(struct store *st, long long id, const char *note,
					struct pmwb_error *e)
{
	sqlite3_stmt *q;
	int rc;

	if (store_prepare(st,
			  "INSERT INTO risk_history (risk_id, at, who, likelihood, impact, score, "
			  "status, note) SELECT id, strftime('%Y-%m-%dT%H:%M:%SZ','now'), ?1, "
			  "likelihood, impact, score, status, ?2 FROM risk WHERE id = ?3",
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

static int level_of(const struct store_val *v)
{
	return v->null ? 0 : (int)v->i;
}

/* The history the risk pane shows as a trend: the risk's state after each change of
 * likelihood, impact or status (a new risk has none until it changes). */
static enum pmwb_status risk_updated(struct store_batch *b, long long id,
				     const struct store_val *old, const struct store_val *v,
				     long line, struct pmwb_error *e)
{
	struct store *st = store_batch_store(b);
	char note[1100];

	if (!old || (!int_differs(&old[STORE_RISK_LIKELIHOOD], &v[STORE_RISK_LIKELIHOOD]) &&
		     !int_differs(&old[STORE_RISK_IMPACT], &v[STORE_RISK_IMPACT]) &&
		     !text_differs(&old[STORE_RISK_STATUS], &v[STORE_RISK_STATUS])))
		return PMWB_OK;
	if (store_risk_history_base(st, id, level_of(&old[STORE_RISK_LIKELIHOOD]),
				    level_of(&old[STORE_RISK_IMPACT]), old[STORE_RISK_STATUS].s,
				    old[STORE_RISK_SRC_FILE].null ? NULL : old[STORE_RISK_SRC_FILE].s,
				    old[STORE_RISK_SRC_LINE].null ? 0 : (long)old[STORE_RISK_SRC_LINE].i,
				    e) != PMWB_OK)
		return e->status;
	snprintf(note, sizeof(note), "import %s:%ld", store_batch_file(b), line);
	return store_risk_history_now(st, id, note, e);
}

/* What the risk_cell triggers keep, counted row by row during a bulk load (the triggers are
 * dropped for it): per programme, closed or not, likelihood and impact (0: not rated).  A
 * register names a handful of programmes and status words, so the counts and the words
 * already judged are a few KiB however many rows there are. */
#define WORDS_KEPT 32
#define WORD_MAX 48
struct risk_cells {
	size_t n, cap;
	unsigned char slot_of[64]; /* programme key < 64 (all of them, most files): its index + 1 */
	int nwords, next_word;     /* the statuses already judged, replaced round the ring */
	struct {
		char word[WORD_MAX];
		int closed;
	} words[WORDS_KEPT];
	struct {
		long long programme_key;
		long count[2][6][6]; /* [closed][likelihood][impact] */
	} prog[];
};

/* Closed or not by the status table's rule (risk_state.h), asked of the database once per
 * distinct word as far as the ring holds them. */
static enum pmwb_status closed_status(struct store_batch *b, struct risk_cells *c,
				      const char *s, int *closed, struct pmwb_error *e)
{
	size_t len = strlen(s);
	int slot;

	for (int w = 0; w < c->nwords; w++)
		if (!strcmp(c->words[w].word, s)) {
			*closed = c->words[w].closed;
			return PMWB_OK;
		}
	if (store_risk_status_closed(store_batch_store(b), s, closed, e) != PMWB_OK)
		return e->status;
	if (len >= WORD_MAX)
		return PMWB_OK;
	slot = c->nwords < WORDS_KEPT ? c->nwords++ : c->next_word++ % WORDS_KEPT;
	memcpy(c->words[slot].word, s, len + 1);
	c->words[slot].closed = *closed;
	return PMWB_OK;
}

static enum pmwb_status risk_bulk_row(struct store_batch *b, const struct store_val *v,
				      struct pmwb_error *e)
{
	struct risk_cells **cp = (struct risk_cells **)store_batch_bulk_state(b, &store_risk_entity);
	struct risk_cells *c = *cp;
	long long key = v[STORE_RISK_PROGRAMME_ID].null ? 0 : v[STORE_RISK_PROGRAMME_ID].i;
	const char *status = v[STORE_RISK_STATUS].s;
	int l = level_of(&v[STORE_RISK_LIKELIHOOD]), i = level_of(&v[STORE_RISK_IMPACT]);
	size_t p;

	/* the insert has passed the CHECKs (1-5 or NULL); anything else is a bug, not input */
	if (l < 0 || l > 5 || i < 0 || i > 5)
		return err_set(e, PMWB_DB, "counting the heat map: level out of range");
	/* programme ids are small: most rows find their counts in one look */
	if (c && key >= 0 && key < 64 && c->slot_of[key]) {
		p = c->slot_of[key] - 1u;
	} else {
		for (p = 0; c && p < c->n && c->prog[p].programme_key != key; p++)
			;
		if (!c || p == c->n) {
			if (!c || c->n == c->cap) {
				size_t cap = c ? c->cap * 2 : 8;
				struct risk_cells *nc = realloc(c, sizeof(*c) + cap * sizeof(c->prog[0]));
				if (!nc)
					return err_set(e, PMWB_NOMEM, "out of memory counting the heat map");
				if (!c) {
					nc->n = 0;
					nc->nwords = nc->next_word = 0;
					memset(nc->slot_of, 0, sizeof(nc->slot_of));
				}
				nc->cap = cap;
				*cp = c = nc;
			}
			memset(&c->prog[p], 0, sizeof(c->prog[p]));
			c->prog[p].programme_key = key;
			c->n++;
		}
		if (key >= 0 && key < 64 && p < 255)
			c->slot_of[key] = (unsigned char)(p + 1);
	}
	int closed = 0;
	if (status && closed_status(b, c, status, &closed, e) != PMWB_OK)
		return e->status;
	c->prog[p].count[closed][l][i]++;
	return PMWB_OK;
}

static enum pmwb_status write_cells(struct store_batch *b, struct pmwb_error *e)
{
	struct store *st = store_batch_store(b);
	struct risk_cells *c = *(struct risk_cells **)store_batch_bulk_state(b, &store_risk_entity);
	sqlite3_stmt *q;
	int rc = SQLITE_DONE;

	/* the table was empty when the load began: these counts are all of it */
	if (sqlite3_exec(st->db, "DELETE FROM risk_cell", NULL, NULL, NULL) != SQLITE_OK)
		return store_db_error(st, e, "counting the heat map");
	if (!c)
		return PMWB_OK;
	if (store_prepare(st, "INSERT INTO risk_cell VALUES (?, ?, ?, ?, ?)", &q, e) != PMWB_OK)
		return e->status;
	for (size_t p = 0; p < c->n && rc == SQLITE_DONE; p++)
		for (int closed = 0; closed < 2 && rc == SQLITE_DONE; closed++)
			for (int l = 0; l < 6 && rc == SQLITE_DONE; l++)
				for (int i = 0; i < 6 && rc == SQLITE_DONE; i++) {
					if (!c->prog[p].count[closed][l][i])
						continue;
					sqlite3_bind_int64(q, 1, c->prog[p].programme_key);
					sqlite3_bind_int(q, 2, l);
					sqlite3_bind_int(q, 3, i);
					sqlite3_bind_int(q, 4, closed);
					sqlite3_bind_int64(q, 5, c->prog[p].count[closed][l][i]);
					rc = sqlite3_step(q);
					sqlite3_reset(q);
				}
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "counting the heat map");
	return PMWB_OK;
}

/* After a bulk load: the heat map's counts (a bulk load fills an empty table: no risk has
 * changed yet, so there is no history to write). */
static enum pmwb_status risk_bulk_loaded(struct store_batch *b, struct pmwb_error *e)
{
	return write_cells(b, e);
}

const struct store_entity store_risk_entity = {
	.table = "risk",
	.label = "risk",
	.cols = cols,
	.ncols = STORE_RISK_NCOLS,
	.has_rowid = 1,
	.slot = 4,
	.programme_scope = "programme_id = ?1",
	.organisation_scope = "programme_id IS NULL AND organisation_id IS ?1",
	.updated = risk_updated,
	.bulk_loaded = risk_bulk_loaded,
	.bulk_row = risk_bulk_row,
};
