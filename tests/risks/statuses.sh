#!/bin/sh
# The status words are data: exported and imported like every kind (statuses: Status,
# State open|closed), with located errors, nothing written unless the whole file is good,
# and the audit log; a change moves the risks' counts at once (the heat map's kept counts
# follow by trigger), while every risk keeps its register's own word.
. "$top_srcdir/tests/lib/harness.sh"
need sqlite3

run 0 "$PMWB" -f "$DB" init
run 0 "$PMWB" -f "$DB" export statuses
expect_out - <<'EOF2'
status,state
Archived,closed
Closed,closed
Complete,closed
Completed,closed
Tolerated,closed
Transferred,closed
Withdrawn,closed
EOF2
sqlite3 "$DB" <<'SQL'
INSERT INTO risk (ref, title, likelihood, impact, status) VALUES
  ('S1', 'mitigated', 5, 5, 'Mitigated - see log'), ('S2', 'tolerated', 5, 5, 'Tolerated'),
  ('S3', 'open', 5, 5, 'Open');
SQL
run 0 "$PMWB" -f "$DB" report risks
expect_out_contains '2 open risks; 2 escalated'

cat >"$T/statuses.csv" <<'EOF2'
Status,State
Mitigated,Closed
tolerated,open
EOF2
run 0 "$PMWB" -f "$DB" import statuses "$T/statuses.csv"
run 0 "$PMWB" -f "$DB" report risks --format csv
expect_same 'open risks' "$(printf '%s\n' "$out" | sed 1d | cut -d, -f1,12 | tr '\n' ' ')" 'S2,Tolerated S3,Open '
expect_same 'kept counts' "$(sqlite3 "$DB" 'SELECT sum(n) FROM risk_cell WHERE closed = 0')" 2
expect_same 'audit' "$(sqlite3 "$DB" "SELECT count(*) FROM audit WHERE entity = 'status word'")" 1
run 0 "$PMWB" -f "$DB" export risks
expect_out_contains 'S1,,mitigated,,5,5,,,,Mitigated - see log,'
expect_out_contains ',closed,25,Extreme'

# Every bad row is named at its line and column; nothing is written.
db_dump "$DB" >"$T/before"
cat >"$T/bad.csv" <<'EOF2'
Status,State
Parked,maybe
,open
Closed,closed
CLOSED,open
EOF2
run 2 "$PMWB" -f "$DB" import statuses "$T/bad.csv"
expect_err - <<EOF2
$T/bad.csv:2:2: the state is open or closed (value 'maybe')
$T/bad.csv:3:1: the status word is empty
$T/bad.csv:5:1: this word is on line 4 already (words are matched whatever their case) (value 'CLOSED')
pmwb: 3 errors; nothing was imported and the database is unchanged
EOF2
db_dump "$DB" >"$T/after"
cmp -s "$T/before" "$T/after" || fail "a refused import changed the database"
printf 'Word\nClosed\n' >"$T/nostate.csv"
run 2 "$PMWB" -f "$DB" import statuses "$T/nostate.csv"
expect_err_contains "state"

# --replace: the file's words are all there are.
printf 'Status,State\nDone,closed\n' >"$T/only.csv"
run 0 "$PMWB" -f "$DB" import statuses --replace "$T/only.csv"
run 0 "$PMWB" -f "$DB" export statuses
expect_out - <<'EOF2'
status,state
Done,closed
EOF2
expect_same 'kept counts' "$(sqlite3 "$DB" 'SELECT sum(n) FROM risk_cell WHERE closed = 0')" 3

# A register loaded into an empty table (the bulk load, which counts the heat map itself)
# judges each status by the same table.
run 0 "$PMWB" -f "$T/bulk.db" init
printf 'Ref,Title,Likelihood,Impact,Status\nB1,a,5,5,Complete\nB2,b,5,5,Open\nB3,c,4,4,Withdrawn (2014)\nB4,d,4,4,completed\n' >"$T/risks.csv"
run 0 "$PMWB" -f "$T/bulk.db" import risks "$T/risks.csv"
expect_same 'bulk-loaded counts' "$(sqlite3 "$T/bulk.db" 'SELECT closed, sum(n) FROM risk_cell GROUP BY closed')" '0|1
1|3'
finish
