#!/bin/sh
# The Programmes pane at 80x24 and 200x50, moving, searching, filtering, sorting, and the
# drill-in to a programme's people and projects.
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/ui/ui-lib.sh"
ui_make_db

ui_open 80 24
tui_wait 'PLANNED    Planned Care'
tui_expect_screen programmes-80x24

# Enter opens the selected programme; Esc comes back.
tui_keys Enter
tui_wait 'Director of Healthcare System Reform'
tui_expect_screen progdetail-80x24
tui_keys Escape
tui_wait_gone 'Programme manager'

# j moves down, G to the last row, g back to the first: Enter shows which is selected.
tui_keys j Enter
tui_wait 'UNSCHED  Unscheduled Care'
tui_keys Escape G Enter
tui_wait 'BN-QIPP  QIPP programme'
tui_keys BSpace g Enter
tui_wait 'PLANNED  Planned Care'
tui_wait 'Senior Care Pathway Manager'
tui_keys Escape

# Incremental search: each letter moves to the first match; Enter keeps it.
tui_keys /
tui_type 'prim'
tui_wait '/prim'
tui_keys Enter Enter
tui_wait 'PRIMARY  Primary Care'
tui_keys Escape
# Typing keeps the row the search began on when it matches; n goes on to the next match.
tui_keys / ; tui_type 'care'; tui_keys Enter
tui_keys n Enter
tui_wait 'BCF  Better Care Fund (BCF)'
tui_keys Escape
# N goes back; from the first row it wraps round to the last match.
tui_keys g N Enter
tui_wait 'BN-PRIMARY  Primary Care'
tui_keys Escape
tui_keys / ; tui_type 'nothing-like-this'; tui_keys Enter
tui_wait 'no programme matches "nothing-like-this"'

# Filter by a person: only the programmes whose people match.
tui_keys f
tui_type 'Integrated'
tui_keys Enter
tui_wait 'showing programmes whose code, name or people match "Integrated"'
tui_wait_gone 'PLANNED    Planned Care'
tui_wait 'UNSCHED    Unscheduled Care'
tui_keys f Enter
tui_wait 'filter cleared'
tui_wait 'PLANNED    Planned Care'

# s cycles the order: code puts PLANNED, PRIMARY, UNSCHED.
tui_keys s
tui_wait 'programmes in code'
tui_keys s
tui_wait 'programmes in name'
tui_keys G Enter
tui_wait 'SEL-WORKFORCE  Workforce'
tui_keys Escape s
tui_wait 'programmes in plan order'

# The wide screen shows the SRO / lead column.
ui_resize 200 50
tui_wait 'SRO / lead'
tui_expect_screen programmes-200x50
tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
finish
