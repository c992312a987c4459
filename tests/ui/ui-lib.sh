# Sourced by the workbench tests after harness.sh and tui.sh: the test database.
#
# Until 'pmwb import all' lands, the database is a SQL fixture of real rows from the
# client's Bromley plan (seed-data/000a) loaded with the sqlite3 shell after 'pmwb init'.
ui_make_db() {
	need sqlite3
	"$PMWB" -f "$DB" init >/dev/null 2>"$T/init-err" || { fail "pmwb init: $(cat "$T/init-err")"; return 1; }
	sqlite3 "$DB" <"$top_srcdir/tests/ui/fixture.sql" || { fail "loading the fixture"; return 1; }
}

# ui_open W H [ENV=VALUE...]: start the workbench on $DB and wait for its first screen.
ui_open() {
	w=$1 h=$2
	shift 2
	tui_start "$w" "$h" env "$@" "$PMWB" -f "$DB"
	tui_wait 'Programmes'
}

# ui_pid: the pmwb process in the tmux pane (a child of the pane's shell).
ui_pid() {
	pane=$(tui_tmux display-message -p -t 0 '#{pane_pid}')
	ps -o pid= -o comm= --ppid "$pane" | awk '$2 == "pmwb" { print $1 }'
}

# ui_capture_colours: the screen with its attributes, to tell colour from mono.
ui_capture_colours() { tui_tmux capture-pane -e -p -t 0 2>/dev/null; }

# ui_resize W H: resize and wait until pmwb has redrawn at the new size.  tmux delays the
# SIGWINCH of a resize by up to ~250 ms, so the screen right after resize-window is the old
# drawing cut to the new size; the top bar ends at the right edge only once pmwb redraws.
ui_resize() {
	tui_resize "$1" "$2"
	checks=$((checks + 1))
	end=$(($(date +%s) + TUI_DEADLINE))
	while :; do
		screen=$(tui_capture)
		case $screen in *"Terminal too small ($1x$2)"*) return 0 ;; esac
		top=$(printf '%s\n' "$screen" | head -1 | sed 's/[[:space:]]*$//')
		[ "${#top}" -eq $(($1 - 1)) ] && return 0
		if [ "$(date +%s)" -ge "$end" ]; then
			fail "pmwb did not redraw at $1x$2 within ${TUI_DEADLINE}s"
			printf '%s\n' "$screen" >&2
			return 1
		fi
		sleep 0.05
	done
}
