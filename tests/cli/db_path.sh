#!/bin/sh
# Where the database lives: -f, else $PMWB_DB, else $XDG_DATA_HOME/pmwb/portfolio.db, else
# ~/.local/share/pmwb/portfolio.db, the default folder created when missing.
. "$top_srcdir/tests/lib/harness.sh"

# The schema version this build writes (the number itself is not what these tests are about).
V=$("$PMWB" -f "$T/version.db" init | sed -n 's/.*: schema version \([0-9][0-9]*\)$/\1/p')
[ -n "$V" ] || fail "init does not say the schema version"

run 0 "$PMWB" init
expect_out "$XDG_DATA_HOME/pmwb/portfolio.db: schema version $V"
[ -f "$XDG_DATA_HOME/pmwb/portfolio.db" ] || fail "the default database was not created"
[ "$(stat -c %a "$XDG_DATA_HOME/pmwb")" = 700 ] || fail "the data folder is not private"

PMWB_DB="$T/env.db" run 0 "$PMWB" init
expect_out "$T/env.db: schema version $V"

PMWB_DB="$T/env.db" run 0 "$PMWB" -f "$T/explicit.db" init
expect_out "$T/explicit.db: schema version $V"

XDG_DATA_HOME= run 0 "$PMWB" init
expect_out "$HOME/.local/share/pmwb/portfolio.db: schema version $V"

XDG_DATA_HOME= HOME= run 1 "$PMWB" init
expect_err "pmwb: no database given and neither XDG_DATA_HOME nor HOME is set; use -f FILE or set PMWB_DB"

# An explicit file's folder is the user's business: not created behind their back.
run 3 "$PMWB" -f "$T/no/such/dir/x.db" init
expect_err_contains "pmwb: cannot open the database $T/no/such/dir/x.db"
[ -d "$T/no" ] && fail "created a folder for an explicit -f path"

# --demo works on a scratch copy and never on the user's file; nothing of it is left behind.
run 0 "$PMWB" --demo init
expect_out_contains "$XDG_RUNTIME_DIR/pmwb-demo-"
[ -z "$(ls -A "$XDG_RUNTIME_DIR")" ] || fail "the demo database was left behind: $(ls "$XDG_RUNTIME_DIR")"

finish
