#!/bin/sh
# Files pmwb must refuse without changing a byte: not a database, or from a newer pmwb;
# a missing file, an empty one and another program's SQLite file; and pmwb's own mark.
. "$top_srcdir/tests/lib/harness.sh"
need sqlite3

printf 'code,name\nPLANNED,Planned Care\n' >"$T/plan.csv"
cp "$T/plan.csv" "$T/plan.orig"
run 3 "$PMWB" -f "$T/plan.csv" init
expect_err_contains "pmwb: $T/plan.csv is not a pmwb database"
cmp -s "$T/plan.csv" "$T/plan.orig" || fail "a file that is not a database was changed"

run 0 "$PMWB" -f "$DB" init
V=${out##*schema version }
sqlite3 "$DB" 'PRAGMA journal_mode=DELETE; PRAGMA user_version=99;' >/dev/null
cp "$DB" "$T/future.orig"
run 3 "$PMWB" -f "$DB" init
expect_err "pmwb: $DB was written by a newer pmwb (schema version 99; this pmwb knows up to $V); it was left untouched: upgrade pmwb to open it"
cmp -s "$DB" "$T/future.orig" || fail "a newer database was changed"
[ -e "$DB-wal" ] && fail "a newer database was switched to WAL"

# Re-opening a current file is harmless.
run 0 "$PMWB" -f "$T/again.db" init
run 0 "$PMWB" -f "$T/again.db" init
expect_out "$T/again.db: schema version $V"

# Every command that takes the database: a reading command before a writing one.
csv="$T/risks.csv"
printf 'ref,title,likelihood,impact\nR1,Staffing,3,4\n' >"$csv"
all_commands() {
	for c in "report risks" "report heatmap" "report qipp" "report exceptions" \
		"export risks" "export programmes" "config list" index \
		"config set rag_green_pct 90" init "import risks $csv"; do
		printf '%s\n' "$c"
	done
}
sum() { sha256sum <"$1"; }

# A mistyped path: nothing is created, by reading or by writing commands other than the two
# that create (init, import); the sentence says what to do.
all_commands | while read -r c; do
	case $c in init | import*) continue ;; esac
	# shellcheck disable=SC2086 # the command's words
	run 3 "$PMWB" -f "$T/nosuch.db" $c
	expect_err "pmwb: no such database $T/nosuch.db: check the name, or create it with 'pmwb -f $T/nosuch.db init' (empty) or 'pmwb -f $T/nosuch.db import' (from your spreadsheets)"
	[ -e "$T/nosuch.db" ] && fail "'$c' created $T/nosuch.db"
	echo "$failures" >"$T/failures"
done
failures=$(cat "$T/failures")
# The default place on a first run: neither the file nor its folder is made by a report.
run 3 "$PMWB" report exceptions
expect_err "pmwb: no database yet at $XDG_DATA_HOME/pmwb/portfolio.db: create it with 'pmwb init' (empty) or 'pmwb import all FOLDER' (from your spreadsheets), or try 'pmwb --demo'"
[ -e "$XDG_DATA_HOME/pmwb" ] && fail "a report made the default folder"

# refuse FILE SENTENCE: every command refuses FILE with SENTENCE (exit 3), its bytes unchanged.
refuse() {
	before=$(sum "$1")
	for c in $(all_commands | tr ' ' '+'); do
		c=$(printf '%s' "$c" | tr '+' ' ')
		# shellcheck disable=SC2086
		run 3 "$PMWB" -f "$1" $c
		expect_err "pmwb: $2"
		expect_same "bytes of $1 after '$c'" "$(sum "$1")" "$before"
	done
	[ -e "$1-wal" ] && fail "$1 was given a WAL file"
}

# A 0-byte file is not turned into a database.
: >"$T/empty.db"
refuse "$T/empty.db" "$T/empty.db is an empty file, not a pmwb database; pmwb left it as it was (remove it first if pmwb is to make its database there)"

# Another program's SQLite file: by its tables, or by its application_id.
sqlite3 "$T/other.db" 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('"'"'keep me'"'"');'
refuse "$T/other.db" "$T/other.db is another program's SQLite database (it has no pmwb tables); pmwb left it as it was: give pmwb a file of its own"
cp "$T/again.db" "$T/tagged.db"
sqlite3 "$T/tagged.db" 'PRAGMA application_id = 42;' >/dev/null
refuse "$T/tagged.db" "$T/tagged.db is another program's SQLite database (its application_id is 42, pmwb's is 1347245890); pmwb left it as it was: give pmwb a file of its own"

# pmwb marks its files: a new one at once; one from an earlier pmwb (unmarked) is known by
# its tables, read as it is, and marked when pmwb next writes it.
run 0 "$PMWB" -f "$T/marked.db" init
expect_same 'application_id of a new file' "$(sqlite3 "$T/marked.db" 'PRAGMA application_id')" 1347245890
run 0 "$PMWB" -f "$T/marked.db" import risks "$csv"
sqlite3 "$T/marked.db" 'PRAGMA application_id = 0; PRAGMA journal_mode = DELETE;' >/dev/null
before=$(sum "$T/marked.db")
run 0 "$PMWB" -f "$T/marked.db" report risks --format csv
expect_out_contains 'R1,'
run 0 "$PMWB" -f "$T/marked.db" export risks
expect_same 'bytes of an unmarked file after reading it' "$(sum "$T/marked.db")" "$before"
run 0 "$PMWB" -f "$T/marked.db" import risks "$csv"
expect_same 'application_id after a write' "$(sqlite3 "$T/marked.db" 'PRAGMA application_id')" 1347245890

finish
