#!/bin/sh
# Damage is found and said: 'pmwb check' runs SQLite's integrity and foreign-key checks,
# init runs the quick check, an import checks before it writes, and a damaged page met by
# any other command is one sentence saying what to do (exit status 3 throughout).
. "$top_srcdir/tests/lib/harness.sh"
need sqlite3
need dd

cd "$T" || exit 1
run 0 "$PMWB" -f "$DB" import -q programmes "$top_srcdir/bench/programmes.csv"
awk -v ROWS=20000 -f "$top_srcdir/bench/gen_risks.awk" >big.csv
run 0 "$PMWB" -f "$DB" import -q risks big.csv
run 0 "$PMWB" -f "$DB" check
expect_out "$DB: no damage found (integrity and foreign keys checked)"
expect_err_empty
run 0 "$PMWB" -f "$DB" init

# one page in the middle of the risk table zeroed
page=$(sqlite3 "$DB" 'PRAGMA page_size')
dd if=/dev/zero of="$DB" bs="$page" seek=99 count=1 conv=notrunc 2>/dev/null
damaged="pmwb: the database $DB is damaged"
advice="restore it from your last backup; 'pmwb -f $DB check' lists what is wrong"
run 3 "$PMWB" -f "$DB" check
expect_out_contains 'Page 100'
expect_err_contains "$damaged"
expect_err_contains "$advice"
run 3 "$PMWB" -f "$DB" init
expect_out ''
expect_err_contains "$damaged"
expect_err_contains "$advice"

# an import does not write into it
before=$(cksum <"$DB")
printf 'ref,programme_code,risk,likelihood,impact,status\nX1,,new,2,3,Open\n' >one.csv
run 3 "$PMWB" -f "$DB" import risks one.csv
expect_err_contains "$damaged"
expect_same "the damaged file after an import" "$(cksum <"$DB")" "$before"

# reading commands that meet the damage stop with the one sentence, not blank rows
for c in "report risks" "report risks --format csv" "export risks"; do
	# shellcheck disable=SC2086
	run 3 "$PMWB" -f "$DB" $c
	expect_err_contains "$damaged"
	expect_err_contains "$advice"
	checks=$((checks + 1))
	[ "$(printf '%s\n' "$err" | grep -c .)" = 1 ] || fail "$c: more than one message: $err"
done

# a foreign key pointing nowhere is damage too (foreign keys off, as another tool may have)
rm -f "$DB"
run 0 "$PMWB" -f "$DB" import -q programmes "$top_srcdir/bench/programmes.csv"
run 0 "$PMWB" -f "$DB" import -q risks one.csv
run 0 sqlite3 "$DB" 'PRAGMA foreign_keys = OFF; UPDATE risk SET programme_id = 999'
run 3 "$PMWB" -f "$DB" check
expect_out_contains 'risk row 1: programme_id points to no programme'
expect_err_contains "$damaged"
finish
