/* Session-wide facts the panes need: settings, risk bands, the plan's span, counts. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "pmwb/store_query.h"
#include "pmwb/store_settings.h"
#include "pmwb/store_threshold.h"
#include "pmwb/text.h"
#include "query_common.h"
#include "store_impl.h"

/* One row of integers from a query (NULLs left as `missing`). */
static enum pmwb_status ints(struct store *st, const char *sql, int n, long long *out,
			     int *is_null, struct pmwb_error *e)
{
	sqlite3_stmt *stmt;
	int rc;

	if (store_prepare(st, sql, &stmt, e) != PMWB_OK)
		return e->status;
	rc = sqlite3_step(stmt);
	for (int i = 0; i < n; i++) {
		is_null[i] = rc != SQLITE_ROW || sqlite3_column_type(stmt, i) == SQLITE_NULL;
		out[i] = is_null[i] ? 0 : sqlite3_column_int64(stmt, i);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_db_error(st, e, "reading the plan's size");
	return PMWB_OK;
}

enum pmwb_status store_data_version(struct store *st, long long *theirs, long long *ours,
				    struct pmwb_error *e)
{
	sqlite3_stmt *stmt;
	int rc;

	*ours = (long long)sqlite3_total_changes64(st->db);
	if (store_prepare(st, "PRAGMA data_version", &stmt, e) != PMWB_OK)
		return e->status;
	rc = sqlite3_step(stmt);
	*theirs = rc == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : 0;
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW)
		return store_db_error(st, e, "asking whether the file changed");
	return PMWB_OK;
}

static void widen(struct store_session_info *out, long long first, long long last)
{
	if (!out->has_span) {
		out->first_q = (fy_quarter)first;
		out->last_q = (fy_quarter)last;
		out->has_span = 1;
		return;
	}
	if (first < out->first_q)
		out->first_q = (fy_quarter)first;
	if (last > out->last_q)
		out->last_q = (fy_quarter)last;
}

enum pmwb_status store_session_info(struct store *st, struct store_session_info *out,
				    struct pmwb_error *e)
{
	long long v[2];
	int null[2];
	struct pmwb_error be;

	memset(out, 0, sizeof(*out));
	if (store_settings_load(st, &out->settings, e) != PMWB_OK)
		return e->status;
	out->fy = settings_fy(&out->settings);
	store_today_of(&out->settings, &out->today);
	/* The one loader's rule; the panes show the defaults meanwhile and say why. */
	err_clear(&be);
	switch (store_threshold_bands(st, &out->bands, &be)) {
	case PMWB_OK:
		break;
	case PMWB_INPUT:
		risk_bands_default(&out->bands);
		text_copy(out->bands_error, sizeof(out->bands_error), be.msg);
		break;
	default:
		*e = be;
		return e->status;
	}

	/* Two queries, not one: SQLite answers a lone min() or max() from an index
	 * (phase_start, phase_end) in a seek, but min() and max() together by a scan. */
	if (ints(st, "SELECT min(start_q) FROM phase", 1, v, null, e) != PMWB_OK ||
	    ints(st, "SELECT max(end_q) FROM phase", 1, v + 1, null + 1, e) != PMWB_OK)
		return e->status;
	if (!null[0] && !null[1])
		widen(out, v[0], v[1]);
	if (ints(st, "SELECT min(start_fy), max(ifnull(end_fy, start_fy)) FROM programme", 2, v,
		 null, e) != PMWB_OK)
		return e->status;
	if (!null[0] && !null[1])
		widen(out, fy_quarter_make((int)v[0], 1), fy_quarter_make((int)v[1], 4));
	if (ints(st, "SELECT count(*) FROM programme", 1, v, null, e) != PMWB_OK)
		return e->status;
	out->programmes = (long)v[0];
	if (ints(st, "SELECT count(*) FROM project", 1, v, null, e) != PMWB_OK)
		return e->status;
	out->projects = (long)v[0];
	return PMWB_OK;
}

const char *store_label(const struct store *st)
{
	const char *slash = strrchr(st->path, '/');

	return slash ? slash + 1 : st->path;
}
