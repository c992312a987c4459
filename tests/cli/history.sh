#!/bin/sh
# What pmwb knows (issue 14): pmwb imports (a run per file, with the file's own counts, size,
# SHA-256, units and warnings), pmwb log (the audit newest first, its filters and formats),
# pmwb history (one record's story) and the errors a user can make with them.
. "$top_srcdir/tests/lib/harness.sh"
need sqlite3
need sha256sum

cd "$T" || exit 1
cp -r "$SEED/004" "$SEED/002" "$SEED/001" .
# The B&NES QIPP plan with the Total row its document prints (data/ holds the published
# extract, which leaves it out): the run records the total checked.
cp "$top_srcdir/tests/io/reconciliation/004/qipp.csv" 004/qipp.csv

# import all: a run per file, each with its own counts (the audit row of 004/risks.csv had
# the whole folder's: "6 rows: 160 new, 4 updated").
PMWB_USER=alice run 0 "$PMWB" -f "$DB" import all 004
run 0 "$PMWB" -f "$DB" imports --format csv
expect_same "runs" "$(printf '%s\n' "$out" | cut -d, -f1,3-11)" - <<'OUT'
run,who,kind,file,rows,new,updated,unchanged,deleted,warnings
6,alice,risks,004/risks.csv,6,6,0,0,0,0
5,alice,milestones,004/milestones.csv,24,24,0,0,0,0
4,alice,qipp,004/qipp.csv,9,30,0,0,0,0
3,alice,delivery,004/delivery.csv,89,89,0,0,0,0
2,alice,thresholds,004/thresholds.csv,4,0,4,0,0,0
1,alice,programmes,004/programmes.csv,11,11,0,0,0,0
OUT
# size and SHA-256 are the file's
for f in risks qipp programmes; do
	line=$(printf '%s\n' "$out" | grep ",004/$f.csv,")
	expect_contains "$f run" "$line" ",$(wc -c <004/$f.csv | tr -d ' '),$(sha256sum 004/$f.csv | cut -d' ' -f1),"
done
expect_out_contains "'fy2013_14_plan_k' £'000"
run 0 "$PMWB" -f "$DB" log --kind risks --format csv
expect_same "audit row of 004/risks.csv" "$(printf '%s\n' "$out" | cut -d, -f2-)" - <<'OUT'
who,kind,record,action,change,programme,import_run
alice,risks,004/risks.csv,import,"6 rows: 6 new, 0 updated, 0 unchanged (risk: 6 new, 0 updated, 0 unchanged)",,6
OUT

# text: the run's file, units, notices and the totals it checked
run 0 "$PMWB" -f "$DB" imports
expect_out_contains 'file: 004/qipp.csv'
expect_out_contains 'total rows: 3 checked, 0 differ from their rows'
expect_out_contains "notice: line 1: money read in £'000, the unit of pmwb's
                        risks files"

# A re-import that changes a risk and a QIPP figure: updated rows audited with their run,
# the risk's history, and a warning kept in the run.
sed -e 's/^1,,"Financial targets/1,,"Financial targets (revised)/' 004/risks.csv >risks.csv
sed -e '2s/1358/1359/' 004/qipp.csv >qipp.csv
head -3 qipp.csv | grep -q 1359 || fail "qipp.csv was not changed"
PMWB_USER=bob run 0 "$PMWB" -f "$DB" import risks risks.csv
PMWB_USER=bob run 0 "$PMWB" -f "$DB" import qipp qipp.csv
expect_err_contains 'total 2012/13 forecast 5,810 differs from the rows'
run 0 "$PMWB" -f "$DB" imports --format csv
expect_same "re-import runs" "$(printf '%s\n' "$out" | sed -n 2,3p | cut -d, -f1,3-11)" - <<'OUT'
8,bob,qipp,qipp.csv,9,0,1,29,0,1
7,bob,risks,risks.csv,6,0,1,5,0,0
OUT
run 0 "$PMWB" -f "$DB" imports
expect_out_contains 'warning: line 11: total 2012/13 forecast 5,810 differs'

# log: newest first, and each filter
run 0 "$PMWB" -f "$DB" log --who bob --format csv
expect_same "bob's entries" "$(printf '%s\n' "$out" | cut -d, -f2-5)" - <<'OUT'
who,kind,record,action
bob,qipp,qipp.csv,import
bob,qipp plan,1 2012 (qipp.csv:2),update
bob,risks,risks.csv,import
bob,risk,(empty) 1 '1' (risks.csv:2),update
OUT
run 0 "$PMWB" -f "$DB" log --kind risk --format csv
expect_out_contains "title: 'Financial targets missed"
expect_out_contains "-> 'Financial targets (revised) missed"
run 0 "$PMWB" -f "$DB" log --programme BN-URGENT --format csv
expect_same "BN-URGENT's entries" "$(printf '%s\n' "$out" | wc -l)" 2
expect_out_contains 'bob,qipp plan,1 2012 (qipp.csv:2),update,forecast_outturn: 1358000 -> 1359000,BN-URGENT,8'
expect_out_contains ',BN-URGENT,8'
run 0 "$PMWB" -f "$DB" log --programme BN-URGENT
expect_out_contains 'change: forecast_outturn: 1358000 -> 1359000'

