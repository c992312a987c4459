#!/bin/sh
# A month of forecasts imported turns the expected schemes Red, Amber and Green on screen, at
# each boundary of the default rules (Green from 95% of plan, Amber from 80%), a cost
# (plan below zero) Red when the forecast is worse, schemes with no forecast "not reported"
# and never Green; the colours are the RAG colours; `pmwb report qipp` says the same.
PMWB_TODAY=2013-09-20
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/qipp/qipp-lib.sh"
qipp_make_db
# Net plans 2013/14 (£k): Gynaecology 425, Dermatology 363, Anticoagulation 517,
# Cardiology 692 (the sheet's two lines of it), MCATS 908, Leg Ulcer service -36.
qipp_import_months <<'CSV'
programme_code,scheme,month,forecast_k,actual_k
PLANNED,Gynaecology,Sep 2013,425,35
PLANNED,Dermatology,2013-09,345,30
PLANNED,Anticoagulation,2013-09,491,40
PLANNED,Cardiology,2013-09,600,
PLANNED,MCATS,2013-09,726,60
PLANNED,Leg Ulcer service,2013-09,-40,-3
UNSCHED,Rapid Response,2013-09,600,50
CSV

qipp_open 80 24
tui_wait 'QIPP 2013/14 at 2013-09'
tui_wait 'Red 2 Amber 2 Green 3 n/r 27: Bromley CCG'
# 425 of 425: Green; 345 of 363 is 95.04%: Green; 491 of 517 is 94.97%: Amber;
# 600 of 692 is 86.7%: Amber; 726 of 908 is 79.96%: Red; a cost of 40 against 36: Red.
qipp_wait_line '  Gynaecology ' '  Gynaecology                425    213     35    425      0    0.0 Green'
qipp_wait_line '  Dermatology ' '  Dermatology                363    182     30    345    -18   -5.0 Green'
qipp_wait_line '  Anticoagulati' '  Anticoagulation            517    259     40    491    -26   -5.0 Amber'
qipp_wait_line '  Cardiology ' '  Cardiology                 692    346      0    600    -92  -13.3 Amber'
qipp_wait_line '  MCATS ' '  MCATS                      908    454     60    726   -182  -20.0 Red'
# Planned Care follows from its schemes' money: 2,547 forecast against its whole plan of
# 6,532, the nine schemes that did not report counting as forecasting nothing (39.0%):
# Red (issue 12; on the 2,869 planned for the six that reported it would be Amber).
qipp_wait_line '▾ PLANNED ' '▾ PLANNED Planned…         6,532  3,266    162  2,547 -3,985  -61.0 Red'
qipp_wait_line '  Leg Ulcer' '  Leg Ulcer servi…           -36    -18     -3    -40     -4  -11.1 Red'
qipp_expect_screen rag-80x24

# The colours: Red, Amber and Green cells on their RAG backgrounds (256-colour theme).
ui_capture_colours() { tui_tmux capture-pane -e -p -t 0 2>/dev/null; }
ui_capture_colours >"$T/colours"
checks=$((checks + 1))
grep -F 'MCATS' "$T/colours" | grep -q '48;5;160m *Red' || fail "MCATS's Red is not on the red background"
checks=$((checks + 1))
grep -F 'Anticoagulation' "$T/colours" | grep -q '48;5;214m *Amber' || fail "Amber is not on amber"
checks=$((checks + 1))
grep -F 'Gynaecology' "$T/colours" | grep -q '48;5;114m *Green' || fail "Green is not on green"

# The report agrees scheme by scheme (CSV: programme,scheme,...,rag).
run 0 "$PMWB" -f "$DB" report qipp --format csv --programme PLANNED
printf '%s\n' "$out" | awk -F, 'NR > 1 && $2 != "Total" { print $2 "," $11 }' >"$T/report-rag"
expect_same 'report RAG' "$(grep -E '^(Gynaecology|Dermatology|Anticoagulation|MCATS|Leg Ulcer service|Diabetes),' "$T/report-rag")" \
	'Anticoagulation,Amber
Dermatology,Green
Diabetes,not reported
Gynaecology,Green
Leg Ulcer service,Red
MCATS,Red'
expect_out_contains 'PLANNED,Total,2013/14,,6532,3266,162,2547,-3985,-61.0,Red,15,6'
tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
finish
