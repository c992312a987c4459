#!/bin/sh
# pmwb report NAME --help describes that one report (its usage line, what it covers, its
# options and its columns) from the table of reports; pmwb report --help lists them all.
# The columns it names are the ones the report writes.
. "$top_srcdir/tests/lib/harness.sh"

"$PMWB" -f "$DB" import all "$SEED/001" >/dev/null 2>"$T/import-err" ||
	fail "importing the demo data: $(cat "$T/import-err")"
reports='qipp risks heatmap exceptions metrics programmes gantt reconciliation'

run 0 "$PMWB" report --help
expect_out_contains 'Usage: pmwb [-f FILE] report REPORT [OPTIONS]'
expect_out_contains "'pmwb report REPORT --help'"
for r in $reports; do
	expect_out_contains "
  $r "
done
overview=$out

# csv_columns: the column names a --help lists, comma-separated as a CSV header has them.
csv_columns() { printf '%s\n' "$out" | sed -n '/^CSV columns/,/^$/s/^  \([a-z_]*\).*/\1/p' | paste -sd, -; }

for r in $reports; do
	run 0 "$PMWB" -f "$T/nosuch.db" report "$r" --help
	expect_err_empty
	first=$(printf '%s\n' "$out" | head -1)
	expect_contains "first line of 'report $r --help'" "$first" "Usage: pmwb [-f FILE] report $r "
	expect_out_contains '
Options:
'
	# That report alone, and more than the overview says of it.
	for other in $reports; do
		[ "$other" = "$r" ] && continue
		case $out in *"report $other "*) fail "'report $r --help' describes $other too" ;; esac
	done
	checks=$((checks + 1))
	[ "${#out}" -gt 200 ] || fail "'report $r --help' says little: $out"
	checks=$((checks + 1))
	# The same wherever --help stands among the options.
	help=$out
	run 0 "$PMWB" report "$r" --format md --help
	expect_out "$help"
	case $r in exceptions | programmes | gantt) continue ;; esac
	# The columns named are the CSV's header.
	columns=$(csv_columns)
	run 0 "$PMWB" -f "$DB" report "$r" --format csv
	expect_same "report $r: the CSV header against --help" "$(printf '%s\n' "$out" | head -1)" "$columns"
done
[ -e "$T/nosuch.db" ] && fail "--help opened the database"

run 0 "$PMWB" report risks --help
expect_out_contains '  --min-score N'
expect_out_contains 'corporate'
run 0 "$PMWB" report exceptions --help
expect_out_contains '  --month '
expect_out_contains 'escalated'

# The names a missing report's message offers are the table's.
run 1 "$PMWB" report
expect_err "pmwb: report: say which report: $(echo $reports | sed 's/ /, /g; s/, \([a-z]*\)$/ or \1/'); try 'pmwb report --help'"

# An unknown report's --help is the overview.
run 0 "$PMWB" report nosuch --help
expect_out "$overview"

finish
