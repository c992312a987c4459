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
finish
