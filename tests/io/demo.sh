#!/bin/sh
# pmwb --demo: a fresh database built from data/, never the user's own file.
. "$top_srcdir/tests/lib/harness.sh"

run 0 "$PMWB" --demo export programmes
expect_err_empty
# every programme of every folder (002 describes 000b's PROMISE again: one programme)
expect_same "demo programmes" "$(printf '%s\n' "$out" | tail -n +2 | wc -l | tr -d ' ')" 33
expect_out_contains 'PLANNED,Planned Care,'
expect_out_contains 'BN-URGENT,Urgent Care,B&NES CCG'
run 0 "$PMWB" --demo export qipp-totals
expect_out_contains 'PLANNED,2013/14,17,0,6532,0'
expect_out_contains 'BCCG-OVERVIEW,2015/16,5,0,10500,10500'
[ -e "$XDG_DATA_HOME/pmwb" ] && fail "--demo created the user's database folder"

# PMWB_DATA_DIR points it elsewhere
mkdir -p "$T/data/one"
printf 'code,name\nX,Example\n' >"$T/data/one/programmes.csv"
PMWB_DATA_DIR="$T/data" run 0 "$PMWB" --demo export programmes
expect_out - <<'X'
code,name,organisation,chair,senior_responsible_officer,programme_lead,programme_manager,start_fy,end_fy,summary,source
X,Example,,,,,,,,,
X
PMWB_DATA_DIR="$T/nowhere" run 2 "$PMWB" --demo export programmes
expect_err_contains 'the demo data is missing'
finish
