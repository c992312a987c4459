#!/bin/sh
# No pane's a, e or D is a silent no-op (issue 13): in each of the four panes, each of them
# either acts (a form, a question or a mode opens) or says on the message line why it does
# nothing.  Whatever opened is closed again with Esc before the next key.
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/ui/ui-lib.sh"
ui_make_db
# (the Risks pane builds its sort index when first opened: not data)
db_before=$(db_dump "$DB" | grep -v '^INSERT INTO audit\|^CREATE INDEX')

# acts_or_says PANE KEY: after KEY, a view was pushed ("> " in the top bar), or the message
# line (the last) says something.  Ctrl-L first clears the last message.
acts_or_says() {
	tui_keys C-l
	tui_wait_gone_last
	tui_keys "$2"
	checks=$((checks + 1))
	end=$(($(date +%s) + TUI_DEADLINE))
	while :; do
		screen=$(tui_capture)
		top=$(printf '%s\n' "$screen" | head -1)
		last=$(printf '%s\n' "$screen" | sed -n '24p' | tr -d ' ')
		case $top in *' > '*)
			printf '%s %s: opens %s\n' "$1" "$2" "$(printf '%s' "$top" | sed 's/.*> *//')"
			return 0 ;;
		esac
		if [ -n "$last" ]; then
			printf '%s %s: says %s\n' "$1" "$2" "$(printf '%s\n' "$screen" | sed -n '24p')"
			return 0
		fi
		if [ "$(date +%s)" -ge "$end" ]; then
			fail "$1: $2 did nothing and said nothing"
			printf '%s\n' "$screen" >&2
			return 1
		fi
		sleep 0.05
	done
}
# The message line empty (after Ctrl-L cleared it).
tui_wait_gone_last() {
	end=$(($(date +%s) + TUI_DEADLINE))
	while [ -n "$(tui_capture | sed -n '24p' | tr -d ' ')" ]; do
		[ "$(date +%s)" -ge "$end" ] && { fail 'the message line did not clear'; return 1; }
		sleep 0.05
	done
}
# back: close whatever the key opened (a form, a question, the plan mode, a scheme's view
# under its form), until no view is pushed.
back() {
	tui_keys Escape
	for i in 1 2 3; do
		tui_settle
		case $(tui_capture | head -1) in *' > '*) tui_keys Escape ;; *) break ;; esac
	done
}

ui_open 80 24
for pane in 1 2 3 4; do
	tui_keys "$pane"
	tui_wait "1 Programmes"
	# A project's row on the Gantt, a scheme or risk elsewhere: the second row.
	tui_keys g j
	for key in a e D; do
		acts_or_says "pane $pane" "$key"
		back
	done
done
# Nothing was written: every form and question was left without saving.
expect_same 'the database after the keys' "$(db_dump "$DB" | grep -v '^INSERT INTO audit\|^CREATE INDEX')" "$db_before"
finish
