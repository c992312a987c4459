#!/bin/sh
# pmwb report risks and report heatmap: order, bands at every boundary, escalation, trend,
# overdue reviews, the corporate register, formats, and the errors a user can make.  Both
# read the open risks (B6 is closed), as the Risks pane counts them.
. "$top_srcdir/tests/lib/harness.sh"
need sqlite3

run 0 "$PMWB" -f "$DB" init
# One risk at each side of every band boundary (3/4, 6/8, 12/15) and the extremes.
sqlite3 "$DB" <<'SQL'
INSERT INTO programme (code, name) VALUES ('BCF', 'Better Care Fund'), ('MH', 'Mental Health');
INSERT INTO risk (ref, programme_id, title, owner, likelihood, impact, status, review_date) VALUES
  ('B1', 1, 'Score one', 'CCG', 1, 1, 'open', '2013-12-01'),
  ('B3', 1, 'Score three', 'CCG', 1, 3, 'open', NULL),
  ('B4', 1, 'Score four', 'JICE', 2, 2, 'open', '2013-10-14'),
  ('B6', 1, 'Score six', 'JICE', 2, 3, 'Closed 2013', NULL),
  ('B8', 2, 'Score eight', 'MH lead', 2, 4, 'open', '2013-10-15'),
  ('B12', 2, 'Score twelve', 'MH lead', 3, 4, 'open', NULL),
  ('B15', 2, 'Score fifteen, "quoted", and long enough to be cut', 'MH lead', 3, 5, 'open', NULL),
  ('B25', 1, '=HYPERLINK("http://x")', 'CCG', 5, 5, 'open', NULL);
INSERT INTO risk (ref, title, likelihood, impact, likelihood_word, impact_word,
  initial_likelihood, initial_impact) VALUES
  ('FR1', 'Corporate financial risk', 4, 3, 'High', 'Medium', 5, 4);
INSERT INTO risk (ref, title) VALUES ('U1', 'Not yet scored');
-- B8 went 12 -> 8 at its last change; B12 went 6 -> 12; B4 stayed at 4.
INSERT INTO risk_history (risk_id, at, who, likelihood, impact, score) VALUES
  (5, '2013-06-01', 'a', 3, 4, 12), (5, '2013-09-01', 'a', 2, 4, 8),
  (6, '2013-06-01', 'a', 2, 3, 6), (6, '2013-09-01', 'a', 3, 4, 12),
  (3, '2013-06-01', 'a', 2, 2, 4), (3, '2013-09-01', 'a', 2, 2, 4);
SQL

run 0 "$PMWB" -f "$DB" report risks --format csv
expect_out - <<'EOF'
ref,programme,risk,owner,likelihood,impact,score,band,escalated_to,trend,review_date,status,residual_likelihood,residual_impact,residual_score,target_score,likelihood_word,impact_word,initial_likelihood,initial_impact,initial_score,mitigation,organisation
B25,BCF,"'=HYPERLINK(""http://x"")",CCG,5,5,25,Extreme,Risk committee,,,open,,,,,,,,,,,
B15,MH,"Score fifteen, ""quoted"", and long enough to be cut",MH lead,3,5,15,Extreme,Risk committee,,,open,,,,,,,,,,,
B12,MH,Score twelve,MH lead,3,4,12,High,,up,,open,,,,,,,,,,,
FR1,,Corporate financial risk,,4,3,12,High,,,,open,,,,,High,Medium,5,4,20,,
B8,MH,Score eight,MH lead,2,4,8,High,,down,2013-10-15,open,,,,,,,,,,,
B4,BCF,Score four,JICE,2,2,4,Moderate,,same,2013-10-14,open,,,,,,,,,,,
B3,BCF,Score three,CCG,1,3,3,Low,,,,open,,,,,,,,,,,
B1,BCF,Score one,CCG,1,1,1,Low,,,2013-12-01,open,,,,,,,,,,,
U1,,Not yet scored,,,,,unscored,,,,open,,,,,,,,,,,
EOF
expect_err_empty

# Text fits 80 columns; a review before today (2013-10-15) is marked, today's is not.
run 0 "$PMWB" -f "$DB" report risks --min-score 8 --programme MH
expect_out - <<'EOF'
Risk register: MH
=================

