#!/bin/sh
# Issue 13, QIPP: typing a month from the QIPP pane (e on a scheme) went on in the scheme
# view after F2, so the next j moved to another month, not the next scheme, and two users
# typed the next scheme's figures into the first scheme's other months.  After saving (or
# cancelling) the user is back where they started: in the pane on the same scheme, or in the
# scheme view on the same month; and the form's title names the scheme and the month.
PMWB_TODAY=2013-09-20
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/qipp/qipp-lib.sh"
qipp_make_db
gyn=$(sql "SELECT s.id FROM qipp_scheme s JOIN programme p ON p.id = s.programme_id
	WHERE p.code = 'PLANNED' AND s.name = 'Gynaecology'")
derm=$(sql "SELECT s.id FROM qipp_scheme s JOIN programme p ON p.id = s.programme_id
	WHERE p.code = 'PLANNED' AND s.name = 'Dermatology'")
sep=24164 # September 2013: 2013 * 12 + 8

qipp_open 80 24
tui_wait 'QIPP 2013/14 at 2013-09'
tui_keys j
tui_wait '  Gynaecology '
# From the pane: the title names the scheme and the month.
tui_keys e
tui_wait 'Gynaecology (PLANNED), Sep 2013: forecast and actual'
tui_type '400'
tui_keys F2
tui_wait "saved Gynaecology 2013-09: forecast 400, actual none (£'000)"
# Back in the pane, on Gynaecology: j goes to the next scheme, and e types its month.
tui_wait 'Programme / scheme'
tui_keys j e
tui_wait 'Dermatology (PLANNED), Sep 2013: forecast and actual'
tui_type '300'
tui_keys F2
tui_wait "saved Dermatology 2013-09: forecast 300, actual none (£'000)"
expect_sql "SELECT scheme_id = $gyn, month, forecast FROM qipp_month ORDER BY scheme_id = $gyn DESC" "1|$sep|400000
0|$sep|300000"
expect_sql "SELECT count(*) FROM qipp_month WHERE scheme_id = $derm" 1
# Esc from the pane's form is back in the pane too.
tui_wait 'Programme / scheme'
tui_keys e
tui_wait 'Dermatology (PLANNED), Sep 2013'
tui_keys Escape
tui_wait 'cancelled: nothing was saved'
tui_wait 'Programme / scheme'

# In the scheme view: the month typed stays selected after F2, so j is the month after it.
tui_keys Enter
tui_wait 'Dermatology  (PLANNED Planned Care)  2013/14 at 2013-09'
tui_keys k k e
tui_wait 'Dermatology (PLANNED), Jul 2013: forecast and actual'
tui_type '310'
tui_keys F2
tui_wait "saved Dermatology 2013-07: forecast 310, actual none (£'000)"
tui_keys j e
tui_wait 'Dermatology (PLANNED), Aug 2013: forecast and actual'
tui_keys Escape
tui_wait 'cancelled: nothing was saved'
tui_wait 'Dermatology  (PLANNED Planned Care)'
expect_sql "SELECT month, forecast FROM qipp_month WHERE scheme_id = $derm ORDER BY month" "$((sep - 2))|310000
$sep|300000"
tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
finish
