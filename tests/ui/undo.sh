#!/bin/sh
# The session's undo journal (issue 13): u undoes many steps across every pane's edits and
# Ctrl-R redoes them, each one transaction with an audit row saying "undo" or "redo" and
# what; the message line says what, and the record's pane shows it selected.  A new edit
# clears what was left to redo; a QIPP month is undone like the rest; an undo of a record
# someone else changed since is refused, the record untouched and the step kept; "nothing
# to undo" only while the journal is empty.
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/ui/ui-lib.sh"
need sqlite3
ui_make_db
gyn="(SELECT id FROM project WHERE name = 'Gynaecology')"
scheme="(SELECT s.id FROM qipp_scheme s JOIN programme p ON p.id = s.programme_id
	WHERE p.code = 'PLANNED' AND s.name = 'Gynaecology')"
fr1_l() { sql "SELECT likelihood FROM risk WHERE ref = 'FR1'"; }
planned() { sql "SELECT name FROM programme WHERE code = 'PLANNED'"; }
replays() { sql "SELECT entity || '|' || action FROM audit WHERE action IN ('undo', 'redo') ORDER BY id" | tr '\n' ' '; }

ui_open 160 40
# Nothing has been changed yet: the only time u says there is nothing to undo.
tui_keys u
tui_wait 'nothing to undo: no change has been made in this session'

# Three edits in three panes: a risk's likelihood, a phase moved, a programme renamed.
tui_keys 3
tui_wait 'FR1        corporate'
tui_keys e
tui_wait 'Edit risk FR1 (corporate)'
tui_keys C-u; tui_type 3; tui_keys F2
tui_wait 'saved risk FR1: score 16 -> 12; u undoes it'
expect_same 'FR1 after the edit' "$(fr1_l)" 3
tui_keys 2
tui_wait '  Gynaecology'
tui_keys j e
tui_wait 'Editing 2013/14 Q3'
tui_keys '>'
tui_wait 'Gynaecology: Review (2013/14 Q2-2014/15 Q1) now; u undoes it'
tui_keys Escape
expect_same 'phases after the move' "$(phases_of Gynaecology)" 'R8053-8056 '
tui_keys 1
tui_wait 'Planned Care'
tui_keys e
tui_wait 'Edit programme PLANNED'
tui_keys C-u; tui_type 'Planned Care Two'; tui_keys F2
tui_wait 'saved programme PLANNED (Planned Care Two); u undoes it'
expect_same 'programme after the edit' "$(planned)" 'Planned Care Two'
expect_same 'no undo yet' "$(replays)" ''

# Three undos, newest first, each from wherever the cursor is, each going to its record.
tui_keys G u
tui_wait "undone: name 'Planned Care Two' -> 'Planned Care' on programme PLANNED; Ctrl-R redoes it"
expect_same 'programme after undo 1' "$(planned)" 'Planned Care'
expect_same 'phases after undo 1' "$(phases_of Gynaecology)" 'R8053-8056 '
expect_same 'FR1 after undo 1' "$(fr1_l)" 3
expect_same 'audit after undo 1' "$(replays)" 'programme|undo '
expect_sql "SELECT who, entity_key, detail FROM audit WHERE action = 'undo'" \
	"tester|PLANNED|name 'Planned Care Two' -> 'Planned Care' on programme PLANNED; name: 'Planned Care Two' -> 'Planned Care'"
tui_keys u
tui_wait 'undone: Review (2013/14 Q1-Q4) on Gynaecology; Ctrl-R redoes it'
tui_wait 'S Scope D Design'
expect_same 'phases after undo 2' "$(phases_of Gynaecology)" 'R8052-8055 '
expect_same 'FR1 after undo 2' "$(fr1_l)" 3
expect_same 'audit after undo 2' "$(replays)" 'programme|undo phase|undo '
# The risk's pane comes up with FR1 selected, though its cursor was at the bottom: e edits it.
tui_keys 3 G 2 u
tui_wait 'undone: likelihood 3 -> 4 on FR1; Ctrl-R redoes it'
expect_same 'FR1 after undo 3' "$(fr1_l)" 4
expect_same 'programme after undo 3' "$(planned)" 'Planned Care'
expect_same 'audit after undo 3' "$(replays)" 'programme|undo phase|undo risk|undo '
expect_sql "SELECT entity_key, detail FROM audit WHERE action = 'undo' AND entity = 'risk'" \
	"corporate FR1|likelihood 3 -> 4 on FR1; likelihood: 3 -> 4; likelihood_word: (empty) -> 'High'"
