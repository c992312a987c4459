#!/bin/sh
# The friction of sheets saved from Excel: a tab-delimited text file, a folder whose files
# Windows named in capitals, a --map that names no field of the kind.
. "$top_srcdir/tests/lib/harness.sh"
cd "$T" || exit 1

# a tab-separated file is read as such (it was "no header row found"), commas in its cells
printf 'code\tname\tstart_fy\tend_fy\nX1\tProg X, the first\t2013/14\t2014/15\n' >progs.txt
run 0 "$PMWB" -f "$DB" import programmes progs.txt
expect_out 'programme: 1 new, 0 updated, 0 unchanged'
run 0 "$PMWB" -f "$DB" export programmes
expect_out_contains 'X1,"Prog X, the first",'

# import all finds a kind's file in any case, and does not call it "not a file pmwb imports"
mkdir caps
printf 'code,name\nC1,Capital programme\n' >caps/Programmes.CSV
printf 'ref,programme_code,risk,likelihood,impact\nR1,C1,Shouted,2,3\n' >caps/RISKS.csv
run 0 "$PMWB" -f "$DB" import all caps
expect_out_contains 'risk: 1 new, 0 updated, 0 unchanged'
case $err in *'not a file pmwb imports'*) fail "a kind's file in capitals was passed by: $err" ;; esac

# --map names a field the kind has not: the error lists the ones it has
run 1 "$PMWB" -f "$DB" import --map 'Risk Score=scor' risks caps/RISKS.csv
expect_err_contains "--map 'Risk Score=scor': risks has no field 'scor'; its fields are ref, programme_code, "
expect_err_contains "(or 'ignore')"

# import KIND - reads standard input; messages name it stdin
printf 'code,name\nP1,Piped programme\n' >piped.csv
run_stdin=piped.csv
run 0 "$PMWB" -f "$DB" import programmes -
expect_out 'programme: 1 new, 0 updated, 0 unchanged'
printf 'code,name\nP2,\n' >piped.csv
run 2 "$PMWB" -f "$DB" import programmes -
expect_err_contains 'stdin:2:2: the programme has no name'
unset run_stdin
run 2 "$PMWB" -f "$DB" import programmes -
expect_err_contains "pmwb: stdin: the file is empty"

# --columns: the fields, which are required, and the header names each is read from
run 0 "$PMWB" -f "$T/never.db" import risks --columns
expect_out_contains 'risks (risks.csv): each field'
expect_out_contains '  ref                      * Risk Ref, Risk Reference,'
expect_out_contains "  financial_impact_k         Financial Impact,"
[ -e "$T/never.db" ] && fail "--columns created a database"
run 0 "$PMWB" import delivery --columns
expect_out_contains "and a column per quarter: '2013/14 Q1'"
run 1 "$PMWB" import nokind --columns
expect_err_contains "no kind 'nokind'; the kinds are programmes, delivery,"
run 1 "$PMWB" import all --columns
expect_err_contains '--columns takes one kind'

# a "Total" line in a risk register is a total, not a risk named Total with no title: the
# financial impact it prints is checked against the rows'
printf 'ref,risk,likelihood,impact,financial_impact_k\nT1,First,2,3,100\nT2,Second,4,4,50\nTotal,,,,150\n' >total.csv
run 0 "$PMWB" -f "$DB" import risks total.csv
expect_out_contains 'risk: 2 new, 0 updated, 0 unchanged'
expect_out_contains 'total rows: 1 checked, 0 differ from their rows'
printf 'ref,risk,likelihood,impact,financial_impact_k\nT1,First,2,3,100\nT2,Second,4,4,50\nTotal,,,,160\n' >total.csv
run 2 "$PMWB" -f "$DB" import risks total.csv
expect_err_contains 'total.csv:4:5: total financial impact 160 differs from the rows'"'"' sum 150 by 10'

