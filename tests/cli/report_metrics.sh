#!/bin/sh
# pmwb report metrics: the measures a plan states (baseline, target, period, unit), which
# import kept and nothing showed; by programme, the organisation's own after them.
. "$top_srcdir/tests/lib/harness.sh"

run 0 "$PMWB" -f "$DB" import -q all "$SEED/000b"

run 0 "$PMWB" -f "$DB" report metrics --programme MH --format csv
expect_out_contains 'programme,metric,baseline,target,period,unit,organisation'
expect_out_contains 'MH,Mental health programme budget,46147,,2012/13 forecast outturn,'
case $out in *PROMISE,*) fail "--programme MH shows another programme's measures" ;; esac

# the sheet's "CCG" rows are the organisation's own: no programme in CSV, (org.) in text
run 0 "$PMWB" -f "$DB" report metrics --programme corporate --format csv
expect_out_contains ',QIPP savings required,,10500,2014/15,'
expect_same 'corporate measures' "$(printf '%s\n' "$out" | sed 1d | grep -vc '^,')" 0
run 0 "$PMWB" -f "$DB" report metrics
expect_out_contains '(org.)     QIPP savings required'
expect_out_contains 'Prog       Metric                     Baseline   Target Period       Unit'
case $out in *'(org.)'*PROMISE*) fail "the organisation's own measures come before the programmes'" ;; esac
# every line of text within 80 columns
expect_same 'widest line' "$(printf '%s\n' "$out" | awk '{ if (length > w) w = length } END { print (w <= 80) }')" 1

run 0 "$PMWB" -f "$DB" report metrics --programme MH --format md
expect_out_contains '| MH | Mental health programme budget | 46147 |'

# what a user can get wrong
run 2 "$PMWB" -f "$DB" report metrics --programme NOPE
expect_err_contains "no programme has the code 'NOPE'"
run 1 "$PMWB" -f "$DB" report metrics --fy 2013/14
expect_err_contains 'the metrics report takes --programme and --format'
rm -f "$DB"
run 0 "$PMWB" -f "$DB" init
run 0 "$PMWB" -f "$DB" report metrics
expect_out_contains 'No measures (import them: pmwb import metrics FILE).'
finish
