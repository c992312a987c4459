#!/bin/sh
# / in the QIPP pane: programme codes and names, scheme names and owners, as you type,
# inside folded programmes too (the match's programme unfolds); n and N go on and wrap
# round; Esc goes back to where the search began; no match says so.
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/qipp/qipp-lib.sh"
qipp_make_db
sqlite3 "$DB" "UPDATE qipp_scheme SET owner = 'Dr Okafor' WHERE name = 'Rapid Response'" ||
	fail 'setting an owner'

qipp_open 80 24
tui_keys O
tui_wait 'every programme folded'
tui_keys /
tui_type 'derm'
tui_wait '▾ PLANNED Planned…'
tui_keys Enter
tui_keys Enter
tui_wait 'Dermatology  (PLANNED Planned Care)'
tui_keys Escape
tui_wait 'Programme / scheme'
# An owner finds the scheme; n goes to the next match of the same text.
tui_keys / ; tui_type 'okafor'; tui_keys Enter
tui_wait '▾ UNSCHED Unsched…'
tui_keys Enter
tui_wait 'Rapid Response  (UNSCHED Unscheduled Care)'
tui_keys Escape
# A programme code: BN- is eight programmes; n, N and the wrap.
tui_keys / ; tui_type 'bn-lt'; tui_keys Enter
tui_keys Enter
tui_wait '▾ BN-LTC Long Ter…'
tui_keys / ; tui_type 'urgent care centre'; tui_keys Enter
tui_keys Enter
tui_wait 'Urgent Care Centre at Beckenham Beacon  (UNSCHED Unscheduled Care)'
tui_keys Escape n Enter
tui_wait 'Urgent Care Centre at PRUH  (UNSCHED Unscheduled Care)'
tui_keys Escape n
tui_wait 'search wrapped round'
tui_keys Enter
tui_wait 'Urgent Care Centre at Beckenham Beacon  (UNSCHED Unscheduled Care)'
tui_keys Escape N Enter
tui_wait 'Urgent Care Centre at PRUH  (UNSCHED Unscheduled Care)'
tui_keys Escape
# Nothing matches: said, and the selection stays; Esc while typing goes back.
tui_keys / ; tui_type 'no such scheme'; tui_keys Enter
tui_wait 'no programme or scheme in this year matches "no such scheme"'
tui_keys Enter
tui_wait 'Urgent Care Centre at PRUH  (UNSCHED Unscheduled Care)'
tui_keys Escape / ; tui_type 'SLHT'
tui_wait '  SLHT acute effi…'
tui_keys Escape
tui_keys Enter
tui_wait 'Urgent Care Centre at PRUH  (UNSCHED Unscheduled Care)'
tui_keys Escape q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
finish
