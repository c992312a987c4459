#!/bin/sh
# The client's sheets as published (data/ holds ../shared/seed-data/ byte for byte): each
# folder imports with `pmwb import all` as it is, and `pmwb report qipp` gives every QIPP
# total its totals.md prints (delivery values: export delivery-totals, as no report shows
# them yet).  What the sheets do that a tidy table would not: two consecutive lines of one
# project or scheme, a line that lost its name at a page break, and the organisation ("CCG")
# in the programme column of a register.
. "$top_srcdir/tests/lib/harness.sh"

folder() {
	rm -f "$DB"
	run 0 "$PMWB" -f "$DB" import all "$SEED/$1"
	case $err in *': error'* | *'pmwb:'*) fail "$1 does not import cleanly: $err" ;; esac
}
# qipp_totals FY...: "programme fy figure" for each programme's total and the organisation's;
# the figure is the net plan, or for the year before the plan, the forecast outturn
qipp_totals() {
	all=''
	for fy in "$@"; do
		run 0 "$PMWB" -f "$DB" report qipp --fy "$fy" --format csv
		all="$all$(printf '%s\n' "$out" | awk -F, '$2 == "Total" || $1 == "Total" {
			print $1, $3, ($5 != "" ? $5 : $8) }')
"
	done
	out=$(printf '%s' "$all")
}
delivery() {
	run 0 "$PMWB" -f "$DB" export delivery-totals
	out=$(printf '%s\n' "$out" | awk -F, 'NR > 1 { print $1, $3 }')
}

# 000a: QIPP Plan tables (totals.md) and delivery values
folder 000a
expect_err_contains "delivery.csv:15:2: notice: 2 lines of project 'Patient Transport Service' (from line 14)"
expect_err_contains "delivery.csv:43:2: notice: the line has no project name: read as a further line of 'Local Enhanced Services' above it (line 42)"
expect_err_contains "qipp.csv:6:2: notice: 2 lines of scheme 'Cardiology' (from line 5)"
qipp_totals 2012/13 2013/14 2014/15 2015/16
expect_out - <<'X'
PLANNED 2012/13 579
PRIMARY 2012/13 1118
UNSCHED 2012/13 575
Total 2012/13 2272
PLANNED 2013/14 6532
PRIMARY 2013/14 1000
UNSCHED 2013/14 3125
Total 2013/14 10657
PLANNED 2014/15 3476
PRIMARY 2014/15 1860
UNSCHED 2014/15 1650
Total 2014/15 6986
PLANNED 2015/16 2188
PRIMARY 2015/16 1000
UNSCHED 2015/16 0
Total 2015/16 3188
X
delivery
expect_out - <<'X'
PLANNED 11796
UNSCHED 4775
PRIMARY -1278
X
# the lines of one scheme add up year by year: Cardiology 331 + 361 in 2013/14
run 0 "$PMWB" -f "$DB" report qipp --fy 2013/14 --programme PLANNED --format csv
expect_out_contains 'PLANNED,Cardiology,2013/14,,692,'
expect_out_contains 'PLANNED,Patient Transport Service,2013/14,,500,'
# the lines of one project: one project, values added (-860 and the nameless line's -6),
# each quarter's phase from the first line that gives one
run 0 "$PMWB" -f "$DB" export delivery
expect_same 'Local Enhanced Services' \
	"$(printf '%s\n' "$out" | grep -c '^PRIMARY,Local Enhanced Services,')" 1
expect_out_contains ',-866,'
expect_same 'Patient Transport Service' \
	"$(printf '%s\n' "$out" | grep '^PLANNED,Patient Transport Service,' |
		cut -d, -f5-9)" 'D,P,I,R,R'

# 000b: programme QIPP tables, delivery values, the corporate register and measures
folder 000b
qipp_totals 2012/13 2013/14 2014/15 2015/16
expect_out - <<'X'
CYPS 2012/13 0
MH 2012/13 -1783
PROMISE 2012/13 0
Total 2012/13 -1783
CYPS 2013/14 -160
MH 2013/14 -196
PROMISE 2013/14 433
Total 2013/14 77
CYPS 2014/15 0
MH 2014/15 137
PROMISE 2014/15 482
Total 2014/15 619
CYPS 2015/16 0
MH 2015/16 410
PROMISE 2015/16 1482
Total 2015/16 1892
X
delivery
expect_out - <<'X'
PROMISE 2396
CYPS -160
MH 351
X
run 0 "$PMWB" -f "$DB" report risks --programme corporate --format csv
expect_same 'corporate risks' "$(printf '%s\n' "$out" | grep -c '^FR[0-9]')" 9
run 0 "$PMWB" -f "$DB" export metrics
expect_same 'organisation-level measures' \
	"$(printf '%s\n' "$out" | awk -F, 'NR > 1 && $1 == ""' | wc -l | tr -d ' ')" 9

# 001, 002, 003 import as published
folder 001
folder 002
folder 003

# 004: Total Commissioner QIPP 5,810 / 6,460 / 4,077
folder 004
qipp_totals 2012/13 2013/14 2014/15
expect_same '004 QIPP' "$(printf '%s\n' "$out" | grep '^Total')" "$(cat <<'X'
Total 2012/13 5810
Total 2013/14 6460
Total 2014/15 4077
X
)"

# A line with no name that continues nothing is refused at its line, saying so; a name
# repeated on lines apart is still two records with one key.
mkdir -p "$T/bad"
cp "$SEED/000a/programmes.csv" "$T/bad/"
cat >"$T/bad/qipp.csv" <<'X'
programme_code,scheme,fy2013_14_plan_k
PLANNED,Gynaecology,425
UNSCHED,,50
PLANNED,Dermatology,363
PLANNED,Gynaecology,1
X
rm -f "$DB"
run 2 "$PMWB" -f "$DB" import -q all "$T/bad"
expect_err_contains "qipp.csv:3:2: the scheme has no name, and the line above is no line of the same programme that it could continue: give it its name"
expect_err_contains "qipp.csv:5:2: this scheme of the same programme is on line 2 already"
finish
