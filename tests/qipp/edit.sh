#!/bin/sh
# Typing a month's figures in the scheme view: money as people type it ("£1,234", "(36)",
# "1.41m"), each field checked as it is typed; bad input refused with a message on screen and
# nothing written; Esc leaves the database byte for byte as it was; F2 saves the month in one
# transaction with an audit row; the pane's row and totals follow at once.
PMWB_TODAY=2013-09-20
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/qipp/qipp-lib.sh"
qipp_make_db
gyn=$(sql "SELECT s.id FROM qipp_scheme s JOIN programme p ON p.id = s.programme_id
	WHERE p.code = 'PLANNED' AND s.name = 'Gynaecology'")
# September 2013 is month 2013 * 12 + 8.
sep=24164

qipp_open 80 24
tui_wait 'QIPP 2013/14 at 2013-09'
tui_keys j
qipp_wait_line '  Gynaecology ' '  Gynaecology                425    213      0                      not reported'

# e on a scheme types its report month at once.  Text is refused as typed, and by F2.
db_dump "$DB" >"$T/before"
tui_keys e
tui_wait 'Gynaecology 2013-09: F2 saves, Esc cancels'
tui_wait 'Forecast £k'
tui_type '12x'
tui_wait "Forecast £k: '12x' is not an amount of money"
tui_keys F2
tui_wait "not saved: Forecast £k: '12x' is not an amount of money"
tui_keys C-u
tui_type '1,23'
tui_wait "Forecast £k: '1,23' is not an amount of money"
# A good forecast with a bad actual: still nothing is saved.
tui_keys C-u
tui_type '£600'
tui_wait '£600,000'
tui_keys Tab
tui_type '36-'
tui_wait "Actual £k: '36-'"
tui_keys F2
tui_wait "not saved: Actual £k: '36-'"
qipp_expect_screen edit-invalid-80x24
# Esc: nothing was written, not even an audit row (with changes it asks first).
tui_keys Escape
tui_wait 'discard changes? y/n'
tui_keys y
tui_wait 'cancelled: nothing was saved'
db_dump "$DB" >"$T/after"
checks=$((checks + 1))
cmp -s "$T/before" "$T/after" || { fail "Esc changed the database"; diff -u "$T/before" "$T/after" >&2; }
expect_sql "SELECT count(*) FROM qipp_month" 0

# A real month: "£600" in the £'000 column is £600,000; "(36)" is a negative actual.
tui_keys e
tui_wait 'Gynaecology 2013-09: F2 saves'
tui_type '£600'
tui_keys Tab
tui_type '(36)'
tui_wait '-£36,000'
tui_keys F2
tui_wait "saved Gynaecology 2013-09: forecast 600, actual -36 (£'000)"
expect_sql "SELECT forecast, actual, ifnull(src_file, '-') FROM qipp_month WHERE scheme_id = $gyn AND month = $sep" \
	'600000|-36000|-'
expect_sql "SELECT who, entity, entity_key, action, detail FROM audit WHERE entity = 'qipp_month'" \
	'tester|qipp_month|PLANNED Gynaecology 2013-09|add|forecast: (empty) -> 600,000; actual: (empty) -> -36,000'
# Saved, the user is back in the pane (where e was pressed); the scheme and its programme
# follow.
qipp_wait_line '  Gynaecology ' '  Gynaecology                425    213    -36    600    175   41.2 Green'
# Planned Care: one scheme of seventeen reported, so its 600 is rated against the whole
# 6,532 planned (issue 12).
qipp_wait_line '▾ PLANNED ' '▾ PLANNED Planned…         6,532  3,266    -36    600 -5,932  -90.8 Red'

# Enter in the scheme view types the selected month; the form starts from the exact figure.
tui_keys Enter
tui_wait 'Gynaecology  (PLANNED Planned Care)  2013/14 at 2013-09'
tui_keys k Enter
tui_wait 'Gynaecology 2013-08: F2 saves'
tui_type '0.41m'
tui_wait '£410,000'
tui_keys F2
tui_wait "saved Gynaecology 2013-08: forecast 410, actual none (£'000)"
expect_sql "SELECT forecast, ifnull(actual, 'null') FROM qipp_month WHERE scheme_id = $gyn AND month = $sep - 1" \
	'410000|null'
tui_keys j e
tui_wait 'Gynaecology 2013-09: F2 saves'
tui_keys BSpace BSpace BSpace BSpace BSpace BSpace
tui_type '425.5'
tui_wait '£425,500'
tui_keys F2
tui_wait "saved Gynaecology 2013-09: forecast 426, actual -36 (£'000)"
expect_sql "SELECT action, detail FROM audit WHERE entity = 'qipp_month' ORDER BY id DESC LIMIT 1" \
	'edit|forecast: 600,000 -> 425,500'
# Saving what is there already writes nothing.
db_dump "$DB" >"$T/before"
tui_keys e
tui_wait 'Gynaecology 2013-09: F2 saves'
tui_keys F2
tui_wait 'nothing changed, so nothing was saved'
tui_keys Escape
db_dump "$DB" >"$T/after"
checks=$((checks + 1))
cmp -s "$T/before" "$T/after" || fail "an unchanged save wrote to the database"
# Both figures emptied: the month is no longer reported.
tui_keys e
tui_wait 'Gynaecology 2013-09: F2 saves'
tui_keys C-u Tab C-u F2
tui_wait "saved Gynaecology 2013-09: forecast none, actual none (£'000)"
expect_sql "SELECT count(*) FROM qipp_month WHERE scheme_id = $gyn AND month = $sep" 0
expect_sql "SELECT action FROM audit WHERE entity = 'qipp_month' ORDER BY id DESC LIMIT 1" 'clear'
tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
finish
