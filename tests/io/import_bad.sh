#!/bin/sh
# Every class of bad input: the message names FILE:LINE:COLUMN and what is wrong, the exit
# status is 2, and the database is exactly as it was (a dump and the file's bytes).
. "$top_srcdir/tests/lib/harness.sh"
need sqlite3

run 0 "$PMWB" -f "$DB" import -q programmes "$SEED/001/programmes.csv"
printf 'ref,programme_code,risk,likelihood,impact\n1,BCF,Existing risk,2,3\n' >"$T/one.csv"
run 0 "$PMWB" -f "$DB" import risks "$T/one.csv"

cd "$T" || exit 1
H='ref,programme_code,risk,likelihood,impact'

printf '%s\n2,BCF,ok,1,1\n3,BCF,"a, b",1,1,surplus\n4,BCF,short\n' "$H" >cols.csv
refused cols.csv risks
expect_err_contains 'cols.csv:3:6: this row has 6 columns but the header has 5'
expect_err_contains "(value 'surplus')"
expect_err_contains 'cols.csv:4:4: this row has 3 columns but the header has 5'
expect_err_contains 'pmwb: 2 errors; nothing was imported and the database is unchanged'

printf '%s\n2,BCF,ok,1,1\n3,BCF,"never closed,1,1\n4,BCF,x,1,1\n' "$H" >quote.csv
refused quote.csv risks
expect_err_contains 'pmwb: quote.csv:3:3: a quoted field has no closing quote'

printf '%s\n2,BCF,ok,1,1\n3,BCF,too likely,6,1\n' "$H" >six.csv
refused six.csv risks
expect_err_contains "six.csv:3:4: likelihood:"
expect_err_contains "(value '6')"

printf '%s\n2,BCF,ok,1,1\n3,BCF,very,2,Very High\n' "$H" >vh.csv
refused vh.csv risks
expect_err_contains "vh.csv:3:5: impact:"
expect_err_contains "(value 'Very High')"
# ... and with a mapping it is a level, and the register's word is kept
run 0 "$PMWB" -f "$DB" import --scale 'Very High=5' risks vh.csv
expect_out_contains 'risk: 2 new, 0 updated, 0 unchanged'
run 0 sqlite3 "$DB" "SELECT impact, impact_word, score FROM risk WHERE ref = '3'"
expect_out '5|Very High|10'

printf '%s\n9,BCF,ok,1,1\n10,NOSUCH,unknown programme,1,1\n' "$H" >prog.csv
refused prog.csv risks
expect_err_contains "prog.csv:3:2: no programme has this code or name"
expect_err_contains "(value 'NOSUCH')"

# a key twice: against rows already in the database, and in an empty table (bulk load)
printf '%s\n7,BCF,first,1,1\n8,BCF,other,1,1\n7,BCF,again,2,2\n' "$H" >dup.csv
refused dup.csv risks
expect_err_contains "dup.csv:4:1: risk ref repeats line 2"
printf 'ref,risk\nC1,corporate\nC2,other\nC1,again\n' >dupc.csv
run 0 "$PMWB" -f "$T/empty.db" init
before=$(db_dump "$T/empty.db")
run 2 "$PMWB" -f "$T/empty.db" import risks dupc.csv
expect_err_contains "dupc.csv:4:1: this risk repeats the key of line 2"
expect_same "empty database after dupc.csv" "$(db_dump "$T/empty.db")" "$before"

printf '%s\n2,BCF,ok,1,1\n3,BCF,cost \243 1m,1,1\n' "$H" >cp1252.csv
refused cp1252.csv risks
expect_err_contains "cp1252.csv:3:3: the text is not UTF-8 (byte 0xA3, the Windows-1252 '£')"
expect_err_contains 'CSV UTF-8'
# a bad byte padded with blanks is still found, and in the right cell
printf '%s\n2,BCF,ok,1,1\n3,BCF,  cost \243 1m  ,1,1\n' "$H" >cp1252pad.csv
refused cp1252pad.csv risks
expect_err_contains "cp1252pad.csv:3:3: the text is not UTF-8 (byte 0xA3"
# a NUL byte inside a cell would cut off what follows it: refused, not truncated
printf '%s\n2,BCF,"ab\000cost \243 1m",1,1\n' "$H" >nul.csv
refused nul.csv risks
expect_err_contains "nul.csv:2:3: the text holds a NUL byte (0x00)"

: >empty.csv
refused empty.csv risks
expect_err_contains "pmwb: empty.csv: the file is empty"

printf '%s\n' "$H" >header.csv
refused header.csv risks
expect_err_contains "pmwb: header.csv: the file has a header but no rows"

{ printf '%s\n2,BCF,ok,1,1\n3,BCF,"' "$H"; head -c 10485760 /dev/zero | tr '\0' x; printf '",1,1\n'; } >big.csv
refused big.csv risks
expect_err_contains 'pmwb: big.csv:3:3: a field is longer than 1 MiB'

