#!/bin/sh
# Long text in the forms (issue 18, defect 1): a risk whose title (701 characters) or
# mitigation (1,501) is longer than the form holds was saved cut (510 and 1,022), and undo
# restored the cut copy.  Such a field is now shown locked and kept exactly as the file has it
# through an edit of another field and its undo; the audit keeps the full before and after
# of the text it changes (it kept 60 characters); an 8,000-character paste is refused naming
# the field and its limit, never saved cut (511 characters were).  The programme form too.
PMWB_TODAY=2014-10-15
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/risks/risks-lib.sh"
risks_make_db
# text N WORD: N characters of WORD repeated, ending in [END]
text() { awk -v n="$1" -v w="$2" 'BEGIN { s = w; while (length(s) < n - 5) s = s " " w; print substr(s, 1, n - 5) "[END]" }'; }
title=$(text 701 'title')
mitigation=$(text 1501 'mitigation')
sql "UPDATE risk SET title = '$title', mitigation = '$mitigation' WHERE ref = '4'"
expect_sql "SELECT length(title), length(mitigation) FROM risk WHERE ref = '4'" '701|1501'
exact="SELECT title = '$title' AND mitigation = '$mitigation' FROM risk WHERE ref = '4'"
last_audit="SELECT detail FROM audit WHERE entity = 'risk' ORDER BY id DESC LIMIT 1"

risks_open 80 24
tui_keys f; tui_type 'BCF'; tui_keys Enter
tui_wait 'showing risks: programme BCF'
tui_keys e
tui_wait 'Edit risk 4 in BCF'
tui_wait 'longer in the file: kept'
# Typing into the long title changes nothing, and says why.
tui_keys Up Up
tui_type 'x'
tui_wait 'this field is longer in the file than the form holds, so it is kept as it is'
tui_keys BSpace C-u
# Another field edited and saved: the long ones are exactly as they were.
tui_keys Down Down C-u; tui_type '4'
tui_keys F2
tui_wait 'saved risk 4: score 9 -> 12; u undoes it'
expect_sql "SELECT likelihood FROM risk WHERE ref = '4'" 4
expect_sql "$exact" 1
expect_sql "$last_audit" 'likelihood: 3 -> 4'
# ... and undone: exact again.
tui_keys u
tui_wait 'undone: likelihood 4 -> 3 on BCF 4; Ctrl-R redoes it'
expect_sql "SELECT likelihood FROM risk WHERE ref = '4'" 3
expect_sql "$exact" 1

# The audit keeps a changed text in full, before and after.
owner=$(text 300 'owner')
tui_keys e
tui_wait 'Edit risk 4 in BCF'
tui_keys Up Up Up Up Down Down Down C-u
tui_type "$owner"
tui_keys F2
tui_wait 'saved risk 4 (edit)'
expect_sql "SELECT owner = '$owner' FROM risk WHERE ref = '4'" 1
expect_sql "$last_audit" "owner: 'Joint' -> '$owner'"

# An 8,000-character paste is refused, naming the field and its limit; nothing is saved.
tui_keys e
tui_wait 'Edit risk 4 in BCF'
tui_keys Up C-u
tui_type "$(text 8000 'paste')"
TUI_DEADLINE=60 tui_wait 'Owner holds at most 511 characters'
tui_keys F2
TUI_DEADLINE=60 tui_wait 'not saved: Owner holds at most 511 characters and was given more'
expect_sql "SELECT owner = '$owner' FROM risk WHERE ref = '4'" 1
tui_keys Escape
tui_wait 'Discard your changes?'
tui_keys y
tui_wait 'cancelled: nothing was saved'
expect_sql "SELECT owner = '$owner' FROM risk WHERE ref = '4'" 1
expect_sql "$exact" 1
tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0

# The programme form: a summary longer than it holds (999) is kept through an edit.
summary=$(text 1200 'summary')
sql "UPDATE programme SET summary = '$summary' WHERE code = 'BCF'"
tui_start 80 24 "$PMWB" -f "$DB"
tui_wait 'BCF'
tui_keys e
tui_wait 'Edit programme BCF'
tui_wait 'longer in the file: kept'
tui_keys Up Up; tui_type 'x'
tui_wait 'this field is longer in the file than the form holds'
tui_keys Down Down End; tui_type ' 2'
tui_keys F2
tui_wait 'saved programme BCF'
expect_sql "SELECT summary = '$summary', name FROM programme WHERE code = 'BCF'" '1|Better Care Fund (BCF) 2'
tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
finish
