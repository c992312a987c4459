#!/bin/sh
# Text from cells never drives the terminal: an OSC sequence in a risk's title (which would
# retitle the window) and other control characters are shown neutralised wherever pmwb writes
# to a terminal, in every report format and in an export to standard output; a CSV file
# written with -o, or piped, keeps every byte.
. "$top_srcdir/tests/lib/harness.sh"
need sqlite3
need script
need od

cd "$T" || exit 1
printf 'ref,programme_code,risk,likelihood,impact,status,owner\n' >reg.csv
printf '1,,title \033]0;PWNED\007 end,2,3,Open,ow\033[31mner\302\233x\n' >>reg.csv
run 0 "$PMWB" -f "$DB" import risks reg.csv

# on_tty NAME COMMAND: run COMMAND with its output on a terminal; the bytes in NAME
on_tty() {
	name=$1
	shift
	script -qec "$*" /dev/null </dev/null >"$name" 2>&1
}
no_escape() {
	checks=$((checks + 1))
	if od -An -c "$1" | grep -q -e '033' -e '\\a' -e '302 233'; then
		fail "$1 reaches the terminal with control characters"
		od -c "$1" | head -n 20 >&2
	fi
}
for f in text md csv; do
	on_tty "report-$f" "'$PMWB' -f '$DB' report risks --format $f"
	no_escape "report-$f"
done
on_tty export "'$PMWB' -f '$DB' export risks"
no_escape export
checks=$((checks + 1))
grep -q 'title' export || fail "the export to a terminal lost the title"

# a file keeps the data exactly, by -o and by a pipe
run 0 "$PMWB" -f "$DB" export risks -o out.csv
run 0 sqlite3 "$DB" "SELECT hex(title) || ' ' || hex(owner) FROM risk"
data=$out
"$PMWB" -f "$DB" export risks | cat >piped.csv
for f in out.csv piped.csv; do
	rm -f "$T/x.db"
	run 0 "$PMWB" -f "$T/x.db" import risks "$f"
	run 0 sqlite3 "$T/x.db" "SELECT hex(title) || ' ' || hex(owner) FROM risk"
	expect_out "$data"
done
finish
