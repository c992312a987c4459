#!/bin/sh
# After importing data/, export reproduces every total in each seed folder's totals.md that
# concerns imported rows, and the documents' own disagreements are the total-row warnings.
. "$top_srcdir/tests/lib/harness.sh"

# folder DIR: a fresh database with that folder imported; $err keeps the warnings
folder() {
	rm -f "$DB"
	run 0 "$PMWB" -f "$DB" import -q all "$SEED/$1"
	warnings=$err
}
# qipp: "programme fy forecast plan gross" for each programme and year, and "(all)"
qipp() {
	run 0 "$PMWB" -f "$DB" export qipp-totals
	out=$(printf '%s\n' "$out" | awk -F, 'NR > 1 { print $1, $2, $4, $5, $6 }')
}
delivery() {
	run 0 "$PMWB" -f "$DB" export delivery-totals
	out=$(printf '%s\n' "$out" | awk -F, 'NR > 1 { print $1, $3 }')
}

# 000a: Planned, Unscheduled and Primary Care (totals.md: QIPP Plan tables, delivery value)
folder 000a
expect_same "000a warnings" "$warnings" ''
qipp
expect_out - <<'X'
PLANNED 2012/13 579 0 0
PLANNED 2013/14 0 6532 0
PLANNED 2014/15 0 3476 0
PLANNED 2015/16 0 2188 0
UNSCHED 2012/13 575 0 0
UNSCHED 2013/14 0 3125 0
UNSCHED 2014/15 0 1650 0
UNSCHED 2015/16 0 0 0
PRIMARY 2012/13 1118 0 0
PRIMARY 2013/14 0 1000 0
PRIMARY 2014/15 0 1860 0
PRIMARY 2015/16 0 1000 0
(all) 2012/13 2272 0 0
(all) 2013/14 0 10657 0
(all) 2014/15 0 6986 0
(all) 2015/16 0 3188 0
X
delivery
# PLANNED 11,796 (printed "£12,1..", truncated); UNSCHED 4,775; PRIMARY -1,278
expect_out - <<'X'
PLANNED 11796
UNSCHED 4775
PRIMARY -1278
X

# 000b: ProMISE, CYPS, Mental Health
folder 000b
# PROMISE 2013/14: the rows print 433, the document's total 432 (totals.md: "no (off by
# 1)"); the published sheet has no total row, so the rows' 433 stands unchallenged
expect_same "000b warnings" "$warnings" ''

qipp
expect_out - <<'X'
PROMISE 2012/13 0 0 0
PROMISE 2013/14 0 433 0
PROMISE 2014/15 0 482 0
PROMISE 2015/16 0 1482 0
CYPS 2012/13 0 0 0
CYPS 2013/14 0 -160 0
CYPS 2014/15 0 0 0
CYPS 2015/16 0 0 0
MH 2012/13 -1783 0 0
MH 2013/14 0 -196 0
MH 2014/15 0 137 0
MH 2015/16 0 410 0
(all) 2012/13 -1783 0 0
(all) 2013/14 0 77 0
(all) 2014/15 0 619 0
(all) 2015/16 0 1892 0
X
delivery
expect_out - <<'X'
PROMISE 2396
CYPS -160
MH 351
X
# the financial risks are the organisation's (corporate) register: no programme
run 0 "$PMWB" -f "$DB" export risks
expect_out_contains 'FR1,,Impact of recommendations arising from the TSA report,,High,High,'
expect_same "corporate risks" "$(printf '%s\n' "$out" | awk -F, 'NR > 1 && $2 == ""' | wc -l | tr -d ' ')" 9

# 000b Table 4: Bromley's net QIPP is 10,500 a year
folder 000b-overview
expect_same "000b-overview warnings" "$warnings" ''
qipp
expect_out - <<'X'
BCCG-OVERVIEW 2013/14 0 10500 11269
BCCG-OVERVIEW 2014/15 0 10500 11708
BCCG-OVERVIEW 2015/16 0 10500 10500
(all) 2013/14 0 10500 11269
(all) 2014/15 0 10500 11708
(all) 2015/16 0 10500 10500
X

# 000b consolidated plan: the Sub Total disagrees with its rows in three columns (a sign
# slip and two of rounding: warnings, not beyond the totals tolerance)
folder 000b-plan
expect_same "000b-plan warnings" "$warnings" "$(cat <<X
$SEED/000b-plan/qipp.csv:39: total 2012/13 forecast 9,245 differs from the rows' sum -9,245 by 18,490: the total is printed with the other sign; the rows' sign is kept
$SEED/000b-plan/qipp.csv:39: total 2013/14 9,604 differs from the rows' sum 9,605 by -1
$SEED/000b-plan/qipp.csv:39: total 2013/14 gross 11,269 differs from the rows' sum 11,270 by -1
X
)"
qipp
expect_out - <<'X'
BCCG-QIPP 2012/13 -9245 0 0
BCCG-QIPP 2013/14 0 9605 11270
BCCG-QIPP 2014/15 0 7415 11708
BCCG-QIPP 2015/16 0 4706 9425
(all) 2012/13 -9245 0 0
(all) 2013/14 0 9605 11270
(all) 2014/15 0 7415 11708
(all) 2015/16 0 4706 9425
X

# 001: the BCF risk scores are likelihood x impact, none differ
folder 001
run 0 "$PMWB" -f "$DB" export risks
out=$(printf '%s\n' "$out" | awk -F, 'NR > 1 { print $1, $(NF - 1), $NF }')
expect_out - <<'X'
1 8 High
2 6 Moderate
3 4 Moderate
4 9 High
5 8 High
6 8 High
7 9 High
8 6 Moderate
X

# 004: Total Commissioner QIPP 5,810 / 6,460 / 4,077; the bands from its own thresholds
folder 004
expect_same "004 warnings" "$warnings" ''
qipp
expect_same "004 all programmes" "$(printf '%s\n' "$out" | grep '^(all)')" "$(cat <<'X'
(all) 2012/13 5810 0 0
(all) 2013/14 0 6460 0
(all) 2014/15 0 4077 0
X
)"
# cells holding the other delimiter are quoted, so detection never mistakes them
run 0 "$PMWB" -f "$DB" export thresholds
expect_out - <<'X'
level,min_score,max_score,authority,action,escalated,source
Low,1,3,Individuals and Team Managers,"Handled by normal local control measures; risk acceptable",no,004_8ec4c1758b441aa5.txt §11.3 line 1760
Moderate,4,6,Managers,"Review controls by formal risk assessment; record on Risk Register",no,004_8ec4c1758b441aa5.txt §11.3 line 1761
High,8,12,Senior Manager,"Above tolerable level; action needed and recorded on Risk Register",no,004_8ec4c1758b441aa5.txt §11.3 line 1762
Extreme,15,25,'Risk' Committee,"Intolerable; immediate action and escalation to Corporate Risk Register",yes,004_8ec4c1758b441aa5.txt §11.3 lines 1763-1765
X
run 0 "$PMWB" -f "$DB" export risks
expect_same "B&NES corporate risks" "$(printf '%s\n' "$out" | awk -F, 'NR > 1 && $2 == ""' | wc -l | tr -d ' ')" 6

# 002 and 003 import cleanly (no money totals to check)
folder 002
folder 003
finish
