# Sourced by the workbench tests after harness.sh and tui.sh: the test database is the demo
# data (the client's plans in data/), imported folder by folder as `pmwb --demo` does.
ui_make_db() {
	"$PMWB" -f "$DB" init >/dev/null 2>"$T/init-err" || { fail "pmwb init: $(cat "$T/init-err")"; return 1; }
	for dir in "$SEED"/*/; do
		# As --demo does: a folder marked NOT-IN-DEMO restates money other folders hold.
		[ -e "$dir/NOT-IN-DEMO" ] && continue
		"$PMWB" -f "$DB" import all "$dir" >/dev/null 2>"$T/import-err" ||
			{ fail "pmwb import all $dir: $(cat "$T/import-err")"; return 1; }
	done
}

# ui_open W H [ENV=VALUE...]: start the workbench on $DB and wait for its first screen
# (each start has a tmux server of its own: tui_start).
ui_open() {
	w=$1 h=$2
	shift 2
	tui_start "$w" "$h" env "$@" "$PMWB" -f "$DB"
	tui_wait 'Programmes'
}

# ui_pid: the pmwb process in the tmux pane.
ui_pid() { tui_pid; }

# ui_capture_colours: the screen with its attributes, to tell colour from mono.
ui_capture_colours() { tui_tmux capture-pane -e -p -t 0 2>/dev/null; }

# ui_resize W H: resize and wait until pmwb has redrawn at the new size.  tmux delays the
# SIGWINCH of a resize by up to ~250 ms, so the screen right after resize-window is the old
# drawing cut to the new size; the top bar ends at the right edge only once pmwb redraws.
# One resize in some thirty runs was never redrawn (the screen still the old one after 10 s;
# not reproduced since), perhaps a signal that came between curses' check for it and its
# blocking read (pmwb's reads now end every second for that).  In case it was tmux's, after
# 3 s the resize is made again, once, and the log says so.
ui_resize() {
	tui_resize "$1" "$2"
	checks=$((checks + 1))
	end=$(($(date +%s) + TUI_DEADLINE))
	nudge=$(($(date +%s) + 3))
	while :; do
		if [ -n "$nudge" ] && [ "$(date +%s)" -ge "$nudge" ]; then
			printf 'ui_resize: no redraw at %sx%s after 3 s; resizing again\n' "$1" "$2" >&2
			tui_resize "$1" "$(($2 - 1))"
			tui_resize "$1" "$2"
			nudge=
		fi
		screen=$(tui_capture)
		case $screen in *"Terminal too small ($1x$2)"*) return 0 ;; esac
		top=$(printf '%s\n' "$screen" | head -1 | sed 's/[[:space:]]*$//')
		case $top in ' pmwb '*) [ "${#top}" -eq $(($1 - 1)) ] && return 0 ;; esac
		if [ "$(date +%s)" -ge "$end" ]; then
			fail "pmwb did not redraw at $1x$2 within ${TUI_DEADLINE}s"
			printf '%s\n' "$screen" >&2
			return 1
		fi
		sleep 0.05
	done
}

# phases_of PROJECT: the project's phases as stored, "R8052-8055 " (letter, first and last
# quarter: 2013/14 Q1 is 8052), for the Gantt grid's edits.
phases_of() {
	sqlite3 "$DB" "SELECT f.letter || f.start_q || '-' || f.end_q FROM phase f
		JOIN project j ON j.id = f.project_id WHERE j.name = '$1' ORDER BY f.start_q" | tr '\n' ' '
}
# phase_audits: how many audit rows phase edits wrote.
phase_audits() { sqlite3 "$DB" "SELECT count(*) FROM audit WHERE entity = 'phase'"; }
# sql QUERY: what the database answers; expect_sql QUERY WANT: that it answers WANT.
sql() { sqlite3 "$DB" "$1"; }
expect_sql() { expect_same "sqlite3: $1" "$(sqlite3 "$DB" "$1")" "$2"; }