Ref        Prog     Risk                 Owner     L I Sc Band     T Review
--------------------------------------------------------------------------------
B15        MH       Score fifteen, "quo~ MH lead   3 5 15 Extreme
                    Status: open; escalated to Risk committee
B12        MH       Score twelve         MH lead   3 4 12 High     ^
                    Status: open
B8         MH       Score eight          MH lead   2 4  8 High     v 2013-10-15
                    Status: open

3 open risks; 1 escalated; 0 past the review date (marked !).
T: trend since the last change (^ up, v down, = same).
EOF
run 0 "$PMWB" -f "$DB" report risks --programme BCF --format md
expect_out_contains '| B4 | BCF | Score four | JICE | 2 | 2 | 4 | Moderate |  | same | 2013-10-14! | open |'
expect_out_contains '4 open risks; 1 escalated; 1 past the review date (marked !).'

run 0 "$PMWB" -f "$DB" report risks --programme corporate --format csv
expect_out - <<'EOF'
ref,programme,risk,owner,likelihood,impact,score,band,escalated_to,trend,review_date,status,residual_likelihood,residual_impact,residual_score,target_score,likelihood_word,impact_word,initial_likelihood,initial_impact,initial_score,mitigation,organisation
FR1,,Corporate financial risk,,4,3,12,High,,,,open,,,,,High,Medium,5,4,20,,
U1,,Not yet scored,,,,,unscored,,,,open,,,,,,,,,,,
EOF

run 0 "$PMWB" -f "$DB" report heatmap
expect_out - <<'EOF'
Risk heat map: all programmes and the corporate register
========================================================

                   Likelihood
Impact                1      2      3      4      5
5 Catastrophic        0 M    0 H    1 E    0 E    1 E
4 Major               0 M    1 H    1 H    0 E    0 E
3 Moderate            1 L    0 M    0 H    1 H    0 E
2 Minor               0 L    1 M    0 M    0 H    0 H
1 Negligible          1 L    0 L    0 L    0 M    0 M
Likelihood: 1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain.
Band: L Low 1-3, M Moderate 4-6, H High 8-12, E Extreme 15-25.

8 open scored risks.
EOF
run 0 "$PMWB" -f "$DB" report heatmap --programme MH --format csv
expect_out_contains 'likelihood,impact,score,band,count'
expect_out_contains '3,5,15,Extreme,1'
expect_out_contains '2,4,8,High,1'
expect_out_contains '5,5,25,Extreme,0'
[ "$(printf '%s\n' "$out" | wc -l)" = 26 ] || fail "the heat map CSV is not 25 cells and a header"

# Bands are data: moving the boundary moves the band, and broken bands are refused.
sqlite3 "$DB" "UPDATE threshold SET max_score = 12 WHERE level = 'Moderate'; DELETE FROM threshold WHERE level = 'High'"
run 0 "$PMWB" -f "$DB" report risks --programme MH --format csv
expect_out_contains 'B12,MH,Score twelve,MH lead,3,4,12,Moderate'
sqlite3 "$DB" "UPDATE threshold SET max_score = 10 WHERE level = 'Moderate'"
run 2 "$PMWB" -f "$DB" report risks
expect_err_contains "12"

run 1 "$PMWB" -f "$DB" report risks --min-score 26
expect_err "pmwb: report risks: --min-score '26' is not a score from 1 to 25; try 'pmwb report risks --help'"
run 1 "$PMWB" -f "$DB" report risks --min-score high
expect_err_contains "--min-score 'high' is not a score"
run 1 "$PMWB" -f "$DB" report heatmap --fy 2013/14
expect_err "pmwb: report heatmap: --fy and --month are for the QIPP reports; try 'pmwb report heatmap --help'"
run 2 "$PMWB" -f "$DB" report heatmap --programme NOPE
expect_err "pmwb: no programme has the code 'NOPE' (see 'pmwb export programmes')"
run 1 "$PMWB" -f "$DB" report qipp --min-score 3
expect_err_contains "--min-score is for the risk reports"
run 1 "$PMWB" -f "$DB" report qipp --programme corporate
expect_err_contains "there is no corporate QIPP"

finish
