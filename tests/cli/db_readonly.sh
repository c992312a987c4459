#!/bin/sh
# A database the user may only read: reports and export work on it, the commands that write
# say it is read-only, and nothing is written, neither the file nor a file beside it; with
# or without the -wal and -shm a colleague's open pmwb keeps beside it.  Root may write any
# file, so as root the commands run as nobody.
. "$top_srcdir/tests/lib/harness.sh"
need sqlite3
need python3
as_reader

"$PMWB" -f "$DB" import all "$SEED/001" >/dev/null 2>"$T/import-err" ||
	fail "importing the demo data: $(cat "$T/import-err")"
printf 'ref,title,likelihood,impact\nR1,Staffing,3,4\n' >"$T/risks.csv"

# listing DIR: each file beside the database with its size and bytes.
listing() { (cd "$1" && for f in *; do printf '%s %s\n' "$f" "$(sha256sum <"$f")"; done); }

# readable DB: the reports and export read the file as its owner sees it; every command that
# writes refuses it; the folder is as it was.
readable() {
	want_risks=$("$PMWB" -f "$DB" report risks)
	want_export=$("$PMWB" -f "$DB" export risks)
	dir=$(dirname "$1")
	before=$(listing "$dir")
	# shellcheck disable=SC2086 # $AS is a command and its options, or nothing
	run 0 $AS "$PMWB" -f "$1" report risks
	expect_out "$want_risks"
	expect_err_empty
	# shellcheck disable=SC2086
	run 0 $AS "$PMWB" -f "$1" export risks
	expect_out "$want_export"
	# shellcheck disable=SC2086
	run 0 $AS "$PMWB" -f "$1" report exceptions
	# shellcheck disable=SC2086
	run 0 $AS "$PMWB" -f "$1" config get rag_green_pct
	expect_out 'rag_green_pct=95'
	for c in init index "import risks $T/risks.csv" "config set rag_green_pct 90"; do
		# shellcheck disable=SC2086
		run 3 $AS "$PMWB" -f "$1" $c
		expect_err "pmwb: $1 is read-only: you may not write the file or its folder; ask its owner, or work on a copy"
	done
	expect_same "the files in $dir" "$(listing "$dir")" "$before"
}

# A read-only file in a folder anyone may write.
mkdir "$T/open" && cp "$DB" "$T/open/ro.db" && chmod 444 "$T/open/ro.db" && chmod 1777 "$T/open"
readable "$T/open/ro.db"

# A file in a read-only folder, where SQLite cannot make the -shm it reads a WAL file with.
mkdir "$T/shut" && cp "$DB" "$T/shut/ro.db" && chmod 555 "$T/shut"
readable "$T/shut/ro.db"

# The same while a colleague's pmwb has the file open: its latest change is in the -wal, which
# the -shm beside it finds.  (A connection that ends without closing leaves both.)
copy_open() {
	python3 - "$DB" "$1" <<'PY'
import os, shutil, sqlite3, sys
db, to = sys.argv[1], sys.argv[2]
c = sqlite3.connect(db, isolation_level=None)
c.execute("PRAGMA wal_autocheckpoint = 0")
c.execute("UPDATE risk SET title = title || ' (changed)' WHERE id = (SELECT min(id) FROM risk)")
for ext in ("", "-wal", "-shm"):
    shutil.copy(db + ext, to + ext)
os._exit(0)
PY
}
mkdir "$T/busy" && copy_open "$T/busy/ro.db" && chmod 555 "$T/busy"
[ -s "$T/busy/ro.db-wal" ] || fail "the -wal holds no change to read"
readable "$T/busy/ro.db"
# shellcheck disable=SC2086
run 0 $AS "$PMWB" -f "$T/busy/ro.db" export risks
expect_out_contains '(changed)'

# A -wal holding changes without its -shm, in a read-only folder: what it holds cannot be
# found, and a report without it would be silently out of date.
mkdir "$T/lost" && copy_open "$T/lost/ro.db" && rm "$T/lost/ro.db-shm" && chmod 555 "$T/lost"
before=$(listing "$T/lost")
# shellcheck disable=SC2086
run 3 $AS "$PMWB" -f "$T/lost/ro.db" report risks
expect_err "pmwb: $T/lost/ro.db is read-only and its latest changes are still in $T/lost/ro.db-wal, which pmwb cannot read without writing beside it; ask its owner to open it once with pmwb, which moves them into the file"
expect_same "the files in $T/lost" "$(listing "$T/lost")" "$before"

# A read-only file from an older pmwb cannot be brought up to date: said, nothing written.
V=$("$PMWB" -f "$T/version.db" init | sed -n 's/.*: schema version \([0-9][0-9]*\)$/\1/p')
mkdir "$T/old" && cp "$DB" "$T/old/ro.db" && sqlite3 "$T/old/ro.db" 'PRAGMA user_version = 1' &&
	chmod 555 "$T/old"
before=$(listing "$T/old")
# shellcheck disable=SC2086
run 3 $AS "$PMWB" -f "$T/old/ro.db" report risks
expect_err "pmwb: $T/old/ro.db is read-only and was written by an older pmwb (schema version 1; this pmwb needs $V); ask its owner to open it once with this pmwb, or work on a copy"
expect_same "the files in $T/old" "$(listing "$T/old")" "$before"

finish
