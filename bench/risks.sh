#!/bin/sh
# The Risks pane benchmark (issue 5): the real pmwb in a pseudo-terminal (bench/pty_bench with bench/risks.steps)
# on a 1,000,000-row register (bench/gen_risks.awk, loaded with 'pmwb import risks' as the
# import benchmark does, then review dates spread over two years), medians over rounds of
# the time from a key to the settled screen: the pane's first screen, each paging key, each
# sort, the filters, the heat map and band counts, the escalation list and the form.
#
#   make bench-risks                           # from the build directory
#   BENCH_ROWS=100000 ROUNDS=3 make bench-risks
#
# Targets: first screen <= 50 ms, a paging key <= 5 ms, heat map and band counts <= 20 ms.
# Esc (back, cancel) includes curses' 25 ms ESCDELAY, the wait that tells Esc from an
# arrow key's escape sequence.  Build without sanitizers for figures worth keeping:
# ../configure CFLAGS='-O2 -g'.
set -eu
: "${PMWB:?}" "${PTY_BENCH:?}" "${top_srcdir:?}"
ROWS=${BENCH_ROWS:-1000000}
ROUNDS=${ROUNDS:-5}
COLS=${COLS:-120}
LINES_=${LINES_:-40}
W=$(mktemp -d "${TMPDIR:-/tmp}/pmwb-bench-risks.XXXXXX")
trap 'rm -rf "$W"' EXIT INT TERM
export PMWB_TODAY=2014-10-15 TZ=UTC PMWB_USER=bench
command -v sqlite3 >/dev/null || { echo "bench-risks: the sqlite3 shell is needed" >&2; exit 1; }

t0=$(date +%s.%N)
awk -v ROWS="$ROWS" -f "$top_srcdir/bench/gen_risks.awk" >"$W/risks.csv"
"$PMWB" -f "$W/big.db" import -q programmes "$top_srcdir/bench/programmes.csv" >/dev/null
"$PMWB" -f "$W/big.db" import -q risks "$W/risks.csv" >/dev/null
rm -f "$W/risks.csv"
sqlite3 "$W/big.db" "UPDATE risk SET review_date = date('2014-01-01', '+' || (id * 7 % 700) || ' days'); ANALYZE;"
# The sorts' indexes are built on first use; one round below measures that, the others run
# on a file where `pmwb index` has built them.
cp "$W/big.db" "$W/first.db"
"$PMWB" -f "$W/big.db" index >/dev/null
sqlite3 "$W/big.db" "ANALYZE;"
t1=$(date +%s.%N)
cp "$W/big.db" "$W/base.db"
echo "pmwb Risks pane benchmark: ${COLS}x${LINES_} pty, $ROUNDS rounds, medians (ms)"
echo "  register: $(sqlite3 "$W/big.db" 'SELECT count(*) FROM risk') risks in" \
	"$(sqlite3 "$W/big.db" 'SELECT count(*) FROM programme') programmes, built in" \
	"$(awk "BEGIN { printf \"%.1f\", $t1 - $t0 }")s"

: >"$W/times"
r=1
while [ "$r" -le "$ROUNDS" ]; do
	# A fresh copy each round: the form steps leave nothing, but the page cache should
	# see the same file every time.
	cp "$W/base.db" "$W/big.db"
	rm -f "$W/big.db-wal" "$W/big.db-shm"
	"$PTY_BENCH" "$COLS" "$LINES_" "$PMWB" "$W/big.db" "$top_srcdir/bench/risks.steps" >>"$W/times"
	r=$((r + 1))
done
# First use, once: each sort on the file as import left it builds its index (a notice, a
# pause, then the screen: a longer quiet time tells the pause from the end).
PTY_BENCH_QUIET_MS=2500 "$PTY_BENCH" "$COLS" "$LINES_" "$PMWB" "$W/first.db" \
	"$top_srcdir/bench/risks-first.steps" |
	awk '$1 != "rss_kb" && $1 != "first_screen" { print $1 "_first_use", $2 }' >>"$W/times"

awk '$1 == "rss_kb" { if ($2 > rss) rss = $2; next }
{ v[$1] = v[$1] " " $2; if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 } }
END {
	printf "  %-28s %8s %8s %8s\n", "measurement", "median", "min", "max"
	for (i = 1; i <= n; i++) {
		k = order[i]; m = split(substr(v[k], 2), a, " "); c = 0
		for (j = 1; j <= m; j++) if (a[j] >= 0) b[++c] = a[j]
		for (j = 2; j <= c; j++) { x = b[j]; for (l = j - 1; l >= 1 && b[l] > x; l--) b[l + 1] = b[l]; b[l + 1] = x }
		if (!c) { printf "  %-28s %8s\n", k, "-"; continue }
		med = c % 2 ? b[(c + 1) / 2] : (b[c / 2] + b[c / 2 + 1]) / 2
		printf "  %-28s %8.2f %8.2f %8.2f\n", k, med / 1000, b[1] / 1000, b[c] / 1000
		delete b
	}
	printf "  %-28s %8d KiB\n", "peak RSS (VmHWM)", rss
}' "$W/times"