run 0 "$PMWB" -f "$DB" log --since 2000-01-01 --until 2090-12-31 --who alice --format md
expect_out_contains '| When | Who | Kind | Record | Action | Change | Programme | Run |'
expect_out_contains '| alice | thresholds | 004/thresholds.csv | import |'
run 0 "$PMWB" -f "$DB" log --until 2000-01-01
expect_out_contains 'No audit entries match.'
run 0 "$PMWB" -f "$DB" log --since 2090-01-01 --format csv
expect_out 'at,who,kind,record,action,change,programme,import_run'
run 0 "$PMWB" -f "$DB" log
expect_out_contains 'change: title:'

# history: a risk's story with its provenance, state and audit entries
run 0 "$PMWB" -f "$DB" history risk 1
expect_out_contains "Risk 1: Financial targets (revised) missed"
expect_out_contains 'From risks.csv, line 2; import run 7'
expect_out_contains 'update'
run 0 "$PMWB" -f "$DB" import all 002
run 0 "$PMWB" -f "$DB" history risk PROMISE-R2
expect_out_contains 'Risk PROMISE-R2 (PROMISE): Weak initial evidence'
expect_out_contains 'From 002/risks.csv, line 3; import run'
expect_out_contains 'L4 x I3 = 12, status open (as now; no change recorded)'
expect_out_contains 'No audit entries: nothing has changed it since it was first imported.'
run 0 "$PMWB" -f "$DB" history project PROMISE 'Falls and Fracture Prevention' --format md
expect_out_contains '## Project Falls and Fracture Prevention (PROMISE)'
expect_out_contains '| baseline: '
run 0 "$PMWB" -f "$DB" history scheme 'Shifting settings of care and urgent care'
expect_out_contains 'plan 2012/13: net -, gross -, forecast outturn 1,359'
expect_out_contains 'qipp plan'
run 0 "$PMWB" -f "$DB" history programme PROMISE
expect_out_contains 'Programme PROMISE'

# errors: one sentence and the exit status
run 2 "$PMWB" -f "$DB" log --kind riskz
expect_err "pmwb: the audit log has no entries of kind 'riskz'; its kinds are: delivery, metrics, milestones, programmes, qipp, qipp plan, risk, risks, threshold, thresholds"
run 2 "$PMWB" -f "$DB" log --programme NOPE
expect_err "pmwb: no programme has the code 'NOPE', and the audit log names none (see 'pmwb export programmes')"
run 1 "$PMWB" -f "$DB" log --since 2013-02-30
expect_err_contains "pmwb: log: --since '2013-02-30': "
run 1 "$PMWB" -f "$DB" log --since 2014-01-01 --until 2013-01-01
expect_err "pmwb: log: --since 2014-01-01 is after --until 2013-01-01; try 'pmwb log --help'"
run 1 "$PMWB" -f "$DB" log --format pdf
expect_err_contains "'pdf' is not a report format"
run 1 "$PMWB" -f "$DB" imports --who bob
expect_err "pmwb: imports: --who is an option of 'pmwb log'; try 'pmwb imports --help'"
run 1 "$PMWB" -f "$DB" history thing x
expect_err "pmwb: history: no kind 'thing'; the kinds are risk, project, scheme (or qipp), programme; try 'pmwb history --help'"
run 1 "$PMWB" -f "$DB" history risk
expect_err_contains "say what: KIND [PROGRAMME] KEY"
run 2 "$PMWB" -f "$DB" history risk NOPE-R9
expect_err "pmwb: no risk has the key 'NOPE-R9' (see 'pmwb export risks')"
run 0 "$PMWB" -f "$DB" import all 001
run 2 "$PMWB" -f "$DB" history risk 1
expect_err "pmwb: 2 risks have the key '1' (corporate (B&NES CCG), BCF): name the programme, as 'pmwb history risk PROGRAMME 1' ('corporate' for a corporate register)"
run 0 "$PMWB" -f "$DB" history risk corporate 1
expect_out_contains "Risk 1: Financial targets (revised)"
run 3 "$PMWB" -f "$T/missing.db" log
expect_err_contains 'no such database'

finish
