#!/bin/sh
# The demo's programme totals per financial year are the client's printed totals
# (data/README.md; ../shared/seed-data/000a/totals.md: Planned Care 6,532 / 3,476 / 2,188,
# Unscheduled Care 3,125 / 1,650 / 0, Primary Care 1,000 / 1,860 / 1,000), on the folded
# group rows at 80x24 and in full at 200x50, and the same figures as `pmwb report qipp`
# prints; Bromley's QIPP overview (a summary table the demo leaves out) nets 10,500 in each
# year once imported.
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/qipp/qipp-lib.sh"
qipp_make_db

# The report's programme totals (net plan, £k) for a year, "CODE NET" a line.
report_totals() {
	run 0 "$PMWB" -f "$DB" report qipp --fy "$1" --format csv
	printf '%s\n' "$out" | awk -F, '$2 == "Total" && $1 != "Total" { print $1, $5 }'
}

qipp_open 80 24
# PMWB_TODAY=2013-10-15: the year 2013/14, reported as of October, as the report defaults.
tui_wait 'QIPP 2013/14 at 2013-10'
tui_keys O
tui_wait 'every programme folded: O unfolds them'
tui_wait '▸ PLANNED Planned…         6,532'
tui_wait '▸ UNSCHED Unsched…         3,125'
tui_wait '▸ PRIMARY Primary…         1,000'
qipp_expect_screen totals-2013-80x24
report_totals 2013/14 >"$T/report"
expect_same 'report 2013/14 PLANNED' "$(grep '^PLANNED ' "$T/report")" 'PLANNED 6532'

tui_keys ']'
tui_wait 'QIPP 2014/15 at 2014-10'
tui_wait '▸ PLANNED Planned…         3,476'
tui_wait '▸ UNSCHED Unsched…         1,650'
tui_wait '▸ PRIMARY Primary…         1,860'
expect_same 'report 2014/15 PLANNED' "$(report_totals 2014/15 | grep '^PLANNED ')" 'PLANNED 3476'

tui_keys ']'
tui_wait 'QIPP 2015/16 at 2015-10'
tui_wait '▸ PLANNED Planned…         2,188'
tui_wait '▸ UNSCHED Unsched…             0'
tui_wait '▸ PRIMARY Primary…         1,000'
expect_same 'report 2015/16 PLANNED' "$(report_totals 2015/16 | grep '^PLANNED ')" 'PLANNED 2188'

# Wide: every name in full, the schemes under their programme, the organisation's total.
tui_keys '[' '['
tui_wait 'QIPP 2013/14 at 2013-10'
tui_keys O
tui_wait 'every programme unfolded'
ui_resize_to() {
	tui_resize "$1" "$2"
	tui_wait "$3"
}
ui_resize_to 200 50 'Intermediate Care Service – Step Down'
qipp_expect_screen totals-2013-200x50

# The overview by area of spend, imported as a colleague would and reloaded with R: 10,500
# net in each year, as Bromley's Table 4 prints.
run 0 "$PMWB" -f "$DB" import all "$SEED/000b-overview"
tui_keys R
tui_wait 'reloaded from test.db'
tui_keys G
tui_wait '  Prescribing  '
tui_wait '▾ BCCG-OVERVIEW Bromley CCG QIPP Overview 2013-16 (Table 4)'
for fy in 2013/14 2014/15 2015/16; do
	expect_same "report $fy BCCG-OVERVIEW" "$(report_totals $fy | grep '^BCCG-OVERVIEW ')" 'BCCG-OVERVIEW 10500'
done
tui_keys ']' ']'
tui_wait 'QIPP 2015/16 at 2015-10'
tui_keys O
tui_wait '▸ BCCG-OVERVIEW Bromley CCG QIPP Overview 2013-16 (Table 4)'
checks=$((checks + 1))
tui_capture | grep -F '▸ BCCG-OVERVIEW Bromley CCG QIPP Overview 2013-16 (Table 4)' |
	grep -q ' 10,500 ' || fail 'the overview does not net 10,500 in 2015/16 on screen'

# Totals are summed in pounds and rounded once: two schemes of £1,500 show as 2 and 2, and
# their programme as 3, as `pmwb report qipp` prints them.  (2015/16 has not begun by today,
# 2013-10-15, so there is no year-to-date plan.)
sqlite3 "$DB" "INSERT INTO programme (code, name) VALUES ('HALF', 'Half pounds');
	INSERT INTO qipp_scheme (programme_id, name) SELECT id, 'One' FROM programme WHERE code = 'HALF';
	INSERT INTO qipp_scheme (programme_id, name) SELECT id, 'Two' FROM programme WHERE code = 'HALF';
	INSERT INTO qipp_plan (scheme_id, fy, gross) SELECT s.id, 2015, 1500 FROM qipp_scheme s
	JOIN programme p ON p.id = s.programme_id WHERE p.code = 'HALF';" || fail 'adding HALF'
tui_keys R
tui_wait 'reloaded from test.db'
tui_keys O
tui_wait 'every programme unfolded'
tui_keys G
tui_wait '  Two  '
checks=$((checks + 1))
tui_capture | grep -E '^▾ HALF Half pounds +3 +3 +0 ' >/dev/null ||
	fail "HALF's total is not 3 (3,000 pounds) on screen"
checks=$((checks + 1))
tui_capture | grep -E '^  One +2 +2 +0 ' >/dev/null || fail "scheme One does not show 2"
run 0 "$PMWB" -f "$DB" report qipp --month 2015-10 --programme HALF --format csv
expect_out_contains 'HALF,One,2015/16,2,2,,0,,,,not reported,1,0'
expect_out_contains 'HALF,Total,2015/16,3,3,,0,,,,not reported,2,0'
tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
expect_same 'stderr' "$(cat "$T/tui-stderr")" ''
finish
