#!/bin/sh
# The Programmes pane sorts by QIPP RAG (Red first), open risks (most first) and QIPP
# variance (furthest behind first) as well as plan order, code and name; S reverses any of
# them and the footer says so.
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/ui/ui-lib.sh"
ui_make_db
# PLANNED forecasts 663 of 6,532, UNSCHED 500 of 3,125, PRIMARY 500 of 1,000: all Red.
cat >"$T/months.csv" <<'CSV'
programme_code,scheme,month,forecast_k,actual_k
PLANNED,Gynaecology,2013-09,300,150
PLANNED,Dermatology,2013-09,363,180
UNSCHED,Rapid Response,2013-09,500,250
PRIMARY,Medicines Management,2013-09,500,400
CSV
run 0 "$PMWB" -f "$DB" import qipp-months "$T/months.csv"

# codes_are A B C: the codes of the first three rows.
codes_are() { tui_wait_lines 3 5 's/ .*//' "$1|$2|$3"; }

ui_open 80 24
codes_are PLANNED UNSCHED PRIMARY
tui_keys s s s
tui_wait 'programmes in QIPP RAG, Red first'
tui_keys g
codes_are PLANNED PRIMARY UNSCHED
tui_wait 'QIPP RAG, Red first; Now'
tui_keys s
tui_wait 'programmes in open risks, most first'
tui_keys g
codes_are PROMISE BCF BN-CYP
tui_keys s
tui_wait 'programmes in QIPP variance, furthest behind first'
tui_keys g
codes_are PLANNED UNSCHED PRIMARY
# Reversed: the programmes without a variance come first, the furthest behind last.
tui_keys S
tui_wait 'order reversed'
tui_wait 'furthest behind first (reversed)'
tui_keys G Enter
tui_wait 'PLANNED  Planned Care'
tui_keys Escape g
tui_wait_gone 'PLANNED  Planned Care'
codes_are SEL-WORKF… SEL-UEC SEL-PRIMA…
tui_keys S
tui_wait 'order no longer reversed'
tui_keys g
codes_are PLANNED UNSCHED PRIMARY
# Back to plan order.
tui_keys s
tui_wait 'programmes in plan order'
tui_keys g
codes_are PLANNED UNSCHED PRIMARY
tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
finish
