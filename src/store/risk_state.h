/* Private to store/: the one rule for whether a risk's status means closed, as an SQL
 * expression, so that the risk_cell triggers (which must work for any writer, the sqlite3
 * shell included: no functions of ours), the pane's filters, the reports and the bulk load
 * all read it the same way.
 *
 * A status is compared trimmed and ignoring (ASCII) case with the words of risk_status
 * (schema v8): a word matches when it is the whole status or its start followed by anything
 * but a letter, so "Closed - mitigated" and "Complete (Mar 2014)" match Closed and Complete,
 * and "Completely new" matches neither.  The longest matching word gives the state; a status
 * no word matches is open.
 *
 * Migration 8 writes this rule into the triggers: changing it means a new migration that
 * re-creates them (and rebuilds risk_cell), never an edit here alone. */
#ifndef PMWB_RISK_STATE_H
#define PMWB_RISK_STATE_H

/* S: an SQL expression for the status, e.g. "r.status" or "new.status".  1 closed, 0 open. */
#define RISK_CLOSED_SQL(S)                                                                  \
	"ifnull((SELECT w.state = 'closed' FROM risk_status w"                               \
	" WHERE lower(substr(trim(" S "), 1, length(w.word))) = lower(w.word)"               \
	" AND upper(substr(trim(" S "), length(w.word) + 1, 1))"                             \
	" = lower(substr(trim(" S "), length(w.word) + 1, 1))"                               \
	" ORDER BY length(w.word) DESC LIMIT 1), 0)"

/* The statuses of the register that the rule closes, as a subquery for "r.status IN ...":
 * each distinct status judged once per statement, for a read of the whole register (a
 * report), where judging every row costs more than the rest of the query (measured with
 * bench/reports.sh: 0.50 s of CPU against 0.02 s on 100,000 risks).  Not for a page of the
 * pane, which would pay for the distinct statuses of the whole register on every key. */
#define RISK_CLOSED_STATUSES_SQL                                                             \
	"(SELECT s FROM (SELECT DISTINCT status AS s FROM risk) WHERE " RISK_CLOSED_SQL("s") ")"

/* Every risk_cell row from the register, under the rule; each status is judged once per
 * group, not once per risk. */
#define RISK_CELLS_REBUILD_SQL                                                              \
	"DELETE FROM risk_cell;"                                                             \
	"INSERT INTO risk_cell SELECT p, l, i, " RISK_CLOSED_SQL("s") ", sum(n) FROM"        \
	" (SELECT ifnull(programme_id, 0) AS p, ifnull(likelihood, 0) AS l,"                 \
	"  ifnull(impact, 0) AS i, status AS s, count(*) AS n FROM risk GROUP BY 1, 2, 3, 4)" \
	" GROUP BY 1, 2, 3, 4;"

#endif
