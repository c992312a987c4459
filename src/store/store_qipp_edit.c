/* A scheme's month typed by hand: read, then write with its audit row in one transaction. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pmwb/money.h"
#include "pmwb/qipp_sums.h"
#include "pmwb/store_qipp_edit.h"
#include "query_common.h"
#include "store_impl.h"

static int column_money(sqlite3_stmt *s, int col, money_pounds *out)
{
	if (sqlite3_column_type(s, col) == SQLITE_NULL) {
		*out = 0;
		return 0;
	}
	*out = sqlite3_column_int64(s, col);
	return 1;
}

enum pmwb_status store_qipp_month_get(struct store *st, long long scheme_id, fy_month month,
				      struct store_qipp_month_figures *out, struct pmwb_error *e)
{
	sqlite3_stmt *s;
	int rc;

	memset(out, 0, sizeof(*out));
	if (store_prepare(st, "SELECT forecast, actual FROM qipp_month WHERE scheme_id = ?1"
			      " AND month = ?2", &s, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(s, 1, scheme_id);
	sqlite3_bind_int(s, 2, month);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		out->has_forecast = column_money(s, 0, &out->forecast);
		out->has_actual = column_money(s, 1, &out->actual);
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_db_error(st, e, "reading a scheme's month");
	return PMWB_OK;
}

enum pmwb_status store_qipp_year_plan(struct store *st, long long scheme_id, int fy, int *has,
				      money_pounds *plan, struct pmwb_error *e)
{
	struct qipp_figures f;
	struct qipp_rag_rules rules;
	struct qipp_sums sums;
	sqlite3_stmt *s;
	money_pounds pct;
	int rc;

	memset(&f, 0, sizeof(f));
	*has = 0;
	*plan = 0;
	if (store_prepare(st, "SELECT pl.gross, pl.net, s.risk_adjust_pct FROM qipp_scheme s"
			      " JOIN qipp_plan pl ON pl.scheme_id = s.id WHERE s.id = ?1"
			      " AND pl.fy = ?2", &s, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(s, 1, scheme_id);
	sqlite3_bind_int(s, 2, fy);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		f.has_gross = column_money(s, 0, &f.gross);
		f.has_net = column_money(s, 1, &f.net);
		f.has_adjust = column_money(s, 2, &pct);
		f.adjust_pct = (int)pct;
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_db_error(st, e, "reading a scheme's plan");
	/* The plan the figures are rated against, by core's one rule for it. */
	qipp_rag_rules_default(&rules);
	if (qipp_sums_of_figures(&f, 0, &rules, &sums, e) != PMWB_OK)
		return e->status;
	*has = sums.has_net;
	*plan = sums.net;
	return PMWB_OK;
}

/* The rules a typed month must meet, checked again inside the write's transaction. */
static enum pmwb_status check_rules(struct store *st, long long scheme_id, fy_month month,
				    const struct store_qipp_month_figures *after,
				    const struct store_qipp_month_rules *r, struct pmwb_error *e)
{
	char m[16], today[16], fig[32], plan_text[32];
	money_pounds plan;
	int has;

	fy_month_format(month, m, sizeof(m));
	fy_month_format(r->today, today, sizeof(today));
	if (after->has_actual && !qipp_actual_allowed(month, r->today))
		return err_set(e, PMWB_INPUT,
			       "an actual for %s is after this month (%s); nothing was saved: "
			       "report it once the month has begun", m, today);
	if (store_qipp_year_plan(st, scheme_id, r->fy, &has, &plan, e) != PMWB_OK)
		return e->status;
	for (int i = 0; i < 2 && has; i++) {
		int h = i ? after->has_actual : after->has_forecast;
		money_pounds v = i ? after->actual : after->forecast;
		if (!h || !qipp_is_outlier(plan, v, r->outlier_pct))
			continue;
		money_format(v, MONEY_POUNDS, fig, sizeof(fig));
		money_format(plan, MONEY_POUNDS, plan_text, sizeof(plan_text));
		return err_set(e, PMWB_INPUT,
			       "the %s %s is over %d%% of the year's plan (%s); nothing was saved: "
			       "check the figure", i ? "actual" : "forecast", fig, r->outlier_pct,
			       plan_text);
	}
	return PMWB_OK;
}

static int same(int has_a, money_pounds a, int has_b, money_pounds b)
{
	return has_a == has_b && (!has_a || a == b);
}

static int figures_same(const struct store_qipp_month_figures *a,
			const struct store_qipp_month_figures *b)
{
	return same(a->has_forecast, a->forecast, b->has_forecast, b->forecast) &&
	       same(a->has_actual, a->actual, b->has_actual, b->actual);
}

static void describe(int has, money_pounds p, char *buf, size_t size)
{
	char n[32];

	if (!has) {
		snprintf(buf, size, "(empty)");
		return;
	}
	money_format(p, MONEY_POUNDS, n, sizeof(n));
	snprintf(buf, size, "%s", n);
}

