#!/bin/sh
# The QIPP pane's sorts and filter: s puts the schemes under each programme by name, net plan,
# variance (furthest behind first) and RAG (Red first), S reverses an order keeping each
# programme's row above its schemes, and f narrows to a RAG, words in a scheme's name or
# owner, or an organisation, the prompt saying which words it understands.
PMWB_TODAY=2013-09-20
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/qipp/qipp-lib.sh"
qipp_make_db
qipp_import_months <<'CSV'
programme_code,scheme,month,forecast_k,actual_k
PLANNED,Gynaecology,Sep 2013,425,35
PLANNED,Dermatology,2013-09,345,30
PLANNED,Anticoagulation,2013-09,491,40
PLANNED,Cardiology (multiple admissions),2013-09,289,
PLANNED,MCATS,2013-09,726,60
PLANNED,Leg Ulcer service,2013-09,-40,-3
CSV

# rows_are FIRST SECOND THIRD: the first three rows under the title, names only.
rows_are() { tui_wait_lines 5 7 's/^[▾▸]* *//; s/  .*//' "$1|$2|$3"; }

qipp_open 80 24
tui_wait 'QIPP 2013/14 at 2013-09'
rows_are 'PLANNED Planned…' 'Gynaecology' 'Dermatology'
tui_keys s
tui_wait 'schemes in name'
rows_are 'PLANNED Planned…' 'Anticoagulation' 'Cardiology (int…'
tui_keys s
tui_wait 'schemes in net plan, largest first'
rows_are 'PLANNED Planned…' 'SLHT acute effi…' 'MCATS'
tui_keys s
tui_wait 'schemes in variance, furthest behind first'
rows_are 'PLANNED Planned…' 'MCATS' 'Cardiology (mul…'
tui_keys s
tui_wait 'schemes in RAG, Red first'
rows_are 'PLANNED Planned…' 'MCATS' 'Leg Ulcer servi…'
# Reversed: the last programme first, Green schemes first, each programme's row on top.
tui_keys g S
tui_wait 'order reversed'
tui_keys g
tui_settle
first=$(tui_capture | sed -n 5p)
case $first in '▾ PLANNED'*) fail "reversed, PLANNED is still first" ;; '▾ '*) ;;
*) fail "reversed, the first row is not a programme's: $first" ;; esac
checks=$((checks + 1))
tui_keys S
tui_wait 'order no longer reversed'
tui_keys g
rows_are 'PLANNED Planned…' 'MCATS' 'Leg Ulcer servi…'

# f: the prompt lists the words; red keeps the Red schemes and the programmes holding one.
tui_keys f
tui_wait 'Filter:  (org:"NAME" red amber green unreported'
tui_type 'red'
tui_keys Enter
tui_wait 'showing red'
rows_are 'PLANNED Planned…' 'MCATS' 'Leg Ulcer servi…'
tui_wait_gone 'Gynaecology'
tui_wait_gone 'UNSCHED'
# Words match a scheme's name or owner; with a RAG both must hold.
tui_keys f; tui_type 'amber cardio'; tui_keys Enter
tui_wait 'showing amber, schemes with "cardio"'
rows_are 'PLANNED Planned…' 'Cardiology (mul…' ''
tui_keys f; tui_type 'org:Nowhere'; tui_keys Enter
tui_wait 'no one organisation goes by "Nowhere"'
tui_keys f; tui_type 'colour:red'; tui_keys Enter
tui_wait '"colour:" is not a QIPP filter'
tui_keys f; tui_keys Enter
tui_wait 'filter cleared'
rows_are 'PLANNED Planned…' 'MCATS' 'Leg Ulcer servi…'
tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
finish
