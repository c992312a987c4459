#!/bin/sh
# S reverses the Risks pane's order (the register pages by key, so the reversed list is the
# same register read from the other end) and the Gantt's (each programme's row stays above
# its projects); the filter prompt lists the words the Risks filter understands.
PMWB_TODAY=2014-10-15
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/risks/risks-lib.sh"
risks_make_db

# row N: the screen's line N, blanks at the end dropped.
row() { tui_capture | sed -n "$1p" | sed 's/[[:space:]]*$//'; }
# last_row: the last row of the list (before the blank lines and the footer).
last_row() {
	tui_capture | sed -n '3,$p' | sed '/^open: /,$d; /milestone/,$d' | grep -v '^ *$' | tail -1 |
		sed 's/[[:space:]]*$//'
}

risks_open 80 24
tui_wait 'FR1        corporate'
first=$(row 3)
tui_keys S
tui_wait 'order reversed'
tui_wait '| score, highest first (reversed)'
tui_keys g
tui_wait '3          BCF       Lack of resources'
# Read from the other end: the first row is the last one now.
tui_settle
expect_same 'last row reversed' "$(last_row)" "$first"
tui_keys S
tui_wait 'order no longer reversed'
tui_keys g
tui_settle
expect_same 'first row again' "$(row 3)" "$first"

# The filter prompt says what the filter understands until the first key.
tui_keys f
tui_wait 'Filter:  (BCF programme:BCF org:"NAME" owner:NAME High open closed overdue'
tui_type 'B'
tui_wait_gone 'owner:NAME'
tui_keys Escape

# The Gantt: reversed, the last programme comes first, its row above its projects.
tui_keys 2
tui_wait 'Programme / project'
group=$(row 4)
project=$(row 5)
tui_keys S
tui_wait 'order reversed'
tui_keys g
tui_wait_gone "$group"
case $(row 4) in '▾ '*) ;; *) fail "reversed, the Gantt's first row is not a programme's: $(row 4)" ;; esac
checks=$((checks + 1))
# The first programme is last now, its first project the last row of all.
tui_keys G
tui_wait "$group"
tui_settle
expect_same 'last Gantt row reversed' "$(last_row)" "$project"
tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
finish
