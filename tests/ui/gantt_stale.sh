#!/bin/sh
# Phase edits on the Gantt grid never overwrite a colleague's: a change made from another
# process (sqlite3 here) while the cursor is on the phase refuses the edit, and an undo of a
# change the colleague has changed since, each with a message and nothing written; the grid
# then shows the colleague's plan and the edit made again is saved.
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/ui/ui-lib.sh"
need sqlite3
ui_make_db
gyn="(SELECT id FROM project WHERE name = 'Gynaecology')"
stale='not saved: someone else changed the phases of PLANNED Gynaecology meanwhile'

ui_open 80 24
tui_keys 2
tui_wait '  Gynaecology                425  R  R  R  R'
tui_keys j e
tui_wait 'Editing 2013/14 Q3'
# A colleague stretches the R to 2014/15 Q1 while the cursor is on it.
sqlite3 "$DB" "UPDATE phase SET end_q = 8056 WHERE project_id = $gyn"
tui_keys '>'
tui_wait "$stale"
expect_same 'phases after the stale move' "$(phases_of Gynaecology)" 'R8052-8056 '
expect_same 'phase audit rows after the stale move' "$(phase_audits)" 0
# The grid re-read the plan: the colleague's quarter is on screen, and the move now works.
tui_wait '  Gynaecology                425  R  R  R  R  R'
tui_keys '>'
tui_wait 'Gynaecology: Review (2013/14 Q2-2014/15 Q2) now; u undoes it'
expect_same 'phases after the move' "$(phases_of Gynaecology)" 'R8053-8057 '
expect_same 'phase audit rows after the move' "$(phase_audits)" 1
expect_same 'baseline' "$(sqlite3 "$DB" "SELECT letter || start_q || '-' || end_q FROM phase_baseline WHERE project_id = $gyn")" 'R8052-8055'
run 0 "$PMWB" -f "$DB" report exceptions
expect_same 'the slip' "$(printf '%s\n' "$out" | sed -n '/slipping against/,/^$/p' | grep 'Gynaecology' | tr -s ' ')" 'PLANNED Gynaecology Review Review 2013/14 Q4 2014/15 Q2'

# The colleague changes it again: the undo is refused and their plan stays.
sqlite3 "$DB" "UPDATE phase SET letter = 'I' WHERE project_id = $gyn"
tui_keys u
tui_wait 'cannot undo Review (2013/14 Q1-2014/15 Q1) on Gynaecology: someone else has'
expect_same 'phases after the stale undo' "$(phases_of Gynaecology)" 'I8053-8057 '
expect_same 'phase audit rows after the stale undo' "$(phase_audits)" 1
tui_wait '  Gynaecology                425     I  I  I  I  I'
tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
finish
