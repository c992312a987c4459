#!/bin/sh
# Issue 13, QIPP: a adds a scheme with its plan for the year shown (gross and net), E edits
# it, D deletes it with its plans and months after a question; each field is checked as it
# is typed, every save is one transaction with its audit entry, and an edit or delete of a
# scheme a colleague changed meanwhile is refused naming what changed.
PMWB_TODAY=2013-09-20
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/qipp/qipp-lib.sh"
qipp_make_db
scheme="SELECT s.id FROM qipp_scheme s JOIN programme p ON p.id = s.programme_id WHERE p.code = 'PLANNED' AND s.name = 'Falls prevention'"

qipp_open 100 30
tui_wait 'QIPP 2013/14 at 2013-09'
tui_keys j
tui_wait '  Gynaecology '

# Add: the programme of the selected row is filled in; bad values are refused as typed.
tui_keys a
tui_wait 'New QIPP scheme, plan 2013/14'
tui_wait 'Programme  PLANNED'
tui_type 'Falls prevention'
tui_keys Tab; tui_type 'Community'
tui_keys Tab; tui_type 'sometimes'
tui_wait "Recurrent: 'sometimes' is not R (recurrent) or NR (non-recurrent)"
tui_keys C-u; tui_type 'R'
tui_wait 'recurrent'
tui_keys Tab Tab Tab Tab; tui_type '120'
tui_wait '£120,000'
tui_keys Tab; tui_type '1,00'
tui_wait "Net 2013/14: '1,00' is not an amount of money"
tui_keys F2
tui_wait "not saved: Net 2013/14: '1,00'"
expect_sql "SELECT count(*) FROM qipp_scheme WHERE name = 'Falls prevention'" 0
tui_keys C-u; tui_type '100'
tui_keys F2
tui_wait 'added scheme Falls prevention in PLANNED'
tui_wait 'Programme / scheme'
expect_sql "SELECT area_of_spend, recurrence, source FROM qipp_scheme WHERE id = ($scheme)" 'Community|R|workbench'
expect_sql "SELECT fy, gross, net FROM qipp_plan WHERE scheme_id = ($scheme)" '2013|120000|100000'
expect_sql "SELECT action, entity_key, detail FROM audit WHERE entity = 'qipp_scheme' ORDER BY id DESC LIMIT 1" \
	"add|PLANNED Falls prevention|programme: 'PLANNED'; name: 'Falls prevention'; area_of_spend: 'Community'; recurrence: 'R'; plan 2013/14 gross: 120,000; plan 2013/14 net: 100,000"

# The same name again in the programme is refused.
tui_keys a
tui_wait 'New QIPP scheme'
tui_type 'Falls prevention'
tui_keys F2
tui_wait 'that programme already has a scheme of this name; choose another name'
tui_keys Escape y
tui_wait 'cancelled: nothing was saved'

# Edit: the net plan changes, audited old -> new.
tui_keys /; tui_type 'Falls prev'; tui_keys Enter
tui_keys E
tui_wait 'Edit scheme Falls prevention (PLANNED), plan 2013/14'
tui_keys Down Down Down Down Down Down Down C-u
tui_type '90'
tui_keys F2
tui_wait 'saved scheme Falls prevention in PLANNED'
expect_sql "SELECT gross, net FROM qipp_plan WHERE scheme_id = ($scheme)" '120000|90000'
expect_sql "SELECT action, detail FROM audit WHERE entity = 'qipp_scheme' ORDER BY id DESC LIMIT 1" \
	'edit|plan 2013/14 net: 100,000 -> 90,000'

# A colleague's change meanwhile: refused, naming it, nothing written.
tui_keys E
tui_wait 'Edit scheme Falls prevention'
sql "UPDATE qipp_scheme SET owner = 'Colleague' WHERE id = ($scheme); UPDATE qipp_plan SET gross = 1 WHERE scheme_id = ($scheme)"
tui_keys C-u; tui_type 'Falls service'
tui_keys F2
tui_wait 'scheme Falls prevention was changed by someone else meanwhile (owner, gross plan)'
tui_keys Escape y
expect_sql "SELECT name, owner FROM qipp_scheme WHERE id = ($scheme)" 'Falls prevention|Colleague'

