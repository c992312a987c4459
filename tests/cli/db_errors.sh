#!/bin/sh
# Files pmwb must refuse without changing a byte: not a database, or from a newer pmwb.
. "$top_srcdir/tests/lib/harness.sh"
need sqlite3

printf 'code,name\nPLANNED,Planned Care\n' >"$T/plan.csv"
cp "$T/plan.csv" "$T/plan.orig"
run 3 "$PMWB" -f "$T/plan.csv" init
expect_err_contains "pmwb: $T/plan.csv is not a pmwb database"
cmp -s "$T/plan.csv" "$T/plan.orig" || fail "a file that is not a database was changed"

run 0 "$PMWB" -f "$DB" init
V=${out##*schema version }
sqlite3 "$DB" 'PRAGMA journal_mode=DELETE; PRAGMA user_version=99;' >/dev/null
cp "$DB" "$T/future.orig"
run 3 "$PMWB" -f "$DB" init
expect_err "pmwb: $DB was written by a newer pmwb (schema version 99; this pmwb knows up to $V); it was left untouched: upgrade pmwb to open it"
cmp -s "$DB" "$T/future.orig" || fail "a newer database was changed"
[ -e "$DB-wal" ] && fail "a newer database was switched to WAL"

# Re-opening a current file is harmless.
run 0 "$PMWB" -f "$T/again.db" init
run 0 "$PMWB" -f "$T/again.db" init
expect_out "$T/again.db: schema version $V"

finish
