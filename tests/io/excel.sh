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
finish