# Delete: asked first; any other key keeps it; y deletes it with its plans and months.
sql "INSERT INTO qipp_month (scheme_id, month, forecast) VALUES (($scheme), 24164, 50000)"
id=$(sql "$scheme")
tui_keys R D
tui_wait 'Delete scheme Falls prevention in PLANNED, with every year'"'"'s plan'
tui_keys n
tui_wait 'kept scheme Falls prevention: nothing was deleted'
tui_keys D
tui_wait 'Delete scheme Falls prevention in PLANNED'
# A delete is not an undo step, and the question says so, as the other deletes' do.
tui_wait 'u cannot undo it.'
tui_keys y
tui_wait 'deleted scheme Falls prevention in PLANNED with its plans and months'
expect_sql "SELECT count(*) FROM qipp_scheme WHERE id = $id" 0
expect_sql "SELECT (SELECT count(*) FROM qipp_plan WHERE scheme_id = $id) + (SELECT count(*) FROM qipp_month WHERE scheme_id = $id)" 0
expect_sql "SELECT action, detail FROM audit WHERE entity = 'qipp_scheme' ORDER BY id DESC LIMIT 1" \
	"delete|programme: 'PLANNED'; name: 'Falls prevention'; area_of_spend: 'Community'; recurrence: 'R'; owner: 'Colleague'; plan 2013/14 gross: 1; plan 2013/14 net: 90,000; deleted with 1 yearly plan and 1 month"
# Added and edited schemes are undo steps: u undoes the edit, then the add; Ctrl-R redoes
# both; each an audit row 'undo' or 'redo'.
hips="SELECT s.id FROM qipp_scheme s WHERE s.name = 'Hip clinic'"
hip_net() { sql "SELECT count(*) || '|' || ifnull(max(p.net), '-') FROM qipp_scheme s LEFT JOIN qipp_plan p ON p.scheme_id = s.id WHERE s.name = 'Hip clinic'"; }
tui_keys a
tui_wait 'New QIPP scheme, plan 2013/14'
tui_wait 'Programme  PLANNED'
tui_type 'Hip clinic'
tui_keys Tab; tui_type 'Community'; tui_keys Tab; tui_type 'R'
tui_keys Tab Tab Tab Tab; tui_type '120'; tui_keys Tab; tui_type '100'
tui_keys F2
tui_wait 'added scheme Hip clinic in PLANNED; u undoes it'
tui_keys /; tui_type 'Hip clin'; tui_keys Enter
tui_keys E
tui_wait 'Edit scheme Hip clinic (PLANNED), plan 2013/14'
tui_keys Down Down Down Down Down Down Down C-u
tui_type '90'
tui_keys F2
tui_wait 'saved scheme Hip clinic in PLANNED; u undoes it'
expect_same 'the scheme edited' "$(hip_net)" '1|90000'
tui_keys u
tui_wait 'undone: net plan 90k -> 100k on scheme Hip clinic in PLANNED; Ctrl-R redoes it'
expect_same 'the edit undone' "$(hip_net)" '1|100000'
tui_keys u
tui_wait 'undone: scheme Hip clinic in PLANNED removed; Ctrl-R redoes it'
expect_same 'the add undone' "$(hip_net)" '0|-'
tui_keys C-r
tui_wait 'redone: scheme Hip clinic in PLANNED added; u undoes it'
expect_same 'the add redone' "$(hip_net)" '1|100000'
expect_sql "SELECT area_of_spend, recurrence, source FROM qipp_scheme WHERE id = ($hips)" 'Community|R|workbench'
tui_keys C-r
tui_wait 'redone: net plan 100k -> 90k on scheme Hip clinic in PLANNED; u undoes it'
expect_same 'the edit redone' "$(hip_net)" '1|90000'
expect_sql "SELECT group_concat(action, ' ') FROM audit WHERE entity = 'qipp_scheme' AND entity_key LIKE '%Hip clinic'" \
	'add edit undo undo redo redo'
# A colleague's change meanwhile: the undo is refused, theirs stays, nothing written.
sql "UPDATE qipp_plan SET net = 1 WHERE scheme_id = ($hips)"
audits=$(sql 'SELECT count(*) FROM audit')
tui_keys u
tui_wait 'cannot undo net plan 90k -> 100k on scheme Hip clinic in PLANNED: someone else has changed it since'
expect_same 'the colleague plan stays' "$(hip_net)" '1|1'
expect_sql 'SELECT count(*) FROM audit' "$audits"
tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
finish
