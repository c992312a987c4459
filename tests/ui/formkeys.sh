#!/bin/sh
# Keys in a form (issue 13): an escape sequence curses does not know is read whole, never as
# Esc and the keys after it (tmux's Home ESC[1~ under xterm-256color and PuTTY's F2 ESC[12~
# closed the form unsaved, then switched panes); Home, End, Delete, Backspace and the arrows
# edit the field; F2 saves from PuTTY, tmux and the Linux console (ESC[[B, and tmux's ESC OQ
# under TERM=linux), Ctrl-O too; the key bar shows the form's keys; Esc, Ctrl-C or F10 with
# unsaved changes ask "discard changes?" (y discards, any other key goes back), Esc without
# changes closes at once.
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/ui/ui-lib.sh"
need sqlite3
sql() { sqlite3 "$DB" "$1"; }
expect_sql() { expect_same "sqlite3: $1" "$(sqlite3 "$DB" "$1")" "$2"; }
name="SELECT name FROM programme WHERE code = 'PLANNED'"
ui_make_db

ui_open 80 24
tui_wait 'PLANNED    Planned Care'
tui_keys e
tui_wait 'Edit programme PLANNED'
# The key bar is the form's: ? and q are typed text here.
tui_wait 'F2/^O Save Esc Cancel Tab Next'
checks=$((checks + 1))
case $(tui_capture | tail -2) in *'? Help'* | *'q Quit'*) fail "the form's key bar offers ? Help or q Quit" ;; esac
# Home as tmux sends it (ESC[1~, which xterm-256color does not list), End and Home as PuTTY
# sends them, then the editing keys; PuTTY's F2 (ESC[12~) saves.
tui_keys Home
tui_type 'New '
tui_type "$(printf '\033[4~')"
tui_keys BSpace Left Left DC
tui_type "$(printf '\033[1~')"
tui_keys Right Right Right DC
tui_wait 'Name  NewPlanned Cr'
tui_type "$(printf '\033[12~')"
tui_wait 'saved programme PLANNED (NewPlanned Cr)'
expect_sql "$name" 'NewPlanned Cr'

# A sequence no terminal means anything by is swallowed whole and said to be ignored.
tui_keys e
tui_wait 'Edit programme PLANNED'
tui_type "$(printf '\033[99~')"
tui_wait 'ignored a key pmwb does not know (ESC[99~)'
tui_wait 'Edit programme PLANNED'
# Ctrl-O saves as well as F2.
tui_keys End; tui_type 'a'
tui_keys C-o
tui_wait 'saved programme PLANNED (NewPlanned Cra)'
expect_sql "$name" 'NewPlanned Cra'

# Esc with no changes closes at once.
tui_keys e
tui_wait 'Edit programme PLANNED'
tui_keys Escape
tui_wait 'cancelled: nothing was saved'
tui_wait 'PLANNED    NewPlanned Cra'

# Esc with changes asks; any other key goes back to the form with the text as it was (and
# is not typed); y discards.
tui_keys e
tui_wait 'Edit programme PLANNED'
tui_type 'ft'
tui_keys Escape
tui_wait 'Discard your changes? y discards them'
tui_wait 'discard changes? y/n'
tui_keys n
tui_wait_gone 'Discard your changes?'
tui_wait 'Name  NewPlanned Craft'
tui_keys Escape
tui_wait 'Discard your changes?'
tui_keys y
tui_wait 'cancelled: nothing was saved'
expect_sql "$name" 'NewPlanned Cra'

# Ctrl-C with changes asks the same; pmwb goes on running either way.
tui_keys e
tui_wait 'Edit programme PLANNED'
tui_type 's'
tui_keys C-c
tui_wait 'Discard your changes?'
tui_keys x
tui_wait_gone 'Discard your changes?'
tui_wait 'Name  NewPlanned Cras'
tui_keys C-c
tui_wait 'Discard your changes?'
tui_keys y
tui_wait 'cancelled: nothing was saved'
tui_wait 'PLANNED    NewPlanned Cra'
expect_sql "$name" 'NewPlanned Cra'
# F10 (quit) with changes asks too; n goes back.
tui_keys e
tui_wait 'Edit programme PLANNED'
tui_type 'b'
tui_keys F10
tui_wait 'Discard your changes?'
tui_keys n
tui_wait 'Name  NewPlanned Crab'
tui_keys F2
tui_wait 'saved programme PLANNED (NewPlanned Crab)'
tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
expect_same 'stderr' "$(cat "$T/tui-stderr")" ''

# TERM=linux: the console's F2 (ESC[[B, which its terminfo lists) and tmux's F2 (ESC OQ,
# which it does not) both save.
TUI_TERM=linux
ui_open 80 24
tui_wait 'PLANNED    NewPlanned Crab'
tui_keys e
tui_wait 'Edit programme PLANNED'
tui_keys BSpace
tui_keys F2
tui_wait 'saved programme PLANNED (NewPlanned Cra)'
expect_sql "$name" 'NewPlanned Cra'
tui_keys e
tui_wait 'Edit programme PLANNED'
tui_keys Home; tui_type 'A '
tui_type "$(printf '\033[[B')"
tui_wait 'saved programme PLANNED (A NewPlanned Cra)'
expect_sql "$name" 'A NewPlanned Cra'
tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
finish
