#!/bin/sh
# Issue 12: one truth.  For each programme and each organisation, the QIPP pane (its folded
# programme rows and its totals line), `pmwb report qipp` (text, Markdown and CSV),
# `pmwb report exceptions` (programmes below plan, organisation totals) and `pmwb export
# qipp-totals` give the same net plan, year-to-date plan and actual, forecast, variance, RAG
# and coverage, to the £'000 the reports print (the export's exact £k rounded the same way),
# for all programmes, one programme and another month; on the demo portfolio with a month of
# forecasts, and on a generated one (nine programmes, many schemes not reporting, one
# forecast three times its plan, plans with gross and net).  `report qipp --format csv` is
# the reference each other output is read back and compared with.
PMWB_TODAY=2013-09-20
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/qipp/qipp-lib.sh"

# Each reader prints one line per programme total, "CODE|net|ytd|act|fc|var|rag|R of N", in
# £'000 without separators, blank where the output leaves a figure blank.

# report qipp --format csv: from_csv 0, programme totals; from_csv 1, organisation totals.
from_csv() {
	awk -F, -v org="$1" '
		$2 == "Total" && $1 != "Total" && !org { print $1 "|" $5 "|" $6 "|" $7 "|" $8 "|" $9 "|" $11 "|" $13 " of " $12 }
		$1 == "Total" && org { print $5 "|" $6 "|" $7 "|" $8 "|" $9 "|" $11 "|" $13 " of " $12 }'
}
# report qipp --format md: "| CODE | Total | FY | gross | net | ... | rag | schemes | reported |"
from_md() {
	awk -F' [|] ' '$2 == "Total" && $1 != "| Total" {
		code = substr($1, 3); sub(/ \|$/, "", $13)
		for (i = 5; i <= 9; i++) gsub(/,/, "", $i)
		print code "|" $5 "|" $6 "|" $7 "|" $8 "|" $9 "|" $11 "|" $13 " of " $12 }'
}
# report qipp (text): a total line, then "  CODE: R of N schemes reported" under it; the
# columns are fixed (Scheme 24, Net plan 8, YTD plan 8, YTD act 7, Forecast 8, Var 7, Var % 5).
from_text() {
	awk 'function f(a, b,   s) { s = substr($0, a, b); gsub(/[ ,]/, "", s); return s }
		substr($0, 1, 24) ~ /^Total +$/ { rag = substr($0, 75); if (rag == "n/r") rag = "not reported"
			t = f(26, 8) "|" f(35, 8) "|" f(44, 7) "|" f(52, 8) "|" f(61, 7) "|" rag; next }
		t != "" && /^  [^ ]+: [0-9]+ of [0-9]+ schemes? reported$/ {
			code = $1; sub(/:$/, "", code); print code "|" t "|" $2 " of " $4 }
		{ t = "" }'
}
# report exceptions, "Programmes forecasting below plan": CODE|net|fc|var|rag|R of N.
from_exceptions() {
	awk 'function f(a, b,   s) { s = substr($0, a, b); gsub(/^ +| +$|,/, "", s); return s }
		/^Programmes forecasting below plan/ { on = 1; next }
		on && /^$/ { on = 0 }
		on && NR > 0 && $0 !~ /^(Programme |---|No programme)/ {
			print f(1, 11) "|" f(33, 8) "|" f(42, 8) "|" f(51, 7) "|" f(65, 5) "|" f(71, 9) }'
}
# report exceptions, the organisation totals blocks in order: net|ytd|act|fc|var|rag|R of N.
from_exception_totals() {
	awk 'function v(   s) { s = substr($0, 25); gsub(/^ +|,/, "", s); return s }
		/^Net plan for the year/ { net = v() } /^Plan to date/ { ytd = v() }
		/^Actual to date/ { act = v() } /^Schemes reported/ { cov = v() }
		/^Forecast \(reported\)/ { fc = v() } /^Variance to net plan/ { var = v() }
		/^RAG / { rag = v(); if (rag == "n/r") rag = "not reported"
			print net "|" ytd "|" act "|" fc "|" var "|" rag "|" cov }'
}
# export qipp-totals (0: programmes, 1: all of them): exact £k rounded half away from zero; the forecast, a blank counted
# as 0 for the client's printed totals, is blank here when no scheme reported.
from_export() {
	awk -F, -v all="$1" 'function r(x) { if (x == "") return ""; return x < 0 ? -int(-x + 0.5) : int(x + 0.5) }
		NR > 1 && ($1 == "(all)") == (all == 1) {
			fc = $7 > 0 ? r($4) : ""
			print (all ? "" : $1 "|") r($5) "|" r($9) "|" r($10) "|" fc "|" r($11) "|" $13 "|" $7 " of " $3 }'
}
# The pane, every programme folded: "▸ CODE name... [gross] net ytd act [fc var pct] RAG";
# read from the right, since a blank figure leaves no token.
from_pane() {
	awk '$1 == "▸" || /^(Total |Organisation total)/ {
		n = NF; if ($n == "↓") n--
		if ($n == "reported" && $(n - 1) == "not") { rag = "not reported"; k = n - 2; fc = var = "" }
		else { rag = $n; k = n - 1; var = $(k - 1); fc = $(k - 2); k -= 3 }
		act = $k; ytd = $(k - 1); net = $(k - 2)
		line = net "|" ytd "|" act "|" fc "|" var "|" rag; gsub(/,/, "", line)
		print ($1 == "▸" ? $2 : "TOTAL") "|" line }'
}

