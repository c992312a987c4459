# Sourced by the risk register's end-to-end tests after harness.sh and tui.sh.
#
# risks_make_db: the demo registers as import loads them: the Better Care Fund (data/001,
# likelihood and impact 1-5, scores 4-9) and Bromley's financial risks (data/000b, written
# High/Medium/Low, the corporate register), with two review dates set so that one is overdue
# against PMWB_TODAY=2014-10-15 and one is not.
risks_make_db() {
	need sqlite3
	"$PMWB" -f "$DB" init >/dev/null 2>"$T/init-err" || { fail "pmwb init: $(cat "$T/init-err")"; return 1; }
	for d in 001 000b; do
		"$PMWB" -f "$DB" import all "$SEED/$d" >"$T/import-out" 2>"$T/import-err" ||
			{ fail "pmwb import all $d: $(cat "$T/import-err")"; return 1; }
	done
	sqlite3 "$DB" "UPDATE risk SET review_date = '2014-09-30' WHERE ref = '4';
		UPDATE risk SET review_date = '2015-01-31' WHERE ref = '7';" ||
		{ fail "setting review dates"; return 1; }
}

# risks_open W H: the workbench on the Risks pane.
risks_open() {
	tui_start "$1" "$2" "$PMWB" -f "$DB"
	tui_wait 'Programmes'
	tui_keys 3
	tui_wait 'Score'
}

# risks_expect_screen NAME: the screen equals tests/risks/screens/NAME.txt
# (PMWB_UPDATE_SCREENS=1 rewrites it; review the diff).
risks_expect_screen() { tui_expect_screen_file "$top_srcdir/tests/risks/screens/$1.txt"; }

# sql QUERY: one value from the database, as another program sees it.
sql() { sqlite3 "$DB" "$1"; }

# expect_sql QUERY WANT
expect_sql() {
	got=$(sqlite3 "$DB" "$1")
	expect_same "sqlite3: $1" "$got" "$2"
}
