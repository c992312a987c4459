#!/bin/sh
# Resizing redraws at once: wide -> 80x24 -> 40x10 (too small: it says so) -> back, on
# both panes, with the same screens as a fresh start at that size.
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/ui/ui-lib.sh"
ui_make_db

ui_open 200 50
tui_wait 'SRO / lead'
ui_resize 80 24
tui_wait_gone 'SRO / lead'
tui_expect_screen programmes-80x24
ui_resize 40 10
tui_wait 'Terminal too small (40x10)'
tui_expect_screen too-small-40x10
# Keys other than q wait for a usable size.
tui_keys 2
ui_resize 80 24
tui_wait 'PLANNED    Planned Care'
tui_expect_screen programmes-80x24
tui_keys 2
tui_wait 'Programme / project'
tui_expect_screen gantt-80x24
ui_resize 200 50
tui_wait 'Space folds or unfolds'
ui_resize 80 24
tui_wait_gone 'Space folds or unfolds'
tui_expect_screen gantt-80x24
# q quits even when the terminal is too small.
ui_resize 40 10
tui_wait 'Terminal too small'
tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
finish
