#!/bin/sh
# Editing through the TUI: a risk edited in the form is saved with its history (its state
# after the change, who and when; the first change of an imported risk also its state before,
# with the file and line it came from) and one audit entry; invalid input is refused with a
# message on screen and nothing written; Esc leaves the database byte-for-byte as it was;
# u undoes the last change (itself kept in history and audit; the session's journal of many
# steps: tests/ui/undo.sh); add and close.
PMWB_TODAY=2014-10-15
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/risks/risks-lib.sh"
risks_make_db
id4=$(sql "SELECT id FROM risk WHERE ref = '4'")

risks_open 80 24
tui_keys f; tui_type 'BCF'; tui_keys Enter
tui_wait 'showing risks: programme BCF'

# Invalid likelihood: refused as typed, with the reason, and F2 saves nothing.
db_dump "$DB" >"$T/before"
tui_keys e
tui_wait 'Edit risk 4 in BCF'
tui_wait 'Score          9 High'
tui_keys C-u; tui_type '6'
tui_wait "Likelihood: '6' is not a likelihood level: use 1-5, Rare, Unlikely"
tui_wait 'Score          not rated'
tui_keys F2
tui_wait "not saved: Likelihood: '6' is not a likelihood level"
tui_keys C-u; tui_type 'likely'
tui_wait 'Score          12 High'
tui_keys Down; tui_type 'x'
tui_wait "Impact: '3x' is not an impact level"
tui_keys BSpace
tui_wait_gone "Impact: '3x'"
# A review date must be a day.
tui_keys Tab Tab Tab Tab Tab Tab Tab Tab C-u; tui_type 'Sept 2014'
tui_wait "Review by: 'Sept 2014'"
risks_expect_screen form-invalid-80x24
# Esc: nothing was written, not even a history or audit row.
tui_keys Escape
tui_wait 'cancelled: nothing was saved'
db_dump "$DB" >"$T/after"
checks=$((checks + 1))
cmp -s "$T/before" "$T/after" || { fail "Esc changed the database"; diff -u "$T/before" "$T/after" >&2; }

# A real edit: likelihood 3 -> 4 ("Likely"), saved with history and audit.
tui_keys e
tui_wait 'Edit risk 4 in BCF'
tui_keys C-u; tui_type 'Likely'
tui_wait 'Score          12 High'
tui_keys F2
tui_wait 'saved risk 4: score 9 -> 12; u undoes it'
tui_wait '4          BCF       Poor data quality…  Joint    4 3 12 H'
expect_sql "SELECT likelihood, impact, score FROM risk WHERE id = $id4" '4|3|12'
expect_sql "SELECT likelihood, impact, score, status, who, note FROM risk_history WHERE risk_id = $id4 ORDER BY id DESC LIMIT 1" \
	'4|3|12|CCG Head of Performance and integrated care analyst to liaise with LBB; shared care record group set up|tester|edit'
expect_sql "SELECT count(*) FROM risk_history WHERE risk_id = $id4 AND at LIKE '20__-__-__T__:__:__Z'" 2
# The first change recorded the imported state before it, so the trend shows the score went up.
tui_wait "4          BCF       Poor data quality…  Joint    4 3 12 H ↑"
expect_sql "SELECT who, entity, entity_key, action, detail FROM audit WHERE entity = 'risk' ORDER BY id DESC LIMIT 1" \
	'tester|risk|BCF 4|edit|likelihood: 3 -> 4'

# u undoes it: back to 3 x 3 with its history and trend as they were before the edit (issue
# 12, case 4: the undo was written as a change of its own and showed the risk improving);
# the audit log keeps both the edit and its undo.
tui_keys u
tui_wait 'undone: likelihood 4 -> 3 on BCF 4; Ctrl-R redoes it'
tui_wait "4          BCF       Poor data quality…  Joint    3 3  9 H   2014-09-30!"
expect_sql "SELECT likelihood, score FROM risk WHERE id = $id4" '3|9'
expect_sql "SELECT count(*) FROM risk_history WHERE risk_id = $id4" 0
expect_sql "SELECT action, detail FROM audit WHERE entity = 'risk' ORDER BY id DESC LIMIT 2" \
	'undo|likelihood 4 -> 3 on BCF 4; likelihood: 4 -> 3
edit|likelihood: 3 -> 4'
run 0 "$PMWB" -f "$DB" report risks --programme BCF --format csv
expect_out_contains '4,BCF,Poor data quality and limited access undermine planning and proof of success,Joint,3,3,9,High,,,2014-09-30,'
tui_keys u
tui_wait 'the one change of this session is undone; Ctrl-R redoes it'

