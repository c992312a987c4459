#!/bin/sh
# pmwb --demo: a fresh database built from data/, never the user's own file.
. "$top_srcdir/tests/lib/harness.sh"

run 0 "$PMWB" --demo export programmes
expect_err_empty
# every programme of every folder (002 describes 000b's PROMISE again: one programme), but
# for the summary tables marked NOT-IN-DEMO, which restate the programmes' own money
expect_same "demo programmes" "$(printf '%s\n' "$out" | tail -n +2 | wc -l | tr -d ' ')" 31
case $out in *BCCG-*) fail "a summary table marked NOT-IN-DEMO is in the demo" ;; esac
expect_out_contains 'PLANNED,Planned Care,'
expect_out_contains 'BN-URGENT,Urgent Care,B&NES CCG'
run 0 "$PMWB" --demo export qipp-totals
expect_out_contains 'PLANNED,2013/14,17,0,6532,0'
[ -e "$XDG_DATA_HOME/pmwb" ] && fail "--demo created the user's database folder"

# PMWB_DATA_DIR points it elsewhere
mkdir -p "$T/data/one"
printf 'code,name\nX,Example\n' >"$T/data/one/programmes.csv"
mkdir -p "$T/data/two"
printf 'code,name\nY,Left out\n' >"$T/data/two/programmes.csv"
: >"$T/data/two/NOT-IN-DEMO"
PMWB_DATA_DIR="$T/data" run 0 "$PMWB" --demo export programmes
expect_out - <<'X'
code,name,organisation,chair,senior_responsible_officer,programme_lead,programme_manager,start_fy,end_fy,summary,source
X,Example,,,,,,,,,
X
PMWB_DATA_DIR="$T/nowhere" run 2 "$PMWB" --demo export programmes
expect_err_contains 'the demo data is missing'
finish
