#!/bin/sh
# Ctrl-C during an import rolls it back and says so; the database is as it was.
. "$top_srcdir/tests/lib/harness.sh"
need sqlite3

run 0 "$PMWB" -f "$DB" import -q programmes "$top_srcdir/bench/programmes.csv"
awk -v ROWS=400000 -f "$top_srcdir/bench/gen_risks.awk" >"$T/big.csv"
before=$(db_dump "$DB")

"$PMWB" -f "$DB" import risks "$T/big.csv" >"$T/out" 2>"$T/err" &
pid=$!
# wait until the import holds its transaction (the rollback journal or WAL grows), at most 10 s
i=0
while [ $i -lt 100 ] && ! [ -s "$DB-wal" ] && ! [ -s "$DB-journal" ]; do
	sleep 0.1
	i=$((i + 1))
done
kill -INT "$pid"
wait "$pid"
status=$?
checks=$((checks + 1))
[ "$status" = 2 ] || fail "interrupted import exited $status, want 2"
err=$(cat "$T/err")
expect_err_contains 'pmwb: interrupted: the import was rolled back and the database is unchanged'
expect_same "database after Ctrl-C" "$(db_dump "$DB")" "$before"
finish