# a sheet's used range runs 2,000 columns wide: blank cells out there are nothing, a value
# past column 1024 is refused where it is
blanks=$(awk 'BEGIN { for (i = 0; i < 2000; i++) printf "," }')
printf '%s%s\n99,BCF,wide,1,1%s\n' "$H" "$blanks" "$blanks" >wide.csv
run 0 "$PMWB" -f "$DB" import --dry-run risks wide.csv
expect_out_contains 'dry run: risk: 1 new'
printf '%s%s\n99,BCF,wide,1,1%sstray\n' "$H" "$blanks" "$blanks" >stray.csv
refused stray.csv risks
expect_err_contains 'pmwb: stray.csv:2:2005: this row has a value past column 1024'

printf 'ref,programme_code,owner\n1,BCF,x\n' >nohead.csv
refused nohead.csv risks
expect_err_contains "pmwb: nohead.csv: no header row found: risks needs the columns 'ref', 'risk'"
printf 'ref,risk,likelihood\n1,x,1\n' >hr.csv
refused hr.csv risks --header-row 2
expect_err_contains "pmwb: hr.csv:2: the header row lacks a required column: risks needs 'ref', 'risk'"

# every bad row, not only the first, up to --max-errors
{ printf '%s\n' "$H"; i=0; while [ $i -lt 30 ]; do printf '%d,BCF,bad,9,1\n' $((i + 100)); i=$((i + 1)); done; } >many.csv
refused many.csv risks --max-errors 5
expect_err_contains 'many.csv:6:4'
expect_err_contains '30 errors (only the first ones are shown); nothing was imported'
case $err in *many.csv:7:4*) fail "more than --max-errors were printed" ;; esac

# bad values of other kinds
printf 'code,name,start_fy,end_fy\nX1,Ex,2014/15,2013/14\nX2,Ey,20xx,\n' >prog_fy.csv
refused prog_fy.csv programmes
expect_err_contains 'prog_fy.csv:2:4: the programme ends before it starts'
expect_err_contains "prog_fy.csv:3:3: start_fy:"
printf 'programme_code,project,start,end\nBCF,P1,2013/14 Q1,2013/14 Q2\n' >noquarter.csv
refused noquarter.csv delivery
expect_err_contains "pmwb: noquarter.csv:1: no column of the header names a quarter (such as '2013/14 Q1' or 'Apr-Jun 2013'); a plan with start and end quarters is the phases kind"
printf 'programme_code,project,2013/14 Q1,Apr-Jun 2013\nBCF,P1,I,I\n' >twoq1.csv
refused twoq1.csv delivery
expect_err_contains 'pmwb: twoq1.csv:1:4: the header has two columns for 2013/14 Q1'
printf 'programme_code,project,2013/14 Q1,2013/14 Q2\nBCF,P1,I,X\n' >phase.csv
refused phase.csv delivery
expect_err_contains "phase.csv:2:4: a quarter holds a phase letter"
printf 'programme_code,scheme,fy2013_14_plan_k\nBCF,S1,12x\n' >money.csv
refused money.csv qipp
expect_err_contains "money.csv:2:3: "
expect_err_contains "(value '12x')"
# a month twice for one scheme, into an empty table (once a constraint failure, exit 3)
printf 'programme_code,scheme,fy2013_14_plan_k\nBCF,Months scheme,12\n' >plan.csv
run 0 "$PMWB" -f "$DB" import -q qipp plan.csv
printf 'programme_code,scheme,month,forecast_k,actual_k\nBCF,Months scheme,Apr 2013,1,1\nBCF,Months scheme,May 2013,1,1\nBCF,Months scheme,2013-04,2,2\n' >months_twice.csv
refused months_twice.csv qipp-months
expect_err_contains "months_twice.csv:4:3: this scheme's month is on line 2 already (value '2013-04')"
expect_err_contains 'pmwb: 1 error; nothing was imported and the database is unchanged'
printf 'level,min_score,max_score\nTiny,1,2\n' >bands.csv
refused bands.csv thresholds
expect_err_contains "risk bands would not work"

# two programmes by one name: a row naming it is refused, never filed under either; the
# codes still say which
printf 'code,name\nSEL-BCF,Better Care Fund\nBN-BCF,better care fund\n' >twins.csv
run 0 "$PMWB" -f "$DB" import -q programmes twins.csv
printf 'ref,programme_code,risk\n41,Better Care Fund,twin\n' >twin_risk.csv
refused twin_risk.csv risks
expect_err_contains "twin_risk.csv:2:2: more than one programme goes by this name (BN-BCF, SEL-BCF): write the programme's code instead (value 'Better Care Fund')"
printf 'programme_code,milestone,due\nbetter care fund,Plan agreed,19 September 2014\n' >twin_ms.csv
refused twin_ms.csv milestones
expect_err_contains "twin_ms.csv:2:1: more than one programme goes by this name (BN-BCF, SEL-BCF)"
printf 'ref,risk\n42,own register\n' >twin_own.csv
refused twin_own.csv risks --programme 'better care fund'
expect_err "pmwb: --programme 'better care fund': more than one programme goes by this name (BN-BCF, SEL-BCF); give its code"
printf 'ref,programme_code,risk\n41,SEL-BCF,twin\n' >twin_code.csv
run 0 "$PMWB" -f "$DB" import risks twin_code.csv
expect_out 'risk: 1 new, 0 updated, 0 unchanged'
finish
