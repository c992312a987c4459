#!/bin/sh
# What a cell holds is kept: a leading apostrophe before = + - @ is taken off only in a file
# from pmwb's own export (which added it as a formula guard), and the 1 MiB cell limit is
# exact.
. "$top_srcdir/tests/lib/harness.sh"
need sqlite3

cd "$T" || exit 1
titles() { sqlite3 "$DB" "SELECT ref || ' ' || title FROM risk ORDER BY ref"; }

# a sheet from elsewhere: the apostrophes are its data
printf 'Risk Ref,Risk,Likelihood,Impact\n1,'"'"'=x,2,3\n2,'"'"'+44 line,1,1\n3,'"'"'ok,1,1\n' >theirs.csv
run 0 "$PMWB" -f "$DB" import -q risks theirs.csv
run 0 titles
expect_out "1 '=x
2 '+44 line
3 'ok"

# pmwb's own export guards formulas, and its import takes the guard off again
rm -f "$DB"
printf 'ref,programme_code,risk,likelihood,impact,status\n1,,=x,2,3,Open\n2,,@y,1,1,Open\n3,,'"'"'ok,1,1,Open\n' >mine.csv
run 0 "$PMWB" -f "$DB" import -q risks mine.csv
run 0 "$PMWB" -f "$DB" export risks -o exported.csv
run 0 grep -c "'=x" exported.csv
rm -f "$DB"
run 0 "$PMWB" -f "$DB" import -q risks exported.csv
run 0 titles
expect_out "1 =x
2 @y
3 'ok"

# 1 MiB exactly is a cell; one byte more is not
long() {
	printf 'ref,risk,likelihood,impact\n1,'
	head -c "$1" /dev/zero | tr '\0' a
	printf ',2,3\n'
}
rm -f "$DB"
long 1048576 >max.csv
run 0 "$PMWB" -f "$DB" import -q risks max.csv
run 0 sqlite3 "$DB" "SELECT length(title) FROM risk"
expect_out 1048576
long 1048577 >over.csv
run 2 "$PMWB" -f "$DB" import -q risks over.csv
expect_err_contains "over.csv:2:2: a field is longer than 1 MiB"
finish
