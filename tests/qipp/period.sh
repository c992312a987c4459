#!/bin/sh
# Moving the period: < > the report month (year to date and the forecast as of then, across
# the year's edge), [ ] the year (keeping the month of the year); folding one programme and
# every programme, its totals staying on the group row; and resizing, down to too small and
# back.
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/qipp/qipp-lib.sh"
qipp_make_db
# Gynaecology (plan 425): Green in August, Red after September's forecast of 300.
qipp_import_months <<'CSV'
programme_code,scheme,month,forecast_k,actual_k
PLANNED,Gynaecology,2013-08,425,30
PLANNED,Gynaecology,2013-09,300,20
CSV

qipp_open 80 24
tui_wait 'QIPP 2013/14 at 2013-10'
qipp_wait_line '  Gynaecology ' '  Gynaecology                425    248     50    300   -125  -29.4 Red'
tui_keys '<'
tui_wait 'QIPP 2013/14 at 2013-09: [ ] change the year, < > the report month'
# September moved it down from August's Green: the arrow the exception report's "moved down"
# section would list it under.  The programme, one scheme of seventeen reporting, is rated on
# its whole plan (issue 12): Red both months, so it did not move.
qipp_wait_line '  Gynaecology ' '  Gynaecology                425    213     50    300   -125  -29.4 Red ↓'
qipp_wait_line '▾ PLANNED ' '▾ PLANNED Planned…         6,532  3,266     50    300 -6,232  -95.4 Red'
tui_keys j Enter
tui_wait '↓ Red from Green a month before; Acute Contract; Brought forward'
tui_keys Escape
tui_wait 'Programme / scheme'
tui_keys k
tui_keys ','
tui_wait 'QIPP 2013/14 at 2013-08 ('
qipp_wait_line '  Gynaecology ' '  Gynaecology                425    177     30    425      0    0.0 Green'
tui_keys '<'
tui_wait 'QIPP 2013/14 at 2013-07 ('
qipp_wait_line '  Gynaecology ' '  Gynaecology                425    142      0                      not reported'
# Across the start of the year: April's month before is March, in 2012/13.
tui_keys '<' '<' '<'
tui_wait 'QIPP 2013/14 at 2013-04 ('
tui_keys '<'
tui_wait 'QIPP 2012/13 at 2013-03 ('
tui_keys '>' '>' '>' '>' '>'
tui_wait 'QIPP 2013/14 at 2013-08 ('
# A year later, the same month of the year: not begun by today (2013-10-15), so it has no
# year-to-date plan; then back.
tui_keys ']'
tui_wait 'QIPP 2014/15 at 2014-08 ('
qipp_wait_line '  Gynaecology ' '  Gynaecology                  0             0                      not reported'
tui_wait '▾ PLANNED Planned…         3,476'
tui_keys '['
tui_wait 'QIPP 2013/14 at 2013-08 ('
qipp_wait_line '  Gynaecology ' '  Gynaecology                425    177     30    425      0    0.0 Green'

# Fold Planned Care: its schemes go, its totals stay on the group row; Space again unfolds.
qipp_wait_line '▾ PLANNED ' '▾ PLANNED Planned…         6,532  2,722     30    425 -6,107  -93.5 Red'
tui_keys Space
qipp_wait_line '▸ PLANNED ' '▸ PLANNED Planned…         6,532  2,722     30    425 -6,107  -93.5 Red'
tui_wait_gone '  Gynaecology '
tui_wait '▾ UNSCHED Unsched…         3,125'
tui_keys Space
tui_wait '  Gynaecology '
# O folds every programme and unfolds them again; Enter on a group row folds it too.
tui_keys O
tui_wait '▸ UNSCHED Unsched…         3,125'
tui_wait '▸ BN-QIPP QIPP pr…         1,486'
qipp_expect_screen period-folded-80x24
tui_keys O
tui_wait 'every programme unfolded'
tui_wait '▾ PLANNED Planned…'
tui_keys Enter
tui_wait '▸ PLANNED Planned…'
tui_keys Enter
tui_wait '▾ PLANNED Planned…'

# Resize: wider columns, then too small, then back as it was.
ui_resize() {
	tui_resize "$1" "$2"
	checks=$((checks + 1))
	end=$(($(date +%s) + TUI_DEADLINE))
	while :; do
		screen=$(tui_capture)
		case $screen in *"Terminal too small ($1x$2)"*) return 0 ;; esac
		top=$(printf '%s\n' "$screen" | head -1 | sed 's/[[:space:]]*$//')
		[ "${#top}" -eq $(($1 - 1)) ] && return 0
		if [ "$(date +%s)" -ge "$end" ]; then
			fail "pmwb did not redraw at $1x$2 within ${TUI_DEADLINE}s"
			return 1
		fi
		sleep 0.05
	done
}
ui_resize 120 40
tui_wait '▾ PLANNED Planned Care'
tui_wait 'Telephone Clinical Advice (T&O)'
tui_resize 60 12
tui_wait 'QIPP 2013/14 at 2013-08 (£'"'"'000)'
tui_wait_gone 'Telephone Clinical Advice (T&O)'
qipp_wait_line '▾ PLANN' '▾ PLANN…  6,532  2,722     30    425 -6,107  -93.5 Red'
ui_resize 50 10
tui_wait 'Terminal too small (50x10)'
ui_resize 80 24
tui_keys O
tui_wait '▸ BN-QIPP QIPP pr…         1,486'
qipp_expect_screen period-folded-80x24
tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
finish
