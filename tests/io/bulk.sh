#!/bin/sh
# The bulk load: a first import into an empty table inserts without a lookup, with the risk
# panes' indexes and heat-map triggers dropped and rebuilt after.  What the triggers would
# have kept (risk_cell) is counted during the load, so it must equal what they keep on a
# re-import; a repeated key is found when the key index is built and reported with both
# lines; a failure anywhere leaves the file as it was.
. "$top_srcdir/tests/lib/harness.sh"
need sqlite3

cd "$T" || exit 1
# risk_cell against the register itself: no row may differ either way
cells_sql="WITH kept AS (SELECT programme_key, likelihood, impact, closed, n FROM risk_cell
	WHERE n > 0), counted AS (SELECT ifnull(programme_id, 0), ifnull(likelihood, 0),
	ifnull(impact, 0), lower(status) LIKE 'closed%', count(*) FROM risk GROUP BY 1, 2, 3, 4)
	SELECT (SELECT count(*) FROM (SELECT * FROM kept EXCEPT SELECT * FROM counted))
	+ (SELECT count(*) FROM (SELECT * FROM counted EXCEPT SELECT * FROM kept))"

run 0 "$PMWB" -f "$DB" import -q programmes "$SEED/001/programmes.csv"
# corporate and programme risks, unrated ones, closed in any case, and a status that only
# contains the word
cat >reg.csv <<'EOF'
ref,programme_code,risk,likelihood,impact,status
1,BCF,one,2,3,Open
2,BCF,two,2,3,Closed
3,BCF,three,,,CLOSED - mitigated
4,,corporate,5,5,closed
5,,corporate too,Rare,Minor,Reclosed
6,BCF,six,4,1,
EOF
run 0 "$PMWB" -f "$DB" import risks reg.csv
expect_out_contains 'risk: 6 new, 0 updated, 0 unchanged'
run 0 sqlite3 "$DB" "$cells_sql"
expect_out 0
run 0 sqlite3 "$DB" "SELECT closed, n FROM risk_cell WHERE programme_key = 0 ORDER BY closed"
expect_out '0|1
1|1'
# a risk's history starts at its first change: a bulk load writes none
run 0 sqlite3 "$DB" "SELECT count(*) FROM risk_history"
expect_out 0
# the indexes and triggers are all back
run 0 sqlite3 "$DB" "SELECT count(*) FROM sqlite_master WHERE tbl_name = 'risk' AND type = 'trigger'"
expect_out 3
run 0 sqlite3 "$DB" "SELECT count(*) FROM sqlite_master WHERE name = 'risk_key'"
expect_out 1

# a re-import goes row by row through the triggers: the counts stay the same as the table
sed -e 's/^2,BCF,two,2,3,Closed/2,BCF,two,4,4,Open/' -e 's/^4,,corporate,5,5,closed/4,,corporate,1,1,closed/' \
	reg.csv >reg2.csv
printf '7,BCF,seven,3,3,Closed\n' >>reg2.csv
run 0 "$PMWB" -f "$DB" import risks reg2.csv
expect_out_contains 'risk: 1 new, 2 updated, 4 unchanged'
run 0 sqlite3 "$DB" "$cells_sql"
expect_out 0
# the first change of each risk records its state before, with the line it came from, then
# the state after; the new risk and the unchanged ones have none
run 0 sqlite3 "$DB" "SELECT r.ref, h.likelihood, h.impact, h.score, h.status, h.note FROM risk_history h JOIN risk r ON r.id = h.risk_id ORDER BY h.id"
expect_out - <<'X'
2|2|3|6|Closed|import reg.csv:3
2|4|4|16|Open|import reg2.csv:3
4|5|5|25|closed|import reg.csv:5
4|1|1|1|closed|import reg2.csv:5
X

# a key twice in a bulk load: found when the key index is built, both lines said
run 0 "$PMWB" -f "$T/empty.db" import -q programmes "$SEED/001/programmes.csv"
before=$(db_dump "$T/empty.db")
sum_before=$(cksum <"$T/empty.db")
printf 'ref,programme_code,risk\nA,BCF,first\nB,BCF,other\nA,,corporate A is another risk\nA,BCF,again\nB,BCF,and again\n' >dup.csv
run 2 "$PMWB" -f "$T/empty.db" import risks dup.csv
expect_err_contains "dup.csv:5:1: this risk repeats the key of line 2"
expect_err_contains "dup.csv:6:1: this risk repeats the key of line 3"
expect_err_contains 'pmwb: 2 errors; nothing was imported and the database is unchanged'
expect_same "empty database after dup.csv" "$(db_dump "$T/empty.db")" "$before"
expect_same "empty database bytes after dup.csv" "$(cksum <"$T/empty.db")" "$sum_before"

# a bulk load that fails on its last row, after every other row was inserted
awk 'BEGIN { print "ref,programme_code,risk,likelihood,impact"
	for (i = 1; i <= 2000; i++) printf "R%d,BCF,risk %d,%d,%d\n", i, i, 1 + i % 5, 1 + i % 3
	print "R2001,BCF,too likely,6,1" }' >late.csv
run 2 "$PMWB" -f "$T/empty.db" import risks late.csv
expect_err_contains "late.csv:2002:4: likelihood:"
expect_same "empty database after late.csv" "$(db_dump "$T/empty.db")" "$before"
expect_same "empty database bytes after late.csv" "$(cksum <"$T/empty.db")" "$sum_before"
# and the same file without its bad row loads, counts and all
sed '$d' late.csv >good.csv
run 0 "$PMWB" -f "$T/empty.db" import risks good.csv
expect_out_contains 'risk: 2000 new, 0 updated, 0 unchanged'
run 0 sqlite3 "$T/empty.db" "$cells_sql"
expect_out 0

finish
