# Sourced after harness.sh by tests that drive the workbench in a real pseudo-terminal: a
# private tmux server of a fixed size, keys sent with send-keys, the screen read with
# capture-pane and compared to expected screens kept in tests/ui/screens/.
#
#   tui_start 80 24 "$PMWB" -f "$DB"
#   tui_wait 'Programmes'             # poll until the text is on screen (10 s deadline)
#   tui_keys j j Enter
#   tui_expect_screen programmes-80x24   # diff against tests/ui/screens/programmes-80x24.txt
#
# To refresh expected screens on purpose after a deliberate change to what a pane shows:
#   PMWB_UPDATE_SCREENS=1 make check TESTS=tests/ui/...   then review `git diff tests/ui/screens`.
need tmux
# A server of its own for each start: kill-server returns before the server has gone, and a
# new-session on the same socket meanwhile meets the dying one ("server exited unexpectedly",
# seen in CI when heatmap.sh restarted the workbench; the ui tests had their own fix for it).
# The server is started without the test's own descriptors 3-9, which it would otherwise
# keep open for as long as it runs (index.sh waits for EOF on a fifo it holds as 9).
TUI_SOCKET="pmwb-test-$$-0"
tui_starts=0
TUI_DEADLINE=${TUI_DEADLINE:-10}
tui_tmux() { tmux -L "$TUI_SOCKET" -f /dev/null "$@"; }
tui_stop() { tui_tmux kill-server >/dev/null 2>&1; }
at_exit tui_stop

# tui_start WIDTH HEIGHT COMMAND...  (PMWB_TODAY is passed on when set; a test that unsets it
# starts pmwb as a user would, on the file's as_of or the clock)
tui_start() {
	w=$1 h=$2
	shift 2
	tui_stop
	tui_starts=$((tui_starts + 1))
	TUI_SOCKET="pmwb-test-$$-$tui_starts"
	# exec keeps the shell's pid, so tui-pid names the program itself (no ps needed).  The
	# pane's shell ($SHELL) gets the Ctrl-C meant for pmwb too: dash, unlike bash, dies of it
	# before it can say '[exited N]', so it catches SIGINT with a no-op (a caught signal is
	# back to its default in the program it starts, which keeps its own handler).
	printf '%s\n' "#!/bin/sh" "cd '$T'" "echo \$\$ >'$T/tui-pid'" \
		"exec $(printf "'%s' " "$@") 2>'$T/tui-stderr'" >"$T/tui-cmd"
	chmod +x "$T/tui-cmd"
	tui_tmux new-session -d -x "$w" -y "$h" \
		-e "HOME=$HOME" -e "XDG_DATA_HOME=$XDG_DATA_HOME" -e "TZ=UTC" \
		-e "LANG=${TUI_LANG:-C.UTF-8}" -e "LC_ALL=${TUI_LANG:-C.UTF-8}" \
		${PMWB_TODAY+-e "PMWB_TODAY=$PMWB_TODAY"} -e "PMWB_USER=$PMWB_USER" \
		-e "TERM=${TUI_TERM:-xterm-256color}" \
		"trap : INT; $T/tui-cmd; echo '[exited '\$?']'; sleep 600" 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&-
	tui_tmux set-option -g remain-on-exit on >/dev/null 2>&1
}

# tui_pid: the process id of the program tui_start started.
tui_pid() { cat "$T/tui-pid" 2>/dev/null; }

tui_capture() { tui_tmux capture-pane -p -t 0 2>/dev/null; }

# tui_wait TEXT: poll the screen until TEXT appears; fail (with the screen) at the deadline.
tui_wait() {
	checks=$((checks + 1))
	end=$(($(date +%s) + TUI_DEADLINE))
	while :; do
		screen=$(tui_capture)
		case $screen in *"$1"*) return 0 ;; esac
		if [ "$(date +%s)" -ge "$end" ]; then
			fail "'$1' did not appear on screen within ${TUI_DEADLINE}s"
			printf '%s\n' "$screen" >&2
			return 1
		fi
		sleep 0.05
	done
}

# tui_wait_lines FROM TO SED WANT: poll until the screen's lines FROM to TO, each through the
# sed script SED, joined with "|", are WANT (an order of rows, say).
tui_wait_lines() {
	checks=$((checks + 1))
	end=$(($(date +%s) + TUI_DEADLINE))
	while :; do
		got=$(tui_capture | sed -n "$1,$2p" | sed "$3" | paste -sd'|')
		[ "$got" = "$4" ] && return 0
		if [ "$(date +%s)" -ge "$end" ]; then
			fail "lines $1-$2 are not as expected"
			printf '  want: %s\n  got:  %s\n' "$4" "$got" >&2
			tui_capture >&2
			return 1
		fi
		sleep 0.05
	done
}

# tui_wait_gone TEXT: poll until TEXT is no longer on screen.
tui_wait_gone() {
	checks=$((checks + 1))
	end=$(($(date +%s) + TUI_DEADLINE))
	while :; do
		screen=$(tui_capture)
		case $screen in *"$1"*) ;; *) return 0 ;; esac
		if [ "$(date +%s)" -ge "$end" ]; then
			fail "'$1' stayed on screen for ${TUI_DEADLINE}s"
			printf '%s\n' "$screen" >&2
			return 1
		fi
		sleep 0.05
	done
}

# tui_settle: wait until two captures 100 ms apart agree (after keys whose effect has no
# unique text to wait for).
tui_settle() {
	end=$(($(date +%s) + TUI_DEADLINE))
	prev=$(tui_capture)
	while :; do
		sleep 0.1
		cur=$(tui_capture)
		[ "$cur" = "$prev" ] && return 0
		prev=$cur
		[ "$(date +%s)" -ge "$end" ] && return 0
	done
}

tui_keys() { tui_tmux send-keys -t 0 "$@"; }
tui_type() { tui_tmux send-keys -t 0 -l "$1"; }
tui_resize() { tui_tmux resize-window -t 0 -x "$1" -y "$2"; }

# tui_expect_screen_file FILE: the screen comes to equal FILE (trailing blanks ignored)
# within the deadline; a screen still being drawn, or a key not yet read on a loaded machine,
# is waited for rather than compared.  PMWB_UPDATE_SCREENS=1 writes the settled screen to
# FILE instead.
tui_expect_screen_file() {
	file=$1
	checks=$((checks + 1))
	if [ "${PMWB_UPDATE_SCREENS:-}" = 1 ]; then
		tui_settle
		mkdir -p "$(dirname "$file")"
		tui_capture | sed 's/[[:space:]]*$//' >"$file"
		return 0
	fi
	end=$(($(date +%s) + TUI_DEADLINE))
	while :; do
		tui_capture | sed 's/[[:space:]]*$//' >"$T/screen"
		cmp -s "$file" "$T/screen" && return 0
		if [ "$(date +%s)" -ge "$end" ]; then
			diff -u "$file" "$T/screen" >&2
			fail "screen differs from $file (PMWB_UPDATE_SCREENS=1 refreshes it on purpose)"
			return 1
		fi
		sleep 0.1
	done
}

# tui_expect_screen NAME: the screen equals tests/ui/screens/NAME.txt.
tui_expect_screen() { tui_expect_screen_file "$top_srcdir/tests/ui/screens/$1.txt"; }

# tui_wait_exit: wait for the program to end and return its status in $tui_status.
tui_wait_exit() {
	tui_wait '[exited ' || return 1
	tui_status=$(tui_capture | sed -n 's/.*\[exited \([0-9]*\)\].*/\1/p' | tail -1)
}
