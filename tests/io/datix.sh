#!/bin/sh
# A register as Datix exports it: initial, current and residual ratings, a target score,
# the date a risk was opened and its next review.  Import reads them under the names such
# registers use, export writes them back (levels as numbers, days as ISO), a file without
# those columns leaves them as they are, and a bad rating or date is refused with where it is.
. "$top_srcdir/tests/lib/harness.sh"
need sqlite3

run 0 "$PMWB" -f "$DB" import -q programmes "$SEED/001/programmes.csv"
cd "$T" || exit 1

cat >datix.csv <<'X'
ID,Title,Handler,Initial Likelihood,Initial Consequence,Current Likelihood,Current Consequence,Current Rating,Residual Likelihood,Residual Consequence,Target Risk Score,Opened,Next Review Date
D1,Winter beds,Director of Commissioning,Likely,Major,3,Major,12,Unlikely,Moderate,6,01/04/2013,31-Mar-14
D2,Agency staff,,4,4,4,4,16,,,,,
X
run 0 "$PMWB" -f "$DB" import risks datix.csv
expect_out 'risk: 2 new, 0 updated, 0 unchanged'
expect_err_empty
run 0 sqlite3 "$DB" "SELECT ref, owner, initial_likelihood, initial_impact, likelihood, impact,
	impact_word, printed_score, residual_likelihood, residual_impact, target_score,
	raised_date, review_date FROM risk ORDER BY ref"
expect_out - <<'X'
D1|Director of Commissioning|4|4|3|4|Major|12|2|3|6|2013-04-01|2014-03-31
D2||4|4|4|4||16|||||
X

# export: the same columns under their own names, so the file imports again unchanged; the
# corporate register is the database's one organisation's
run 0 "$PMWB" -f "$DB" export risks -o export.csv
run 0 head -n 2 export.csv
expect_out - <<'X'
ref,programme_code,risk,owner,likelihood,impact,score,financial_impact_k,mitigation,status,source,description,residual_rating,initial_likelihood,initial_impact,residual_likelihood,residual_impact,target_score,raised_date,review_date,organisation,state,computed_score,band
D1,,Winter beds,Director of Commissioning,3,Major,12,,,open,,,,4,4,2,3,6,2013-04-01,2014-03-31,"London Borough of Bromley; Bromley Clinical Commissioning Group",open,12,High
X
run 0 "$PMWB" -f "$DB" import risks export.csv
expect_out 'risk: 0 new, 0 updated, 2 unchanged'

# a register without the Datix columns keeps what the database holds for them
printf 'ref,risk,owner,likelihood,impact\nD1,Winter beds,Director of Commissioning,3,Major\n' >plain.csv
run 0 "$PMWB" -f "$DB" import risks plain.csv
expect_out 'risk: 0 new, 0 updated, 1 unchanged'
run 0 sqlite3 "$DB" "SELECT initial_likelihood, target_score, review_date FROM risk WHERE ref = 'D1'"
expect_out '4|6|2014-03-31'

# a new review date is an update, and the audit log says what moved
printf 'ref,risk,owner,likelihood,impact,review_date\nD1,Winter beds,Director of Commissioning,3,Major,30 June 2014\n' >moved.csv
run 0 "$PMWB" -f "$DB" import risks moved.csv
expect_out 'risk: 0 new, 1 updated, 0 unchanged'
run 0 sqlite3 "$DB" "SELECT detail FROM audit WHERE action = 'update' AND entity = 'risk'"
expect_out "review_date: '2014-03-31' -> '2014-06-30'"
# ... which the risk report shows
run 0 "$PMWB" -f "$DB" report risks --format csv
expect_out_contains '2014-06-30'

cat >bad.csv <<'X'
ref,risk,initial_likelihood,residual_impact,target_score,raised_date,review_date
B1,levels,7,Very High,8,,
B2,target,1,1,30,,
B3,dates,1,1,4,March 2014,31/13/2014
B4,more dates,,,0,2014-02-30,next week
X
refused bad.csv risks
expect_err_contains "bad.csv:2:3: initial_likelihood: '7' is not a likelihood level"
expect_err_contains "bad.csv:2:4: residual_impact: 'Very High' is not an impact level"
expect_err_contains "bad.csv:3:5: target_score must be a whole number from 1 to 25 (value '30')"
expect_err_contains "bad.csv:4:6: raised_date: 'March 2014' is a month, not a day"
expect_err_contains "bad.csv:4:7: review_date: '31/13/2014' is not a date"
expect_err_contains "bad.csv:5:5: target_score must be a whole number from 1 to 25 (value '0')"
expect_err_contains "bad.csv:5:6: raised_date: '2014-02-30' is not a date: February 2014 has 28 days"
expect_err_contains "bad.csv:5:7: review_date: 'next week' is not a date: write a day as 18/04/2013 or 18 April 2013 (value 'next week')"
expect_err_contains 'pmwb: 8 errors; nothing was imported and the database is unchanged'

# --scale reaches the Datix ratings too
run 2 "$PMWB" -f "$DB" import --scale 'Very High=5' risks bad.csv
expect_err_contains 'pmwb: 7 errors'

finish
