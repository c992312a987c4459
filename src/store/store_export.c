/* The queries export reads through (see store_export.h). */
#include "config.h"

#include "pmwb/store_export.h"
#include "risk_state.h"
#include "store_impl.h"

#define FY(col) "CASE WHEN " col " IS NULL THEN NULL ELSE printf('%d/%02d', " col ", (" col \
		" + 1) % 100) END"
#define QUARTER(col) "printf('%d/%02d Q%d', " col " / 4, (" col " / 4 + 1) % 100, " col " % 4 + 1)"
#define MONTH(col) "CASE WHEN " col " IS NULL THEN NULL ELSE printf('%04d-%02d', " col " / 12, " \
		   col " % 12 + 1) END"

static const char *const queries[] = {
	[STORE_EXPORT_PROGRAMMES] =
		"SELECT code, name, organisation, chair, sro AS senior_responsible_officer,"
		" lead AS programme_lead, manager AS programme_manager, " FY("start_fy") " AS start_fy, "
		FY("end_fy") " AS end_fy, summary, source, src_file, src_line"
		" FROM programme ORDER BY id",
	[STORE_EXPORT_DELIVERY] =
		"SELECT g.code AS programme_code, p.name AS project, p.scope_refs, p.description,"
		" (SELECT group_concat(letter || ':' || start_q || ':' || end_q, ';') FROM"
		"  (SELECT * FROM phase WHERE project_id = p.id ORDER BY start_q)) AS phases,"
		" p.success_measures, p.outcome_indicators, p.high_impact_innovations,"
		" p.value AS value_k, p.source, p.src_file, p.src_line"
		" FROM project p JOIN programme g ON g.id = p.programme_id ORDER BY p.id",
	[STORE_EXPORT_PHASES] =
		"SELECT g.code AS programme_code, p.name AS project, h.letter AS phase, "
		QUARTER("h.start_q") " AS start, " QUARTER("h.end_q") " AS end,"
		" CASE h.letter WHEN 'S' THEN 'Scope' WHEN 'D' THEN 'Design' WHEN 'P' THEN"
		" 'Procure' WHEN 'I' THEN 'Implement' ELSE 'Review' END AS phase_name,"
		" h.src_file, h.src_line"
		" FROM phase h JOIN project p ON p.id = h.project_id"
		" JOIN programme g ON g.id = p.programme_id ORDER BY p.id, h.start_q",
	[STORE_EXPORT_MILESTONES] =
		"SELECT g.code AS programme_code, p.name AS project, m.name AS milestone,"
		" m.due_text AS due, " MONTH("m.due_first") " AS due_from, " MONTH("m.due_last")
		" AS due_to, m.source, m.src_file, m.src_line"
		" FROM milestone m JOIN programme g ON g.id = m.programme_id"
		" LEFT JOIN project p ON p.id = m.project_id ORDER BY m.id",
	[STORE_EXPORT_RISKS] =
		"SELECT r.ref, g.code AS programme_code, r.title AS risk, r.owner,"
		" coalesce(r.likelihood_word, r.likelihood) AS likelihood,"
		" coalesce(r.impact_word, r.impact) AS impact, r.printed_score AS score,"
		" r.financial_impact AS financial_impact_k, r.mitigation, r.status, r.source,"
		" r.description, r.residual_rating, r.initial_likelihood, r.initial_impact,"
		" r.residual_likelihood, r.residual_impact, r.target_score, r.raised_date,"
		" r.review_date, o.name AS organisation,"
		" CASE " RISK_CLOSED_SQL("r.status") " WHEN 1 THEN 'closed' ELSE 'open' END AS state,"
		" r.score AS computed_score,"
		" (SELECT level FROM threshold t WHERE r.score BETWEEN t.min_score AND t.max_score)"
		" AS band, r.src_file, r.src_line"
		" FROM risk r LEFT JOIN programme g ON g.id = r.programme_id"
		" LEFT JOIN organisation o ON o.id = r.organisation_id ORDER BY r.id",
	[STORE_EXPORT_QIPP] =
		"SELECT g.code AS programme_code, s.name AS scheme, s.description,"
		" s.area_of_spend, s.recurrence, s.category,"
		" (SELECT group_concat(fy || ':' || ifnull(net, '') || ':' || ifnull(gross, '') ||"
		"  ':' || ifnull(forecast_outturn, ''), ';') FROM qipp_plan WHERE scheme_id = s.id)"
		" AS plans, (SELECT sum(net) FROM qipp_plan WHERE scheme_id = s.id) AS total_plan_k,"
		" s.source, s.src_file, s.src_line"
		" FROM qipp_scheme s JOIN programme g ON g.id = s.programme_id ORDER BY s.id",
	[STORE_EXPORT_QIPP_MONTHS] =
		"SELECT g.code AS programme_code, s.name AS scheme, " MONTH("m.month") " AS month,"
		" m.forecast AS forecast_k, m.actual AS actual_k, m.src_file, m.src_line"
		" FROM qipp_month m JOIN qipp_scheme s ON s.id = m.scheme_id"
		" JOIN programme g ON g.id = s.programme_id ORDER BY s.id, m.month",
	[STORE_EXPORT_THRESHOLDS] =
		"SELECT level, min_score, max_score, authority, action,"
		" CASE escalated WHEN 1 THEN 'yes' ELSE 'no' END AS escalated, source, src_file,"
		" src_line FROM threshold ORDER BY min_score",
	[STORE_EXPORT_STATUSES] =
		"SELECT word AS status, state, src_file, src_line FROM risk_status"
		" ORDER BY state DESC, word COLLATE NOCASE",
	[STORE_EXPORT_METRICS] =
		"SELECT g.code AS programme_code, m.name AS metric, m.baseline, m.target, m.period,"
		" m.unit, m.source, o.name AS organisation, m.src_file, m.src_line"
		" FROM metric m LEFT JOIN programme g ON g.id = m.programme_id"
		" LEFT JOIN organisation o ON o.id = m.organisation_id ORDER BY m.id",
	[STORE_EXPORT_DELIVERY_TOTALS] =
		"SELECT g.code AS programme_code, count(*) AS projects,"
		" coalesce(sum(p.value), 0) AS value_k, NULL AS src_file, NULL AS src_line"
		" FROM project p JOIN programme g ON g.id = p.programme_id"
		" GROUP BY g.id ORDER BY g.id",
};

