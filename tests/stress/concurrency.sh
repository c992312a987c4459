#!/bin/sh
# Proof under load, bounded to well under two minutes: four writers importing a few hundred
# changes at once while two readers report, then every change present exactly once; and an
# import killed (SIGKILL) at seeded moments, the file intact and the import all or nothing
# after each kill.  PMWB_STRESS_SEED picks other moments (default 18).
. "$top_srcdir/tests/lib/harness.sh"
need sqlite3

cd "$T" || exit 1
run 0 "$PMWB" -f "$DB" import -q programmes "$top_srcdir/bench/programmes.csv"

# --- four writers, two readers ---
WRITERS=4 CHANGES=60
writer() {
	w=$1
	k=1
	while [ $k -le $CHANGES ]; do
		# one new risk a change, each in its own import
		printf 'ref,programme_code,risk,likelihood,impact,status\nW%s-%s,BCF,writer %s change %s,2,3,Open\n' \
			"$w" "$k" "$w" "$k" >"w$w.csv"
		"$PMWB" -f "$DB" import -q risks "w$w.csv" >/dev/null 2>>"w$w.err" ||
			echo "writer $w change $k failed" >>"w$w.err"
		k=$((k + 1))
	done
}
reader() {
	while [ ! -e writers.done ]; do
		"$PMWB" -f "$DB" report heatmap >/dev/null 2>>"r$1.err" || echo "a report failed" >>"r$1.err"
	done
}
reader 1 &
r1=$!
reader 2 &
r2=$!
pids=
w=1
while [ $w -le $WRITERS ]; do
	writer $w &
	pids="$pids $!"
	w=$((w + 1))
done
# shellcheck disable=SC2086
wait $pids
: >writers.done
wait "$r1" "$r2"
# waiting for one another is said, and is no error
expect_same "writers' and readers' errors" \
	"$(cat w*.err r*.err 2>/dev/null | grep -v '^pmwb: waiting for another pmwb to finish writing')" ''
run 0 sqlite3 "$DB" "SELECT count(*), count(DISTINCT ref) FROM risk WHERE ref LIKE 'W%'"
expect_out "$((WRITERS * CHANGES))|$((WRITERS * CHANGES))"
run 0 sqlite3 "$DB" "SELECT count(*) FROM audit WHERE action = 'import' AND entity = 'risks'"
expect_out "$((WRITERS * CHANGES))"
run 0 "$PMWB" -f "$DB" check

# --- SIGKILL at seeded moments of an import ---
KILLS=20
awk -v ROWS=30000 -f "$top_srcdir/bench/gen_risks.awk" >big.csv
# the moments, in hundredths of a second after the import starts
awk -v seed="${PMWB_STRESS_SEED:-18}" -v n=$KILLS \
	'BEGIN { srand(seed); for (i = 0; i < n; i++) printf "%d\n", int(rand() * 150) }' >moments
round=0
while read -r cs; do
	round=$((round + 1))
	sed "s/^R/K$round-/" big.csv >round.csv
	before=$(sqlite3 "$DB" "SELECT count(*) FROM risk")
	"$PMWB" -f "$DB" import -q risks round.csv >/dev/null 2>&1 &
	pid=$!
	sleep "$((cs / 100)).$((cs % 100 / 10))$((cs % 10))"
	kill -KILL "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	run 0 sqlite3 "$DB" "PRAGMA integrity_check"
	expect_out ok
	after=$(sqlite3 "$DB" "SELECT count(*) FROM risk")
	checks=$((checks + 1))
	[ "$after" = "$before" ] || [ "$after" = "$((before + 30000))" ] ||
		fail "kill $round at ${cs}0 ms: $before risks before, $after after: part of an import"
done <moments
run 0 "$PMWB" -f "$DB" check
finish
