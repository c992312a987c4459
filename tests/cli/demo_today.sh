#!/bin/sh
# `pmwb --demo` without PMWB_TODAY reports as of the day its documents describe (data/AS-OF,
# the file's as_of setting), not the clock's today, where the demo's years are long past and
# every report would be empty or all clear; PMWB_TODAY still overrides it, and a user's own
# file has no as_of and keeps the clock.
. "$top_srcdir/tests/lib/harness.sh"

run 0 env -u PMWB_TODAY "$PMWB" --demo config get as_of
expect_out "as_of=2013-10-15"

# The exception report finds real exceptions in the illustrative monthly returns.
run 0 env -u PMWB_TODAY "$PMWB" --demo report exceptions
expect_err_empty
expect_out_contains "Exception report, 2013-10 (financial year 2013/14)"
expect_out_contains "PLANNED     Anticoagulation                          517      400   -117 Red"
expect_out_contains "PLANNED     Dermatology                              363      330    -33 Amber"
expect_out_contains "PLANNED     Cardiology                                Amber      Red"
expect_out_contains "UNSCHED     Unscheduled Care       3,125    2,230    -895 -28.6 Red      7 of 8"
expect_out_contains "PRIMARY     Primary Care           1,000      980     -20  -2.0 Green    1 of 1"
expect_out_contains "FR1     (corp.)     Impact of recommendations a~                 16 Extreme"

# report qipp defaults to the as-of year and month too
run 0 env -u PMWB_TODAY "$PMWB" --demo report qipp --programme PRIMARY
expect_out_contains "QIPP 2013/14, position at 2013-10"

# PMWB_TODAY overrides the file's day
PMWB_TODAY=2014-01-20 run 0 "$PMWB" --demo report exceptions
expect_out_contains "Exception report, 2014-01 (financial year 2013/14)"

# A user's own file has no as_of: the clock's today
run 0 "$PMWB" -f "$DB" init
run 0 env -u PMWB_TODAY "$PMWB" -f "$DB" config get as_of
expect_out "as_of=none"
before=$(date +%Y-%m)
run 0 env -u PMWB_TODAY "$PMWB" -f "$DB" report exceptions
after=$(date +%Y-%m)
case $out in
"Exception report, $before "* | "Exception report, $after "*) ;;
*) fail "a file without as_of did not report as of the clock's month: $(printf '%s\n' "$out" | head -1)" ;;
esac
finish
