#!/bin/sh
# ? opens the help pane generated from the one key table; it scrolls, and Esc or ? closes it.
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/ui/ui-lib.sh"
ui_make_db

ui_open 80 24
tui_keys '?'
tui_wait 'Keys (from pmwb'
tui_expect_screen help-80x24
# The rest of the table is a page down; the form keys are at the end.
tui_keys G
tui_wait 'clear the field'
tui_keys '?'
tui_wait_gone 'Keys (from pmwb'
tui_wait 'PLANNED    Planned Care'
# From the Gantt too, and Esc closes it.
tui_keys 2 F1
tui_wait 'Keys (from pmwb'
ui_resize 100 60
tui_wait 'fold or unfold every programme'
tui_expect_screen help-100x60
tui_keys Escape
tui_wait 'Programme / project'
tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
finish
