#!/bin/sh
# The workbench on a file the user may only read: a READ-ONLY banner on the top bar, every
# pane readable, and every edit (a programme's edit, add and delete, risk form, add, close,
# undo, a QIPP month, each phase key on the Gantt grid) refused with a sentence on the
# message line; the file and its folder
# are left as they were.  On a file that does not exist it says what to do instead of making
# one; an empty file and another program's are refused untouched.  Root may write any file,
# so as root pmwb runs as nobody.
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/ui/ui-lib.sh"
as_reader
ui_make_db

mkdir "$T/shut" && cp "$DB" "$T/shut/ro.db" && chmod 555 "$T/shut"
before=$(cd "$T/shut" && ls && sha256sum ro.db)
refusal='ro.db is read-only: nothing can be changed here; ask its owner for write access'

# shellcheck disable=SC2086 # $AS is a command and its options, or nothing
tui_start 80 24 $AS "$PMWB" -f "$T/shut/ro.db"
tui_wait 'PLANNED    Planned Care'
tui_expect_screen readonly-80x24
# The Programmes pane: edit, add and delete.
for key in e a D; do
	tui_keys "$key"
	tui_wait "$refusal"
	tui_keys j
	tui_wait_gone "$refusal"
done
# The Risks pane: edit, add, close and undo.
tui_keys 3
tui_wait 'Score'
for key in e a c u; do
	tui_keys "$key"
	tui_wait "$refusal"
	tui_keys j
	tui_wait_gone "$refusal"
done
# The escalation list opens the form with Enter.
tui_keys E
tui_wait 'Escalated'
tui_keys Enter
tui_wait "$refusal"
tui_keys Escape
# The QIPP pane: typing a month, from the pane and from a scheme.
tui_keys 4
tui_wait 'Programme / scheme'
tui_keys j e
tui_wait "$refusal"
tui_keys Escape
tui_wait_gone "$refusal"
# The Gantt grid: the quarter cursor shows, and every change at it is refused.
tui_keys 2
tui_wait 'Programme / project'
tui_keys j e
tui_wait 'Editing 2013/14 Q3'
for key in S D P I R x '<' '>' + - u; do
	tui_keys "$key"
	tui_wait "$refusal"
	tui_keys l
	tui_wait_gone "$refusal"
done
tui_keys Escape
tui_wait 'plan editing stopped'
tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
expect_same 'stderr' "$(cat "$T/tui-stderr")" ''
expect_same "the files in $T/shut" "$(cd "$T/shut" && ls && sha256sum ro.db)" "$before"

# A mistyped path: one sentence, exit 3, no file made.
tui_start 80 24 "$PMWB" -f "$T/nosuch.db"
tui_wait_exit
expect_same 'exit status on a missing file' "$tui_status" 3
expect_same 'stderr on a missing file' "$(cat "$T/tui-stderr")" "pmwb: no such database $T/nosuch.db: check the name, or create it with 'pmwb -f $T/nosuch.db init' (empty) or 'pmwb -f $T/nosuch.db import' (from your spreadsheets)"
[ -e "$T/nosuch.db" ] && fail "the workbench made $T/nosuch.db"

# An empty file and another program's SQLite file: refused as they are.
: >"$T/empty.db"
tui_start 80 24 "$PMWB" -f "$T/empty.db"
tui_wait_exit
expect_same 'exit status on an empty file' "$tui_status" 3
expect_same 'stderr on an empty file' "$(cat "$T/tui-stderr")" "pmwb: $T/empty.db is an empty file, not a pmwb database; pmwb left it as it was (remove it first if pmwb is to make its database there)"
[ -s "$T/empty.db" ] && fail "the workbench wrote to an empty file"
if command -v sqlite3 >/dev/null; then
	sqlite3 "$T/other.db" 'CREATE TABLE notes (body TEXT);'
	before=$(sha256sum <"$T/other.db")
	tui_start 80 24 "$PMWB" -f "$T/other.db"
	tui_wait_exit
	expect_same 'exit status on another program'"'"'s file' "$tui_status" 3
	expect_same 'stderr on another program'"'"'s file' "$(cat "$T/tui-stderr")" "pmwb: $T/other.db is another program's SQLite database (it has no pmwb tables); pmwb left it as it was: give pmwb a file of its own"
	expect_same 'bytes of another program'"'"'s file' "$(sha256sum <"$T/other.db")" "$before"
fi

# The first run, at the default place: what to do, and nothing made.
tui_start 80 24 "$PMWB"
tui_wait_exit
expect_same 'exit status on the first run' "$tui_status" 3
expect_same 'stderr on the first run' "$(cat "$T/tui-stderr")" "pmwb: no database yet at $XDG_DATA_HOME/pmwb/portfolio.db: create it with 'pmwb init' (empty) or 'pmwb import all FOLDER' (from your spreadsheets), or try 'pmwb --demo'"
[ -e "$XDG_DATA_HOME/pmwb" ] && fail "the workbench made the default folder"

finish
