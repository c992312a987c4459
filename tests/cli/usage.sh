#!/bin/sh
# The command line: help, version, and every usage error a user can make (exit status 1,
# one line on stderr that says what to do).
. "$top_srcdir/tests/lib/harness.sh"

run 0 "$PMWB" --version
expect_out "pmwb 0.1.0"
expect_err_empty

run 0 "$PMWB" --help
expect_out_contains "Usage: pmwb [-f FILE] [--demo] [COMMAND [ARGS...]]"
expect_err_empty
# Every command in the table is documented in --help, and has its own --help.
for cmd in $(printf '%s\n' "$out" | sed -n '/^Commands:/,/^$/s/^  \([a-z-]*\) .*/\1/p'); do
	run 0 "$PMWB" "$cmd" --help
	expect_out_contains "Usage: pmwb"
	expect_out_contains "$cmd"
	expect_err_empty
done
run 0 "$PMWB" -h
expect_out_contains "Commands:"

run 1 "$PMWB" frobnicate
expect_err "pmwb: unknown command 'frobnicate'; try 'pmwb --help'"
expect_out ''

run 1 "$PMWB" --frobnicate
expect_err "pmwb: unknown option '--frobnicate'; try 'pmwb --help'"

run 1 "$PMWB" -f
expect_err "pmwb: option '-f' needs a value; try 'pmwb --help'"

run 1 "$PMWB" -f ''  init
expect_err "pmwb: the database file name given with -f is empty"

run 1 "$PMWB" --demo -f "$DB" init
expect_err "pmwb: --demo and -f cannot be used together; try 'pmwb --help'"

run 1 "$PMWB" -f "$DB" init extra
expect_err "pmwb: init: unexpected argument 'extra'; try 'pmwb init --help'"
[ -e "$DB" ] && fail "a usage error created the database"

# pmwb's own options after a command: a sentence saying where they go, and the default
# database neither looked at nor made.
run 1 "$PMWB" report risks -f "$DB"
expect_err "pmwb: report risks: -f FILE goes before the command: 'pmwb -f FILE report risks ...'; try 'pmwb report risks --help'"
run 1 "$PMWB" export risks --demo
expect_err "pmwb: export: --demo goes before the command: 'pmwb --demo export ...'; try 'pmwb export --help'"
[ -e "$XDG_DATA_HOME/pmwb" ] && fail "a usage error made the default folder"

# The workbench needs a terminal; a script gets a pointer to the commands instead.
run 1 "$PMWB" -f "$DB"
expect_err_contains "the workbench needs a terminal"

finish
