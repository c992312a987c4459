#!/bin/sh
# A risk edited in the workbench tells its story on the command line (issue 14): pmwb history
# shows the imported state before the edit (with its file and line), the state after it with
# who, and the form's audit entry; pmwb log finds the entry by programme, person and kind.
PMWB_TODAY=2014-10-15
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/risks/risks-lib.sh"
risks_make_db

risks_open 80 24
tui_keys f; tui_type 'BCF'; tui_keys Enter
tui_wait 'showing risks: programme BCF'
tui_keys e
tui_wait 'Edit risk 4 in BCF'
tui_keys C-u; tui_type 'Likely'
tui_wait 'Score          12 High'
tui_keys F2
tui_wait 'saved risk 4: score 9 -> 12; u undoes it'
tui_keys q
tui_wait_exit

run 0 "$PMWB" -f "$DB" history risk BCF 4
expect_out_contains 'Risk 4 (BCF): '
expect_out_contains "From $SEED/001/risks.csv, line 5; import run"
expect_out_contains 'tester   L3 x I3 = 9, status'
expect_out_contains 'tester   L4 x I3 = 12, status'
expect_out_contains 'tester     risk        BCF 4                     edit'
expect_out_contains 'change: likelihood: 3 -> 4'
run 0 "$PMWB" -f "$DB" log --programme BCF --who tester --kind risk --format csv
expect_same "the form's entry" "$(printf '%s\n' "$out" | cut -d, -f2-)" - <<'OUT'
who,kind,record,action,change,programme,import_run
tester,risk,BCF 4,edit,likelihood: 3 -> 4,BCF,
OUT

finish