tui_keys e
tui_wait 'Edit risk FR1 (corporate)'
tui_keys Escape
tui_wait_gone 'Edit risk FR1'
# All undone: u says so, and not "nothing to undo".
tui_keys u
tui_wait 'all 3 changes of this session are undone; Ctrl-R redoes them'

# Two redos, oldest undo first.
tui_keys C-r
tui_wait 'redone: likelihood 4 -> 3 on FR1; u undoes it'
expect_same 'FR1 after redo 1' "$(fr1_l)" 3
tui_keys C-r
tui_wait 'redone: Review (2013/14 Q2-2014/15 Q1) on Gynaecology; u undoes it'
expect_same 'phases after redo 2' "$(phases_of Gynaecology)" 'R8053-8056 '
expect_same 'programme after redo 2' "$(planned)" 'Planned Care'
expect_same 'audit after redo 2' "$(replays)" 'programme|undo phase|undo risk|undo risk|redo phase|redo '

# A new edit (a QIPP month) clears the programme's redo.
tui_keys 4
tui_wait 'Programme / scheme'
tui_keys j e
tui_wait 'Gynaecology 2013-10: F2 saves'
tui_type '£500'
tui_keys F2
tui_wait "saved Gynaecology 2013-10: forecast 500, actual none"
expect_sql "SELECT forecast, ifnull(actual, '-') FROM qipp_month WHERE scheme_id = $scheme" '500000|-'
tui_keys C-r
tui_wait 'nothing to redo'
expect_same 'programme after the cleared redo' "$(planned)" 'Planned Care'
# The month undone: it held nothing before, so it holds nothing again.
tui_keys u
tui_wait 'undone: forecast 500k -> none on Gynaecology 2013-10; Ctrl-R redoes it'
expect_sql "SELECT count(*) FROM qipp_month WHERE scheme_id = $scheme" 0
expect_sql "SELECT entity_key, detail FROM audit WHERE entity = 'qipp_month' AND action = 'undo'" \
	'PLANNED Gynaecology 2013-10|forecast 500k -> none on Gynaecology 2013-10; forecast: 500,000 -> (empty)'

# A colleague changes the phases: the undo of the move is refused, their plan stays, and
# the step is kept (u tries it again, refused again while their change stands).
sql "UPDATE phase SET letter = 'I' WHERE project_id = $gyn"
audits=$(sql 'SELECT count(*) FROM audit')
tui_keys u
tui_wait 'cannot undo Review (2013/14 Q1-Q4) on Gynaecology: someone else has changed it since'
expect_same 'phases after the refused undo' "$(phases_of Gynaecology)" 'I8053-8056 '
expect_sql 'SELECT count(*) FROM audit' "$audits"
tui_keys u
tui_wait 'cannot undo Review (2013/14 Q1-Q4) on Gynaecology'
expect_same 'phases after the second refusal' "$(phases_of Gynaecology)" 'I8053-8056 '
# Once it is as the move left it, the kept step undoes it.
sql "UPDATE phase SET letter = 'R' WHERE project_id = $gyn"
tui_keys u
tui_wait 'undone: Review (2013/14 Q1-Q4) on Gynaecology'
expect_same 'phases after the kept undo' "$(phases_of Gynaecology)" 'R8052-8055 '

# A risk another process changed meanwhile is refused the same way.
sql "UPDATE risk SET likelihood = 5 WHERE ref = 'FR1'"
tui_keys u
tui_wait 'cannot undo likelihood 3 -> 4 on FR1: someone else has changed it since'
expect_same 'FR1 after the refused undo' "$(fr1_l)" 5
tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
expect_same 'stderr (the journal freed at exit)' "$(cat "$T/tui-stderr")" ''

