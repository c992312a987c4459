#!/bin/sh
# pmwb report qipp: RAG at each boundary, not-reported schemes, totals summed in pounds and
# rounded once, the three formats, and the errors a user can make.
. "$top_srcdir/tests/lib/harness.sh"
need sqlite3

run 0 "$PMWB" -f "$DB" init
# Months are year * 12 + month - 1: April 2013 is 24159, September 2013 is 24164.
sqlite3 "$DB" <<'SQL'
INSERT INTO programme (code, name) VALUES ('PLANNED', 'Planned Care'), ('PRIMARY', 'Primary Care');
INSERT INTO qipp_scheme (programme_id, name, owner) VALUES
  (1, 'At 95 percent', 'A'), (1, 'Just under 95', 'B'), (1, 'At 80 percent', 'C'),
  (1, 'Just under 80', 'D'), (1, 'Silent', 'E'), (2, 'Half pounds', 'F'), (2, 'Half pounds too', 'G');
INSERT INTO qipp_plan (scheme_id, fy, gross, net) VALUES
  (1, 2013, 120000, 100000), (2, 2013, 100000, NULL), (3, 2013, 100000, NULL),
  (4, 2013, 100000, NULL), (5, 2013, 60000, NULL), (6, 2013, 1500, NULL), (7, 2013, 1500, NULL);
INSERT INTO qipp_month (scheme_id, month, forecast, actual) VALUES
  (1, 24164, 95000, 40000), (2, 24164, 94999, 40000), (3, 24164, 80000, 30000),
  (4, 24164, 79999, 30000), (6, 24164, 1500, 700), (7, 24164, 1500, 700);
-- a scheme of another year is not in this year's report
INSERT INTO qipp_scheme (programme_id, name) VALUES (2, 'Next year only');
INSERT INTO qipp_plan (scheme_id, fy, gross) VALUES (8, 2014, 999000);
SQL

# Programme and organisation RAG follow from the money, a scheme that did not report counting
# as forecasting nothing (issue 12): Planned Care's four forecasts total 349,998 against its
# whole plan of 460,000 (76.1%), so Red; each total says how many schemes it covers and how
# many of them reported, and the last line, for one organisation left unnamed, that it is
# every programme.
run 0 "$PMWB" -f "$DB" report qipp --month 2013-09 --format csv
expect_out - <<'EOF'
programme,scheme,fy,gross_plan_k,net_plan_k,ytd_plan_k,ytd_actual_k,forecast_k,variance_k,variance_pct,rag,schemes,reported
PLANNED,At 80 percent,2013/14,100,100,50,30,80,-20,-20.0,Amber,1,1
PLANNED,At 95 percent,2013/14,120,100,50,40,95,-5,-5.0,Green,1,1
PLANNED,Just under 80,2013/14,100,100,50,30,80,-20,-20.0,Red,1,1
PLANNED,Just under 95,2013/14,100,100,50,40,95,-5,-5.0,Amber,1,1
PLANNED,Silent,2013/14,60,60,30,0,,,,not reported,1,0
PLANNED,Total,2013/14,480,460,230,140,350,-110,-23.9,Red,5,4
PRIMARY,Half pounds,2013/14,2,2,1,1,2,0,0.0,Green,1,1
PRIMARY,Half pounds too,2013/14,2,2,1,1,2,0,0.0,Green,1,1
PRIMARY,Total,2013/14,3,3,2,1,3,0,0.0,Green,2,2
Total,All programmes,2013/14,483,463,232,141,353,-110,-23.8,Red,7,6
EOF
expect_err_empty