# Add a risk: its first history row is its state on creation.
tui_keys a
tui_wait 'New risk'
tui_type 'R9'; tui_keys Tab; tui_type 'bcf'; tui_keys Tab
tui_type 'Care home placements run out'; tui_keys Tab; tui_type 'LBB'; tui_keys Tab
tui_type '5'; tui_keys Tab; tui_type 'Catastrophic'
tui_wait 'Score          25 Extreme'
tui_wait 'escalated to Risk committee'
tui_keys F2
tui_wait 'added risk R9 (score 25); u undoes it'
tui_wait 'R9         BCF       Care home'
tui_wait 'open in programme: Extreme 1  High 5  Moderate 3'
expect_sql "SELECT p.code, r.title, r.owner, r.likelihood, r.impact, r.score, r.status FROM risk r JOIN programme p ON p.id = r.programme_id WHERE r.ref = 'R9'" \
	'BCF|Care home placements run out|LBB|5|5|25|open'
expect_sql "SELECT count(*), min(score), min(who) FROM risk_history WHERE risk_id = (SELECT id FROM risk WHERE ref = 'R9')" '1|25|tester'
expect_sql "SELECT action FROM audit WHERE entity_key = 'BCF R9'" 'add'
# The same ref again on the same register is refused with a message.
tui_keys a
tui_type 'R9'; tui_keys Tab; tui_type 'BCF'; tui_keys Tab; tui_type 'twice'
tui_keys F2
tui_wait 'risk R9 is already on the BCF register; choose another ref'
tui_keys Escape

# Close the new risk from the list: the form opens with status closed; the counts drop.
tui_keys g c
tui_wait 'Close risk R9 in BCF: F2 saves it as closed'
tui_keys F2
tui_wait 'saved risk R9 (close)'
tui_wait 'open in programme: Extreme 0  High 5  Moderate 3'
expect_sql "SELECT status FROM risk WHERE ref = 'R9'" 'closed'
expect_sql "SELECT score, status, note FROM risk_history WHERE risk_id = (SELECT id FROM risk WHERE ref = 'R9') ORDER BY id" '25|open|add
25|closed|close'
# ... and u reopens it.
tui_keys u
tui_wait "undone: status 'closed' -> 'open' on BCF R9; Ctrl-R redoes it"
expect_sql "SELECT status FROM risk WHERE ref = 'R9'" 'open'
expect_sql "SELECT score, status, note FROM risk_history WHERE risk_id = (SELECT id FROM risk WHERE ref = 'R9') ORDER BY id" '25|open|add'
# Closed under an "open" filter, the risk leaves the list.
tui_keys f; tui_type 'BCF open'; tui_keys Enter
tui_wait 'showing risks: programme BCF, open'
tui_keys g c
tui_wait 'Close risk R9 in BCF'
tui_keys F2
tui_wait 'saved risk R9 (close)'
tui_wait_gone 'R9         BCF'

# Bromley's registers wrote words: the form shows the number the word was read as, and a
# changed level drops the word; an unchanged one keeps it.
tui_keys f; tui_type 'corporate'; tui_keys Enter
tui_wait 'FR5 '
tui_keys /; tui_type 'FR5'; tui_keys Enter e
tui_wait 'Edit risk FR5 (corporate)'
tui_wait '4 Likely (register: High)'
tui_wait '3 Moderate (register: Medium)'
tui_keys Down; tui_keys C-u; tui_type '4'
tui_keys F2
tui_wait 'saved risk FR5: score 12 -> 16'
expect_sql "SELECT likelihood_word, ifnull(impact_word, '(none)'), score FROM risk WHERE ref = 'FR5'" 'High|(none)|16'

# A colleague changes the risk while the form is open: saving is refused and nothing of the
# form is written; undo of a change someone has since built on is refused the same way.
tui_keys e
tui_wait 'Edit risk FR5 (corporate)'
sql "UPDATE risk SET owner = 'Colleague' WHERE ref = 'FR5'"
tui_keys C-u; tui_type '2'
tui_keys F2
tui_wait 'risk FR5 was changed by someone else meanwhile (owner); nothing was saved'
tui_keys Escape
tui_wait 'cancelled: nothing was saved'
tui_keys u
tui_wait 'cannot undo impact 4 -> 3 on FR5: someone else has changed it since'
expect_sql "SELECT likelihood, impact, owner FROM risk WHERE ref = 'FR5'" '4|4|Colleague'

# The Datix initial rating, before any controls: checked like the current one, and saved.
tui_keys R e
tui_wait 'Edit risk FR5 (corporate)'
tui_keys Down Down; tui_type 'Certain'
tui_wait "Initial L: 'Certain' is not a likelihood level"
tui_keys C-u; tui_type 'almost certain'
tui_wait '5 Almost certain'
tui_keys Down; tui_type '5'
tui_wait '5 Catastrophic'
tui_keys F2
tui_wait 'saved risk FR5 (edit)'
expect_sql "SELECT initial_likelihood, initial_impact, likelihood, impact FROM risk WHERE ref = 'FR5'" '5|5|4|4'
expect_sql "SELECT detail FROM audit WHERE entity = 'risk' ORDER BY id DESC LIMIT 1" \
	'initial_likelihood: (empty) -> 5; initial_impact: (empty) -> 5'
tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
finish
