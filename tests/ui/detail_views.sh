#!/bin/sh
# Issue 13, "Enter on any record": the detail views pushed by Enter are read-only, and a key
# they have no use for changes nothing (a digit no longer switches panes from under them);
# e edits from the programme's view, which shows the saved change; its summary is shown in
# full, wrapped, not cut after two rows.
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/ui/ui-lib.sh"
ui_make_db
long='The programme brings planned care closer to home: community clinics for dermatology, gynaecology and musculoskeletal services, advice and guidance for GPs, and referral management. It ends with a review of every pathway changed, reported to the governing body.'
sql "UPDATE programme SET summary = '$long' WHERE code = 'PLANNED'"

ui_open 80 24
tui_wait 'PLANNED    Planned Care'
tui_keys Enter
tui_wait 'Projects (Enter opens in the Gantt)'
# The summary in full: its last words are on screen.
tui_wait 'reported to the governing body.'
tui_expect_inert 'programme view' x z w 7 3 1 0 Q
tui_keys e
tui_wait 'Edit programme PLANNED'
tui_keys C-u
tui_type 'Planned Care Renamed'
tui_keys F2
tui_wait 'Projects (Enter opens in the Gantt)'
tui_wait 'PLANNED  Planned Care Renamed'
expect_same 'name' "$(sql "SELECT name FROM programme WHERE code = 'PLANNED'")" 'Planned Care Renamed'

# The QIPP scheme view.
tui_keys Escape 4
tui_wait 'Programme / scheme'
tui_keys j Enter
tui_wait 'No project is linked to this scheme'
tui_expect_inert 'scheme view' x z w 7 3 1 0 Q

tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
finish
