#!/bin/sh
# The Gantt pane: the delivery table as quarters (Gynaecology shows R in the four 2013/14
# quarters), the today marker and moving it, fold and unfold, zoom, horizontal scroll,
# search, filter, the detail panel, and the drill-in from a programme to its Gantt row.
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/ui/ui-lib.sh"
ui_make_db

ui_open 80 24
tui_keys 2
tui_wait 'Programme / project'
tui_wait '  Gynaecology                425  R  R  R  R'
tui_expect_screen gantt-80x24

# Space folds the selected programme; Space again unfolds it.
tui_keys Space
tui_wait_gone 'Gynaecology'
tui_wait 'UNSCHED Unscheduled Care'
tui_keys Space
tui_wait 'Gynaecology'
# O folds every programme; the three group rows remain.
tui_keys O
tui_wait_gone 'Dermatology'
tui_expect_screen gantt-folded-80x24
tui_keys O
tui_wait 'Dermatology'

# d shows the detail panel of the selected row.
tui_keys j d
tui_wait 'Description: Review intermediate services'
tui_keys d
tui_wait_gone 'Description:'

# z zooms to a column per year, then per month (milestones in their month), then back.
tui_keys z
tui_wait 'zoom: a column per year'
tui_expect_screen gantt-years-80x24
tui_keys z
tui_wait 'zoom: a column per month'
tui_wait 'Oct▼Nov Dec Jan Feb Mar Apr'
tui_expect_screen gantt-months-80x24
# l scrolls a month at a time; ^ goes back to the start of the plan.
tui_keys l l l
tui_wait 'Jan Feb Mar Apr May'
tui_keys '^'
tui_wait 'Apr May Jun Jul Aug Sep Oct Nov Dec Jan Feb'
tui_wait '2011/12'
tui_keys z
tui_wait 'zoom: a column per quarter'
tui_keys '.'
tui_wait 'Q1 Q2 Q3▼Q4'

# t moves "today" a quarter on: the marker follows and the top bar says so.
tui_keys t
tui_wait 'today is now 2013/14 Q4'
tui_wait '2013/14 Q4 (moved)'
tui_keys T T
tui_wait 'today is now 2013/14 Q2'

# Search as you type, then n for the next match.
tui_keys /
tui_type 'path'
tui_keys Enter d
tui_wait 'Pathology Service'
tui_wait 'Description: Re-procure the current pathology service'
tui_keys d
# Filter to one programme's projects.
tui_keys f
tui_type 'Primary'
tui_keys Enter
tui_wait 'showing programmes and projects matching "Primary"'
tui_wait_gone 'PLANNED Planned Care'
tui_wait 'PRIMARY Primary Care'
tui_keys f Enter
tui_wait 'filter cleared'

# G goes to the last row, g back to the first.
tui_keys G d
tui_wait 'BN-QIPP QIPP programme'
tui_keys g
tui_wait 'PLANNED Planned Care'
tui_keys d

# The wide screen has the detail panel at the side and room for every quarter.
ui_resize 200 50
tui_keys j d
tui_wait 'Success measures: Action plan implemented'
tui_expect_screen gantt-200x50

# From a programme's projects, Enter opens that project's row in the Gantt.
tui_keys 1 g j j Enter
tui_wait 'Projects (Enter opens in the Gantt)'
tui_keys j j Enter
tui_wait 'Description: Education to embed'
tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
finish
