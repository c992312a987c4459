#!/bin/sh
# SIGTERM, SIGHUP (a dropped SSH session) and Ctrl-C end the workbench cleanly: curses is
# ended (main screen back), the reason is said in one sentence, and nothing committed is
# lost, including a colleague's change committed while the workbench was open.
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/ui/ui-lib.sh"
ui_make_db
projects=$(sqlite3 "$DB" "SELECT count(*) FROM project")

for how in TERM HUP INT; do
	ui_open 80 24
	tui_wait 'PLANNED    Planned Care'
	tui_keys 2
	tui_wait 'Programme / project'
	# A colleague commits while the workbench is open.
	sqlite3 "$DB" "INSERT INTO programme (code, name) VALUES ('SIG$how', 'Committed during $how')" ||
		fail "a second writer could not commit while the workbench was open"
	if [ "$how" = INT ]; then
		tui_keys C-c
		reason='stopped by Ctrl-C'
	else
		pid=$(ui_pid)
		[ -n "$pid" ] || fail 'no pmwb process in the pane'
		kill -"$how" "$pid"
		reason="stopped by SIG$how"
	fi
	tui_wait_exit
	expect_same "exit status after $how" "$tui_status" 2
	expect_same "alternate screen after $how" "$(tui_tmux display-message -p -t 0 '#{alternate_on}')" 0
	expect_contains "stderr after $how" "$(cat "$T/tui-stderr")" "$reason"
	expect_contains "stderr after $how" "$(cat "$T/tui-stderr")" "nothing was lost"
	tui_stop
	expect_same "integrity after $how" "$(sqlite3 "$DB" 'PRAGMA integrity_check')" ok
	expect_same "the colleague's row after $how" \
		"$(sqlite3 "$DB" "SELECT name FROM programme WHERE code = 'SIG$how'")" "Committed during $how"
done
expect_same 'projects kept' "$(sqlite3 "$DB" 'SELECT count(*) FROM project')" "$projects"
finish
