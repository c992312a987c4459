/* One record's story: finding it, where it came from, and what happened to it (see
 * store_history.h). */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pmwb/fy.h"
#include "pmwb/money.h"
#include "pmwb/store_history.h"
#include "pmwb/text.h"
#include "store_impl.h"

static const struct {
	const char *name;
	enum store_history_kind kind;
	const char *label; /* the audit's entity for it */
} kinds[] = {
	{"risk", STORE_HISTORY_RISK, "risk"},
	{"project", STORE_HISTORY_PROJECT, "project"},
	{"scheme", STORE_HISTORY_SCHEME, "qipp scheme"},
	{"qipp", STORE_HISTORY_SCHEME, "qipp scheme"},
	{"programme", STORE_HISTORY_PROGRAMME, "programme"},
};

int store_history_kind_parse(const char *name, enum store_history_kind *kind)
{
	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (strcmp(name, kinds[i].name) == 0) {
			*kind = kinds[i].kind;
			return 0;
		}
	return -1;
}

const char *store_history_kinds(void)
{
	return "risk, project, scheme (or qipp), programme";
}

static const char *label_of(enum store_history_kind kind)
{
	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (kinds[i].kind == kind)
			return kinds[i].label;
	return "";
}

static void col_text(sqlite3_stmt *q, int col, char *buf, size_t size)
{
	const unsigned char *t = sqlite3_column_text(q, col);

	text_copy(buf, size, t ? (const char *)t : "");
}

/* id, programme code, key, title, src_file, src_line, and where it is (for "which one?") */
static const char *const find_sql[] = {
	[STORE_HISTORY_RISK] =
		"SELECT r.id, ifnull(g.code, ''), r.ref, r.title, ifnull(r.src_file, ''),"
		" ifnull(r.src_line, 0), ifnull(g.code, 'corporate' || ifnull(' (' || o.name || ')',"
		" '')) FROM risk r LEFT JOIN programme g ON g.id = r.programme_id"
		" LEFT JOIN organisation o ON o.id = r.organisation_id WHERE r.ref = ?1"
		" AND (?2 IS NULL OR (?2 = 'corporate' AND r.programme_id IS NULL) OR g.code = ?2)"
		" ORDER BY r.id LIMIT 8",
	[STORE_HISTORY_PROJECT] =
		"SELECT j.id, g.code, j.name, '', ifnull(j.src_file, ''), ifnull(j.src_line, 0),"
		" g.code FROM project j JOIN programme g ON g.id = j.programme_id WHERE j.name = ?1"
		" AND (?2 IS NULL OR g.code = ?2) ORDER BY j.id LIMIT 8",
	[STORE_HISTORY_SCHEME] =
		"SELECT s.id, g.code, s.name, ifnull(s.description, ''), ifnull(s.src_file, ''),"
		" ifnull(s.src_line, 0), g.code FROM qipp_scheme s JOIN programme g"
		" ON g.id = s.programme_id WHERE s.name = ?1 AND (?2 IS NULL OR g.code = ?2)"
		" ORDER BY s.id LIMIT 8",
	[STORE_HISTORY_PROGRAMME] =
		"SELECT id, code, code, name, ifnull(src_file, ''), ifnull(src_line, 0), code"
		" FROM programme WHERE code = ?1 AND (?2 IS NULL OR ?2 = code) LIMIT 8",
};

/* The import run the record's provenance is from: the last run that changed it (its
 * audit), else the first run of its file that added rows. */
static enum pmwb_status find_run(struct store *st, struct store_record *r, struct pmwb_error *e)
{
	sqlite3_stmt *q;
	int rc;

