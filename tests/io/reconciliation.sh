#!/bin/sh
# pmwb report reconciliation: every printed total seen at import against its rows as they
# are now.  On the client's own data every disagreement its totals.md lists for a sheet that
# pmwb imports with its Total rows appears as a line (ProMISE 2013/14 printed 432, rows 433;
# the consolidated 2013-16 plan's sub total: 9,245 printed without brackets against
# -9,245, 9,604 against 9,605 net, 11,269 against 11,270 gross), the rest agree; a total
# whose rows change afterwards says so.
. "$top_srcdir/tests/lib/harness.sh"

cd "$T" || exit 1
for d in 001 002 003 000b-plan 000b-overview; do cp -r "$SEED/$d" .; done
# The client's sheets with the Total rows their documents print under each table (the CSV
# extracts in data/ leave them out, as published): the plans, delivery tables and QIPP
# plans of 000a, 000b and 004, as a user's spreadsheet holds them.
for d in 000a 000b 004; do cp -r "$top_srcdir/tests/io/reconciliation/$d" .; done

for d in 000a 000b 001 002 003 004; do
	run 0 "$PMWB" -f "$DB" import all "$d"
done
run 0 "$PMWB" -f "$DB" report reconciliation --format csv
expect_same "lines that do not agree" "$(printf '%s\n' "$out" | grep -v ',agree,')" - <<'OUT'
file,line,programme,column,printed,rows_then,rows_now,state,organisation,unit,import_run
000b/qipp.csv,8,PROMISE,2013/14 net,432,433,433,differ,Bromley Clinical Commissioning Group,£'000,6
OUT
expect_same "totals seen" "$(printf '%s\n' "$out" | sed 1d | wc -l)" 32
# Each total of totals.md that the data's Total rows print, agreeing.
for line in \
	'000a/qipp.csv,19,PLANNED,2013/14 net,6532,6532,6532,agree' \
	'000a/qipp.csv,28,UNSCHED,2015/16 net,0,0,0,agree' \
	'000a/delivery.csv,47,PRIMARY,value,-1278,-1278,-1278,agree' \
	'000b/delivery.csv,10,PROMISE,value,2396,2396,2396,agree' \
	'000b/qipp.csv,16,MH,2012/13 forecast,-1783,-1783,-1783,agree' \
	'004/qipp.csv,11,(all),2013/14 net,6460,6460,6460,agree,B&NES CCG'; do
	expect_out_contains "$line"
done

run 0 "$PMWB" -f "$DB" report reconciliation
expect_out_contains '000b/qipp.csv         8 PROMISE    2013/14 net            432       433       433'
expect_out_contains 'differ: printed 432, its rows add up to 433 (as'
expect_out_contains '32 totals: 31 agree, 1 differ, 0 with rows changed since.'
run 0 "$PMWB" -f "$DB" report reconciliation --organisation 'b&nes ccg' --format md
expect_out - <<'OUT'
## Printed totals against their rows

| File | Line | Programme | Column | Printed | Rows then | Rows now | State | Organisation | Unit | Run |
|---|---:|---|---|---:|---:|---:|---|---|---|---:|
| 004/qipp.csv | 11 | (all) | 2012/13 forecast | 5,810 | 5,810 | 5,810 | agree | B&NES CCG | £'000 | 21 |
| 004/qipp.csv | 11 | (all) | 2013/14 net | 6,460 | 6,460 | 6,460 | agree | B&NES CCG | £'000 | 21 |
| 004/qipp.csv | 11 | (all) | 2014/15 net | 4,077 | 4,077 | 4,077 | agree | B&NES CCG | £'000 | 21 |

3 totals: 3 agree, 0 differ, 0 with rows changed since.
OUT

# The rows change after the import: the ProMISE total says so, and a new import of the
# corrected sheet agrees.
sed -e 's/^\(PROMISE,Falls[^,]*,.*\),103,/\1,102,/' 000b/qipp.csv >qipp.csv
cmp -s qipp.csv 000b/qipp.csv && fail "the Falls row was not changed"
run 0 "$PMWB" -f "$DB" import qipp qipp.csv
run 0 "$PMWB" -f "$DB" report reconciliation --format csv
expect_out_contains '000b/qipp.csv,8,PROMISE,2013/14 net,432,433,432,rows changed since,'
expect_out_contains 'qipp.csv,8,PROMISE,2013/14 net,432,432,432,agree,'
run 0 "$PMWB" -f "$DB" report reconciliation
expect_out_contains 'rows changed since: printed 432; its rows added up to
                          433 when imported, 432 now'

# The consolidated plan and Table 4, which the demo leaves out: the plan's sub total
# disagrees with its rows three times, Table 4 agrees.
DB2="$T/plan.db"
run 0 "$PMWB" -f "$DB2" import all 000b-plan
run 0 "$PMWB" -f "$DB2" import all 000b-overview
run 0 "$PMWB" -f "$DB2" report reconciliation --format csv
expect_same "the plan's and Table 4's totals" "$(printf '%s\n' "$out" | cut -d, -f1-8)" - <<'OUT'
file,line,programme,column,printed,rows_then,rows_now,state
000b-plan/qipp.csv,39,BCCG-QIPP,2012/13 forecast,9245,-9245,-9245,differ
000b-plan/qipp.csv,39,BCCG-QIPP,2013/14 net,9604,9605,9605,differ
000b-plan/qipp.csv,39,BCCG-QIPP,2013/14 gross,11269,11270,11270,differ
000b-plan/qipp.csv,39,BCCG-QIPP,2014/15 net,7415,7415,7415,agree
000b-plan/qipp.csv,39,BCCG-QIPP,2014/15 gross,11708,11708,11708,agree
000b-plan/qipp.csv,39,BCCG-QIPP,2015/16 net,4706,4706,4706,agree
000b-plan/qipp.csv,39,BCCG-QIPP,2015/16 gross,9425,9425,9425,agree
000b-overview/qipp.csv,7,BCCG-OVERVIEW,2013/14 net,10500,10500,10500,agree
000b-overview/qipp.csv,7,BCCG-OVERVIEW,2013/14 gross,11269,11269,11269,agree
000b-overview/qipp.csv,7,BCCG-OVERVIEW,2014/15 net,10500,10500,10500,agree
000b-overview/qipp.csv,7,BCCG-OVERVIEW,2014/15 gross,11708,11708,11708,agree
000b-overview/qipp.csv,7,BCCG-OVERVIEW,2015/16 net,10500,10500,10500,agree
000b-overview/qipp.csv,7,BCCG-OVERVIEW,2015/16 gross,10500,10500,10500,agree
OUT

# A dry run records nothing; an empty file has nothing to say; errors.
run 0 "$PMWB" -f "$DB2" import --dry-run qipp 000b-overview/qipp.csv
run 0 "$PMWB" -f "$DB2" report reconciliation --format csv
expect_same "totals after a dry run" "$(printf '%s\n' "$out" | sed 1d | wc -l)" 13
run 0 "$PMWB" -f "$T/empty.db" init
run 0 "$PMWB" -f "$T/empty.db" report reconciliation
expect_out_contains 'No printed totals seen yet'
run 2 "$PMWB" -f "$DB" report reconciliation --organisation Nowhere
expect_err_contains "no organisation goes by the name 'Nowhere'"
run 1 "$PMWB" -f "$DB" report reconciliation --programme PROMISE
expect_err "pmwb: report reconciliation: it takes --organisation and --format; try 'pmwb report reconciliation --help'"

finish
