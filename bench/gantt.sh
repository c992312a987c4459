#!/bin/sh
# The workbench benchmark: the real pmwb in a pseudo-terminal (bench/pty_bench with bench/gantt.steps), a large
# generated portfolio (bench/gantt-gen.sql: 200 programmes, 10,000 projects, 50,000
# phases over 12 FYs, 50,000 milestones) against the demo data, medians over rounds.
#
#   make bench-gantt                      # from the build directory
#   ROUNDS=15 COLS=200 ROWS=50 make bench-gantt
#
# Needs: sqlite3 (the shell, to load the generator) and the demo data in data/.  Build without sanitizers for figures
# worth keeping: ../configure CFLAGS='-O2 -g'.
set -eu
: "${PMWB:?}" "${PTY_BENCH:?}" "${top_srcdir:?}"
ROUNDS=${ROUNDS:-9}
COLS=${COLS:-120}
ROWS=${ROWS:-40}
W=$(mktemp -d "${TMPDIR:-/tmp}/pmwb-bench.XXXXXX")
trap 'rm -rf "$W"' EXIT
export PMWB_TODAY=2013-10-15 TZ=UTC

command -v sqlite3 >/dev/null || { echo "bench-gantt: the sqlite3 shell is needed" >&2; exit 1; }

# The small database: the demo data, every folder of data/ as `pmwb --demo` imports it.
small="$W/small.db"
"$PMWB" -f "$small" init >/dev/null
for dir in "$top_srcdir"/data/*/; do
	[ -e "$dir/NOT-IN-DEMO" ] && continue
	"$PMWB" -f "$small" import all "$dir" >/dev/null
done
small_what="demo data"
big="$W/big.db"
"$PMWB" -f "$big" init >/dev/null
t0=$(date +%s.%N)
sqlite3 "$big" <"$top_srcdir/bench/gantt-gen.sql" >/dev/null
t1=$(date +%s.%N)

count() { sqlite3 "$1" "SELECT (SELECT count(*) FROM programme) || ' programmes, ' ||
	(SELECT count(*) FROM project) || ' projects, ' || (SELECT count(*) FROM phase) ||
	' phases, ' || (SELECT count(*) FROM milestone) || ' milestones'"; }
echo "pmwb workbench benchmark: ${COLS}x${ROWS} pty, $ROUNDS rounds, medians (ms)"
echo "  small: $small_what: $(count "$small")"
echo "  big:   generated in $(awk "BEGIN { printf \"%.1f\", $t1 - $t0 }")s: $(count "$big")"

# Interleave the two so that drift on a shared machine hits both alike.
: >"$W/small.txt"
: >"$W/big.txt"
r=1
while [ "$r" -le "$ROUNDS" ]; do
	"$PTY_BENCH" "$COLS" "$ROWS" "$PMWB" "$small" "$top_srcdir/bench/gantt.steps" >>"$W/small.txt"
	"$PTY_BENCH" "$COLS" "$ROWS" "$PMWB" "$big" "$top_srcdir/bench/gantt.steps" >>"$W/big.txt"
	r=$((r + 1))
done

# Median of each measurement ("-" when the key changed nothing on that screen).
medians() {
	awk '{ v[$1] = v[$1] " " $2; if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 } }
	END {
		for (i = 1; i <= n; i++) {
			k = order[i]; m = split(substr(v[k], 2), a, " "); c = 0
			for (j = 1; j <= m; j++) if (a[j] >= 0) b[++c] = a[j]
			# insertion sort; a few rounds only
			for (j = 2; j <= c; j++) { x = b[j]; for (l = j - 1; l >= 1 && b[l] > x; l--) b[l + 1] = b[l]; b[l + 1] = x }
			med = c ? (c % 2 ? b[(c + 1) / 2] : (b[c / 2] + b[c / 2 + 1]) / 2) : -1
			print k, med
			delete b
		}
	}' "$1"
}
medians "$W/small.txt" >"$W/small.med"
medians "$W/big.txt" >"$W/big.med"
printf '  %-24s %9s %9s %7s\n' measurement small big ratio
awk 'NR == FNR { small[$1] = $2; next }
	{ k = $1; s = small[k]; b = $2
	  if (k == "rss_kb") { printf "  %-24s %8dk %8dk %7.2f\n", "peak RSS (VmHWM)", s, b, (s > 0 ? b / s : 0); next }
	  if (s < 0 || b < 0) { printf "  %-24s %9s %9s %7s\n", k, s < 0 ? "-" : sprintf("%.2f", s / 1000), b < 0 ? "-" : sprintf("%.2f", b / 1000), "-"; next }
	  printf "  %-24s %9.2f %9.2f %7.2f\n", k, s / 1000, b / 1000, (s > 0 ? b / s : 0) }' "$W/small.med" "$W/big.med"
echo "  (- : the key changed nothing on that screen, e.g. no quarters to scroll to)"
