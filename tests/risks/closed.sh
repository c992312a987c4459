#!/bin/sh
# Issue 12, case 3: which statuses mean closed is the status table's (risk_status), read by
# one rule everywhere.  A register that writes Complete, Withdrawn, Tolerated ... had those
# risks listed, counted and escalated by report risks and report heatmap while the pane and
# the exception report left them out.  Now every report counts the same open risks as the
# counts the pane reads (risk_cell), and a closed risk is never overdue.
. "$top_srcdir/tests/lib/harness.sh"
need sqlite3

run 0 "$PMWB" -f "$DB" init
sqlite3 "$DB" <<'SQL'
INSERT INTO programme (code, name) VALUES ('P', 'Planned Care');
INSERT INTO risk (ref, programme_id, title, likelihood, impact, status, review_date) VALUES
  ('X1', 1, 'Open one', 5, 5, 'Open', NULL),
  ('X2', 1, 'Completely new is no word', 4, 5, 'Completely new', NULL),
  ('X3', 1, 'Complete', 5, 5, 'Complete', '2013-01-01'),
  ('X4', 1, 'Completed', 5, 5, 'Completed', NULL),
  ('X5', 1, 'Withdrawn', 5, 4, 'withdrawn', NULL),
  ('X6', 1, 'Archived', 5, 4, 'Archived', NULL),
  ('X7', 1, 'Transferred', 5, 4, 'Transferred to ICB', NULL),
  ('X8', 1, 'Tolerated', 4, 4, 'TOLERATED', NULL),
  ('X9', 1, 'Closed, mitigated', 4, 4, 'Closed - mitigated', NULL),
  ('X10', 1, 'Complete with a date', 4, 4, 'Complete (Mar 2014)', NULL),
  ('X11', NULL, 'Corporate, open', 3, 5, 'Open - monitoring', '2013-01-01');
SQL

run 0 "$PMWB" -f "$DB" report risks --format csv
refs=$(printf '%s\n' "$out" | sed 1d | cut -d, -f1 | tr '\n' ' ')
expect_same 'open risks in report risks' "$refs" 'X1 X2 X11 '
run 0 "$PMWB" -f "$DB" report risks
expect_out_contains '3 open risks; 3 escalated; 1 past the review date (marked !).'
run 0 "$PMWB" -f "$DB" report heatmap --format csv
expect_out_contains '5,5,25,Extreme,1'
expect_out_contains '4,5,20,Extreme,1'
expect_out_contains '5,4,20,Extreme,0'
expect_out_contains '4,4,16,Extreme,0'
run 0 "$PMWB" -f "$DB" report heatmap
expect_out_contains '3 open scored risks.'
run 0 "$PMWB" -f "$DB" report exceptions --month 2013-09
expect_out_contains 'X1 '
expect_out_contains 'X11 '
for r in X3 X4 X5 X6 X7 X8 X9 X10; do
	case $out in *"$r "*) fail "report exceptions lists closed risk $r as escalated" ;; esac
done
# The counts the pane reads agree.
expect_same 'open risks in risk_cell' "$(sqlite3 "$DB" 'SELECT sum(n) FROM risk_cell WHERE closed = 0')" 3

finish