enum pmwb_status store_export_rows(struct store *st, enum store_export_kind kind,
				   store_export_fn fn, void *ctx, struct pmwb_error *e)
{
	const char *names[64], *vals[64];
	sqlite3_stmt *q;
	int rc, n;

	if (store_prepare(st, queries[kind], &q, e) != PMWB_OK)
		return e->status;
	n = sqlite3_column_count(q);
	if (n > 64)
		n = 64;
	for (int i = 0; i < n; i++)
		names[i] = sqlite3_column_name(q, i);
	if (fn(ctx, n, names, NULL, e) != PMWB_OK) {
		sqlite3_finalize(q);
		return e->status;
	}
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		for (int i = 0; i < n; i++) {
			const unsigned char *t = sqlite3_column_text(q, i);
			vals[i] = t ? (const char *)t : "";
		}
		if (fn(ctx, n, names, vals, e) != PMWB_OK) {
			sqlite3_finalize(q);
			return e->status;
		}
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "reading rows to export");
	return PMWB_OK;
}

enum pmwb_status store_export_quarter_range(struct store *st, int *first, int *last, int *found,
					    struct pmwb_error *e)
{
	sqlite3_stmt *q;
	int rc;

	*found = 0;
	if (store_prepare(st, "SELECT min(start_q), max(end_q) FROM phase", &q, e) != PMWB_OK)
		return e->status;
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW && sqlite3_column_type(q, 0) != SQLITE_NULL) {
		*first = sqlite3_column_int(q, 0);
		*last = sqlite3_column_int(q, 1);
		*found = 1;
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_ROW)
		return store_db_error(st, e, "reading the phases");
	return PMWB_OK;
}

enum pmwb_status store_export_plan_years(struct store *st, int *fy, int *mask, int max, int *n,
					 struct pmwb_error *e)
{
	sqlite3_stmt *q;
	int rc;

	*n = 0;
	if (store_prepare(st,
			  "SELECT fy, count(net), count(gross), count(forecast_outturn) FROM qipp_plan"
			  " GROUP BY fy ORDER BY fy",
			  &q, e) != PMWB_OK)
		return e->status;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW && *n < max) {
		fy[*n] = sqlite3_column_int(q, 0);
		mask[*n] = (sqlite3_column_int(q, 1) ? STORE_PLAN_NET : 0) |
			   (sqlite3_column_int(q, 2) ? STORE_PLAN_GROSS : 0) |
			   (sqlite3_column_int(q, 3) ? STORE_PLAN_FORECAST : 0);
		(*n)++;
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return store_db_error(st, e, "reading the plan years");
	return PMWB_OK;
}
