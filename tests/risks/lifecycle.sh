#!/bin/sh
# Issue 13, Risks: close keeps the progress note a register writes in the status (today c
# replaced "Linked to CSU via Director of Commissioning; ongoing" with "closed"); closed
# risks are found with state:closed and reopened with the note given back; a risk is
# deleted after a question, with its history, the audit log keeping every field; a delete
# of a risk a colleague changed meanwhile is refused.  Enter opens a read-only detail view
# with every field in full, where stray letters and digits change nothing.
PMWB_TODAY=2014-10-15
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/risks/risks-lib.sh"
risks_make_db
id1=$(sql "SELECT id FROM risk WHERE ref = '1'")
note='Linked to CSU via Director of Commissioning; ongoing'
expect_sql "SELECT status FROM risk WHERE id = $id1" "$note"

risks_open 80 24
tui_keys f; tui_type 'BCF'; tui_keys Enter
tui_wait 'showing risks: programme BCF'
tui_keys /; tui_type 'Emergency admissions'; tui_keys Enter

# Close: the note stays, behind a word the status table reads as closed.
tui_keys c
tui_wait 'Close risk 1 in BCF: F2 saves it as closed'
tui_keys F2
tui_wait 'saved risk 1 (close)'
expect_sql "SELECT status FROM risk WHERE id = $id1" "Closed - $note"
expect_sql "SELECT n FROM risk_cell WHERE programme_key = (SELECT programme_id FROM risk WHERE id = $id1) AND likelihood = 2 AND impact = 4 AND closed = 1" 1
expect_sql "SELECT action FROM audit WHERE entity_key = 'BCF 1' ORDER BY id DESC LIMIT 1" 'close'

# Closed risks: state:closed lists them (and only them).
tui_keys f; tui_type 'BCF state:closed'; tui_keys Enter
tui_wait 'showing risks: programme BCF, status closed'
tui_wait '1          BCF       Emergency'
tui_wait_gone '4          BCF'
tui_keys f; tui_type 'state:shut'; tui_keys Enter
tui_wait 'state: is open or closed'

# Reopen: c on a closed risk gives the note back as the status.
tui_keys f; tui_type 'BCF state:closed'; tui_keys Enter
tui_wait 'showing risks: programme BCF, status closed'
tui_keys g c
tui_wait 'Reopen risk 1 in BCF: F2 saves it as open'
tui_keys F2
tui_wait 'saved risk 1 (reopen)'
expect_sql "SELECT status FROM risk WHERE id = $id1" "$note"
expect_sql "SELECT substr(note, 1, 6), status FROM risk_history WHERE risk_id = $id1 ORDER BY id" "import|$note
close|Closed - $note
reopen|$note"

# The detail view: every field in full, wrapped; the ones the form has not (financial
# impact, description, source) too.
tui_keys f; tui_type 'BCF'; tui_keys Enter
tui_wait 'showing risks: programme BCF'
tui_keys /; tui_type 'Emergency admissions'; tui_keys Enter Enter
tui_wait 'Risk 1 in BCF, open'
tui_wait 'Financial impact  £1,410,000'
tui_wait 'Risk              Emergency admissions reduction missed, so dependent BCF'
tui_wait '                  initiatives cannot be funded'
tui_wait "Status            $note  [open]"
tui_keys j j j j j j j j j j j j j j j j
tui_wait 'recovery groups'
tui_wait 'History: 3 changes, newest first'
# Stray keys: nothing changes, on screen or in the file.
tui_expect_inert 'risk detail view' x z w 7 3 1 0 Q
# e edits from the detail view, which shows the saved change.
tui_keys e
tui_wait 'Edit risk 1 in BCF'
tui_keys C-u; tui_type '3'
tui_keys F2
tui_wait 'saved risk 1: score 8 -> 12'
tui_wait 'Risk 1 in BCF, open'
tui_keys g
tui_wait 'Likelihood        3 Possible'

# Delete: asked first, in the detail view; any other key keeps it.
tui_keys D
tui_wait 'Delete risk 1 and its 4 history rows? u cannot undo it.'
tui_keys n
tui_wait 'kept risk 1: nothing was deleted'
expect_sql "SELECT count(*) FROM risk WHERE id = $id1" 1
# A colleague changes it meanwhile: the delete is refused.
tui_keys D
tui_wait 'Delete risk 1 and its 4 history rows?'
sql "UPDATE risk SET owner = 'Colleague' WHERE id = $id1"
tui_keys y
tui_wait 'risk 1 was changed by someone else meanwhile (owner); nothing was saved'
expect_sql "SELECT count(*) FROM risk WHERE id = $id1" 1
tui_keys Escape
tui_wait 'open in programme:'
# From the list: D opens the risk with the question; y deletes it and its history.
tui_keys R
tui_wait 'reloaded'
tui_keys /; tui_type 'Emergency admissions'; tui_keys Enter D
tui_wait 'Delete risk 1 and its 4 history rows?'
tui_keys y
tui_wait 'deleted risk 1 in BCF and its history; the audit log keeps every field'
tui_wait 'open in programme:'
tui_wait_gone 'Emergency admissions'
expect_sql "SELECT count(*) FROM risk WHERE id = $id1" 0
expect_sql "SELECT count(*) FROM risk_history WHERE risk_id = $id1" 0
expect_sql "SELECT action FROM audit WHERE entity_key = 'BCF 1' ORDER BY id DESC LIMIT 1" 'delete'
got=$(sql "SELECT detail FROM audit WHERE entity_key = 'BCF 1' ORDER BY id DESC LIMIT 1")
for want in "title: 'Emergency admissions reduction missed, so dependent BCF initiatives cannot be funded'" \
	"status: '$note'" 'financial_impact: 1410000' '4 history rows deleted with it' "owner: 'Colleague'"; do
	checks=$((checks + 1))
	case $got in *"$want"*) ;; *) fail "audit detail lacks $want: $got" ;; esac
done
expect_sql "SELECT sum(n) FROM risk_cell WHERE programme_key = (SELECT id FROM programme WHERE code = 'BCF')" \
	"$(sql "SELECT count(*) FROM risk WHERE programme_id = (SELECT id FROM programme WHERE code = 'BCF')")"

tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
finish
