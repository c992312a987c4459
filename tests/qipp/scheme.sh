#!/bin/sh
# Enter on a scheme opens its year month by month: the plan phased by month, the forecast
# reported each month and the month's actual, a bar chart of plan, forecast and actual in
# block characters (and in ASCII when the locale is not UTF-8), and the linked project's
# phases, or a sentence saying there is none; at 80x24, wide, and after a resize.
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/qipp/qipp-lib.sh"
qipp_make_db
# MCATS (plan 908) is linked to its delivery project, whose phases are in data/000a.
sqlite3 "$DB" "UPDATE qipp_scheme SET project_id = (SELECT id FROM project WHERE name LIKE
	'MSK Diagnostics%') WHERE name = 'MCATS'" || fail 'linking MCATS to its project'
qipp_import_months <<'CSV'
programme_code,scheme,month,forecast_k,actual_k
PLANNED,MCATS,2013-04,908,70
PLANNED,MCATS,2013-05,908,76
PLANNED,MCATS,2013-06,880,60
PLANNED,MCATS,2013-07,860,72
PLANNED,MCATS,2013-08,860,80
PLANNED,MCATS,2013-09,850,76
PLANNED,Leg Ulcer service,2013-09,-36,-3
CSV

qipp_open 80 24
tui_keys '<'
tui_wait 'QIPP 2013/14 at 2013-09 ('
tui_keys j j j j j
tui_wait 'MCATS'
tui_keys Enter
tui_wait 'MCATS  (PLANNED Planned Care)  2013/14 at 2013-09'
tui_wait '£k: net 908  YTD plan 454 actual 434  forecast 850 var -58 (-6.4%)  Amber'
tui_wait 'Sep      76      850      76'
tui_wait 'YTD     454      850     434'
tui_wait 'Project MSK Diagnostics Assessment & Treatment Service (MCATS), phases: R'
tui_wait '█ plan  █ forecast  █ actual  top £80k a month'
qipp_expect_screen scheme-80x24
# The month moves with < > here too, and the view follows.
tui_keys '<'
tui_wait 'MCATS  (PLANNED Planned Care)  2013/14 at 2013-08'
tui_wait 'YTD     378      860     358'
tui_keys '>'
tui_wait 'YTD     454      850     434'

# Wide: the months with their years, the chart wider.
ui_resize_to() { tui_resize "$1" "$2"; tui_wait "$3"; }
ui_resize_to 200 50 'Sep 2013'
qipp_expect_screen scheme-200x50
ui_resize_to 80 24 'Sep      76      850      76'
qipp_expect_screen scheme-resized-80x24

# Esc goes back to the pane, where the selection stayed; a scheme without a project says so.
tui_keys Escape
tui_wait 'Programme / scheme'
tui_keys g j j j j j j j j j j j j j j Enter
tui_wait 'Leg Ulcer service  (PLANNED Planned Care)'
tui_wait 'No project is linked to this scheme, so there are no phases to show.'
tui_wait '£k: net -36  YTD plan -18 actual -3  forecast -36 var 0 (0.0%)  Green'
tui_keys Escape
tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0

# Not UTF-8: the same chart in ASCII, GBP for the pound.
TUI_LANG=C tui_start 80 24 "$PMWB" -f "$DB"
tui_wait 'Programmes'
tui_keys 4 '<' j j j j j Enter
tui_wait 'MCATS  (PLANNED Planned Care)  2013/14 at 2013-09'
tui_wait '# plan  + forecast  * actual  top GBP80k a month'
qipp_expect_screen scheme-ascii-80x24
tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
finish
