#!/bin/sh
# A money column's header may state its unit (£, £'000, £k, £m, GBP thousands, ...): the
# values are read in it exactly, the import says which unit each column was read in, and a
# value that is not a whole number of pounds in that unit is refused where it is.
. "$top_srcdir/tests/lib/harness.sh"
need sqlite3

run 0 "$PMWB" -f "$DB" import -q programmes "$SEED/000a/programmes.csv"
cd "$T" || exit 1
plan() { sqlite3 "$DB" "SELECT p.fy || ':' || ifnull(p.net, '') FROM qipp_plan p JOIN qipp_scheme s ON s.id = p.scheme_id WHERE s.name = '$1' ORDER BY p.fy"; }

printf '%s\n' 'programme_code,scheme,Plan 2013/14 (£),Plan 2014/15 (£m),Plan 2015/16 GBP thousands,fy2016_17_plan_k' \
	'PLANNED,Gynaecology,"£250,000",0.425,12.5,3' >stated.csv
run 0 "$PMWB" -f "$DB" import qipp stated.csv
expect_same 'plan in the stated units' "$(plan Gynaecology)" "$(printf '2013:250000\n2014:425000\n2015:12500\n2016:3000')"
expect_err - <<'X'
stated.csv:1: notice: money read in £'000, the unit of pmwb's qipp files, since the header states none: 'fy2016_17_plan_k' (column 6)
stated.csv:1: notice: money read in £, as the header says: 'Plan 2013/14 (£)' (column 3)
stated.csv:1: notice: money read in £'000, as the header says: 'Plan 2015/16 GBP thousands' (column 5)
stated.csv:1: notice: money read in £m, as the header says: 'Plan 2014/15 (£m)' (column 4)
X

# a value the unit cannot hold in whole pounds, and a unit pmwb does not hold: refused
printf '%s\n' 'programme_code,scheme,Plan 2013/14 (£m)' 'PLANNED,Dermatology,0.4253333' >inexact.csv
refused inexact.csv qipp -q
expect_err_contains 'inexact.csv:2:3: '
expect_err_contains 'it has more decimals than whole pounds allow (the column is in £m)'
expect_err_contains "(value '0.4253333')"
printf '%s\n' 'programme_code,scheme,Plan 2013/14 (£bn)' 'PLANNED,Dermatology,1' >billions.csv
refused billions.csv qipp -q
expect_err_contains "billions.csv:1:3: the header 'Plan 2013/14 (£bn)' states a unit pmwb does not read"
printf '%s\n' "programme_code,scheme,Plan 2013/14 £'000 (£m)" 'PLANNED,Dermatology,1' >two.csv
refused two.csv qipp -q
expect_err_contains "two.csv:1:3: the header 'Plan 2013/14 £'000 (£m)' states two units, £'000 and £m"

# fixed money columns: the months' forecast and actual, a risk's financial impact
printf '%s\n' 'programme_code,scheme,month,Forecast (£k),Actual (£)' 'PLANNED,Gynaecology,2013-05,30,"£28,500"' >months.csv
run 0 "$PMWB" -f "$DB" import -q qipp-months months.csv
run 0 sqlite3 "$DB" "SELECT forecast, actual FROM qipp_month"
expect_out '30000|28500'
printf '%s\n' 'ref,programme_code,risk,Financial Impact (£)' '1,PLANNED,cost,"£36,000"' >risks.csv
run 0 "$PMWB" -f "$DB" import risks risks.csv
expect_err_contains "risks.csv:1: notice: money read in £, as the header says: 'Financial Impact (£)' (column 4)"
run 0 sqlite3 "$DB" "SELECT financial_impact FROM risk WHERE ref = '1'"
expect_out 36000
finish