cut_coverage() { sed 's/|[^|]*$//'; }

# wait_pane FILE: poll until the pane's folded rows and totals line read as FILE.
wait_pane() {
	checks=$((checks + 1))
	end=$(($(date +%s) + TUI_DEADLINE))
	while :; do
		tui_capture | from_pane | sort >"$T/pane"
		cmp -s "$T/pane" "$1" && return 0
		if [ "$(date +%s)" -ge "$end" ]; then
			fail "the QIPP pane does not agree with report qipp ($2)"
			diff -u "$1" "$T/pane" >&2
			return 1
		fi
		sleep 0.05
	done
}

# agree LABEL [--month M]: every output against report qipp's CSV for the period.
agree() {
	label=$1
	shift
	run 0 "$PMWB" -f "$DB" report qipp --format csv "$@"
	printf '%s\n' "$out" | from_csv 0 >"$T/ref"
	printf '%s\n' "$out" | from_csv 1 >"$T/ref-orgs"
	checks=$((checks + 1))
	[ -s "$T/ref" ] || fail "$label: report qipp gave no programme totals"
	run 0 "$PMWB" -f "$DB" report qipp --format md "$@"
	expect_same "$label: report qipp md" "$(printf '%s\n' "$out" | from_md)" "$(cat "$T/ref")"
	run 0 "$PMWB" -f "$DB" report qipp "$@"
	expect_same "$label: report qipp text" "$(printf '%s\n' "$out" | from_text)" "$(cat "$T/ref")"
	run 0 "$PMWB" -f "$DB" export qipp-totals --month "$month"
	printf '%s\n' "$out" >"$T/export"
	# the export lists programmes in the order they were made, the report by code
	expect_same "$label: export qipp-totals" "$(from_export 0 <"$T/export" | sort)" "$(sort "$T/ref")"
	expect_same "$label: export qipp-totals (all)" "$(from_export 1 <"$T/export")" \
		"$(tail -1 "$T/ref-orgs")"
	run 0 "$PMWB" -f "$DB" report exceptions "$@"
	printf '%s\n' "$out" >"$T/exceptions"
	expect_same "$label: exceptions, organisation totals" "$(from_exception_totals <"$T/exceptions")" \
		"$(cat "$T/ref-orgs")"
	# below plan: exactly the programmes whose forecast is under their whole net plan
	awk -F'|' '$5 != "" && $6 < 0 { print $1 "|" $2 "|" $5 "|" $6 "|" $7 "|" $8 }' "$T/ref" >"$T/below"
	expect_same "$label: exceptions, programmes below plan" "$(from_exceptions <"$T/exceptions")" \
		"$(cat "$T/below")"
	# one programme asked for: its total is the same line
	one=$(awk -F'|' '$5 != "" { print $1; exit }' "$T/ref")
	[ -n "$one" ] || one=$(head -1 "$T/ref" | cut -d'|' -f1)
	run 0 "$PMWB" -f "$DB" report qipp --format csv --programme "$one" "$@"
	expect_same "$label: report qipp --programme $one" "$(printf '%s\n' "$out" | from_csv 0)" \
		"$(grep "^$one|" "$T/ref")"
}

# pane_agrees LABEL ORG: the folded rows, and the totals line of ORG's total.
pane_agrees() {
	# the pane lists programmes in the order they were made, the report by code
	{
		cut_coverage <"$T/ref"
		awk -F, -v org="$2" '$1 == "Total" && $2 == org { print "TOTAL|" $5 "|" $6 "|" $7 "|" $8 "|" $9 "|" $11 }' \
			"$T/report.csv"
	} | sort >"$T/ref-pane"
	wait_pane "$T/ref-pane" "$1"
}

