#!/bin/sh
# export -o writes a temporary file beside the target and renames it into place: an
# interrupted export (Ctrl-C, SIGTERM, SIGHUP) leaves neither the temporary file nor a
# changed target; a replaced file keeps its mode and group; a new one follows the umask.
. "$top_srcdir/tests/lib/harness.sh"
need sqlite3

cd "$T" || exit 1
run 0 "$PMWB" -f "$DB" import -q programmes "$top_srcdir/bench/programmes.csv"
awk -v ROWS=2000 -f "$top_srcdir/bench/gen_risks.awk" >big.csv
run 0 "$PMWB" -f "$DB" import -q risks big.csv

mode_of() { stat -c %a "$1"; }
group_of() { stat -c %g "$1"; }

# a new file follows the umask
(umask 027 && "$PMWB" -f "$DB" export programmes -o new.csv) || fail "export -o new.csv failed"
expect_same "a new export's mode under umask 027" "$(mode_of new.csv)" 640
(umask 002 && "$PMWB" -f "$DB" export programmes -o new2.csv) || fail "export -o new2.csv failed"
expect_same "a new export's mode under umask 002" "$(mode_of new2.csv)" 664

# a replaced file keeps its mode, and its group where the user may give it
printf 'old\n' >shared.csv
chmod 664 shared.csv
if [ "$(id -u)" = 0 ]; then
	chgrp 100 shared.csv
fi
group=$(group_of shared.csv)
(umask 077 && "$PMWB" -f "$DB" export programmes -o shared.csv) || fail "export over shared.csv failed"
expect_same "a replaced export's mode" "$(mode_of shared.csv)" 664
expect_same "a replaced export's group" "$(group_of shared.csv)" "$group"
checks=$((checks + 1))
grep -q PLANNED shared.csv || fail "shared.csv was not replaced"

# interrupted once the temporary file holds rows: it goes, and the old file stays
for sig in INT TERM HUP; do
	printf 'old\n' >out.csv
	PMWB_TEST_SIGNAL="$sig@export-rows" "$PMWB" -f "$DB" export risks -o out.csv >"$T/out" 2>"$T/err"
	status=$?
	checks=$((checks + 1))
	[ "$status" = 2 ] || fail "SIG$sig during an export: exit $status, want 2"
	err=$(cat "$T/err")
	expect_err "pmwb: interrupted: out.csv was left as it was"
	expect_same "temporary files after SIG$sig" "$(ls out.csv.* 2>/dev/null)" ''
	expect_same "out.csv after SIG$sig" "$(cat out.csv)" old
done
finish
