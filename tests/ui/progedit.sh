#!/bin/sh
# Editing programmes in the Programmes pane (issue 13): e edits the selected programme in a
# form checked as it is typed (years by core's parser, code and name needed, nothing longer
# than a field holds), F2 saves the changed fields with one audit entry in full; a code
# another programme has is refused naming it; a colleague's change meanwhile is refused
# naming every field that changed; a adds a programme with the same form.
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/ui/ui-lib.sh"
last_audit='SELECT who, entity, entity_key, action, detail FROM audit ORDER BY id DESC LIMIT 1'
ui_make_db
audits=$(sql 'SELECT count(*) FROM audit')

ui_open 80 24
tui_wait 'PLANNED    Planned Care'

# e opens the selected programme's form, every field filled in.
tui_keys e
tui_wait 'Edit programme PLANNED'
tui_wait 'Manager  Senior Care Pathway Manager'
tui_wait 'Start FY  2013/14'
# A bad year is refused as it is typed, and F2 saves nothing while it stands.
tui_keys Down Down Down Down Down Down C-u
tui_type '2016/18'
tui_wait 'Start FY: '
tui_keys F2
tui_wait 'not saved: Start FY'
tui_keys C-u; tui_type '2016/17'
tui_wait 'End FY 2015/16 is before Start FY 2016/17'
tui_keys C-u; tui_type '2012/13'
tui_wait_gone 'is before Start FY'
# An empty name is refused.
tui_keys Up Up Up Up Up Up C-u
tui_wait 'a programme needs a name'
tui_type 'Planned Care & Elective'
# A paste longer than the field holds is refused, never cut: F2 says so and saves nothing.
tui_keys Down Down Down C-u
tui_type "$(printf '%0200d' 0)"
tui_wait 'SRO holds at most 95 characters'
tui_keys F2
tui_wait 'not saved: SRO holds at most 95 characters and was given more'
expect_sql "SELECT name, sro, start_fy FROM programme WHERE code = 'PLANNED'" \
	'Planned Care|Director of Healthcare System Reform|2013'
tui_keys C-u; tui_type 'Jane Smith, Director of Healthcare System Reform'
tui_keys F2
tui_wait 'saved programme PLANNED (Planned Care & Elective)'
tui_wait 'PLANNED    Planned Care & Ele'
expect_sql "SELECT name, sro, start_fy, end_fy FROM programme WHERE code = 'PLANNED'" \
	'Planned Care & Elective|Jane Smith, Director of Healthcare System Reform|2012|2015'
expect_sql "$last_audit" \
	"tester|programme|PLANNED|edit|name: 'Planned Care' -> 'Planned Care & Elective'; sro: 'Director of Healthcare System Reform' -> 'Jane Smith, Director of Healthcare System Reform'; start_fy: 2013/14 -> 2012/13"

# A code another programme has is refused, naming that programme; nothing is written.
tui_keys e
tui_wait 'Edit programme PLANNED'
tui_keys Up C-u; tui_type 'bcf'
tui_keys F2
tui_wait 'the code bcf is already programme BCF (Better Care Fund (BCF))'
tui_keys Escape
tui_wait 'Discard your changes?'
tui_keys y
tui_wait 'cancelled: nothing was saved'
expect_sql "SELECT count(*) FROM programme WHERE code = 'PLANNED'" 1

# A colleague changes the programme while the form is open: the save is refused, naming
# every field that changed with their value beside the user's; what they wrote stays.  Ctrl-R
# takes theirs with the user's summary on top, to save.
tui_keys e
tui_wait 'Edit programme PLANNED'
tui_keys Down Down Down Down Down Down Down Down C-u
tui_type 'Elective care, outpatients and diagnostics.'
sql "UPDATE programme SET chair = 'Dr A Colleague', lead = 'B Colleague' WHERE code = 'PLANNED'"
tui_keys F2
tui_wait 'programme PLANNED was changed by someone else meanwhile (Chair, Lead)'
tui_wait 'theirs: Dr A Colleague'
tui_wait 'theirs: B Colleague'
expect_sql "SELECT chair, lead, summary = 'Elective care, outpatients and diagnostics.' FROM programme WHERE code = 'PLANNED'" \
	'Dr A Colleague|B Colleague|0'
expect_sql "SELECT count(*) FROM audit" $((audits + 1))
tui_keys C-r
tui_wait 'took theirs for programme PLANNED, kept what you typed: Summary; F2 saves'
tui_keys F2
tui_wait 'saved programme PLANNED'
expect_sql "SELECT chair, lead, summary = 'Elective care, outpatients and diagnostics.' FROM programme WHERE code = 'PLANNED'" \
	'Dr A Colleague|B Colleague|1'

# a adds a programme: code and name needed; the years are kept as financial years.
tui_keys a
tui_wait 'New programme'
tui_keys F2
tui_wait 'not saved: a programme needs a code'
tui_type 'ESTATES'
tui_keys Down; tui_type 'Estates and Facilities'
tui_keys Down; tui_type 'Bromley Clinical Commissioning Group'
tui_keys Down Down Down Down Down; tui_type '2014/15'
tui_keys Down; tui_type '2016/17'
tui_keys Down; tui_type 'Surplus sites, with a long summary: "quotes", commas; and more'
tui_keys F2
tui_wait 'added programme ESTATES (Estates and Facilities)'
expect_sql "SELECT name, organisation, ifnull(sro, '-'), start_fy, end_fy, summary FROM programme WHERE code = 'ESTATES'" \
	'Estates and Facilities|Bromley Clinical Commissioning Group|-|2014|2016|Surplus sites, with a long summary: "quotes", commas; and more'
expect_sql "$last_audit" \
	"tester|programme|ESTATES|add|code: 'ESTATES'; name: 'Estates and Facilities'; organisation: 'Bromley Clinical Commissioning Group'; start_fy: 2014/15; end_fy: 2016/17; summary: 'Surplus sites, with a long summary: \"quotes\", commas; and more'"
tui_wait 'ESTATES    Estates and Facili'
# the new programme is the one selected
tui_keys Enter
tui_wait 'Surplus sites'
tui_keys Escape
tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
expect_same 'stderr' "$(cat "$T/tui-stderr")" ''
finish
