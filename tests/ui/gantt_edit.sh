#!/bin/sh
# Editing the plan on the Gantt grid: e on a project's row shows a quarter cursor (h l move
# it); S D P I R set the phase at it, x clears it, < > move the phase under it, + - stretch
# and shrink it, u undoes the last change (and the one before), Ctrl-R redoes it.  Each change is saved at once with one audit row,
# the baseline stays as imported (so report exceptions lists the slip), and a change that
# would make two phases of the project overlap is refused with the reason and saves nothing.
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/ui/ui-lib.sh"
need sqlite3
ui_make_db
expect_phases() { expect_same "Gynaecology's phases $2" "$(phases_of Gynaecology)" "$1"; }
expect_audit() {
	expect_same "the last phase audit row" \
		"$(sqlite3 "$DB" "SELECT entity_key || '|' || action || '|' || detail FROM audit WHERE entity = 'phase' ORDER BY id DESC LIMIT 1")" "$1"
}
baseline=$(sqlite3 "$DB" "SELECT * FROM phase_baseline ORDER BY project_id, start_q")
expect_baseline() {
	expect_same "the baseline $1" "$(sqlite3 "$DB" "SELECT * FROM phase_baseline ORDER BY project_id, start_q")" "$baseline"
}
# expect_slip WANT: Gynaecology's line of report exceptions' slip section ('' when none).
expect_slip() {
	run 0 "$PMWB" -f "$DB" report exceptions
	expect_same "report exceptions on Gynaecology $2" "$(printf '%s\n' "$out" | sed -n '/slipping against/,/^$/p' | grep 'Gynaecology' | tr -s ' ')" "$1"
}
expect_phases 'R8052-8055 ' 'as imported'
expect_slip '' 'as imported'

ui_open 80 24
tui_keys 2
tui_wait '  Gynaecology                425  R  R  R  R'
tui_keys j e
tui_wait 'Editing 2013/14 Q3 S Scope'
tui_wait '? Help q Quit SDPIR Set x Clear < > Move + - Stretch u Undo Esc Done'

# Set: P in the empty quarter after the R.
tui_keys l l
tui_wait 'Editing 2014/15 Q1'
tui_keys P
tui_wait 'Gynaecology: Procure (2014/15 Q1) now; u undoes it'
tui_wait '  Gynaecology                425  R  R  R  R  P'
expect_phases 'R8052-8055 P8056-8056 ' 'after P'
expect_audit 'PLANNED Gynaecology|set|(none) -> P 2014/15 Q1-2014/15 Q1'
expect_baseline 'after P'
expect_slip 'PLANNED Gynaecology Review Review 2013/14 Q4 2014/15 Q1' 'after P'

# Overlap: the R can neither stretch nor move into the P; nothing is saved.
n=$(phase_audits)
tui_keys h +
tui_wait 'Review (2013/14 Q1-Q4) stretched would overlap its Procure (2014/15 Q1)'
tui_keys '>'
tui_wait 'Review (2013/14 Q1-Q4) moved later would overlap its Procure (2014/15 Q1)'

expect_phases 'R8052-8055 P8056-8056 ' 'after the refused overlaps'
expect_same 'phase audit rows after the refused overlaps' "$(phase_audits)" "$n"

# Clear: the P goes; the plan is the baseline again.
tui_keys l x
tui_wait 'Gynaecology: 2014/15 Q1 cleared; u undoes it'
tui_wait_gone '  Gynaecology                425  R  R  R  R  P'
expect_phases 'R8052-8055 ' 'after x'
expect_audit 'PLANNED Gynaecology|clear|P 2014/15 Q1-2014/15 Q1 -> (none)'
expect_slip '' 'after x'

# Move: the R a quarter later; the cursor goes with it.
tui_keys h '>'
tui_wait 'Gynaecology: Review (2013/14 Q2-2014/15 Q1) now; u undoes it'
tui_wait '  Gynaecology                425     R  R  R  R'
tui_wait 'Editing 2014/15 Q1'
expect_phases 'R8053-8056 ' 'after >'
expect_audit 'PLANNED Gynaecology|move|R 2013/14 Q1-2013/14 Q4 -> R 2013/14 Q2-2014/15 Q1'
expect_baseline 'after >'
expect_slip 'PLANNED Gynaecology Review Review 2013/14 Q4 2014/15 Q1' 'after >'

# Stretch, then shrink below one quarter is refused.
tui_keys +
tui_wait 'Gynaecology: Review (2013/14 Q2-2014/15 Q2) now; u undoes it'
tui_wait '  Gynaecology                425     R  R  R  R  R'
expect_phases 'R8053-8057 ' 'after +'
expect_audit 'PLANNED Gynaecology|stretch|R 2013/14 Q2-2014/15 Q1 -> R 2013/14 Q2-2014/15 Q2'
expect_slip 'PLANNED Gynaecology Review Review 2013/14 Q4 2014/15 Q2' 'after +'
tui_keys -
tui_wait 'Gynaecology: Review (2013/14 Q2-2014/15 Q1) now; u undoes it'
expect_phases 'R8053-8056 ' 'after -'
expect_audit 'PLANNED Gynaecology|shrink|R 2013/14 Q2-2014/15 Q2 -> R 2013/14 Q2-2014/15 Q1'

# Undo: the shrink, then the stretch before it (the session's journal: tests/ui/undo.sh);
# Ctrl-R redoes the stretch.
tui_keys u
tui_wait 'undone: Review (2013/14 Q2-2014/15 Q2) on Gynaecology; Ctrl-R redoes it'
tui_wait '  Gynaecology                425     R  R  R  R  R'
expect_phases 'R8053-8057 ' 'after u'
expect_audit 'PLANNED Gynaecology|undo|Review (2013/14 Q2-2014/15 Q2) on Gynaecology; R 2013/14 Q2-2014/15 Q1 -> R 2013/14 Q2-2014/15 Q2'
tui_keys u
tui_wait 'undone: Review (2013/14 Q2-2014/15 Q1) on Gynaecology; Ctrl-R redoes it'
tui_wait_gone '  Gynaecology                425     R  R  R  R  R'
expect_phases 'R8053-8056 ' 'after u u'
tui_keys C-r
tui_wait 'redone: Review (2013/14 Q2-2014/15 Q2) on Gynaecology; u undoes it'
expect_phases 'R8053-8057 ' 'after Ctrl-R'
expect_audit 'PLANNED Gynaecology|redo|Review (2013/14 Q2-2014/15 Q2) on Gynaecology; R 2013/14 Q2-2014/15 Q1 -> R 2013/14 Q2-2014/15 Q2'
expect_baseline 'at the end'

# Esc stops editing: R reloads again and the key bar is the Gantt's.
tui_keys Escape
tui_wait 'plan editing stopped: every change is saved'
tui_wait_gone 'Editing 2014/15'
tui_keys R
tui_wait 'reloaded from'
expect_phases 'R8053-8057 ' 'after R outside editing'
tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
expect_same 'stderr' "$(cat "$T/tui-stderr")" ''
finish
