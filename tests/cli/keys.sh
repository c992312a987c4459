#!/bin/sh
# pmwb keys: the workbench's keys from the one key table, with the reader's own bindings;
# --man is the man page's KEYS section, which must be what the table says (`make man-keys`
# rewrites it when the table changes).
. "$top_srcdir/tests/lib/harness.sh"

man="$top_srcdir/doc/pmwb.1"
sed -n '/^\.\\" From here to "end of keys"/,/^\.\\" end of keys/p' "$man" | sed '1d;$d' >"$T/man-keys"
run 0 "$PMWB" keys --man
[ -s "$T/man-keys" ] || fail "doc/pmwb.1 has no generated KEYS section"
cp "$T/out" "$T/table-keys"
checks=$((checks + 1))
diff -u "$T/man-keys" "$T/table-keys" >"$T/keys.diff" ||
	fail "doc/pmwb.1's KEYS section is not the key table's (pmwb keys --man): $(cat "$T/keys.diff")"

# The plain list: every scope, the table's keys.
run 0 "$PMWB" keys
expect_out_contains 'Everywhere'
expect_out_contains '  j Down           next row'
expect_out_contains 'Forms'

# The reader's bindings apply; a bad line is named and ignored.
mkdir -p "$XDG_CONFIG_HOME/pmwb"
printf 'bind down J\nbind sideways x\n' >"$XDG_CONFIG_HOME/pmwb/config"
run 0 "$PMWB" keys
expect_out_contains '  J                next row'
expect_err_contains "pmwb: ~/.config/pmwb/config:2: no action is called 'sideways'"
# The man page's section is everyone's: the table's own keys.
run 0 "$PMWB" keys --man
expect_out_contains 'j Down'

run 1 "$PMWB" keys --bogus
expect_err_contains "pmwb: keys: unknown option '--bogus'"
finish
