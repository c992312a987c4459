#!/bin/sh
# pmwb report programmes and report gantt: the Programmes pane's summary and the Gantt
# pane's quarter grid on paper, from the panes' own read models, in every format, with the
# options' errors.
. "$top_srcdir/tests/lib/harness.sh"

run 0 "$PMWB" -f "$DB" import all "$SEED/000a"
run 0 "$PMWB" -f "$DB" import all "$SEED/001"
run 0 "$PMWB" -f "$DB" import qipp-months "$SEED/000a/illustrative/qipp-months.csv"

# The pane's figures (tests/ui shows the same rows on screen), in its order.
run 0 "$PMWB" -f "$DB" report programmes
expect_out - <<'OUT'
Programmes at 2013/14 Q3: phases now, open risks by band, QIPP 2013/14
======================================================================

Code        Programme            Proj Now   L   M   H   E Plan £k Fcst £k RAG
--------------------------------------------------------------------------------
PLANNED     Planned Care           17  12   -   -   -   -   6,532   5,879 Amber
UNSCHED     Unscheduled Care        8   2   -   -   -   -   3,125   2,230 Red
PRIMARY     Primary Care           15   7   -   -   -   -   1,000     980 Green
BCF         Better Care Fund (B~    8   0   -   3   5   -                 -

Now: phases in progress this quarter.  Risks: open risks by band.  Plan and Fcst: the year's QIPP net plan and forecast, £'000; RAG - for no schemes, n/r for none reported.
OUT
run 0 "$PMWB" -f "$DB" report programmes --format csv
expect_same "CSV" "$(printf '%s\n' "$out" | cut -d, -f1,2,4-)" - <<'OUT'
code,programme,projects,phases_now,risks_low,risks_moderate,risks_high,risks_extreme,qipp_net_plan_k,qipp_forecast_k,qipp_rag,schemes_reported
PLANNED,Planned Care,17,12,0,0,0,0,6532,5879,Amber,10 of 15
UNSCHED,Unscheduled Care,8,2,0,0,0,0,3125,2230,Red,7 of 8
PRIMARY,Primary Care,15,7,0,0,0,0,1000,980,Green,1 of 1
BCF,Better Care Fund (BCF),8,0,0,3,5,0,,,no schemes,
OUT
run 0 "$PMWB" -f "$DB" report programmes --format md
expect_out_contains '| BCF | Better Care Fund (BCF) |  | 8 | 0 | 0 | 3 | 5 | 0 |  |  | no schemes |  |'
# as of another day: another quarter, another year's QIPP
PMWB_TODAY=2014-05-01 run 0 "$PMWB" -f "$DB" report programmes
expect_out_contains 'Programmes at 2014/15 Q1: phases now, open risks by band, QIPP 2014/15'
expect_out_contains 'PLANNED     Planned Care           17   5   -   -   -   -   3,476'
run 1 "$PMWB" -f "$DB" report programmes --programme PLANNED
expect_err "pmwb: report programmes: it covers every programme as of today; it takes --format; try 'pmwb report programmes --help'"

# The Gantt's grid: a programme line with its own milestones, a line per project.
run 0 "$PMWB" -f "$DB" report gantt --programme PRIMARY --from '2013/14 Q1' --to '2014/15 Q4'
expect_same "PRIMARY's plan" "$(printf '%s\n' "$out" | head -9)" - <<'OUT'
Delivery plan, 2013/14 Q1 to 2014/15 Q4
=======================================

                                                 2013/14     2014/15
Programme / project                              Q1 Q2 Q3 Q4 Q1 Q2 Q3 Q4
------------------------------------------------------------------------
PRIMARY Primary Care                             .* .  .  .  .  .  .  .
  To agree a model for primary care in Bromley   S  D  .  .  .  .  .  .
  Succession planning and support to programmes  P  R  .  .  .  .  .  .
OUT
expect_out_contains '  Programme of educational activities            D  I  R  I  .  .  .  .'
expect_out_contains 'S Scope, D Design, P Procure, I Implement, R Review; * a milestone falls due'
run 0 "$PMWB" -f "$DB" report gantt --programme PLANNED --from '2013/14 Q1' --to '2013/14 Q4' --format csv
expect_same "PLANNED's plan as CSV" "$(printf '%s\n' "$out" | head -4)" - <<'OUT'
programme,project,2013/14 Q1,2013/14 Q2,2013/14 Q3,2013/14 Q4
PLANNED,,*,,,
PLANNED,Gynaecology,R,R,R,R
PLANNED,Dermatology,R,R,R,R
OUT
run 0 "$PMWB" -f "$DB" report gantt --programme PLANNED --format md --from 'Q1 2013/14' --to '2013/14 Q2'
expect_out_contains '| PLANNED | Gynaecology | R | R |'
# At 80 columns a long plan goes on in a further block, never past the width; 132 holds more.
run 0 "$PMWB" -f "$DB" report gantt --from '2012/13 Q1' --to '2016/17 Q4'
expect_same "widest line at 80" "$(printf '%s\n' "$out" | grep -v '^S Scope' | awk '{ if (length > m) m = length } END { print m }')" 80
expect_same "blocks at 80" "$(printf '%s\n' "$out" | grep -c '^Programme / project')" 2
run 0 "$PMWB" -f "$DB" report gantt --width 132 --from '2012/13 Q1' --to '2016/17 Q4'
expect_same "blocks at 132" "$(printf '%s\n' "$out" | grep -c '^Programme / project')" 1
# 20 quarters and a name column of 48 (its most): 108 of the 132
expect_same "widest line at 132" "$(printf '%s\n' "$out" | grep -v '^S Scope' | awk '{ if (length > m) m = length } END { print m }')" 108

run 1 "$PMWB" -f "$DB" report gantt --width 100
expect_err "pmwb: report gantt: --width is 80 or 132, not '100'; try 'pmwb report gantt --help'"
run 1 "$PMWB" -f "$DB" report gantt --from Q5
expect_err "pmwb: report gantt: --from: 'Q5' is not a quarter: write it as 2013/14 Q1 .. Q4; try 'pmwb report gantt --help'"
run 1 "$PMWB" -f "$DB" report gantt --from '2014/15 Q1' --to '2013/14 Q1'
expect_err "pmwb: report gantt: --to 2013/14 Q1 is before --from 2014/15 Q1; try 'pmwb report gantt --help'"
run 2 "$PMWB" -f "$DB" report gantt --programme NOPE
expect_err "pmwb: no programme has the code 'NOPE' (see 'pmwb export programmes')"
run 1 "$PMWB" -f "$DB" report gantt --min-score 3
expect_err_contains 'it takes --programme, --from, --to, --width and --format'
run 1 "$PMWB" -f "$DB" report qipp --from '2013/14 Q1'
expect_err "pmwb: report qipp: --from, --to and --width are for 'pmwb report gantt'; try 'pmwb report qipp --help'"

finish
