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
tui_wait 'programmes in QIPP RAG, Red first'
tui_keys s s s
tui_wait 'programmes in plan order'

# A month of forecasts imported by a colleague shows after R, rated as the QIPP pane and the
# reports rate it (issue 12): against the whole plan, a scheme that did not report counting
# as forecasting nothing (PLANNED 663 of 6,532 is Red, not Amber on the 788 of the two that
# reported), never Green without a forecast.
cat >"$T/months.csv" <<'CSV'
programme_code,scheme,month,forecast_k,actual_k
PLANNED,Gynaecology,2013-09,300,150
PLANNED,Dermatology,2013-09,363,180
UNSCHED,Rapid Response,2013-09,500,250
PRIMARY,Medicines Management,2013-08,900,400
PRIMARY,Medicines Management,2013-09,500,400
CSV
run 0 "$PMWB" -f "$DB" import qipp-months "$T/months.csv"
tui_keys g R
tui_wait 'reloaded from test.db'
tui_wait 'PLANNED    Planned Care           18  12  -  -  -  -  6,532    663  Red'
tui_wait 'UNSCHED    Unscheduled Care        8   2  -  -  -  -  3,125    500  Red'
tui_wait 'PRIMARY    Primary Care           18   8  -  -  -  -  1,000    500  Red'
tui_wait 'PROMISE    Proactive Manageme…    20  13  -  -  9  -    433      - not reported'
# The programme's detail says where its risks and schemes are.
tui_keys g Enter
tui_wait 'plan £6,532k, forecast £663k from 2 reporting'
tui_keys Escape
tui_keys /
tui_type 'BCF'
tui_keys Enter Enter
tui_wait 'Open risks            Low 0, Moderate 3, High 5, Extreme 0 (pane 3)'
tui_keys Escape

# The wide screen shows the SRO / lead column.
ui_resize 200 50
tui_wait 'SRO / lead'
tui_expect_screen programmes-200x50
tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
finish
