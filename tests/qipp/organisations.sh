#!/bin/sh
# A file with two organisations' plans (the demo: Bromley CCG and B&NES CCG) totals each one
# on its own, since one CCG's savings do not make another's: B&NES's 2013/14 QIPP is the
# 6,460 its plan prints (../shared/seed-data/004/totals.md), Bromley's six programmes 10,734.
# `report qipp` heads each organisation's programmes and totals them, then all of them;
# `report exceptions` gives each organisation's totals; the QIPP pane's last line is the
# total of the organisation the selected row belongs to, named, and follows the selection,
# and so do the title's Red/Amber/Green counts.
# A file with one organisation reads as before (tests/qipp/totals.sh, tests/io).
PMWB_TODAY=2013-10-15
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/qipp/qipp-lib.sh"
qipp_make_db

run 0 "$PMWB" -f "$DB" report qipp --fy 2013/14 --format csv
printf '%s\n' "$out" | awk -F, '$1 == "Total" { print $2 "|" $5 }' >"$T/totals"
expect_same 'report qipp: organisation totals (CSV)' "$(cat "$T/totals")" 'B&NES CCG|6460
Bromley Clinical Commissioning Group|10734
All organisations|17194'

run 0 "$PMWB" -f "$DB" report qipp --fy 2013/14
expect_out_contains 'Organisation: B&NES CCG'
expect_out_contains 'Organisation: Bromley Clinical Commissioning Group'
# each organisation's total under its own programmes, in order
printf '%s\n' "$out" | awk '/^Organisation: / { org = $2 } /^Organisation total/ { print org, $3 } /^All organisations/ { print "all", $3 }' >"$T/text"
expect_same 'report qipp: organisation totals (text)' "$(cat "$T/text")" 'B&NES 6,460
Bromley 10,734
all 17,194'

run 0 "$PMWB" -f "$DB" report exceptions --month 2013-10
printf '%s\n' "$out" | awk '/^Organisation totals: |^All organisations$/ { head = $0 } /^Net plan for the year/ { print head "|" $NF }' >"$T/exc"
expect_same 'report exceptions: organisation totals' "$(cat "$T/exc")" 'Organisation totals: B&NES CCG|6,460
Organisation totals: Bromley Clinical Commissioning Group|10,734
All organisations|17,194'

# The pane: programmes come in id order, Bromley's first; G goes to the last row, a B&NES one.
# The title's Red/Amber/Green counts are that organisation's too, and say whose.
qipp_open 80 24
tui_wait 'Total Bromley CCG         10,734'
tui_wait "n/r 34: Bromley CCG"
tui_keys G
tui_wait 'Total B&NES CCG            6,460'
tui_wait "Red 0 Amber 0 Green 0 n/r 8: B&NES CCG"
tui_keys g
tui_wait 'Total Bromley CCG         10,734'
tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
finish
