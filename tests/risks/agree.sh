#!/bin/sh
# Issue 12: one truth.  For every filter (every register, one programme, the corporate
# register, a minimum score), the Risks pane (its counts and its list of open risks),
# report risks (CSV, text, Markdown), report heatmap and export risks name the same open
# risks, to the risk: on the demo registers and on a generated portfolio that writes every
# closed status word (and open words that only look like them).
PMWB_TODAY=2014-10-15
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/risks/risks-lib.sh"
need sqlite3

# csv_query FILE SQL: SQL over a CSV file loaded as table t (quoted cells and all).
csv_query() {
	sqlite3 :memory: ".import --csv '$1' t" "$2"
}

# The open risks one way of asking names, one "programme ref" a line, sorted; programme
# "corporate" for the corporate register.
report_refs() {
	"$PMWB" -f "$DB" report risks --format csv "$@" >"$T/report.csv" || fail "report risks $*"
	csv_query "$T/report.csv" "SELECT CASE programme WHEN '' THEN 'corporate' ELSE programme END
		|| ' ' || ref FROM t ORDER BY 1"
}
# export_refs PROGRAMME MIN: the same from export risks ("" every programme).
export_refs() {
	"$PMWB" -f "$DB" export risks >"$T/export.csv" || fail "export risks"
	csv_query "$T/export.csv" "SELECT CASE programme_code WHEN '' THEN 'corporate'
		ELSE programme_code END || ' ' || ref FROM t WHERE state = 'open'
		AND ('$1' = '' OR CASE programme_code WHEN '' THEN 'corporate' ELSE programme_code END = '$1')
		AND CAST(computed_score AS INTEGER) >= $2 ORDER BY 1"
}
# The pane's counts line as the report's rows give it: "Extreme 5  High 8 ...".
band_counts() {
	sqlite3 "$DB" "SELECT level FROM threshold ORDER BY min_score DESC" | while read -r band; do
		n=$(csv_query "$T/report.csv" "SELECT count(*) FROM t WHERE band = '$band'")
		printf '%s %s  ' "$band" "$n"
	done
}
# pane_refs_are WANT: poll until the list on screen names exactly WANT.
pane_refs_are() {
	checks=$((checks + 1))
	end=$(($(date +%s) + TUI_DEADLINE))
	while :; do
		# rows: a ref, then a programme code or "corporate"
		shown=$(tui_capture | sed -n '3,$p' | awk '$1 !~ /:/ && $1 != "?" &&
			$2 ~ /^([A-Z0-9][A-Za-z0-9_-]*|corporate)$/ { print $2, $1 }' | sort)
		[ "$shown" = "$1" ] && return 0
		if [ "$(date +%s)" -ge "$end" ]; then
			expect_same "the pane's open risks" "$shown" "$1"
			return 1
		fi
		sleep 0.1
	done
}
# pane_filter TEXT: the pane filtered by TEXT ("" clears it).
pane_filter() {
	tui_keys f C-u
	[ -n "$1" ] && tui_type "$1"
	tui_keys Enter
}

# agree LABEL PROGRAMME MIN PANE-FILTER: every reading of one filter names the same risks.
agree() {
	label=$1 prog=$2 min=$3 pfilter=$4
	set --
	[ -n "$prog" ] && set -- --programme "$prog"
	[ "$min" -gt 0 ] && set -- "$@" --min-score "$min"
	# (not $want or $got: expect_same sets those)
	refs=$(report_refs "$@")
	n=$(printf '%s\n' "$refs" | grep -c .)
	expect_same "$label: export risks" "$(export_refs "$prog" "$min")" "$refs"
	run 0 "$PMWB" -f "$DB" report risks "$@"
	expect_out_contains "$n open risk"
	run 0 "$PMWB" -f "$DB" report risks --format md "$@"
	# table lines but the heading's
	expect_same "$label: Markdown rows" "$(($(printf '%s\n' "$out" | grep -c '^| ') - 1))" "$n"
	run 0 "$PMWB" -f "$DB" report heatmap --format csv "$@"
	printf '%s\n' "$out" >"$T/heat.csv"
	scored=$(csv_query "$T/report.csv" "SELECT count(*) FROM t WHERE score <> ''")
	expect_same "$label: heat map total" "$(csv_query "$T/heat.csv" "SELECT sum(count) FROM t")" "$scored"
	expect_same "$label: heat map High" \
		"$(csv_query "$T/heat.csv" "SELECT sum(count) FROM t WHERE band = 'High'")" \
		"$(csv_query "$T/report.csv" "SELECT count(*) FROM t WHERE band = 'High'")"
	# the pane: its list under the filter, and its counts (the whole register's or the
	# programme's, whatever the other terms)
	pane_filter "$pfilter"
	pane_refs_are "$refs"
	if [ "$min" = 0 ]; then
		case $prog in
		'') tui_wait "open: $(band_counts)" ;;
		*) tui_wait "open in programme: $(band_counts)" ;;
		esac
	fi
}

check_portfolio() {
	tui_start 200 60 "$PMWB" -f "$DB"
	tui_wait 'Programmes'
	tui_keys 3
	tui_wait 'Score'
	agree 'every register' '' 0 'open'
	agree 'one programme' "$1" 0 "programme:$1 open"
	agree 'the corporate register' corporate 0 'corporate open'
	agree 'escalated' '' 15 'escalated'
	agree 'one programme, escalated' "$1" 15 "programme:$1 escalated"
	pane_filter ''
	tui_keys q
	tui_wait_exit
}

# The demo registers.
risks_make_db
check_portfolio BCF

# A generated portfolio: two programmes and the corporate register, every closed word.
rm -f "$DB"
run 0 "$PMWB" -f "$DB" init
printf 'code,name\nG1,Generated one\nG2,Generated two\n' >"$T/programmes.csv"
run 0 "$PMWB" -f "$DB" import programmes "$T/programmes.csv"
{
	echo 'ref,programme_code,risk,owner,likelihood,impact,status'
	i=0
	for status in Closed 'closed - mitigated' Complete 'Complete (Mar 2014)' Completed \
		Withdrawn ARCHIVED 'Transferred to ICB' Tolerated Open 'Open - monitoring' \
		'Completely new' Active 'Closedown planned'; do
		for prog in G1 G2 ''; do
			i=$((i + 1))
			printf '%s,%s,Risk %s,Owner %s,%s,%s,%s\n' "R$i" "$prog" "$i" "$i" \
				$((i % 5 + 1)) $((i * 3 % 5 + 1)) "$status"
		done
	done
} >"$T/risks.csv"
run 0 "$PMWB" -f "$DB" import risks "$T/risks.csv"
# the open words: Open, Open - monitoring, Completely new, Active, Closedown planned
expect_same 'open risks' "$(sqlite3 "$DB" 'SELECT sum(n) FROM risk_cell WHERE closed = 0')" 15
check_portfolio G2
finish
