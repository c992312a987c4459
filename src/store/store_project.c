/* Projects and their phases. */
#include "config.h"

#include <string.h>

#include "pmwb/store_project.h"
#include "store_entity.h"

static const struct store_column project_cols[STORE_PROJECT_NCOLS] = {
	[STORE_PROJECT_PROGRAMME_ID] = {"programme_id", STORE_INT, STORE_KEY},
	[STORE_PROJECT_NAME] = {"name", STORE_TEXT, STORE_KEY},
	[STORE_PROJECT_SCOPE_REFS] = {"scope_refs", STORE_TEXT, 0},
	[STORE_PROJECT_DESCRIPTION] = {"description", STORE_TEXT, 0},
	[STORE_PROJECT_SUCCESS_MEASURES] = {"success_measures", STORE_TEXT, 0},
	[STORE_PROJECT_OUTCOME_INDICATORS] = {"outcome_indicators", STORE_TEXT, 0},
	[STORE_PROJECT_HIGH_IMPACT_INNOVATIONS] = {"high_impact_innovations", STORE_TEXT, 0},
	[STORE_PROJECT_VALUE] = {"value", STORE_INT, 0},
	[STORE_PROJECT_SOURCE] = {"source", STORE_TEXT, 0},
	[STORE_PROJECT_SRC_FILE] = {"src_file", STORE_TEXT, STORE_SRC},
	[STORE_PROJECT_SRC_LINE] = {"src_line", STORE_INT, STORE_SRC},
};

const struct store_entity store_project_entity = {
	.table = "project",
	.label = "project",
	.cols = project_cols,
	.ncols = STORE_PROJECT_NCOLS,
	.has_rowid = 1,
	.slot = 1,
	.programme_scope = "programme_id = ?1",
};

static const struct store_column phase_cols[STORE_PHASE_NCOLS] = {
	[STORE_PHASE_PROJECT_ID] = {"project_id", STORE_INT, STORE_KEY},
	[STORE_PHASE_START_Q] = {"start_q", STORE_INT, STORE_KEY},
	[STORE_PHASE_LETTER] = {"letter", STORE_TEXT, 0},
	[STORE_PHASE_END_Q] = {"end_q", STORE_INT, 0},
	[STORE_PHASE_SRC_FILE] = {"src_file", STORE_TEXT, STORE_SRC},
	[STORE_PHASE_SRC_LINE] = {"src_line", STORE_INT, STORE_SRC},
};

const struct store_entity store_phase_entity = {
	.table = "phase",
	.label = "phase",
	.cols = phase_cols,
	.ncols = STORE_PHASE_NCOLS,
	.has_rowid = 1,
	.slot = 2,
	.programme_scope = "project_id IN (SELECT id FROM project WHERE programme_id = ?1)",
};

/* Compare first and rewrite only on a difference, so that re-importing the same delivery
 * table leaves the file as it was. */
enum pmwb_status store_phase_replace(struct store_batch *b, long long project_id,
				     const struct store_phase *ph, int n, long line, int *changed,
				     struct pmwb_error *e)
{
	struct store *st = store_batch_store(b);
	sqlite3_stmt *q;
	int rc, i = 0, differ = 0;

	*changed = 0;
	if (store_prepare(st,
			  "SELECT letter, start_q, end_q FROM phase WHERE project_id = ? "
			  "ORDER BY start_q",
			  &q, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(q, 1, project_id);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		const char *letter = (const char *)sqlite3_column_text(q, 0);
		if (i >= n || letter[0] != ph[i].letter || sqlite3_column_int(q, 1) != ph[i].start_q ||
		    sqlite3_column_int(q, 2) != ph[i].end_q)
			differ = 1;
		i++;
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "reading phases");
	if (i != n)
		differ = 1;
	if (!differ)
		return PMWB_OK;
	*changed = 1;
	if (store_prepare(st, "DELETE FROM phase WHERE project_id = ?", &q, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(q, 1, project_id);
	rc = sqlite3_step(q);
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "replacing phases");
	if (store_prepare(st,
			  "INSERT INTO phase (project_id, letter, start_q, end_q, src_file, src_line) "
			  "VALUES (?, ?, ?, ?, ?, ?)",
			  &q, e) != PMWB_OK)
		return e->status;
	for (i = 0; i < n; i++) {
		char letter[2] = {ph[i].letter, '\0'};
		sqlite3_bind_int64(q, 1, project_id);
		sqlite3_bind_text(q, 2, letter, 1, SQLITE_TRANSIENT);
		sqlite3_bind_int(q, 3, ph[i].start_q);
		sqlite3_bind_int(q, 4, ph[i].end_q);
		sqlite3_bind_text(q, 5, store_batch_file(b), -1, SQLITE_STATIC);
		sqlite3_bind_int64(q, 6, line);
		rc = sqlite3_step(q);
		sqlite3_reset(q);
		if (rc != SQLITE_DONE) {
			sqlite3_finalize(q);
			return store_db_error(st, e, "writing phases");
		}
	}
	sqlite3_finalize(q);
	return PMWB_OK;
}

enum pmwb_status store_project_names(struct store_batch *b, long long programme_id,
				     store_name_fn fn, void *ctx, struct pmwb_error *e)
{
	struct store *st = store_batch_store(b);
	sqlite3_stmt *q;
	int rc;

	if (store_prepare(st, "SELECT name FROM project WHERE programme_id = ?", &q, e) !=
	    PMWB_OK)
		return e->status;
	sqlite3_bind_int64(q, 1, programme_id);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW)
		fn(ctx, (const char *)sqlite3_column_text(q, 0), (size_t)sqlite3_column_bytes(q, 0));
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "reading project names");
	return PMWB_OK;
}
