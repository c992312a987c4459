#!/bin/sh
# The import benchmark (issue 3): a generated risk register, timed interleaved round by
# round: the libcsv parse floor, the sqlite3 shell's .mode csv + .import into a fresh file,
# and pmwb import risks into a fresh file.  Prints medians and min-max, rows/s, pmwb's
# ratios to both and its peak RSS (at BENCH_ROWS and at a tenth of it); and, since the Risks
# pane's sort indexes are built on first use rather than by import, what `pmwb index`
# (building all of them at once) costs after the import.
#
#   make bench-import                     1,000,000 rows, 6 rounds
#   BENCH_ROWS=100000 BENCH_ROUNDS=3 make bench-import     a quick run
# Build without --enable-sanitizers: the sanitizers slow pmwb several times over.
set -eu

rows=${BENCH_ROWS:-1000000}
rounds=${BENCH_ROUNDS:-6}
here=$(cd "$(dirname "$0")" && pwd)
pmwb=${PMWB:-src/pmwb}
floor=${PARSE_FLOOR:-bench/parse_floor}
sqlite=${SQLITE3:-sqlite3}
timer=/usr/bin/time

for tool in "$pmwb" "$floor"; do
	[ -x "$tool" ] || { echo "bench: $tool is not built (make bench-import builds it)" >&2; exit 1; }
done
command -v "$sqlite" >/dev/null || { echo "bench: the sqlite3 shell is not installed" >&2; exit 1; }
[ -x "$timer" ] || { echo "bench: /usr/bin/time is not installed (Debian package time)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/pmwb-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
export PMWB_USER=bench

awk -v ROWS="$rows" -f "$here/gen_risks.awk" >"$work/risks.csv"
small=$((rows / 10))
awk -v ROWS="$small" -f "$here/gen_risks.awk" >"$work/small.csv"
bytes=$(wc -c <"$work/risks.csv")

# timed LABEL CMD...: one run; appends "LABEL seconds max-rss-KiB" to $work/times
timed() {
	label=$1
	shift
	# each run starts with no other run's writes still going to disk: on two cores the
	# kernel's writeback of the last file competes with whatever is timed next
	sync
	if ! "$timer" -f '%e %M' -o "$work/t" "$@" >/dev/null 2>"$work/err"; then
		echo "bench: $label failed:" >&2
		cat "$work/err" >&2
		exit 1
	fi
	echo "$label $(tail -n 1 "$work/t")" >>"$work/times"
}

fresh_pmwb() {
	rm -f "$1" "$1-wal" "$1-shm"
	"$pmwb" -f "$1" import -q programmes "$here/programmes.csv" >/dev/null
}

: >"$work/times"
r=1
shell_import() {
	rm -f "$work/shell.db"
	timed import "$sqlite" "$work/shell.db" -cmd '.mode csv' ".import $work/risks.csv risk"
}
pmwb_import() {
	fresh_pmwb "$work/pmwb.db"
	timed pmwb "$pmwb" -f "$work/pmwb.db" import -q risks "$work/risks.csv"
}
while [ "$r" -le "$rounds" ]; do
	timed floor "$floor" "$work/risks.csv"
	# The order alternates round by round, so that neither import always runs right after
	# the other (suspected of slowing the second; ten rounds showed no clear effect).
	if [ $((r % 2)) -eq 1 ]; then
		shell_import
		pmwb_import
	else
		pmwb_import
		shell_import
	fi
	# what the import leaves to first use: every on-demand index at once
	timed index "$pmwb" -f "$work/pmwb.db" index
	echo "round $r: $(tail -n 4 "$work/times" | awk '{ printf "%s %.2f s  ", $1, $2 }')" >&2
	r=$((r + 1))
done
fresh_pmwb "$work/small.db"
timed small "$pmwb" -f "$work/small.db" import -q risks "$work/small.csv"

# the import really happened, all of it
got=$("$sqlite" "$work/pmwb.db" 'SELECT count(*) FROM risk')
[ "$got" = "$rows" ] || { echo "bench: pmwb imported $got rows, not $rows" >&2; exit 1; }

awk -v rows="$rows" -v small="$small" -v bytes="$bytes" -v rounds="$rounds" '
function median(label,   n, i, j, t, v) {
	n = 0
	for (i = 1; i <= N; i++) if (L[i] == label) v[++n] = S[i]
	for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
	lo[label] = v[1]; hi[label] = v[n]
	return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
}
function maxrss(label,   i, m) { m = 0; for (i = 1; i <= N; i++) if (L[i] == label && R[i] > m) m = R[i]; return m / 1024 }
# the ratio within each round (the runs of one round are seconds apart, so a machine that
# slows down for a while slows all of them): median, and lo2/hi2 its range
function round_ratio(a, b,   r, n, i, j, t, v) {
	n = 0
	for (r = 1; (a, r) in V && (b, r) in V; r++) v[++n] = V[a, r] / V[b, r]
	for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
	lo2 = v[1]; hi2 = v[n]
	return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
}
{ N++; L[N] = $1; S[N] = $2; R[N] = $3; V[$1, ++C[$1]] = $2 }
END {
	f = median("floor"); s = median("import"); p = median("pmwb")
	printf "import benchmark: %d rows, %.0f bytes a row (%.0f MB), %d rounds, median (min-max)\n", rows, bytes / rows, bytes / 1e6, rounds
	printf "  libcsv parse floor   %6.2f s (%.2f-%.2f)  %9.0f rows/s  peak RSS %5.1f MiB\n", f, lo["floor"], hi["floor"], rows / f, maxrss("floor")
	printf "  sqlite3 .import      %6.2f s (%.2f-%.2f)  %9.0f rows/s  peak RSS %5.1f MiB\n", s, lo["import"], hi["import"], rows / s, maxrss("import")
	printf "  pmwb import risks    %6.2f s (%.2f-%.2f)  %9.0f rows/s  peak RSS %5.1f MiB\n", p, lo["pmwb"], hi["pmwb"], rows / p, maxrss("pmwb")
	k = median("index")
	printf "  then pmwb index      %6.2f s (%.2f-%.2f)  the Risks pane'"'"'s four sort indexes and the foreign key'"'"'s, built on first use otherwise\n", k, lo["index"], hi["index"]
	printf "  pmwb rows/s vs .import:      %.2fx (target >= 1.6x; with pmwb index after it %.2fx)\n", s / p, s / (p + k)
	printf "  pmwb time vs parse floor:    %.2fx (target <= 3.5x)\n", p / f
	ri = round_ratio("import", "pmwb"); rlo = lo2; rhi = hi2
	rf = round_ratio("pmwb", "floor")
	printf "  the same, round by round:    %.2fx (%.2f-%.2f) vs .import, %.2fx (%.2f-%.2f) the parse floor\n", ri, rlo, rhi, rf, lo2, hi2
	printf "  pmwb peak RSS: %.1f MiB at %d rows, %.1f MiB at %d rows (target <= 16 MiB, no more than at %d)\n", maxrss("pmwb"), rows, maxrss("small"), small, small
}' "$work/times"
