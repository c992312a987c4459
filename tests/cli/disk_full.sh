#!/bin/sh
# A full disk: init says so and leaves no empty file behind; an import says so and changes
# nothing.  Needs a small file system of its own (a tmpfs, mounted as root or in a user
# namespace); skipped where none can be mounted.
. "$top_srcdir/tests/lib/harness.sh"
need sqlite3

if [ -z "${PMWB_IN_SMALL_DISK:-}" ]; then
	mkdir "$T/small"
	if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=1m tmpfs "$T/small" 2>/dev/null; then
		PMWB_IN_SMALL_DISK="$T/small" sh "$0"
		status=$?
		umount "$T/small"
		exit $status
	fi
	command -v unshare >/dev/null 2>&1 || skip "no tmpfs can be mounted here"
	unshare -rm sh -c 'mount -t tmpfs -o size=1m tmpfs "$1" 2>/dev/null || exit 77
		PMWB_IN_SMALL_DISK="$1" exec sh "$2"' sh "$T/small" "$0"
	status=$?
	[ $status = 77 ] && skip "no tmpfs can be mounted here"
	exit $status
fi

S=$PMWB_IN_SMALL_DISK
# a file filling the disk
dd if=/dev/zero of="$S/fill" bs=4096 2>/dev/null
run 3 "$PMWB" -f "$S/new.db" init
expect_err_contains "full"
expect_err_contains "free some space on it and try again"
checks=$((checks + 1))
[ -e "$S/new.db" ] && fail "init on a full disk left $(ls -l "$S/new.db")"

# a database made while there was room, then the disk fills
rm -f "$S/fill"
run 0 "$PMWB" -f "$S/full.db" import -q programmes "$top_srcdir/bench/programmes.csv"
before=$(db_dump "$S/full.db")
dd if=/dev/zero of="$S/fill" bs=4096 2>/dev/null
awk -v ROWS=5000 -f "$top_srcdir/bench/gen_risks.awk" >"$T/risks.csv"
run 3 "$PMWB" -f "$S/full.db" import -q risks "$T/risks.csv"
expect_err_contains "is full"
expect_err_contains "free some space on it and try again"
rm -f "$S/fill"
expect_same "the database after a full disk" "$(db_dump "$S/full.db")" "$before"
finish
