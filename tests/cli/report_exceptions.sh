#!/bin/sh
# pmwb report exceptions: it lists exactly the schemes that are Red or Amber, that moved
# down since last month, and that did not report; the programmes below plan; the escalated
# risks by authority; the overdue milestones (not done, due before the report month); and
# totals that agree with report qipp.
. "$top_srcdir/tests/lib/harness.sh"
need sqlite3

run 0 "$PMWB" -f "$DB" init
# August 2013 is month 24163, September 24164.
sqlite3 "$DB" <<'SQL'
INSERT INTO programme (code, name) VALUES ('PLANNED', 'Planned Care'), ('UNSCHED', 'Unscheduled Care');
INSERT INTO qipp_scheme (programme_id, name, owner) VALUES
  (1, 'Steady green', 'Ann'), (1, 'Green to amber', 'Bob'), (1, 'Amber to red', 'Cat'),
  (2, 'Went quiet', 'Dan'), (2, 'Recovering', 'Eve');
INSERT INTO qipp_plan (scheme_id, fy, gross, net) VALUES
  (1, 2013, 100000, NULL), (2, 2013, 100000, NULL), (3, 2013, 200000, 100000),
  (4, 2013, 50000, NULL), (5, 2013, 100000, NULL);
INSERT INTO qipp_month (scheme_id, month, forecast, actual) VALUES
  (1, 24163, 100000, 8000), (1, 24164, 99000, 8000),
  (2, 24163, 96000, 8000),  (2, 24164, 90000, 7000),
  (3, 24163, 85000, 5000),  (3, 24164, 70000, 4000),
  (4, 24163, 50000, 4000),
  (5, 24163, 70000, 5000),  (5, 24164, 85000, 9000);
INSERT INTO risk (ref, programme_id, title, owner, likelihood, impact) VALUES
  ('E1', 1, 'Extreme and open', 'Ann', 4, 5),
  ('E2', NULL, 'Corporate and extreme', 'CFO', 5, 3),
  ('H1', 2, 'High but not escalated', 'Dan', 3, 4);
INSERT INTO risk (ref, programme_id, title, owner, likelihood, impact, status) VALUES
  ('E3', 2, 'Extreme but closed', 'Eve', 5, 5, 'Closed');
-- Overdue at 2013-09: not done and due before September (July is two months late); done,
-- due in September itself, or undated, not.
INSERT INTO milestone (programme_id, name, due_text, due_first, due_last, done) VALUES
  (1, 'Business case approved', 'July 2013', 24162, 24162, 0),
  (1, 'Contract signed', '2013/14 Q1', 24159, 24161, 1),
  (1, 'Go live', 'Sept 2013', 24164, 24164, 0),
  (2, 'Review', 'TBC', NULL, NULL, 0),
  (2, 'Old plan signed off', '2012/13 Q4', 24156, 24158, 0);
SQL

run 0 "$PMWB" -f "$DB" report exceptions --month 2013-09
expect_out - <<'EOF'
Exception report, 2013-09 (financial year 2013/14)
==================================================

QIPP schemes rated Red or Amber
-------------------------------
Programme   Scheme                 Owner        Net plan Forecast    Var RAG
-------------------------------------------------------------------------------
PLANNED     Amber to red           Cat               100       70    -30 Red
PLANNED     Green to amber         Bob               100       90    -10 Amber
UNSCHED     Recovering             Eve               100       85    -15 Amber

QIPP schemes that moved down since last month
---------------------------------------------
Programme   Scheme                     Owner          Last month Now
-----------------------------------------------------------------------
PLANNED     Amber to red               Cat            Amber      Red
PLANNED     Green to amber             Bob            Green      Amber

QIPP schemes with no report this month
--------------------------------------
Programme   Scheme                             Owner
-------------------------------------------------------------------
UNSCHED     Went quiet                         Dan

Programmes forecasting below plan
---------------------------------
Programme   Name                Net plan Forecast     Var Var % RAG    Reported
-------------------------------------------------------------------------------
PLANNED     Planned Care             300      259     -41 -13.7 Amber    3 of 3
UNSCHED     Unscheduled Care         150      135     -15 -10.0 Amber    2 of 2

Projects slipping against their baseline plan in 2013/14 Q2
-----------------------------------------------------------
Programme   Project               Planned now Now       Baseline end Ends
-------------------------------------------------------------------------------
No project has slipped against its baseline.

Milestones overdue at 2013-09: 2 (not done, due before it)
----------------------------------------------------------
Programme   Project               Milestone              Due               Late
-------------------------------------------------------------------------------
PLANNED     (programme)           Business case approved July 2013     2 months
UNSCHED     (programme)           Old plan signed off    2012/13 Q4    6 months

