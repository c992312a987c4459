#!/bin/sh
# Ctrl-C, SIGTERM or SIGHUP during an import rolls it back and says so, with exit status 2;
# the database is as it was.  That holds up to the commit (index builds, counts), and a
# signal after the commit says the import is complete.  Ctrl-C while waiting for a
# colleague's lock stops the wait at once.
. "$top_srcdir/tests/lib/harness.sh"
need sqlite3

run 0 "$PMWB" -f "$DB" import -q programmes "$top_srcdir/bench/programmes.csv"
awk -v ROWS=400000 -f "$top_srcdir/bench/gen_risks.awk" >"$T/big.csv"
head -n 2001 "$T/big.csv" >"$T/small.csv"
before=$(db_dump "$DB")

# rolled_back WHAT: the import that just ran was stopped, said so once and changed nothing
rolled_back() {
	checks=$((checks + 1))
	[ "$status" = 2 ] || fail "$1: the import exited $status, want 2"
	err=$(cat "$T/err")
	expect_err_contains 'pmwb: interrupted: the import was rolled back and the database is unchanged'
	checks=$((checks + 1))
	[ "$(grep -c . "$T/err")" = 1 ] || fail "$1: more than one message: $err"
	expect_same "database after $1" "$(db_dump "$DB")" "$before"
}

for sig in INT TERM HUP; do
	"$PMWB" -f "$DB" import -q risks "$T/big.csv" >"$T/out" 2>"$T/err" &
	pid=$!
	# wait until the import holds its transaction (the rollback journal or WAL grows), at most 10 s
	i=0
	while [ $i -lt 100 ] && ! [ -s "$DB-wal" ] && ! [ -s "$DB-journal" ]; do
		sleep 0.1
		i=$((i + 1))
	done
	kill -"$sig" "$pid"
	wait "$pid"
	status=$?
	rolled_back "SIG$sig during the rows"
done

# after the last row, while the indexes are built again: still rolled back
for sig in INT TERM HUP; do
	PMWB_TEST_SIGNAL="$sig@rebuild" "$PMWB" -f "$DB" import -q risks "$T/small.csv" >"$T/out" 2>"$T/err"
	status=$?
	rolled_back "SIG$sig after the last row"
done

# after the commit: the import is complete, and says so
PMWB_TEST_SIGNAL="INT@committed" "$PMWB" -f "$DB" import -q risks "$T/small.csv" >"$T/out" 2>"$T/err"
status=$?
checks=$((checks + 1))
[ "$status" = 0 ] || fail "a signal after the commit: exit $status, want 0"
err=$(cat "$T/err")
expect_err_contains 'pmwb: the signal came after the import was committed: the import is complete'
run 0 sqlite3 "$DB" "SELECT count(*) FROM risk"
expect_out 2000

# a colleague holds the write lock: Ctrl-C stops the wait at once, not at the timeout
mkfifo "$T/hold"
sqlite3 "$DB" <"$T/hold" >"$T/held" 2>&1 &
holder=$!
exec 3>"$T/hold"
echo "BEGIN IMMEDIATE; SELECT 'locked';" >&3
i=0
while [ $i -lt 100 ] && ! grep -q locked "$T/held"; do
	sleep 0.1
	i=$((i + 1))
done
before=$(sqlite3 "$DB" .dump)
"$PMWB" -f "$DB" import -q risks "$T/big.csv" >"$T/out" 2>"$T/err" &
pid=$!
i=0
while [ $i -lt 100 ] && ! grep -q waiting "$T/err"; do
	sleep 0.05
	i=$((i + 1))
done
err=$(cat "$T/err")
expect_err_contains "pmwb: waiting for another pmwb to finish writing $DB (Ctrl-C stops)"
kill -INT "$pid"
wait "$pid"
status=$?
checks=$((checks + 1))
[ "$status" = 2 ] || fail "Ctrl-C while waiting for a lock: exit $status, want 2"
err=$(cat "$T/err")
expect_err_contains 'pmwb: interrupted: the import was rolled back and the database is unchanged'
exec 3>&-
wait "$holder"
expect_same "database after Ctrl-C in a wait" "$(db_dump "$DB")" "$before"
finish