# months by their number in the year ("2013/14 M6", "Month 7" for today's, 2013/14), and a
# "YTD Actual" column: the month's own actual is the difference from the month before
printf 'code,name\nQM,Monthly\n' >qm-programmes.csv
printf 'programme_code,scheme,fy2013_14_plan_k\nQM,Alpha,240\n' >qm-plan.csv
run 0 "$PMWB" -f "$DB" import programmes qm-programmes.csv
run 0 "$PMWB" -f "$DB" import qipp qm-plan.csv
printf '%s\n' 'Programme,Scheme,Period,Forecast,YTD Actual' 'QM,Alpha,2013/14 M1,240,10' \
	'QM,Alpha,M2 2013/14,240,25' 'QM,Alpha,2013/14 Month 3,230,45' 'QM,Alpha,Month 4,230,60' >ytd.csv
run 0 "$PMWB" -f "$DB" import qipp-months ytd.csv
expect_out 'qipp month: 4 new, 0 updated, 0 unchanged'
run 0 "$PMWB" -f "$DB" export qipp-months
expect_out_contains 'QM,Alpha,2013-04,240,10'
expect_out_contains 'QM,Alpha,2013-05,240,15'
expect_out_contains 'QM,Alpha,2013-06,230,20'
expect_out_contains 'QM,Alpha,2013-07,230,15'
# again: nothing changes (the months before are the same)
run 0 "$PMWB" -f "$DB" import qipp-months ytd.csv
expect_out 'qipp month: 0 new, 0 updated, 4 unchanged'
# a year-to-date figure whose month before is missing, a month 13, both actuals
printf '%s\n' 'programme_code,scheme,month,forecast_k,actual_k,ytd_actual_k' \
	'QM,Alpha,2013/14 M6,230,,90' 'QM,Alpha,2013/14 M13,230,5,' 'QM,Alpha,2013-05,240,15,25' >bad-months.csv
run 2 "$PMWB" -f "$DB" import qipp-months bad-months.csv
expect_err_contains "bad-months.csv:2:6: a year-to-date actual for 2013-09 needs 2013-08's first (the month's own actual is the difference): give the months in order (value '90')"
expect_err_contains "bad-months.csv:3:3: month: a financial year's months are numbered 1 to 12 (M1 is its first month) (value '2013/14 M13')"
expect_err_contains "bad-months.csv:4:6: the row gives the month's actual and the year-to-date one: give one"
# a date column whose values only make sense month first (US dates): refused at its first
# such line, not read day first elsewhere (03/04/2014 would have been 3 April)
printf 'ref,risk,likelihood,impact,raised_date\nU1,First,2,3,03/04/2014\nU2,Second,2,3,03/25/2014\nU3,Third,2,3,04/30/2014\n' >us.csv
run 2 "$PMWB" -f "$DB" import risks us.csv
expect_err_contains "us.csv:3:5: raised_date: '03/25/2014' can only be month first: the file seems to use US month-first dates, so none of its dates can be trusted read day first; convert the column to day-first dates or write them as 2014-03-25"
expect_err_contains "us.csv:4:5: raised_date: '04/30/2014' is a month-first (US) date, as on line 3"
run 0 sqlite3 "$DB" "SELECT count(*) FROM risk WHERE ref LIKE 'U_'"
expect_out 0
# a milestone's due date too
printf 'programme_code,project,milestone,due\nX1,Proj,Go live,12/31/2014\n' >us-ms.csv
run 2 "$PMWB" -f "$DB" import milestones us-ms.csv
expect_err_contains "us-ms.csv:2:4: due: '12/31/2014' can only be month first"
# day first stays day first: 25/03/2014 is 25 March
printf 'ref,risk,likelihood,impact,raised_date\nU4,Fourth,2,3,25/03/2014\n' >uk.csv
run 0 "$PMWB" -f "$DB" import risks uk.csv
run 0 sqlite3 "$DB" "SELECT raised_date FROM risk WHERE ref = 'U4'"
expect_out 2014-03-25
finish
