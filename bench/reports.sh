#!/bin/sh
# The reports benchmark (issue 17, part 3): `pmwb report risks`, `report heatmap`,
# `report qipp` and `report exceptions` on a 1,000,000-risk register and 10,000 QIPP schemes,
# each against a hand-written query for the same answer run by the sqlite3 shell on the same
# file, in interleaved rounds; the medians of the per-round ratios, wall time and peak RSS.
#
#   make bench-reports                              # from the build directory
#   BENCH_ROWS=100000 BENCH_SCHEMES=1000 ROUNDS=3 make bench-reports
#
# Target: each report at most 1.0x its query's time, memory flat (compare the RSS at two
# sizes).  Output goes to /dev/null on both sides: what is timed is reading and formatting.
# Time is CPU time (user + system; both sides are one thread), which a machine shared with
# other work inflates far less than wall time.
# Build without sanitizers for figures worth keeping: ../configure CFLAGS='-O2 -g'.
set -eu
: "${PMWB:?}" "${top_srcdir:?}"
ROWS=${BENCH_ROWS:-1000000}
SCHEMES=${BENCH_SCHEMES:-10000}
ROUNDS=${ROUNDS:-5}
W=$(mktemp -d "${TMPDIR:-/tmp}/pmwb-bench-reports.XXXXXX")
trap 'rm -rf "$W"' EXIT INT TERM
export PMWB_TODAY=2013-10-15 TZ=UTC PMWB_USER=bench
command -v sqlite3 >/dev/null || { echo "bench-reports: the sqlite3 shell is needed" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench-reports: GNU time (/usr/bin/time) is needed" >&2; exit 1; }
DB="$W/big.db"

awk -v ROWS="$ROWS" -f "$top_srcdir/bench/gen_risks.awk" >"$W/risks.csv"
awk -v SCHEMES="$SCHEMES" -v PLANS="$W/qipp.csv" -v RETURNS="$W/months.csv" \
	-f "$top_srcdir/bench/gen_qipp.awk"
"$PMWB" -f "$DB" import -q programmes "$top_srcdir/bench/programmes.csv" >/dev/null
"$PMWB" -f "$DB" import -q risks "$W/risks.csv" >/dev/null
"$PMWB" -f "$DB" import -q qipp "$W/qipp.csv" >/dev/null
"$PMWB" -f "$DB" import -q qipp-months "$W/months.csv" >/dev/null
rm -f "$W/risks.csv" "$W/qipp.csv" "$W/months.csv"
"$PMWB" -f "$DB" index >/dev/null
sqlite3 "$DB" "ANALYZE;"

# The hand-written queries: what someone good with the sqlite3 shell would write for each
# answer, with the same rule for a closed status (src/store/risk_state.h), judged once per
# distinct status as pmwb's reports do, and the same bands.
closed='(r.status IN (SELECT s FROM (SELECT DISTINCT status AS s FROM risk) WHERE
 ifnull((SELECT w.state = '"'closed'"' FROM risk_status w
 WHERE lower(substr(trim(s), 1, length(w.word))) = lower(w.word)
 AND upper(substr(trim(s), length(w.word) + 1, 1)) = lower(substr(trim(s), length(w.word) + 1, 1))
 ORDER BY length(w.word) DESC LIMIT 1), 0)))'
cat >"$W/risks.sql" <<SQL
.mode csv
.headers on
SELECT r.ref, ifnull(p.code, 'corporate') AS programme, r.title AS risk, r.owner,
 r.likelihood, r.impact, r.score, t.level AS band, t.authority,
 ifnull((SELECT h.score FROM risk_history h WHERE h.risk_id = r.id
  ORDER BY h.id DESC LIMIT 1 OFFSET 1), 0) AS previous_score,
 r.review_date, r.status, r.mitigation
FROM risk r LEFT JOIN programme p ON p.id = r.programme_id
LEFT JOIN threshold t ON r.score BETWEEN t.min_score AND t.max_score
WHERE NOT $closed ORDER BY r.score DESC, r.id;
SQL
cat >"$W/heatmap.sql" <<SQL
.mode csv
SELECT r.likelihood, r.impact, count(*) FROM risk r WHERE NOT $closed GROUP BY 1, 2;
SQL
# Months are counted from January of year 0 (core/fy.h): 24159 is April 2013, 24164
# September 2013, the report month.
cat >"$W/qipp.sql" <<'SQL'
.mode csv
.headers on
SELECT p.code, s.name, s.owner, pl.gross, pl.net,
 (SELECT sum(m.actual) FROM qipp_month m
  WHERE m.scheme_id = s.id AND m.month BETWEEN 24159 AND 24164) AS ytd_actual,
 coalesce((SELECT m.forecast FROM qipp_month m WHERE m.scheme_id = s.id
  AND m.month BETWEEN 24159 AND 24164 AND m.forecast IS NOT NULL
  ORDER BY m.month DESC LIMIT 1), pl.forecast_outturn) AS forecast,
 coalesce((SELECT m.forecast FROM qipp_month m WHERE m.scheme_id = s.id
  AND m.month BETWEEN 24159 AND 24163 AND m.forecast IS NOT NULL
  ORDER BY m.month DESC LIMIT 1), pl.forecast_outturn) AS previous_forecast,
 EXISTS (SELECT 1 FROM qipp_month m WHERE m.scheme_id = s.id AND m.month = 24164) AS reported
