#!/bin/sh
# A project's milestones on the Gantt (issue 13): m lists them; a adds one with a due date
# written any way the importer reads one (a day, a month, a quarter), checked as it is
# typed; x marks it done and not done; e renames it or moves its due date; D deletes it.
# Each change is one transaction with an audit row; a colleague's change meanwhile is
# refused.  Overdue milestones (not done, due before today) are marked on the grid, in
# ASCII too, and counted in its legend by the same function as report exceptions.
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/ui/ui-lib.sh"
need sqlite3
last_audit="SELECT entity_key, action, detail FROM audit WHERE entity = 'milestone' ORDER BY id DESC LIMIT 1"
ms_audits() { sql "SELECT count(*) FROM audit WHERE entity = 'milestone'"; }
ms_row="SELECT name, due_text, due_first, due_last, done, source FROM milestone WHERE project_id = (SELECT id FROM project WHERE name = 'Gynaecology')"
ui_make_db
# Today is 2013-10-15 (the harness): overdue is due before October 2013 and not done.
overdue=$(sql "SELECT count(*) FROM milestone WHERE done = 0 AND due_last < 2013 * 12 + 9")
checks=$((checks + 1))
[ "$overdue" -gt 0 ] || fail "the demo data should have overdue milestones"
expect_sql "$ms_row" ''

# The demo grid in ASCII: an overdue milestone is a ! (Patient Transport Service's SLA ran
# out in September 2013); the legend, wider, counts them all.
ui_open 80 24 LANG=C LC_ALL=C
tui_keys 2
tui_wait '  Patient Transport Serv~    300  D  P! |     R'
tui_stop

ui_open 100 30
tui_keys 2
tui_wait "‼ $overdue overdue"
tui_wait '  Patient Transport Service        300                          D  P‼ │     R'
run 0 "$PMWB" -f "$DB" report exceptions --month 2013-10
expect_out_contains "Milestones overdue at 2013-10: $overdue (not done, due before it)"
expect_same 'overdue rows in the report' \
	"$(printf '%s\n' "$out" | sed -n '/^Milestones overdue/,/^$/p' | grep -c 'month')" "$overdue"
expect_same "the report's Patient Transport row" \
	"$(printf '%s\n' "$out" | grep 'Current PTS SLA' | tr -s ' ')" \
	'PLANNED Patient Transport Se~ Current PTS SLA expir~ Sept 2013 1 month'

# One organisation's: the heading's count and the rows agree, and are that organisation's.
run 0 "$PMWB" -f "$DB" report exceptions --month 2013-10 --organisation 'b&nes ccg'
bnes=$(sql "SELECT count(*) FROM milestone m JOIN programme g ON g.id = m.programme_id WHERE g.organisation = 'B&NES CCG' AND done = 0 AND due_last < 2013 * 12 + 9")
expect_out_contains "Milestones overdue at 2013-10: $bnes (not done, due before it)"
expect_same "B&NES's overdue rows" \
	"$(printf '%s\n' "$out" | sed -n '/^Milestones overdue/,/^$/p' | grep -c '^BN-.* months*$')" "$bnes"

# m on a programme's row says why not; on Gynaecology it lists no milestones yet.
tui_keys m
tui_wait "move to a project's row to see its milestones"
tui_keys /; tui_type 'Gynaecology'; tui_keys Enter
tui_keys m
tui_wait 'Milestones of Gynaecology (PLANNED)'
tui_wait 'No milestones yet: a adds one'
tui_keys x
tui_wait 'the project has no milestones yet: a adds one'

# a: a due date that is none is refused as it is typed, and F2 saves nothing.
tui_keys a
tui_wait 'New milestone'
tui_type 'Clinic opens'
tui_keys Tab; tui_type '31/02/2014'
tui_wait 'Due: '
tui_keys F2
tui_wait 'not saved: Due: '
expect_same 'audit rows after the refused date' "$(ms_audits)" 0
tui_keys C-u; tui_type 'Sept 2013'
tui_wait 'Sep 2013'
tui_keys F2
tui_wait 'added milestone Clinic opens, due Sept 2013'
tui_wait 'Sept 2013          Clinic opens'
tui_wait 'OVERDUE'
expect_sql "$ms_row" 'Clinic opens|Sept 2013|24164|24164|0|workbench'
expect_sql "$last_audit" "PLANNED/Gynaecology/Clinic opens|add|name: 'Clinic opens'; due_text: 'Sept 2013'"
# Back on the grid it is marked overdue in September's quarter, and counted.
tui_keys Escape
tui_wait "‼ $((overdue + 1)) overdue"
tui_wait '  Gynaecology                      425                          R  R‼ R  R'

# x marks it done (no longer overdue) and x again not done.
tui_keys m
tui_wait 'Milestones of Gynaecology (PLANNED)'
tui_keys x
tui_wait 'milestone Clinic opens is done; x again undoes it'
expect_sql "SELECT done FROM milestone WHERE name = 'Clinic opens'" 1
expect_sql "$last_audit" 'PLANNED/Gynaecology/Clinic opens|done|Sept 2013'
tui_wait_gone 'OVERDUE'
tui_keys Escape
tui_wait "‼ $overdue overdue"
tui_wait '  Gynaecology                      425                          R  R◆ R  R'
tui_keys m
tui_wait 'Milestones of Gynaecology (PLANNED)'
tui_keys x
tui_wait 'milestone Clinic opens is not done; x again marks it done'
expect_sql "SELECT done FROM milestone WHERE name = 'Clinic opens'" 0
expect_sql "$last_audit" 'PLANNED/Gynaecology/Clinic opens|undone|Sept 2013'
tui_wait 'OVERDUE'

# e: a quarter as the due date; the months it covers are stored.
tui_keys e
tui_wait 'Edit milestone Clinic opens'
tui_keys Tab C-u; tui_type 'Q2 2014/15'
tui_wait '2014/15 Q2'
tui_keys F2
tui_wait 'saved milestone Clinic opens, due Q2 2014/15'
tui_wait_gone 'OVERDUE'
expect_sql "$ms_row" 'Clinic opens|Q2 2014/15|24174|24176|0|workbench'
expect_sql "$last_audit" "PLANNED/Gynaecology/Clinic opens|edit|due_text: 'Sept 2013' -> 'Q2 2014/15'"

# A colleague marks it done from another process while the form is open: refused, naming
# the field, nothing written.
tui_keys e
tui_wait 'Edit milestone Clinic opens'
tui_type ' (phase 1)'
sql "UPDATE milestone SET done = 1 WHERE name = 'Clinic opens'"
tui_keys F2
tui_wait "milestone 'Clinic opens' was changed by someone else meanwhile (done)"
expect_sql "$ms_row" 'Clinic opens|Q2 2014/15|24174|24176|1|workbench'
expect_same 'audit rows after the stale edit' "$(ms_audits)" 4
tui_keys Escape
tui_wait 'cancelled: nothing was saved'

# D asks, then deletes.
tui_keys R
tui_keys D
tui_wait 'Delete milestone Clinic opens (due Q2 2014/15)?'
tui_keys n
tui_wait 'not deleted: milestone Clinic opens is as it was'
tui_keys D
tui_wait 'Delete milestone Clinic opens'
tui_keys y
tui_wait 'deleted milestone Clinic opens'
tui_wait 'No milestones yet'
expect_sql "$ms_row" ''
expect_sql "$last_audit" "PLANNED/Gynaecology/Clinic opens|delete|name: 'Clinic opens'; due_text: 'Q2 2014/15'; done"
finish
