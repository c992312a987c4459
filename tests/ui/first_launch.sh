#!/bin/sh
# `pmwb --demo` as a newcomer starts it, with no PMWB_TODAY: the demo opens on the day its
# documents describe (data/AS-OF, kept in the file as its as_of setting), so the first screen
# of every pane shows the plan at work: phases in progress, plan and forecast figures, RAG
# letters from the illustrative monthly returns, the Gantt at the as-of quarter, the risks.
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"

unset PMWB_TODAY
tui_start 80 24 "$PMWB" --demo
tui_wait 'demo, as of 2013-10-15'

# 1 Programmes: this quarter's phases in progress, each programme's plan, forecast and RAG
tui_wait 'PLANNED    Planned Care'
tui_expect_screen first-launch-programmes-80x24

# 2 Gantt: scrolled to 2013/14 with today's marker in Q3, phase letters on the rows
tui_keys 2
tui_wait 'today 2013/14 Q3'
tui_wait 'Gynaecology                425  R  R  R  R'
case $(tui_capture | sed -n 3p) in
*'Q3▼Q4'*) ;;
*) fail "the Gantt's header does not mark 2013/14 Q3 as today: $(tui_capture | sed -n 2,3p)" ;;
esac

# t moves "today" a quarter on: at 80 columns the top bar then says where to, not the day
tui_keys t
tui_wait ' demo  2013/14 Q4 (moved)'
tui_keys T
tui_wait 'demo, as of 2013-10-15'

# 3 Risks: the registers by score, with their bands
tui_keys 3
tui_wait 'FR1        corporate Impact of recommen…          4 4 16 E'
tui_wait 'open: Extreme 5  High 17'

# 4 QIPP: the year of the as-of day, every RAG level among the schemes
tui_keys 4
tui_wait 'QIPP 2013/14 at 2013-10'
tui_expect_screen first-launch-qipp-80x24

tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
expect_same 'stderr' "$(cat "$T/tui-stderr")" ''
finish
