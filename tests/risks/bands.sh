#!/bin/sh
# Issue 12: one loader for the risk bands.  Two loaders read the threshold table: the panes'
# kept the first eight bands without a word (and fell back to the defaults when the table
# was empty), the import's refused.  Now every reader gets the same refusal, saying what is
# wrong and how to fix it: the reports stop with it, the pane shows it over the defaults.
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
need sqlite3

run 0 "$PMWB" -f "$DB" init
sqlite3 "$DB" <<'SQL'
INSERT INTO risk (ref, title, likelihood, impact) VALUES ('R1', 'Extreme', 5, 5);
DELETE FROM threshold;
INSERT INTO threshold (level, min_score, max_score, authority, escalated) VALUES
  ('One', 1, 1, 'a', 0), ('Two', 2, 2, 'a', 0), ('Three', 3, 3, 'a', 0), ('Four', 4, 4, 'a', 0),
  ('Five', 5, 5, 'a', 0), ('Six', 6, 6, 'a', 0), ('Nine', 8, 9, 'a', 0), ('Twelve', 10, 12, 'a', 0),
  ('Top', 15, 25, 'Board', 1);
SQL
nine="pmwb: there must be 1 to 8 risk bands, not 9: fix the threshold table (pmwb import thresholds --replace FILE; pmwb export thresholds shows it)"
run 2 "$PMWB" -f "$DB" report risks
expect_err "$nine"
run 2 "$PMWB" -f "$DB" report heatmap
expect_err "$nine"
run 2 "$PMWB" -f "$DB" report exceptions --month 2013-09
expect_err "$nine"

tui_start 100 24 "$PMWB" -f "$DB"
tui_wait 'Programmes'
tui_keys 3
tui_wait 'there must be 1 to 8 risk bands, not 9: fix the threshold table'
tui_keys q
tui_wait_exit

# An empty table is no set of bands either (it was read as the defaults, silently).
sqlite3 "$DB" "DELETE FROM threshold"
run 2 "$PMWB" -f "$DB" report risks
expect_err_contains "there must be 1 to 8 risk bands, not 0: fix the threshold table"
finish