# Two schemes of £1.5k each show as 2 and 2, and their total as 3: the total is summed in
# pounds and rounded once, as the note under the text table says.  One programme asked for
# has no organisation total under it: its own total is the report's.
run 0 "$PMWB" -f "$DB" report qipp --fy 2013/14 --month 2013-09 --programme PRIMARY
expect_out - <<'EOF'
QIPP 2013/14, position at 2013-09 (£'000)
=========================================

Scheme                   Net plan YTD plan YTD act Forecast     Var Var % RAG
-------------------------------------------------------------------------------
PRIMARY  Primary Care
Half pounds                     2        1       1        2       0   0.0 Green
Half pounds too                 2        1       1        2       0   0.0 Green
Total                           3        2       1        3       0   0.0 Green
  PRIMARY: 2 of 2 schemes reported

YTD plan is the year's plan phased evenly by month up to the report month or
today, whichever is earlier. Variance and RAG compare the latest full-year
forecast with the net plan (the gross plan where no risk adjustment is given);
a total counts its schemes that did not report as forecasting nothing, and is
never Green when fewer than half reported; n/r: not reported. Totals are
summed in pounds, then rounded to £'000.
EOF

run 0 "$PMWB" -f "$DB" report qipp --month 2013-09 --programme PLANNED --format md
expect_out_contains '| Programme | Scheme | FY | Gross | Net plan | YTD plan | YTD act | Forecast | Var | Var % | RAG |'
expect_out_contains '|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|'
expect_out_contains '| PLANNED | Silent | 2013/14 | 60 | 60 | 30 | 0 |  |  |  | not reported |'

# "Today" (PMWB_TODAY=2013-10-15) picks the year and month when none is given: October has
# no new forecasts, so September's still count.
run 0 "$PMWB" -f "$DB" report qipp --format csv --programme PRIMARY
expect_out_contains 'PRIMARY,Half pounds,2013/14,2,2,1,1,2,0,0.0,Green'
# A future year is reported at its first month, with no year-to-date plan: it has not begun.
run 0 "$PMWB" -f "$DB" report qipp --fy 2014/15 --format csv
expect_out_contains 'PRIMARY,Next year only,2014/15,999,999,,0,,,,not reported,1,0'

# What a user can get wrong.
run 1 "$PMWB" -f "$DB" report qipp --format pdf
expect_err "pmwb: report qipp: 'pdf' is not a report format: use text, csv or md; try 'pmwb report qipp --help'"
run 1 "$PMWB" -f "$DB" report qipp --month 2013-09 --fy 2014/15
expect_err "pmwb: report qipp: --month 2013-09 is not in --fy 2014/15; try 'pmwb report qipp --help'"
run 1 "$PMWB" -f "$DB" report qipp --month Smarch
expect_err_contains "pmwb: report qipp: --month: "
run 1 "$PMWB" -f "$DB" report qipp --fy 2013/15
expect_err_contains "pmwb: report qipp: --fy: "
run 2 "$PMWB" -f "$DB" report qipp --programme NOPE
expect_err "pmwb: no programme has the code 'NOPE' (see 'pmwb export programmes')"
run 1 "$PMWB" -f "$DB" report qipp --programme
expect_err "pmwb: report qipp: option '--programme' needs a value; try 'pmwb report qipp --help'"
run 1 "$PMWB" -f "$DB" report
expect_err_contains "pmwb: report: say which report"
run 1 "$PMWB" -f "$DB" report bogus
expect_err "pmwb: report: unknown report 'bogus'; try 'pmwb report --help'"
PMWB_TODAY=yesterday run 1 "$PMWB" -f "$DB" report qipp
expect_err_contains "pmwb: PMWB_TODAY: "

# Settings that contradict each other, stored behind pmwb's back, are named with the command
# that mends them; the report goes on with the defaults (95/80: "At 95 percent" Green), as
# the workbench does, rather than leaving the board without its paper.
sqlite3 "$DB" "UPDATE setting SET value = '50' WHERE name = 'rag_green_pct'"
run 0 "$PMWB" -f "$DB" report qipp
expect_err "pmwb: warning: stored rag_amber_pct (80%) is above rag_green_pct (50%): Amber must be no higher than Green; using the default until 'pmwb config set rag_amber_pct VALUE' or 'pmwb config reset rag_amber_pct'"
expect_out_contains "At 95 percent                 100       58      40       95      -5  -5.0 Green"

finish