# open_pane: the workbench on the QIPP pane at 200x60, every programme folded.
open_pane() {
	tui_start 200 60 "$PMWB" -f "$DB"
	tui_wait 'Programmes'
	tui_keys 4
	tui_wait 'QIPP 2013/14 at 2013-09'
	tui_keys O
	tui_wait 'every programme folded'
}

# period_agrees LABEL ORG [MONTH]: the outputs agree for MONTH, or with no filter at all
# (today's month, September), and the pane, already moved to it, with them.
period_agrees() {
	period=$1 org=$2 month=${3:-}
	if [ -n "$month" ]; then set -- --month "$month"; else set --; month=2013-09; fi
	agree "$period" "$@"
	run 0 "$PMWB" -f "$DB" report qipp --format csv "$@"
	printf '%s\n' "$out" >"$T/report.csv"
	pane_agrees "$period" "$org"
}

# --- The demo, with September's forecasts: some programmes report, most schemes do not,
# one forecast far over its plan (imported with a warning).
qipp_make_db
qipp_import_months <<'CSV'
programme_code,scheme,month,forecast_k,actual_k
PLANNED,Gynaecology,2013-08,425,30
PLANNED,Gynaecology,2013-09,400,35
PLANNED,Dermatology,2013-09,1200,30
PLANNED,Anticoagulation,2013-09,491,40
PLANNED,MCATS,2013-09,726,60
UNSCHED,Rapid Response,2013-09,600,50
PRIMARY,Medicines Management,2013-08,900,400
BN-PLANNED,Optimising elective care pathways,2013-09,1052,500
CSV
open_pane
period_agrees 'demo, September' 'Bromley Clinical Commissioning Group'
# Another month: August, before most of these forecasts.
tui_keys '<'
tui_wait 'QIPP 2013/14 at 2013-08'
period_agrees 'demo, August' 'Bromley Clinical Commissioning Group' 2013-08
tui_keys q
tui_wait_exit

# --- A generated portfolio of one organisation: nine programmes of 3 to 7 schemes, plans
# gross and net; one scheme in three never reports, one in four stops after July, one
# forecast is three times its plan.
DB="$T/generated.db"
"$PMWB" -f "$DB" init >/dev/null 2>&1 || fail 'pmwb init'
awk 'BEGIN {
	print "code,name,organisation" > "'"$T"'/programmes.csv"
	print "programme_code,scheme,fy2013_14_gross_k,fy2013_14_plan_k" > "'"$T"'/qipp.csv"
	print "programme_code,scheme,month,forecast_k,actual_k" > "'"$T"'/months.csv"
	seed = 7
	for (p = 1; p <= 9; p++) {
		code = sprintf("G%02d", p)
		print code ",Generated " p ",Gen CCG" > "'"$T"'/programmes.csv"
		for (s = 1; s <= 3 + p % 5; s++) {
			seed = (seed * 1103515245 + 12345) % 2147483648
			gross = 50 + seed % 900; net = int(gross * (70 + seed % 31) / 100)
			print code ",Scheme " s "," gross "," net > "'"$T"'/qipp.csv"
			if ((p + s) % 3 == 0) continue
			for (m = 4; m <= 9; m++) {
				if ((p + s) % 4 == 0 && m > 7) continue
				seed = (seed * 1103515245 + 12345) % 2147483648
				fc = int(net * (75 + seed % 40) / 100)
				if (p == 4 && s == 1) fc = net * 3
				printf "%s,Scheme %d,2013-%02d,%d,%d\n", code, s, m, fc, int(net / 12) - 3 + seed % 7 > "'"$T"'/months.csv"
			}
		}
	}
}'
run 0 "$PMWB" -f "$DB" import programmes "$T/programmes.csv"
run 0 "$PMWB" -f "$DB" import qipp "$T/qipp.csv"
run 0 "$PMWB" -f "$DB" import qipp-months "$T/months.csv"
expect_err_contains "is over 150% of Scheme 1's 2013/14 plan"
open_pane
period_agrees 'generated, September' 'Gen CCG'
tui_keys '<' '<'
tui_wait 'QIPP 2013/14 at 2013-07'
period_agrees 'generated, July' 'Gen CCG' 2013-07
tui_keys q
tui_wait_exit
finish
