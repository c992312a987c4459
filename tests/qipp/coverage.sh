#!/bin/sh
# Issue 12, case 5: a QIPP total names what it covers and counts the schemes that did not
# report.  Planned Care plans 6,532 (£k) over 15 schemes in 2013/14; in September three
# report, one of them mistyped: Dermatology's £1.2m against a £363k plan.  Its forecast is
# 1,894, 29% of its plan: Red in the exception report, `report qipp` and the Programmes pane,
# never Green; the exception report's net plan is the programme's (6,532), not the 1,305 of
# the three that reported.  The mistyped forecast is warned about on import and refused in
# the month form, with the figure; an actual for a month after today is refused by both; a
# year that has not started has no year-to-date plan; 2012/13's printed forecast outturn is
# that year's forecast.
PMWB_TODAY=2013-09-20
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/qipp/qipp-lib.sh"
qipp_make_db
qipp_import_months <<'CSV'
programme_code,scheme,month,forecast_k,actual_k
PLANNED,Gynaecology,2013-09,425,35
PLANNED,Dermatology,2013-09,1200,30
PLANNED,Anticoagulation,2013-09,269,20
CSV
# The outlier is imported (a warning, not a refusal) and named with its figure and plan.
expect_contains 'import warning' "$(cat "$T/months-err")" \
	"months.csv:3:4: forecast 1,200 is over 150% of Dermatology's 2013/14 plan of 363 (£'000): check the figure"
expect_sql "SELECT count(*) FROM qipp_month" 3

# report qipp: the programme's total is rated on its whole plan and says how many reported;
# one programme asked for is not called the organisation's total.
run 0 "$PMWB" -f "$DB" report qipp --programme PLANNED
expect_out_contains 'PLANNED: 3 of 15 schemes reported'
case $out in *'Organisation total'*) fail 'one programme is called the organisation total' ;; esac
checks=$((checks + 1))
run 0 "$PMWB" -f "$DB" report qipp --programme PLANNED --format csv
expect_same 'report qipp total (csv)' "$(printf '%s\n' "$out" | awk -F, '$2 == "Total"')" \
	'PLANNED,Total,2013/14,,6532,3266,85,1894,-4638,-71.0,Red,15,3'

# report exceptions: Planned Care is below plan on its whole plan, with its coverage.
run 0 "$PMWB" -f "$DB" report exceptions
expect_same 'exceptions: programme below plan' \
	"$(printf '%s\n' "$out" | sed -n '/^Programmes forecasting below plan/,/^$/p' | grep '^PLANNED ' | tr -s ' ')" \
	'PLANNED Planned Care 6,532 1,894 -4,638 -71.0 Red 3 of 15'
bromley=$(sql "SELECT count(*) FROM qipp_plan pl JOIN qipp_scheme s ON s.id = pl.scheme_id
	JOIN programme p ON p.id = s.programme_id WHERE pl.fy = 2013 AND p.organisation LIKE 'Bromley%'")
expect_same 'exceptions: Bromley coverage' "$(printf '%s\n' "$out" | sed -n '/^Organisation totals: Bromley/,/^RAG/p' | grep '^Schemes reported' | tr -s ' ')" \
	"Schemes reported 3 of $bromley"

# The Programmes pane: Red, not Green.
tui_start 120 30 "$PMWB" -f "$DB"
qipp_wait_line 'PLANNED ' 'PLANNED            Planned Care                                       17  15  -  -  -  -    6,532    1,894  Red'

# The month form refuses the outlier with its figure, and an actual after today.
tui_keys 4
tui_wait 'Programme / scheme'
tui_keys / ; tui_type 'dermatology'; tui_keys Enter
tui_wait '  Dermatology '
tui_keys Enter
tui_wait 'Dermatology  (PLANNED Planned Care)'
db_dump "$DB" >"$T/before"
# The month as imported: its forecast is flagged as soon as the form opens.
tui_keys e
tui_wait "Forecast £k: £1,200,000 is over 150% of the year's plan (£363,000): check the figure"
tui_keys C-u
tui_type '544'
tui_wait 'Dermatology 2013-09: F2 saves'
tui_keys C-u
tui_type '1,200'
tui_wait "Forecast £k: £1,200,000 is over 150% of the year's plan (£363,000): check the figure"
tui_keys F2
tui_wait "not saved: Forecast £k: £1,200,000 is over 150% of the year's plan (£363,000)"
# Typed back as it was: nothing to discard, so Esc closes at once.
tui_keys Escape
tui_wait 'cancelled: nothing was saved'
tui_keys j
tui_keys e
tui_wait 'Dermatology 2013-10: F2 saves'
tui_keys Tab
tui_type '30'
tui_wait 'Actual £k: 2013-10 is after today (2013-09-20): an actual can only be reported for a month that has begun'
tui_keys F2
tui_wait 'not saved: Actual £k: 2013-10 is after today'
tui_keys Escape
tui_wait 'discard changes? y/n'
tui_keys y
tui_wait 'cancelled: nothing was saved'
db_dump "$DB" >"$T/after"
checks=$((checks + 1))
cmp -s "$T/before" "$T/after" || { fail 'a refused month changed the database'; diff -u "$T/before" "$T/after" >&2; }
tui_keys q
tui_wait_exit

# Import refuses an actual for a month after today, at its line, and changes nothing.
printf 'programme_code,scheme,month,forecast_k,actual_k\nPLANNED,MCATS,2013-10,900,80\n' >"$T/future.csv"
refused "$T/future.csv" qipp-months
expect_err_contains "future.csv:2:5: an actual for 2013-10 is after today (2013-09-20)"

# The limit is the setting qipp_outlier_pct: at 400% the same month imports without a word.
run 0 "$PMWB" -f "$DB" config set qipp_outlier_pct 400
printf 'programme_code,scheme,month,forecast_k,actual_k\nPLANNED,Dermatology,2013-09,1201,30\n' >"$T/again.csv"
run 0 "$PMWB" -f "$DB" import qipp-months "$T/again.csv"
case $err in *'over 400%'*|*'over 150%'*) fail "a forecast within the limit set was warned about: $err" ;; esac
checks=$((checks + 1))
run 0 "$PMWB" -f "$DB" config reset qipp_outlier_pct

# 2014/15 has not started: no year-to-date plan, in the report and on screen.
run 0 "$PMWB" -f "$DB" report qipp --fy 2014/15 --programme PLANNED --format csv
expect_same '2014/15 total' "$(printf '%s\n' "$out" | awk -F, '$2 == "Total" { print $5 "|" $6 }')" '3476|'

# 2012/13: the plan's printed forecast outturn is the year's forecast (totals.md: 579), with
# no plan for the year to hold it against, so no variance.
run 0 "$PMWB" -f "$DB" report qipp --fy 2012/13 --programme PLANNED --format csv
expect_same '2012/13 forecast' "$(printf '%s\n' "$out" | awk -F, '$2 == "Total" { print $8 "|" $9 }')" '579|'
finish