FROM qipp_scheme s JOIN programme p ON p.id = s.programme_id
LEFT JOIN qipp_plan pl ON pl.scheme_id = s.id AND pl.fy = 2013
ORDER BY p.code, s.id;
SQL
# The exception report's parts: Red and Amber schemes, escalated risks, and their totals.
cat "$W/qipp.sql" >"$W/exceptions.sql"
cat >>"$W/exceptions.sql" <<SQL
SELECT r.ref, r.score, t.authority FROM risk r
JOIN threshold t ON r.score BETWEEN t.min_score AND t.max_score AND t.escalated
WHERE NOT $closed ORDER BY r.score DESC, r.id;
SQL

echo "pmwb reports benchmark: $ROUNDS rounds, medians"
echo "  $(sqlite3 "$DB" 'SELECT count(*) FROM risk') risks," \
	"$(sqlite3 "$DB" 'SELECT count(*) FROM qipp_scheme') schemes," \
	"$(sqlite3 "$DB" 'SELECT count(*) FROM qipp_month') scheme months"

# timed NAME SIDE COMMAND...: one run, "NAME SIDE seconds rss_kb round" appended.
timed() {
	name=$1 side=$2
	shift 2
	/usr/bin/time -f "%U %S %M" -o "$W/t" "$@" >/dev/null 2>"$W/err" ||
		{ echo "bench-reports: $name ($side) failed: $(cat "$W/err")" >&2; exit 1; }
	awk -v n="$name" -v s="$side" -v r="$r" '{ print n, s, $1 + $2, $3, r }' "$W/t" >>"$W/results"
}
: >"$W/results"
r=1
while [ "$r" -le "$ROUNDS" ]; do
	for rep in risks heatmap qipp exceptions; do
		case $rep in
		risks) set -- report risks --format csv ;;
		heatmap) set -- report heatmap ;;
		qipp) set -- report qipp --month 2013-09 --format csv ;;
		exceptions) set -- report exceptions --month 2013-09 ;;
		esac
		# Alternate which side goes first, so that neither always finds the cache warm.
		if [ $((r % 2)) -eq 1 ]; then
			timed "$rep" pmwb "$PMWB" -f "$DB" "$@"
			timed "$rep" sqlite3 sqlite3 -bail "$DB" ".read $W/$rep.sql"
		else
			timed "$rep" sqlite3 sqlite3 -bail "$DB" ".read $W/$rep.sql"
			timed "$rep" pmwb "$PMWB" -f "$DB" "$@"
		fi
	done
	r=$((r + 1))
done

awk 'function median(list,   n, a, i, j, x) {
	n = split(substr(list, 2), a, " ")
	for (i = 2; i <= n; i++) { x = a[i]; for (j = i - 1; j >= 1 && a[j] > x; j--) a[j + 1] = a[j]; a[j + 1] = x }
	return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
{
	if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 }
	if ($2 == "pmwb") { pt[$1] = pt[$1] " " $3; p[$1, $5] = $3; if ($4 > prss[$1]) prss[$1] = $4 }
	else { st[$1] = st[$1] " " $3; s[$1, $5] = $3; if ($4 > srss[$1]) srss[$1] = $4 }
	rounds[$5] = 1
}
END {
	# The ratio of each round (pmwb and sqlite3 of the same round), then their median.
	for (i = 1; i <= n; i++)
		for (rd in rounds)
			if (s[order[i], rd] > 0)
				ratio[order[i]] = ratio[order[i]] " " p[order[i], rd] / s[order[i], rd]
	printf "  %-11s %9s %9s %7s %11s %11s\n", "report", "pmwb cpu", "sqlite3", "ratio", "pmwb KiB", "sqlite3 KiB"
	for (i = 1; i <= n; i++) {
		k = order[i]
		printf "  %-11s %9.2f %9.2f %6.2fx %11d %11d\n", k, median(pt[k]), median(st[k]),
			median(ratio[k]), prss[k], srss[k]
	}
}' "$W/results"
