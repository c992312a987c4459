#!/bin/sh
# Milestones' due dates follow the risks' date rules: a date that is none is refused where it
# is; TBC and the like are undated and counted; words pmwb cannot place are kept as written.
# A project name that is a typo of one the programme has is refused with a suggestion, never
# made into a second project.
. "$top_srcdir/tests/lib/harness.sh"
need sqlite3

run 0 "$PMWB" -f "$DB" import -q all "$SEED/000a"
cd "$T" || exit 1
cat >bad.csv <<'X'
programme_code,project,milestone,due
PLANNED,,Contract signed,31/02/2014
PLANNED,,Service live,Q5 2013/14
PLANNED,Gynaecolgy,Pathway agreed,2014-03
PLANNED,,Review,Febuary 2014
PLANNED,,Launch,TBC
X
refused bad.csv milestones
expect_err_contains "bad.csv:2:4: due: '31/02/2014' is not a date: February 2014 has 28 days (value '31/02/2014')"
expect_err_contains "bad.csv:3:4: due: 'Q5 2013/14' is not a quarter: "
expect_err_contains "bad.csv:4:2: the programme has no such project: did you mean 'Gynaecology'? (write the name as its delivery plan does) (value 'Gynaecolgy')"
expect_err_contains "bad.csv:5:4: due: 'Febuary 2014' is not a date: 'Febuary' is not a month name"
expect_err_contains 'pmwb: 4 errors; nothing was imported and the database is unchanged'
# the risks' rule is the same
printf 'ref,programme_code,risk,review_date\nR1,PLANNED,x,31/02/2014\n' >risk.csv
refused risk.csv risks
expect_err_contains "risk.csv:2:4: review_date: '31/02/2014' is not a date: February 2014 has 28 days"

cat >good.csv <<'X'
programme_code,project,milestone,due
PLANNED,,Launch,TBC
PLANNED,,Monitoring,Ongoing
PLANNED,,Procurement,end Q2
PLANNED,Gynaecology,Pathway agreed,2014-03
PLANNED,Patient forum,First meeting,Sept 2013
X
run 0 "$PMWB" -f "$DB" import milestones good.csv
expect_err - <<'X'
good.csv:6:2: notice: project 'Patient forum' is in no delivery plan of the programme: added for its milestones
good.csv: notice: 2 milestones are undated (TBC, Ongoing or the like): kept without a date
good.csv: notice: 1 milestone has a due date in words pmwb cannot place on the Gantt (such as 'end Q2'): kept as written
X
expect_out - <<'X'
milestone: 5 new, 0 updated, 0 unchanged
project: 1 new, 0 updated, 0 unchanged
X
run 0 sqlite3 "$DB" "SELECT name || ':' || due_text || ':' || ifnull(due_first, '-') FROM milestone WHERE src_file = 'good.csv' ORDER BY name"
expect_out - <<'X'
First meeting:Sept 2013:24164
Launch:TBC:-
Monitoring:Ongoing:-
Pathway agreed:2014-03:24170
Procurement:end Q2:-
X
run 0 sqlite3 "$DB" "SELECT count(*) FROM project WHERE name LIKE 'Gyn%'"
expect_out 1
finish
