#!/bin/sh
# The terminal: q restores it (main screen back, cursor shown, the shell's line visible);
# ASCII fallbacks outside a UTF-8 locale; colours, NO_COLOR and the mono theme; the mouse.
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/ui/ui-lib.sh"
ui_make_db

# Any SGR colour (30-37, 40-47, 38;5;N, 48;5;N) in a capture with attributes.
has_colour() { ui_capture_colours | grep -Eq "$(printf '\033')\\[([0-9]+;)*(3[0-8]|4[0-8])[;m]"; }

ui_open 80 24
tui_wait 'PLANNED    Planned Care'
expect_same 'alternate screen while running' "$(tui_tmux display-message -p -t 0 '#{alternate_on}')" 1
has_colour || fail 'no colour on a 256-colour terminal'
checks=$((checks + 1))

# The mouse: a click on a tab switches pane, a click on a row selects it, the wheel scrolls.
# Inside tmux TERM is tmux-256color, whose mouse reports are X10-style: ESC [ M then
# button, column and row, each plus 32 (1-based).
mouse() { tui_type "$(printf '\033[M%b%b%b' "\\0$(printf %o $((32 + $1)))" \
	"\\0$(printf %o $((32 + $2)))" "\\0$(printf %o $((32 + $3)))")"; }
mouse 0 24 1
mouse 3 24 1
tui_wait 'Programme / project'
mouse 0 10 7
mouse 3 10 7
tui_keys d
tui_wait 'Description: Re-procure the current anticoagulation service'
tui_keys d
mouse 65 10 7
tui_keys d
tui_wait 'Description: Review and procure new MSK service'
tui_keys d 1

tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
expect_same 'alternate screen after q' "$(tui_tmux display-message -p -t 0 '#{alternate_on}')" 0
expect_same 'cursor shown after q' "$(tui_tmux display-message -p -t 0 '#{cursor_flag}')" 1
case $(tui_capture) in
*'1 Programmes'*) fail 'the workbench is still on screen after q' ;;
esac
checks=$((checks + 1))
expect_same 'stderr after q' "$(cat "$T/tui-stderr")" ''
tui_stop

# NO_COLOR (any value) and PMWB_THEME=mono: no colour, still readable (reverse and bold).
for how in NO_COLOR=1 PMWB_THEME=mono; do
	ui_open 80 24 "$how"
	tui_wait 'PLANNED    Planned Care'
	if has_colour; then fail "colour drawn with $how"; fi
	checks=$((checks + 1))
	tui_keys q
	tui_wait_exit
	tui_stop
done
# The 8-colour palette: colours, none of them from the 256.
ui_open 80 24 PMWB_THEME=8
tui_wait 'PLANNED    Planned Care'
has_colour || fail 'no colour with PMWB_THEME=8'
case $(ui_capture_colours) in *'38;5;'*) fail '256-colour codes with PMWB_THEME=8' ;; esac
checks=$((checks + 2))
tui_keys q
tui_wait_exit
tui_stop

# Outside a UTF-8 locale: ASCII markers and no pound sign.
TUI_LANG=C
ui_open 80 24
tui_keys 2
tui_wait 'Programme / project'
tui_expect_screen gantt-ascii-80x24
tui_keys q
tui_wait_exit
expect_same 'exit status (ASCII)' "$tui_status" 0
finish
