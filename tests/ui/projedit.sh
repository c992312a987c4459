#!/bin/sh
# Projects on the Gantt (issue 13): a adds a project to the selected programme, E edits the
# selected one (name, value, scope, texts) in a form checked as it is typed, D deletes it
# after asking, a second time and saying how many when its milestones would go with it.
# Each save is one transaction with an audit entry listing the fields old -> new; a
# colleague's change meanwhile (another process) is refused, naming the field.
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/ui/ui-lib.sh"
need sqlite3
last_audit="SELECT entity_key, action, detail FROM audit WHERE entity = 'project' ORDER BY id DESC LIMIT 1"
project_audits() { sql "SELECT count(*) FROM audit WHERE entity = 'project'"; }
ui_make_db
planned=$(sql "SELECT id FROM programme WHERE code = 'PLANNED'")
projects=$(sql "SELECT count(*) FROM project WHERE programme_id = $planned")

ui_open 140 30
tui_keys 2
tui_wait 'PLANNED Planned Care'
# On a programme's row, E and D say why they do nothing; a adds a project to it.
tui_keys E
tui_wait "move to a project's row to edit it"
tui_keys D
tui_wait "move to a project's row to delete it"
tui_keys a
tui_wait 'New project in programme PLANNED'
# The name is needed and the value is read as money is written, with how it was read.
tui_keys F2
tui_wait 'not saved: a project needs a name'
tui_type 'Falls Prevention'
tui_keys Tab; tui_type '1.2m pounds'
tui_wait 'Value: '
tui_keys C-u; tui_type '£1.2m'
tui_wait '£1,200,000'
tui_keys Tab; tui_type 'QIPP-7'
tui_keys Tab; tui_type 'Fewer falls at home'
tui_keys F2
tui_wait 'added project Falls Prevention in PLANNED'
expect_sql "SELECT name, value, scope_refs, description, source FROM project WHERE programme_id = $planned AND name = 'Falls Prevention'" \
	'Falls Prevention|1200000|QIPP-7|Fewer falls at home|workbench'
expect_sql "SELECT count(*) FROM project WHERE programme_id = $planned" $((projects + 1))
expect_sql "$last_audit" \
	"PLANNED/Falls Prevention|add|name: 'Falls Prevention'; value: 1,200,000; scope_refs: 'QIPP-7'; description: 'Fewer falls at home'"
# The new project is the selected row: E opens it.
tui_keys E
tui_wait 'Edit project Falls Prevention (programme PLANNED)'
# A name the programme already has is refused, naming it; nothing is written.
tui_keys C-u; tui_type 'gynaecology'
tui_keys F2
tui_wait "programme PLANNED already has a project named 'Gynaecology'; choose another name"
expect_same 'audit rows after the refused name' "$(project_audits)" 1
# Rename and change the value: one audit row with both, old -> new.
tui_keys C-u; tui_type 'Falls Prevention Service'
tui_keys Tab C-u; tui_type '950k'
tui_keys F2
tui_wait 'saved project Falls Prevention Service in PLANNED'
tui_wait 'Falls Prevention Service'
expect_sql "SELECT value, scope_refs FROM project WHERE name = 'Falls Prevention Service'" '950000|QIPP-7'
expect_sql "$last_audit" \
	"PLANNED/Falls Prevention|edit|name: 'Falls Prevention' -> 'Falls Prevention Service'; value: 1,200,000 -> 950,000"

# Stale: a colleague renames it from another process while the form is open.  The save is
# refused naming the field, and nothing of the form's is written.
tui_keys E
tui_wait 'Edit project Falls Prevention Service'
tui_keys Tab Tab Tab; tui_type ' and more'
sql "UPDATE project SET name = 'Falls Service (renamed)' WHERE name = 'Falls Prevention Service'"
tui_keys F2
tui_wait 'meanwhile (name); nothing was saved'
expect_sql "SELECT name, description FROM project WHERE id = (SELECT max(id) FROM project)" \
	'Falls Service (renamed)|Fewer falls at home'
expect_same 'audit rows after the stale edit' "$(project_audits)" 2
tui_keys Escape
tui_wait 'Discard your changes?'
tui_keys y
tui_wait 'cancelled: nothing was saved'

# Delete a project without milestones: asked once; n keeps it, y deletes it.
tui_keys R
tui_wait 'Falls Service (renamed)'
tui_keys /; tui_type 'Falls Service'; tui_keys Enter
tui_keys D
tui_wait 'Delete project Falls Service (renamed) of PLANNED and its 0 phases? It has no milestones; u cannot undo it.'
tui_keys n
tui_wait 'not deleted: project Falls Service (renamed) is as it was'
tui_keys D
tui_wait 'It has no milestones; u cannot undo it.'
tui_keys y
tui_wait 'deleted project Falls Service (renamed) of PLANNED'
expect_sql "SELECT count(*) FROM project WHERE programme_id = $planned" "$projects"
expect_sql "$last_audit" \
	"PLANNED/Falls Service (renamed)|delete|name: 'Falls Service (renamed)'; value: 950,000; scope_refs: 'QIPP-7'; description: 'Fewer falls at home'; deleted with 0 milestones and 0 phases"

# A project with milestones is not deleted on its own: the question says how many, and a
# second question, again with the number, deletes it with them.
pts=$(sql "SELECT id FROM project WHERE name = 'Patient Transport Service' AND programme_id = $planned")
n=$(sql "SELECT count(*) FROM milestone WHERE project_id = $pts")
phases=$(sql "SELECT count(*) FROM phase WHERE project_id = $pts")
checks=$((checks + 1))
[ "$n" -gt 0 ] || fail "Patient Transport Service should have milestones"
ms=milestones; [ "$n" -eq 1 ] && ms=milestone
tui_keys /; tui_type 'Patient Transport Service'; tui_keys Enter
tui_keys D
tui_wait "Project Patient Transport Service of PLANNED has $n $ms, so it is not deleted on its own."
tui_keys y
tui_wait 'not deleted: project Patient Transport Service is as it was'
expect_sql "SELECT count(*) FROM project WHERE id = $pts" 1
tui_keys D
tui_wait 'so it is not deleted on its own'
tui_keys A
tui_wait "Delete project Patient Transport Service of PLANNED, its phases and its $n $ms for good?"
tui_wait 'u cannot undo it'

tui_keys y
tui_wait "deleted project Patient Transport Service of PLANNED with its $n $ms"
expect_sql "SELECT (SELECT count(*) FROM project WHERE id = $pts) + (SELECT count(*) FROM milestone WHERE project_id = $pts) + (SELECT count(*) FROM phase WHERE project_id = $pts)" 0
expect_sql "SELECT action, substr(detail, instr(detail, 'deleted with')) FROM audit WHERE entity = 'project' ORDER BY id DESC LIMIT 1" \
	"delete|deleted with $n $ms and $phases phases"
tui_wait_gone '  Patient Transport Service   '
finish
