#!/bin/sh
# Deleting a programme in the Programmes pane (issue 13): D asks first; a programme that
# holds projects, risks or schemes is not deleted on its own, and the question says how many
# of each; deleting it with them all takes a second, explicit answer (which says u cannot
# undo it), and is refused when what it holds changed meanwhile.  One transaction, with an
# audit entry.  An empty programme's delete is undone and redone like any edit.
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/ui/ui-lib.sh"
last_audit='SELECT who, entity, entity_key, action, detail FROM audit ORDER BY id DESC LIMIT 1'
ui_make_db
sql "INSERT INTO programme (code, name, organisation, start_fy) VALUES ('EMPTY', 'Nothing yet', 'Bromley Clinical Commissioning Group', 2014)"
promise=$(sql "SELECT id FROM programme WHERE code = 'PROMISE'")
held() { sql "SELECT (SELECT count(*) FROM $1 WHERE programme_id = $promise)"; }
projects=$(held project) risks=$(held risk) schemes=$(held qipp_scheme)
milestones=$(held milestone) measures=$(held metric)
checks=$((checks + 1))
[ "$projects" -gt 0 ] && [ "$risks" -gt 0 ] && [ "$schemes" -gt 0 ] ||
	fail "PROMISE should hold projects, risks and schemes: $projects, $risks, $schemes"
holds="$projects projects, $risks risks, $schemes QIPP schemes, $milestones milestones and $measures measures"
all_projects=$(sql 'SELECT count(*) FROM project')

ui_open 200 30
tui_wait 'PLANNED'
# A programme that holds nothing: asked once; any key but y keeps it.
tui_keys G
tui_wait 'EMPTY              Nothing yet'
tui_keys D
tui_wait 'Delete programme EMPTY (Nothing yet)? It holds nothing, and u undoes it.'
tui_wait 'y deletes it; any other key keeps it'
tui_keys n
tui_wait 'not deleted: programme EMPTY is as it was'
expect_sql "SELECT count(*) FROM programme WHERE code = 'EMPTY'" 1
tui_keys D
tui_wait 'Delete programme EMPTY (Nothing yet)?'
tui_keys y
tui_wait 'deleted programme EMPTY (Nothing yet)'
expect_sql "SELECT count(*) FROM programme WHERE code = 'EMPTY'" 0
expect_sql "$last_audit" \
	"tester|programme|EMPTY|delete|code: 'EMPTY'; name: 'Nothing yet'; organisation: 'Bromley Clinical Commissioning Group'; start_fy: 2014/15; deleted with nothing"
# Holding nothing, it comes back with u (audited as an undo) and goes again with Ctrl-R.
tui_keys u
tui_wait 'undone: programme EMPTY added; Ctrl-R redoes it'
expect_sql "SELECT name, organisation, start_fy FROM programme WHERE code = 'EMPTY'" \
	'Nothing yet|Bromley Clinical Commissioning Group|2014'
expect_sql "SELECT action, substr(detail, 1, 42) FROM audit ORDER BY id DESC LIMIT 1" \
	"undo|programme EMPTY added; code: 'EMPTY'; name"
tui_keys C-r
tui_wait 'redone: programme EMPTY removed; u undoes it'
expect_sql "SELECT count(*) FROM programme WHERE code = 'EMPTY'" 0
expect_sql "SELECT action FROM audit ORDER BY id DESC LIMIT 1" redo

# PROMISE holds projects, risks and schemes: the first question says how many of each and
# y does not delete it.
tui_keys g /; tui_type 'PROMISE'; tui_keys Enter
tui_keys D
tui_wait "Programme PROMISE (Proactive Management and Integrated Services for the Elderly (ProMISE)) holds $holds, so it is not deleted on its own."
tui_keys y
tui_wait 'not deleted: programme PROMISE is as it was'
expect_sql "SELECT count(*) FROM project WHERE programme_id = $promise" "$projects"
# A: the second question, in full; Esc keeps everything.
tui_keys D
tui_wait 'so it is not deleted on its own'
tui_keys A
tui_wait "Delete PROMISE (Proactive Management and Integrated Services for the Elderly (ProMISE)) and its $holds for good?"
tui_wait 'u cannot undo this'

tui_keys Escape
tui_wait 'not deleted: programme PROMISE is as it was'
expect_sql "SELECT count(*) FROM programme WHERE id = $promise" 1
# A colleague adds a project while the question is open: what was confirmed is no longer
# all it holds, so nothing is deleted.
tui_keys D
tui_wait 'so it is not deleted on its own'
tui_keys A
tui_wait 'y deletes them all; any other key keeps everything'
sql "INSERT INTO project (programme_id, name) VALUES ($promise, 'Added meanwhile')"
tui_keys y
tui_wait "programme PROMISE now holds $((projects + 1)) projects"
expect_sql "SELECT count(*) FROM project WHERE programme_id = $promise" $((projects + 1))
sql "DELETE FROM project WHERE programme_id = $promise AND name = 'Added meanwhile'"
# Confirmed twice: the programme goes with everything it holds, in one transaction.
tui_keys D
tui_wait 'so it is not deleted on its own'
tui_keys A
tui_wait 'y deletes them all'
tui_keys y
tui_wait "deleted programme PROMISE with its $holds"
expect_sql "SELECT count(*) FROM programme WHERE id = $promise" 0
for t in project risk qipp_scheme milestone metric; do
	expect_sql "SELECT count(*) FROM $t WHERE programme_id = $promise" 0
done
expect_sql 'SELECT count(*) FROM project' $((all_projects - projects))
expect_sql "SELECT count(*) FROM risk_cell WHERE programme_key = $promise AND n <> 0" 0
expect_sql "SELECT entity_key, action, detail LIKE '%; deleted with $holds' FROM audit ORDER BY id DESC LIMIT 1" \
	'PROMISE|delete|1'
tui_wait_gone 'Proactive Management'
tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
expect_same 'stderr' "$(cat "$T/tui-stderr")" ''
finish