/* "forecast: 425,000 -> 400,000; actual: (empty) -> 30,000" (pounds). */
static void diff(const struct store_qipp_month_figures *before,
		 const struct store_qipp_month_figures *after, char *buf, size_t size)
{
	char a[40], b[40];
	size_t n;

	buf[0] = '\0';
	if (!same(before->has_forecast, before->forecast, after->has_forecast, after->forecast)) {
		describe(before->has_forecast, before->forecast, a, sizeof(a));
		describe(after->has_forecast, after->forecast, b, sizeof(b));
		snprintf(buf, size, "forecast: %s -> %s", a, b);
	}
	if (!same(before->has_actual, before->actual, after->has_actual, after->actual)) {
		n = strlen(buf);
		describe(before->has_actual, before->actual, a, sizeof(a));
		describe(after->has_actual, after->actual, b, sizeof(b));
		snprintf(buf + n, size - n, "%sactual: %s -> %s", n ? "; " : "", a, b);
	}
}

/* "PLANNED Gynaecology 2013-09": what the audit log names the month by. */
static enum pmwb_status audit_key(struct store *st, long long scheme_id, fy_month month,
				  char *buf, size_t size, struct pmwb_error *e)
{
	sqlite3_stmt *s;
	char m[16], code[STORE_CODE_MAX], name[STORE_NAME_MAX];
	int rc;

	if (store_prepare(st, "SELECT p.code, s.name FROM qipp_scheme s JOIN programme p"
			      " ON p.id = s.programme_id WHERE s.id = ?1", &s, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(s, 1, scheme_id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		query_column_text(s, 0, code, sizeof(code));
		query_column_text(s, 1, name, sizeof(name));
	}
	sqlite3_finalize(s);
	if (rc == SQLITE_DONE)
		return err_set(e, PMWB_INPUT,
			       "the scheme is no longer in the database; nothing was saved: press R "
			       "to reload");
	if (rc != SQLITE_ROW)
		return store_db_error(st, e, "reading a QIPP scheme");
	fy_month_format(month, m, sizeof(m));
	snprintf(buf, size, "%s %s %s", code, name, m);
	return PMWB_OK;
}

static enum pmwb_status write_month(struct store *st, long long scheme_id, fy_month month,
				    const struct store_qipp_month_figures *after,
				    struct pmwb_error *e)
{
	sqlite3_stmt *s;
	int rc, empty = !after->has_forecast && !after->has_actual;

	/* A typed figure comes from no file: the import's src_file/src_line no longer apply. */
	if (store_prepare(st,
			  empty ? "DELETE FROM qipp_month WHERE scheme_id = ?1 AND month = ?2"
				: "INSERT INTO qipp_month (scheme_id, month, forecast, actual)"
				  " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (scheme_id, month) DO UPDATE"
				  " SET forecast = excluded.forecast, actual = excluded.actual,"
				  " src_file = NULL, src_line = NULL",
			  &s, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(s, 1, scheme_id);
	sqlite3_bind_int(s, 2, month);
	if (!empty) {
		store_bind_int64_or_null(s, 3, after->has_forecast, after->forecast);
		store_bind_int64_or_null(s, 4, after->has_actual, after->actual);
	}
	rc = sqlite3_step(s);
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "saving the scheme's month");
	return PMWB_OK;
}

enum pmwb_status store_qipp_month_save(struct store *st, long long scheme_id, fy_month month,
				       const struct store_qipp_month_figures *before,
				       const struct store_qipp_month_figures *after,
				       const struct store_qipp_month_rules *rules,
				       struct pmwb_error *e)
{
	struct store_qipp_month_figures now;
	char detail[256], key[STORE_CODE_MAX + STORE_NAME_MAX + 32];
	const char *action;

	if (figures_same(before, after))
		return err_set(e, PMWB_INPUT, "nothing changed, so nothing was saved");
	diff(before, after, detail, sizeof(detail));
	if (!before->has_forecast && !before->has_actual)
		action = "add";
	else if (!after->has_forecast && !after->has_actual)
		action = "clear";
	else
		action = "edit";
	if (store_begin(st, e) != PMWB_OK)
		return e->status;
	if (audit_key(st, scheme_id, month, key, sizeof(key), e) != PMWB_OK)
		goto fail;
	if (store_qipp_month_get(st, scheme_id, month, &now, e) != PMWB_OK)
		goto fail;
	if (rules && check_rules(st, scheme_id, month, after, rules, e) != PMWB_OK)
		goto fail;
	if (!figures_same(&now, before)) {
		err_set(e, PMWB_STALE,
			"%s was changed by someone else meanwhile; nothing was saved: press R to "
			"reload and type it again", key);
		goto fail;
	}
	if (write_month(st, scheme_id, month, after, e) != PMWB_OK)
		goto fail;
	if (store_audit(st, "qipp_month", key, action, detail, e) != PMWB_OK)
		goto fail;
	return store_commit(st, e);
fail:
	store_rollback(st);
	return e->status;
}