# A new session starts with an empty journal.  A risk added and then edited, both undone
# and both redone: added again it has a new id, and the edit's redo and undo follow it.
r99() { sql "SELECT count(*) || '|' || ifnull(max(likelihood), '-') FROM risk WHERE ref = 'R99'"; }
ui_open 160 40
tui_keys 3 u
tui_wait 'nothing to undo: no change has been made in this session'
tui_keys a
tui_wait 'New risk'
tui_type R99; tui_keys Tab Tab; tui_type 'Undo test'; tui_keys Tab Tab
tui_type 2; tui_keys Tab; tui_type 2; tui_keys F2
tui_wait 'added risk R99 (score 4); u undoes it'
tui_keys e
tui_wait 'Edit risk R99 (corporate)'
tui_keys C-u; tui_type 3; tui_keys F2
tui_wait 'saved risk R99: score 4 -> 6; u undoes it'
expect_same 'R99 edited' "$(r99)" '1|3'
tui_keys u
tui_wait 'undone: likelihood 3 -> 2 on R99; Ctrl-R redoes it'
tui_keys u
tui_wait 'undone: risk R99 removed; Ctrl-R redoes it'
expect_same 'R99 undone twice' "$(r99)" '0|-'
tui_keys C-r
tui_wait 'redone: risk R99 added; u undoes it'
expect_same 'R99 added again' "$(r99)" '1|2'
tui_keys C-r
tui_wait 'redone: likelihood 2 -> 3 on R99; u undoes it'
expect_same 'R99 edited again' "$(r99)" '1|3'
tui_keys u
tui_wait 'undone: likelihood 3 -> 2 on R99; Ctrl-R redoes it'
expect_same 'R99 edit undone again' "$(r99)" '1|2'
expect_same 'R99 history' "$(sql "SELECT group_concat(likelihood || note, ' ') FROM risk_history WHERE risk_id = (SELECT id FROM risk WHERE ref = 'R99')")" '2redo'
expect_same 'R99 audit' "$(sql "SELECT group_concat(action, ' ') FROM audit WHERE entity_key = 'corporate R99'")" 'add edit undo undo redo redo undo'

# A shared setting changed in the settings view (C) is a step too, and so is its refusal
# when a colleague set it meanwhile (pmwb config set).
green() { "$PMWB" -f "$DB" config get rag_green_pct; }
tui_keys C
tui_wait 'Shared settings'
tui_keys j Enter C-u; tui_type 90; tui_keys Enter
tui_wait 'rag_green_pct is now 90% (was 95%)'
tui_keys C
tui_wait_gone 'Shared settings'
tui_keys u
tui_wait 'undone: setting rag_green_pct 90 -> 95; Ctrl-R redoes it'
expect_same 'the setting undone' "$(green)" rag_green_pct=95
expect_sql "SELECT value FROM setting WHERE name = 'rag_green_pct'" 95
expect_sql "SELECT action, detail FROM audit WHERE entity = 'setting' ORDER BY id DESC LIMIT 1" \
	'undo|setting rag_green_pct 90 -> 95; 90 -> 95'
tui_keys C-r
tui_wait 'redone: setting rag_green_pct 95 -> 90; u undoes it'
expect_same 'the setting redone' "$(green)" rag_green_pct=90
run 0 "$PMWB" -f "$DB" config set rag_green_pct 80
tui_keys u
tui_wait 'cannot undo setting rag_green_pct 90 -> 95: someone else has changed it since'
expect_same 'the colleague setting stays' "$(green)" rag_green_pct=80

# A project added on the Gantt (a) is a step: undone it goes, redone it comes back.
falls() { sql "SELECT count(*) FROM project WHERE name = 'Falls Prevention'"; }
tui_keys 2
tui_wait 'PLANNED Planned Care'
tui_keys g a
tui_wait 'New project in programme PLANNED'
tui_type 'Falls Prevention'
tui_keys F2
tui_wait 'added project Falls Prevention in PLANNED; u undoes it'
expect_same 'the project added' "$(falls)" 1
tui_keys u
tui_wait 'undone: project Falls Prevention in PLANNED removed; Ctrl-R redoes it'
expect_same 'the project undone' "$(falls)" 0
tui_keys C-r
tui_wait 'redone: project Falls Prevention in PLANNED added; u undoes it'
expect_same 'the project redone' "$(falls)" 1
expect_sql "SELECT group_concat(action, ' ') FROM audit WHERE entity = 'project' AND entity_key LIKE '%Falls Prevention'" 'add undo redo'
tui_keys q
tui_wait_exit
expect_same 'stderr' "$(cat "$T/tui-stderr")" ''

