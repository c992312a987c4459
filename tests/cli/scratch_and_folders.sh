#!/bin/sh
# A database in a folder everyone may write is used with a warning; --demo makes its scratch
# file in $XDG_RUNTIME_DIR with a name no one else has, and removes it (with its -wal and
# -shm) however the run ends: done, failed, or killed by a signal.
. "$top_srcdir/tests/lib/harness.sh"
need sqlite3

cd "$T" || exit 1
mkdir loose
chmod 777 loose
run 0 "$PMWB" -f loose/p.db init
expect_err "pmwb: warning: the folder loose may be written by everyone on this machine, who could replace loose/p.db or the files SQLite keeps beside it; keep the database in a folder only you or your group may write (chmod o-w loose)"
chmod 755 loose
run 0 "$PMWB" -f loose/p.db init
expect_err_empty

leftovers() { ls -A "$XDG_RUNTIME_DIR"; }
run 0 "$PMWB" --demo report heatmap
expect_same "scratch files after --demo" "$(leftovers)" ''

# the demo data cannot be read: the scratch file goes too
PMWB_DATA_DIR="$T/nowhere" run 2 "$PMWB" --demo report heatmap
expect_same "scratch files after a failed --demo" "$(leftovers)" ''

# killed while it fills the demo database (its programmes file never ends)
mkdir -p data/one
mkfifo data/one/programmes.csv
for sig in TERM HUP INT; do
	PMWB_DATA_DIR="$T/data" "$PMWB" --demo report heatmap >/dev/null 2>&1 &
	pid=$!
	i=0
	while [ $i -lt 100 ] && [ -z "$(leftovers)" ]; do
		sleep 0.05
		i=$((i + 1))
	done
	checks=$((checks + 1))
	leftovers | grep -q '^pmwb-demo-......$' || fail "no scratch file in \$XDG_RUNTIME_DIR: $(leftovers)"
	kill -"$sig" "$pid"
	# the fifo's writer side lets the reader on, if it is still there
	(exec 5>data/one/programmes.csv) 2>/dev/null &
	opener=$!
	wait "$pid"
	kill "$opener" 2>/dev/null
	expect_same "scratch files after SIG$sig" "$(leftovers)" ''
done
finish
