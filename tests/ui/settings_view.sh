#!/bin/sh
# The settings view (C, issue 16): the shared settings from the one table with their values,
# ranges and help; Enter changes one, checked by the rule `pmwb config set` uses and audited;
# a value out of range is refused with the range and nothing is written; Esc leaves it; the
# file's risk bands and closing status words are shown as the database holds them; the
# person's preferences are shown with their file, which is where they are changed.
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/ui/ui-lib.sh"
ui_make_db
audits=$(sql 'SELECT count(*) FROM audit')

ui_open 80 24
tui_keys C
tui_wait 'Shared settings: in the file, for everyone (Enter changes one)'
tui_wait 'rag_green_pct          95%          1-200 %, default 95'
tui_wait 'the month the financial year starts in'
tui_wait 'Extreme    15-25'
tui_wait '7 status words close a risk: Archived, Closed, Complete'
tui_wait "Your preferences: ~/.config/pmwb/config (read when pmwb starts)"
tui_wait 'theme                  dark         dark light 8 mono'
# Out of range: refused with the range, nothing written, still typing.
tui_keys j
tui_wait 'a QIPP forecast at or above this share of the plan is Green'
tui_keys Enter C-u
tui_type 300
tui_keys Enter
tui_wait "rag_green_pct cannot be '300': give a whole number from 1 to 200"
[ "$("$PMWB" -f "$DB" config get rag_green_pct)" = rag_green_pct=95 ] ||
	fail "a refused value must not be written"
# Esc leaves it as it was.
tui_keys Escape
tui_wait 'rag_green_pct left as it was'
# A good value is saved for everyone, audited, and shown.
tui_keys Enter C-u
tui_type 90
tui_keys Enter
tui_wait "rag_green_pct is now 90% (was 95%), for everyone using"
tui_wait 'rag_green_pct          90%'
[ "$("$PMWB" -f "$DB" config get rag_green_pct)" = rag_green_pct=90 ] ||
	fail "the value typed should be in the file"
[ "$(sql 'SELECT count(*) FROM audit')" -gt "$audits" ] || fail "the change should be audited"
# A preference is changed in its file: Enter says so and changes nothing.  The last row is
# scrolled into view at 80x24.
tui_keys G
tui_wait 'mouse                  on           on off'
tui_keys Enter
tui_wait 'your preferences are changed in'
# C again, or Esc, closes the view.
tui_keys C
tui_wait_gone 'Shared settings'
tui_keys q
# A status word imported elsewhere shows when the view is opened again.
printf 'status,state\nParked,closed\n' >"$T/statuses.csv"
"$PMWB" -f "$DB" import statuses "$T/statuses.csv" >/dev/null 2>&1 || fail "import statuses"
ui_open 80 24
tui_keys C
tui_wait '8 status words close a risk: Archived, Closed, Complete, Completed, Parked'
tui_keys q
finish
