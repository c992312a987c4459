#!/bin/sh
# The workbench follows the file: another process's import, `pmwb config set` and a change
# made with sqlite3 appear in an open workbench within a few seconds, without a key pressed,
# and the cursor stays on the record it was on although rows moved under it.
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/ui/ui-lib.sh"
command -v sqlite3 >/dev/null || exit 77
ui_make_db

ui_open 80 24
tui_wait 'PLANNED    Planned Care'
# By code, the cursor on Unscheduled Care.
tui_keys s
tui_wait 'programmes in code'
tui_keys g / ; tui_type 'Unsched'; tui_keys Enter
tui_wait_gone '/Unsched'

# An import in another process adds a programme above it.
printf 'code,name\nAAA,Alpha Added\n' >"$T/one.csv"
run 0 "$PMWB" -f "$DB" import -q programmes "$T/one.csv"
tui_wait 'was changed by another program'
tui_wait '32 programmes, 175 projects'
tui_keys Enter
tui_wait 'UNSCHED  Unscheduled Care'
tui_wait 'Programme manager'
tui_keys Escape
tui_wait_gone 'Programme manager'

# A setting changed with pmwb config: a year from January puts October in its fourth quarter.
tui_wait 'test.db  2013/14 Q3'
run 0 "$PMWB" -f "$DB" config set fy_start_month 1
tui_wait 'test.db  2013/14 Q4'

# A change made with sqlite3 (no pmwb at all): a renamed programme, the cursor still on it.
sqlite3 "$DB" "UPDATE programme SET name = 'Urgent Matters' WHERE code = 'UNSCHED'"
tui_wait 'UNSCHED    Urgent Matters'
tui_keys Enter
tui_wait 'UNSCHED  Urgent Matters'
tui_keys Escape

tui_keys g
tui_wait 'AAA        Alpha Added'
tui_keys / ; tui_type 'Urgent Matters'; tui_keys Enter
tui_wait_gone '/Urgent Matters'

# Rows removed above it: the cursor stays on its record.
sqlite3 "$DB" "DELETE FROM programme WHERE code = 'AAA'"
tui_wait_gone 'Alpha Added'
tui_keys Enter
tui_wait 'UNSCHED  Urgent Matters'
tui_keys Escape q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
finish