# A project's milestones (m on the Gantt): added, its due date moved, marked done, each a
# step; undone back to none and redone; a colleague's change meanwhile refuses the undo.
clinic() { sql "SELECT ifnull(max(due_text), '-') || '|' || ifnull(max(done), '-') || '|' || count(*) FROM milestone WHERE name = 'Clinic opens'"; }
ui_open 160 40
tui_keys 2
tui_wait 'PLANNED Planned Care'
tui_keys /; tui_type 'Gynaecology'; tui_keys Enter m
tui_wait 'Milestones of Gynaecology (PLANNED)'
tui_keys a
tui_wait 'New milestone'
tui_type 'Clinic opens'; tui_keys Tab; tui_type 'Sept 2013'
tui_wait 'Sep 2013'
tui_keys F2
tui_wait 'added milestone Clinic opens, due Sept 2013; u undoes it'
tui_keys e
tui_wait 'Edit milestone Clinic opens'
tui_keys Tab C-u; tui_type 'Q2 2014/15'
tui_wait '2014/15 Q2'
tui_keys F2
tui_wait 'saved milestone Clinic opens, due Q2 2014/15; u undoes it'
tui_keys x
tui_wait 'milestone Clinic opens is done'
expect_same 'the milestone after three edits' "$(clinic)" 'Q2 2014/15|1|1'
tui_keys Escape
tui_wait_gone 'Milestones of Gynaecology'
tui_keys u
tui_wait 'undone: not done on milestone Clinic opens; Ctrl-R redoes it'
expect_same 'the milestone after undo 1' "$(clinic)" 'Q2 2014/15|0|1'
tui_keys u
tui_wait "undone: due 'Q2 2014/15' -> 'Sept 2013' on milestone Clinic opens; Ctrl-R redoes it"
expect_same 'the milestone after undo 2' "$(clinic)" 'Sept 2013|0|1'
expect_sql "SELECT due_first || '-' || due_last FROM milestone WHERE name = 'Clinic opens'" '24164-24164'
tui_keys u
tui_wait 'undone: milestone Clinic opens removed; Ctrl-R redoes it'
expect_same 'the milestone after undo 3' "$(clinic)" '-|-|0'
tui_keys C-r
tui_wait 'redone: milestone Clinic opens added; u undoes it'
expect_same 'the milestone after redo 1' "$(clinic)" 'Sept 2013|0|1'
tui_keys C-r
tui_wait "redone: due 'Sept 2013' -> 'Q2 2014/15' on milestone Clinic opens; u undoes it"
tui_keys C-r
tui_wait 'redone: done on milestone Clinic opens; u undoes it'
expect_same 'the milestone after redo 3' "$(clinic)" 'Q2 2014/15|1|1'
expect_sql "SELECT group_concat(action, ' ') FROM audit WHERE entity = 'milestone'" \
	'add edit done undo undo undo redo redo redo'
expect_sql "SELECT detail FROM audit WHERE entity = 'milestone' AND action = 'undo' ORDER BY id LIMIT 1" \
	'not done on milestone Clinic opens; Q2 2014/15'
# A colleague marks it not done: the undo of done is refused, their change stays.
sql "UPDATE milestone SET done = 0 WHERE name = 'Clinic opens'"
audits=$(sql 'SELECT count(*) FROM audit')
tui_keys u
tui_wait 'cannot undo not done on milestone Clinic opens: someone else has changed it since'
expect_same 'the milestone after the refused undo' "$(clinic)" 'Q2 2014/15|0|1'
expect_sql 'SELECT count(*) FROM audit' "$audits"
# A milestone deleted cannot be undone (its import source would be lost): the question says so.
tui_keys m
tui_wait 'Milestones of Gynaecology (PLANNED)'
tui_keys D
tui_wait 'y deletes it (u cannot undo that)'
tui_keys n
tui_keys q
tui_wait_exit
expect_same 'stderr after the milestones' "$(cat "$T/tui-stderr")" ''

# The journal keeps the last 100 steps: 102 moves on the grid (later, earlier, ...), then
# 101 undos.  The 100 kept are undone, back to the plan after the first two moves, and the
# last u says they are all undone.  (Keys reach pmwb in the order sent.)
ui_open 80 24
tui_keys 2
tui_wait '  Gynaecology                425  R  R  R  R'
tui_keys j e
tui_wait 'Editing 2013/14 Q3'
n=$(phase_audits)
# shellcheck disable=SC2046
tui_keys $(for i in $(seq 51); do printf '> < '; done)
# shellcheck disable=SC2046
tui_keys $(for i in $(seq 101); do printf 'u '; done)
TUI_DEADLINE=120 tui_wait 'all 100 changes of this session are undone; Ctrl-R redoes them'
expect_same 'phase audit rows: 102 moves and 100 undos' "$(phase_audits)" $((n + 202))
expect_same 'phases after 100 undos' "$(phases_of Gynaecology)" 'R8052-8055 '
# The oldest step kept is the third move (later), then the fourth (earlier).
tui_keys C-r
tui_wait 'redone: Review (2013/14 Q2-2014/15 Q1) on Gynaecology; u undoes it'
expect_same 'phases after a redo' "$(phases_of Gynaecology)" 'R8053-8056 '
tui_keys C-r
tui_wait 'redone: Review (2013/14 Q1-Q4) on Gynaecology; u undoes it'
expect_same 'phases after two redos' "$(phases_of Gynaecology)" 'R8052-8055 '
tui_keys q
tui_wait_exit
expect_same 'stderr after 100 steps' "$(cat "$T/tui-stderr")" ''
finish