	r->run_id = 0;
	if (!r->src_file[0])
		return PMWB_OK;
	if (store_prepare(st,
			  "SELECT u.id, u.at, u.who FROM import_run u WHERE u.id = ifnull("
			  "(SELECT b.run_id FROM audit_about b JOIN audit a ON a.id = b.audit_id"
			  "  WHERE a.entity = ?1 AND b.record_id = ?2 AND b.run_id IS NOT NULL"
			  "  ORDER BY b.audit_id DESC LIMIT 1),"
			  " (SELECT id FROM import_run WHERE file = ?3 AND new > 0 ORDER BY id LIMIT 1))",
			  &q, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_text(q, 1, label_of(r->kind), -1, SQLITE_STATIC);
	sqlite3_bind_int64(q, 2, r->id);
	sqlite3_bind_text(q, 3, r->src_file, -1, SQLITE_STATIC);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		r->run_id = sqlite3_column_int64(q, 0);
		col_text(q, 1, r->run_at, sizeof(r->run_at));
		col_text(q, 2, r->run_who, sizeof(r->run_who));
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_db_error(st, e, "reading the import runs");
	return PMWB_OK;
}

enum pmwb_status store_history_find(struct store *st, enum store_history_kind kind,
				    const char *programme, const char *key,
				    struct store_record *out, int *found, char *names,
				    size_t size, struct pmwb_error *e)
{
	sqlite3_stmt *q;
	int rc;

	*found = 0;
	names[0] = '\0';
	memset(out, 0, sizeof(*out));
	if (store_prepare(st, find_sql[kind], &q, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_text(q, 1, key, -1, SQLITE_STATIC);
	store_bind_text(q, 2, programme);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		size_t len = strlen(names);
		if (++*found == 1) {
			out->kind = kind;
			out->id = sqlite3_column_int64(q, 0);
			col_text(q, 1, out->programme, sizeof(out->programme));
			col_text(q, 2, out->key, sizeof(out->key));
			col_text(q, 3, out->title, sizeof(out->title));
			col_text(q, 4, out->src_file, sizeof(out->src_file));
			out->src_line = (long)sqlite3_column_int64(q, 5);
		}
		snprintf(names + len, size - len, "%s%s", len ? ", " : "",
			 (const char *)sqlite3_column_text(q, 6));
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "looking the record up");
	if (*found == 1)
		return find_run(st, out, e);
	return PMWB_OK;
}

void store_history_filter(const struct store_record *r, char prefix[400],
			  struct store_audit_filter *f)
{
	memset(f, 0, sizeof(*f));
	f->entity = label_of(r->kind);
	f->record_id = r->id;
	prefix[0] = '\0';
	switch (r->kind) {
	case STORE_HISTORY_RISK: /* the workbench's edits: "PLANNED R3", "corporate 1" */
		snprintf(prefix, 400, "%s %s", r->programme[0] ? r->programme : "corporate", r->key);
		f->key = prefix;
		break;
	case STORE_HISTORY_PROJECT: /* phases changed by hand: "PLANNED Gynaecology" */
		f->also[0] = "phase";
		snprintf(prefix, 400, "%s %s", r->programme, r->key);
		f->key = prefix;
		break;
	case STORE_HISTORY_SCHEME: /* months typed: "PLANNED Gynaecology 2013-09" */
		f->also[0] = "qipp plan";
		f->also[1] = "qipp month";
		f->also[2] = "qipp_month";
		snprintf(prefix, 400, "%s %s ", r->programme, r->key);
		f->key_prefix = prefix;
		break;
	case STORE_HISTORY_PROGRAMME:
		f->key = r->key;
		break;
	}
}

static enum pmwb_status each_row(struct store *st, const char *sql, long long id,
				 void (*row)(sqlite3_stmt *q, store_story_fn fn, void *ctx),
				 store_story_fn fn, void *ctx, struct pmwb_error *e)
{
	sqlite3_stmt *q;
	int rc;

	if (store_prepare(st, sql, &q, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(q, 1, id);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW)
		row(q, fn, ctx);
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "reading the record's history");
	return PMWB_OK;
}

static const char *text_or(sqlite3_stmt *q, int col, const char *none)
{
	const unsigned char *t = sqlite3_column_text(q, col);

	return t && *t ? (const char *)t : none;
}

/* at, who, likelihood, impact, score, status, note */
static void risk_row(sqlite3_stmt *q, store_story_fn fn, void *ctx)
{
	char what[640];

	if (sqlite3_column_type(q, 4) == SQLITE_NULL)
		snprintf(what, sizeof(what), "not scored, status %s", text_or(q, 5, "(none)"));
	else
		snprintf(what, sizeof(what), "L%d x I%d = %d, status %s",
			 sqlite3_column_int(q, 2), sqlite3_column_int(q, 3), sqlite3_column_int(q, 4),
			 text_or(q, 5, "(none)"));
	if (sqlite3_column_type(q, 6) != SQLITE_NULL) {
		size_t len = strlen(what);
		snprintf(what + len, sizeof(what) - len, " (%s)", text_or(q, 6, ""));
	}
	fn(ctx, text_or(q, 0, ""), text_or(q, 1, ""), what);
}

/* which ("baseline", "now"), letter, start_q, end_q */
static void phase_row(sqlite3_stmt *q, store_story_fn fn, void *ctx)
{
	char what[128], a[16], b[16];

	fy_quarter_format((fy_quarter)sqlite3_column_int(q, 2), a, sizeof(a));
	fy_quarter_format((fy_quarter)sqlite3_column_int(q, 3), b, sizeof(b));
	snprintf(what, sizeof(what), "%s: %s %s to %s", text_or(q, 0, ""), text_or(q, 1, ""), a, b);
	fn(ctx, text_or(q, 4, ""), "", what);
}

static void money_k(sqlite3_stmt *q, int col, char *buf, size_t size)
{
	if (sqlite3_column_type(q, col) == SQLITE_NULL)
		text_copy(buf, size, "-");
	else
		money_format(sqlite3_column_int64(q, col), MONEY_THOUSANDS, buf, (unsigned)size);
}

/* month, forecast, actual, src_file, src_line */
static void month_row(sqlite3_stmt *q, store_story_fn fn, void *ctx)
{
	char what[1400], m[16], f[32], a[32];

	fy_month_format((fy_month)sqlite3_column_int(q, 0), m, sizeof(m));
	money_k(q, 1, f, sizeof(f));
	money_k(q, 2, a, sizeof(a));
	if (sqlite3_column_type(q, 3) == SQLITE_NULL)
		snprintf(what, sizeof(what), "%s: forecast %s, actual %s (£'000), typed in the "
			 "workbench", m, f, a);
	else
		snprintf(what, sizeof(what), "%s: forecast %s, actual %s (£'000), from %s:%d", m, f, a,
			 text_or(q, 3, ""), sqlite3_column_int(q, 4));
	fn(ctx, "", "", what);
}

/* fy, net, gross, forecast outturn, src_file, src_line */
static void plan_row(sqlite3_stmt *q, store_story_fn fn, void *ctx)
{
	char what[1400], y[16], n[32], g[32], o[32];

	fy_format(sqlite3_column_int(q, 0), y, sizeof(y));
	money_k(q, 1, n, sizeof(n));
	money_k(q, 2, g, sizeof(g));
	money_k(q, 3, o, sizeof(o));
	snprintf(what, sizeof(what), "plan %s: net %s, gross %s, forecast outturn %s (£'000), "
		 "from %s:%d", y, n, g, o, text_or(q, 4, "?"), sqlite3_column_int(q, 5));
	fn(ctx, "", "", what);
}

enum pmwb_status store_history_story(struct store *st, const struct store_record *r,
				     store_story_fn fn, void *ctx, struct pmwb_error *e)
{
	switch (r->kind) {
	case STORE_HISTORY_RISK:
		/* its history starts at its first change; before that, the state as it is */
		return each_row(st,
				"SELECT at, who, likelihood, impact, score, status, note FROM"
				" risk_history WHERE risk_id = ?1 UNION ALL SELECT '', '', likelihood,"
				" impact, score, status, 'as now; no change recorded' FROM risk WHERE"
				" id = ?1 AND NOT EXISTS (SELECT 1 FROM risk_history WHERE risk_id = ?1)",
				r->id, risk_row, fn, ctx, e);
	case STORE_HISTORY_PROJECT:
		return each_row(st,
				"SELECT 'baseline', letter, start_q, end_q, at FROM phase_baseline"
				" WHERE project_id = ?1 UNION ALL SELECT 'now', letter, start_q,"
				" end_q, '' FROM phase WHERE project_id = ?1 ORDER BY 1, 3",
				r->id, phase_row, fn, ctx, e);
	case STORE_HISTORY_SCHEME:
		if (each_row(st,
			     "SELECT fy, net, gross, forecast_outturn, src_file, src_line FROM"
			     " qipp_plan WHERE scheme_id = ?1 ORDER BY fy",
			     r->id, plan_row, fn, ctx, e) != PMWB_OK)
			return e->status;
		return each_row(st,
				"SELECT month, forecast, actual, src_file, src_line FROM qipp_month"
				" WHERE scheme_id = ?1 ORDER BY month",
				r->id, month_row, fn, ctx, e);
	case STORE_HISTORY_PROGRAMME:
		return PMWB_OK;
	}
	return PMWB_OK;
}
