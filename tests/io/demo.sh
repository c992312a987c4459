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
# the plans are the client's (2012/13's forecast outturn, 2013/14's plan); the forecast and
# the 10 schemes reporting in 2013/14 are the illustrative months' (data/README.md), as of
# the data's AS-OF day; the sheet's two lines of Cardiology (and of Patient Transport
# Service) are one scheme each, so 17 lines make 15 schemes
expect_out_contains 'PLANNED,2012/13,15,579,0,0,'
expect_out_contains 'PLANNED,2013/14,15,5879,6532,0,10,2013-10,'
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
