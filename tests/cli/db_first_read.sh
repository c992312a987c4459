#!/bin/sh
# The first read of a file says why it failed: a lock another program holds (try again), the
# -wal and -shm files another user made read-only to this one (ask for the group to write
# them, or work on a copy); "is not a pmwb database" only for a file that is none.
. "$top_srcdir/tests/lib/harness.sh"
need sqlite3

cd "$T" || exit 1
run 0 "$PMWB" -f "$DB" init

# another program holds the file for itself
mkfifo hold
sqlite3 "$DB" <hold >held 2>&1 &
holder=$!
exec 3>hold
echo "PRAGMA locking_mode = EXCLUSIVE; BEGIN IMMEDIATE; INSERT INTO setting VALUES ('x', 'y'); SELECT 'locked';" >&3
i=0
while [ $i -lt 100 ] && ! grep -q locked held; do
	sleep 0.1
	i=$((i + 1))
done
run 3 "$PMWB" -f "$DB" report risks
expect_err "pmwb: $DB is locked by another program (a pmwb or another SQLite tool holding it for itself); try again when it has finished, or close it there"
exec 3>&-
wait "$holder"
run 0 "$PMWB" -f "$DB" report risks

# the -wal and -shm another user made, read-only to this one
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null 2>&1; then
	as_reader
	mkdir shared && chmod 777 shared
	run 0 "$PMWB" -f shared/s.db init
	printf 'code,name\nX,Y\n' >p.csv
	chmod 644 p.csv
	mkfifo keep
	sqlite3 shared/s.db <keep >kept 2>&1 &
	keeper=$!
	exec 4>keep
	echo "SELECT count(*) FROM risk; SELECT 'open';" >&4
	i=0
	while [ $i -lt 100 ] && ! grep -q open kept; do
		sleep 0.1
		i=$((i + 1))
	done
	# the file is theirs to write, the -wal and -shm beside it (root's) are not
	chmod 666 shared/s.db
	# shellcheck disable=SC2086
	run 3 $AS "$PMWB" -f shared/s.db import programmes p.csv
	expect_err_contains "shared/s.db may not be written by you: the file, or the shared/s.db-wal and -shm files"
	expect_err_contains "chmod g+w"
	exec 4>&-
	wait "$keeper"
fi
finish
