#!/bin/sh
# pmwb backup writes a consistent copy while someone else writes the file: the copy passes
# SQLite's integrity check and holds a whole import or none of it, never part; the writer is
# not held up; a copy over an old one replaces it whole.
. "$top_srcdir/tests/lib/harness.sh"
need sqlite3

cd "$T" || exit 1
run 0 "$PMWB" -f "$DB" import -q programmes "$top_srcdir/bench/programmes.csv"
awk -v ROWS=300000 -f "$top_srcdir/bench/gen_risks.awk" >big.csv

"$PMWB" -f "$DB" import -q risks big.csv >import.out 2>import.err &
writer=$!
i=0
while [ $i -lt 100 ] && ! [ -s "$DB-wal" ]; do
	sleep 0.1
	i=$((i + 1))
done
run 0 "$PMWB" -f "$DB" backup copy.db
expect_out "copy.db: a copy of $DB"
wait "$writer"
status=$?
checks=$((checks + 1))
[ "$status" = 0 ] || fail "the import running beside the backup failed: $(cat import.err)"
run 0 sqlite3 copy.db "PRAGMA integrity_check"
expect_out ok
run 0 sqlite3 copy.db "SELECT count(*) IN (0, 300000) FROM risk"
expect_out 1
run 0 "$PMWB" -f copy.db check

# again, after the import: the copy replaces the old one and has it all
run 0 "$PMWB" -f "$DB" backup copy.db
run 0 sqlite3 copy.db "SELECT count(*) FROM risk"
expect_out 300000
expect_same "files beside the copy" "$(ls copy.db*)" copy.db

run 1 "$PMWB" -f "$DB" backup
expect_err_contains "name the file to write the copy to"
run 2 "$PMWB" -f "$DB" backup "$T/no/such/folder/copy.db"
expect_err_contains "cannot create a file beside it"
finish
