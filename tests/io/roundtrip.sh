#!/bin/sh
# Round trip per kind: import data/, export, import the export again: nothing changes; the
# export imported into a fresh database exports byte for byte the same.  And idempotence:
# a second import of the same folder reports every row unchanged.
. "$top_srcdir/tests/lib/harness.sh"

# changed OUTPUT: some row of a summary is new or updated
changed() { printf '%s\n' "$1" | grep -Eq ': [1-9][0-9]* new|, [1-9][0-9]* updated'; }

# idempotence: each folder twice in a row; the second time nothing is new or updated
# (002 updates PROMISE, which 000b also describes: the two documents word it differently)
for d in "$SEED"/0*; do
	run 0 "$PMWB" -f "$DB" import -q all "$d"
	run 0 "$PMWB" -f "$DB" import -q all "$d"
	changed "$out" && fail "second import of $d changed something: $out"
	expect_out_contains 'unchanged'
done

# qipp-months has no demo file: a small one for the last kind
cat >"$T/months.csv" <<'X'
programme_code,scheme,month,forecast_k,actual_k
PLANNED,Gynaecology,Apr 2013,35,30
PLANNED,Gynaecology,May 2013,35,
planned,Dermatology,2013-04,30,31.5
X
run 0 "$PMWB" -f "$DB" import qipp-months "$T/months.csv"
expect_out 'qipp month: 3 new, 0 updated, 0 unchanged'

kinds='programmes thresholds delivery phases qipp qipp-months milestones risks metrics'
for k in $kinds; do
	run 0 "$PMWB" -f "$DB" export "$k" -o "$T/$k.csv"
	run 0 "$PMWB" -f "$DB" import "$k" "$T/$k.csv"
	changed "$out" && fail "re-importing the $k export changed something: $out"
done

# into a fresh database, in dependency order: the same bytes come out
for k in $kinds; do
	run 0 "$PMWB" -f "$T/fresh.db" import -q "$k" "$T/$k.csv"
	run 0 "$PMWB" -f "$T/fresh.db" export "$k" -o "$T/$k.again.csv"
	run 0 cmp "$T/$k.csv" "$T/$k.again.csv"
done

# the exported money is £'000 as the seed files write it; pounds survive as decimals
run 0 "$PMWB" -f "$DB" export qipp-months
expect_out - <<'X'
programme_code,scheme,month,forecast_k,actual_k
PLANNED,Gynaecology,2013-04,35,30
PLANNED,Gynaecology,2013-05,35,
PLANNED,Dermatology,2013-04,30,31.5
X
finish