Escalated risks: Risk committee (Extreme, score 15-25)
------------------------------------------------------
Ref     Programme   Risk                         Owner        Score Band
----------------------------------------------------------------------------
E1      PLANNED     Extreme and open             Ann             20 Extreme
E2      (corp.)     Corporate and extreme        CFO             15 Extreme

Organisation totals
-------------------
                             £'000
----------------------------------
Net plan for the year          450
Plan to date                   225
Actual to date                  58
Schemes reported            5 of 5
Forecast (reported)            394
Plan of those reporting        450
Variance to net plan           -56
Variance %                   -12.4
RAG                          Amber

Forecasts are each scheme's latest full-year forecast; RAG compares them with
the net plan, counting schemes that did not report as forecasting nothing.
EOF
expect_err_empty

# The same figures as report qipp gives for the month ("Went quiet" keeps August's
# forecast: it is late, not zero).
run 0 "$PMWB" -f "$DB" report qipp --month 2013-09 --format csv
expect_out_contains 'Total,All programmes,2013/14,550,450,225,58,394,-56,-12.4,Amber,5,5'

# In August nothing had moved down yet, and every scheme reported.
run 0 "$PMWB" -f "$DB" report exceptions --month 2013-08 --format md
expect_out_contains '## Exception report, 2013-08 (financial year 2013/14)'
expect_out_contains '### QIPP schemes that moved down since last month'
expect_out_contains 'No scheme moved down.'
expect_out_contains 'Every scheme reported.'
expect_out_contains '| PLANNED | Amber to red | Cat | 100 | 85 | -15 | Amber |'

# With no escalating band, the report says so instead of listing nothing.
sqlite3 "$DB" "UPDATE threshold SET escalated = 0"
run 0 "$PMWB" -f "$DB" report exceptions --month 2013-09
expect_out_contains 'No risk band escalates (see the threshold table), so no risk is escalated.'

# Slippage: the first delivery plan imported for a project is its baseline; a later import
# that moves its phases shows against it in the report month's quarter (2013/14 Q3 here).
cat >"$T/plan.csv" <<'EOF'
programme_code,project,2013/14 Q1,2013/14 Q2,2013/14 Q3,2013/14 Q4,2014/15 Q1,2014/15 Q2
PLANNED,On time,S,D,P,I,R,
PLANNED,Stuck in procurement,S,D,I,I,R,
PLANNED,Running late,D,D,R,R,,
PLANNED,Ahead,S,D,P,I,,
EOF
run 0 "$PMWB" -f "$DB" import delivery "$T/plan.csv"
run 0 "$PMWB" -f "$DB" report exceptions --month 2013-10
expect_out_contains 'No project has slipped against its baseline.'
cat >"$T/plan.csv" <<'EOF'
programme_code,project,2013/14 Q1,2013/14 Q2,2013/14 Q3,2013/14 Q4,2014/15 Q1,2014/15 Q2
PLANNED,On time,S,D,P,I,R,
PLANNED,Stuck in procurement,S,D,P,P,I,R
PLANNED,Running late,D,D,R,R,R,R
PLANNED,Ahead,S,D,I,I,,
EOF
run 0 "$PMWB" -f "$DB" import delivery "$T/plan.csv"
run 0 "$PMWB" -f "$DB" report exceptions --month 2013-10
expect_out_contains - <<'EOF'
Projects slipping against their baseline plan in 2013/14 Q3
-----------------------------------------------------------
Programme   Project               Planned now Now       Baseline end Ends
-------------------------------------------------------------------------------
PLANNED     Running late          Review      Review    2013/14 Q4   2014/15 Q2
PLANNED     Stuck in procurement  Implement   Procure   2014/15 Q1   2014/15 Q2
EOF
# A third import does not move the baseline: the slip is still against the first plan.
run 0 "$PMWB" -f "$DB" import delivery "$T/plan.csv"
run 0 "$PMWB" -f "$DB" report exceptions --month 2013-10 --format md
expect_out_contains '| PLANNED | Stuck in procurement | Implement | Procure | 2014/15 Q1 | 2014/15 Q2 |'
# By 2015 all of it is history, not an exception.
run 0 "$PMWB" -f "$DB" report exceptions --month 2015-01
expect_out_contains 'No project has slipped against its baseline.'

run 1 "$PMWB" -f "$DB" report exceptions --format csv
expect_err_contains "the exception report is text or md"
run 1 "$PMWB" -f "$DB" report exceptions --programme PLANNED
expect_err_contains "the exception report covers every programme"
run 1 "$PMWB" -f "$DB" report exceptions --month 2013-13
expect_err_contains "pmwb: report exceptions: --month: "

finish
