# Sourced by the QIPP tests after harness.sh and tui.sh.
#
# qipp_make_db: the demo data as `pmwb --demo` loads it (data/, each folder as `pmwb import
# all` loads it, except the summary tables marked NOT-IN-DEMO): the client's plans, with no
# monthly figures; a test that needs months writes and imports its own.
qipp_make_db() {
	need sqlite3
	"$PMWB" -f "$DB" init >/dev/null 2>"$T/init-err" || { fail "pmwb init: $(cat "$T/init-err")"; return 1; }
	for dir in "$SEED"/*/; do
		[ -e "$dir/NOT-IN-DEMO" ] && continue
		"$PMWB" -f "$DB" import all "$dir" >/dev/null 2>"$T/import-err" ||
			{ fail "pmwb import all $dir: $(cat "$T/import-err")"; return 1; }
	done
}

# qipp_import_months: stdin as a qipp-months.csv, imported as a colleague would.
qipp_import_months() {
	cat >"$T/months.csv"
	"$PMWB" -f "$DB" import qipp-months "$T/months.csv" >"$T/months-out" 2>"$T/months-err" ||
		fail "pmwb import qipp-months: $(cat "$T/months-err")"
}

# qipp_open W H: the workbench on the QIPP pane.
qipp_open() {
	tui_start "$1" "$2" "$PMWB" -f "$DB"
	tui_wait 'Programmes'
	tui_keys 4
	tui_wait 'Programme / scheme'
}

# qipp_expect_screen NAME: the screen equals tests/qipp/screens/NAME.txt
# (PMWB_UPDATE_SCREENS=1 rewrites it; review the diff).
qipp_expect_screen() { tui_expect_screen_file "$top_srcdir/tests/qipp/screens/$1.txt"; }

# qipp_line TEXT: the first screen line holding TEXT, blanks at the end removed.
qipp_line() { tui_capture | grep -F -- "$1" | head -1 | sed 's/[[:space:]]*$//'; }

# qipp_wait_line START WANT: poll until the line starting with START is exactly WANT.
qipp_wait_line() {
	checks=$((checks + 1))
	end=$(($(date +%s) + TUI_DEADLINE))
	while :; do
		got=$(tui_capture | grep -F -- "$1" | head -1 | sed 's/[[:space:]]*$//')
		[ "$got" = "$2" ] && return 0
		if [ "$(date +%s)" -ge "$end" ]; then
			fail "the line with '$1' is not as expected"
			printf '  want: %s\n  got:  %s\n' "$2" "$got" >&2
			return 1
		fi
		sleep 0.05
	done
}

# sql QUERY: one value from the database, as another program sees it.
sql() { sqlite3 "$DB" "$1"; }
expect_sql() {
	got=$(sqlite3 "$DB" "$1")
	expect_same "sqlite3: $1" "$got" "$2"
}
