#!/bin/sh
# A database file is data, not code: an index whose name carries SQL, put on a table an
# import bulk-loads, is never run as SQL.  The import goes row by row instead, and the
# file keeps everything it had.
. "$top_srcdir/tests/lib/harness.sh"
need sqlite3

cd "$T" || exit 1
run 0 "$PMWB" -f "$DB" import -q programmes "$SEED/001/programmes.csv"
# the name closes its quotes and deletes the programmes after dropping a real index
run 0 sqlite3 "$DB" 'CREATE INDEX "risk_history_risk""; DELETE FROM programme; --" ON risk (owner)'
printf 'ref,programme_code,risk,likelihood,impact,status\n1,BCF,one,2,3,Open\n2,,two,1,1,Open\n' >reg.csv
run 0 "$PMWB" -f "$DB" import risks reg.csv
expect_out_contains 'risk: 2 new, 0 updated, 0 unchanged'
run 0 sqlite3 "$DB" "SELECT count(*) FROM programme"
expect_out 1
run 0 sqlite3 "$DB" "SELECT name FROM sqlite_master WHERE name LIKE 'risk_history_risk%' ORDER BY name"
expect_out 'risk_history_risk
risk_history_risk"; DELETE FROM programme; --'
run 0 sqlite3 "$DB" "PRAGMA integrity_check"
expect_out ok

# a trigger pmwb does not know, on the risk table, is not dropped and recreated either
rm -f "$DB"
run 0 "$PMWB" -f "$DB" import -q programmes "$SEED/001/programmes.csv"
run 0 sqlite3 "$DB" 'CREATE TRIGGER "t""; DELETE FROM programme; --" AFTER INSERT ON risk BEGIN SELECT 1; END'
run 0 "$PMWB" -f "$DB" import risks reg.csv
expect_out_contains 'risk: 2 new, 0 updated, 0 unchanged'
run 0 sqlite3 "$DB" "SELECT count(*) FROM programme"
expect_out 1
finish
