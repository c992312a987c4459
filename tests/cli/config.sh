#!/bin/sh
# pmwb config: the shared settings, one table checked the same way by every reader.  A bad
# value stored by other means (sqlite3, an older pmwb) is reported, named, with the command
# that mends it, and its default used: it never keeps a user out of a report.
. "$top_srcdir/tests/lib/harness.sh"

run 0 "$PMWB" -f "$DB" init

run 0 "$PMWB" -f "$DB" config list
expect_out - <<'OUT'
fy_start_month=4
rag_green_pct=95
rag_amber_pct=80
qipp_outlier_pct=150  (default)
totals_tolerance_pct=1  (default)
OUT
expect_err_empty

# The help lists every setting from the same table, with its range and default.
run 0 "$PMWB" config --help
expect_out_contains "qipp_outlier_pct       100-1000 %, default 150"
expect_out_contains "the month the financial year starts in"

run 0 "$PMWB" -f "$DB" config set rag_green_pct 90%
expect_out "rag_green_pct=90"
run 0 "$PMWB" -f "$DB" config get RAG_GREEN_PCT
expect_out "rag_green_pct=90"
run 0 "$PMWB" -f "$DB" config set fy_start_month January
expect_out "fy_start_month=1"
[ "$(sqlite3 "$DB" "SELECT who || ' ' || action || ' ' || detail FROM audit
	WHERE entity = 'setting' AND entity_key = 'fy_start_month'")" = "tester set 4 -> 1" ] ||
	fail "config set did not write 'tester set 4 -> 1' to the audit log"

# Out of range, not a number, or against another setting: refused with the range, nothing
# written.
before=$(db_dump "$DB")
run 2 "$PMWB" -f "$DB" config set rag_green_pct 300
expect_err "pmwb: rag_green_pct cannot be '300': give a whole number from 1 to 200 (per cent)"
run 2 "$PMWB" -f "$DB" config set qipp_outlier_pct lots
expect_err "pmwb: qipp_outlier_pct cannot be 'lots': give a whole number from 100 to 1000 (per cent)"
run 2 "$PMWB" -f "$DB" config set rag_amber_pct 91
expect_err "pmwb: rag_amber_pct (91%) is above rag_green_pct (90%): Amber must be no higher than Green"
run 2 "$PMWB" -f "$DB" config set fy_start_month 13
expect_err_contains "fy_start_month: '13' is not a month"
expect_same "database after refused settings" "$(db_dump "$DB")" "$before"

run 1 "$PMWB" -f "$DB" config set no_such 1
expect_err "pmwb: config: there is no setting 'no_such' ('pmwb config list' shows them all); try 'pmwb config --help'"
run 1 "$PMWB" -f "$DB" config set rag_green_pct
expect_err "pmwb: config: 'config set' takes 2 arguments; try 'pmwb config --help'"
run 1 "$PMWB" -f "$DB" config frob
expect_err "pmwb: config: unknown action 'frob'; try 'pmwb config --help'"

run 0 "$PMWB" -f "$DB" config reset rag_green_pct
expect_out "rag_green_pct=95"

# A value written behind pmwb's back: every reader warns once, names it, and goes on with
# the default (the workbench says the same in its message line: tests/ui/settings.sh).
sqlite3 "$DB" "INSERT OR REPLACE INTO setting VALUES ('rag_green_pct', '300')"
run 0 "$PMWB" -f "$DB" report qipp
expect_err "pmwb: warning: stored rag_green_pct cannot be '300': give a whole number from 1 to 200 (per cent); using the default until 'pmwb config set rag_green_pct VALUE' or 'pmwb config reset rag_green_pct'"
run 0 "$PMWB" -f "$DB" config get rag_green_pct
expect_out "rag_green_pct=95"
run 0 "$PMWB" -f "$DB" config reset rag_green_pct
expect_err_empty

finish
