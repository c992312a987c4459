#!/bin/sh
# A bad shared setting stored behind pmwb's back does not keep the workbench shut, nor is it
# passed over in silence: the message line names it and the command that mends it, and the
# panes use the default meanwhile (the same sentence the commands print: tests/cli/config.sh).
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/ui/ui-lib.sh"

"$PMWB" -f "$DB" init >/dev/null
sqlite3 "$DB" "INSERT OR REPLACE INTO setting VALUES ('rag_green_pct', '300')"
ui_open 200 24
tui_wait "stored rag_green_pct cannot be '300': give a whole number from 1 to 200 (per cent); using the default until 'pmwb config set rag_green_pct VALUE'"
tui_keys q

# Mended, the message is gone.
"$PMWB" -f "$DB" config reset rag_green_pct >/dev/null
ui_open 200 24
case $(tui_capture) in
*"rag_green_pct"*) fail "the message stayed after config reset" ;;
esac
checks=$((checks + 1))
finish
