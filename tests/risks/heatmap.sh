#!/bin/sh
# The heat map and the escalation list on the demo registers: counts per cell and per band
# as the registers give them (BCF 2x4 three times, 3x3 twice ...; Bromley's High x High
# five times), a cell's risks on Enter, a programme's own map, and the escalated risks
# grouped under the authority their threshold names; at 80x24 and wide.
PMWB_TODAY=2014-10-15
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/risks/risks-lib.sh"
risks_make_db

risks_open 80 24
tui_keys m
tui_wait 'Heat map: open risks, every register'
# It opens on the worst cell with risks: Likely x Major, Bromley's five High x High.
tui_wait 'L4 Likely x I4 Major = 16 Extreme: 5 open risks'
tui_wait ' Extreme 15-25: 5 '
tui_wait ' High 8-12: 8 '
tui_wait ' Moderate 4-6: 4 '
risks_expect_screen heatmap-80x24

# Enter lists the cell's risks; Esc comes back to the map.
tui_keys Enter
tui_wait 'Open risks with L4 x I4'
tui_wait 'FR6        corporate'
tui_wait_gone 'FR5 '
tui_keys Escape
tui_wait 'Heat map: open risks'
# Down one impact, left one likelihood: Possible x Moderate, BCF 4 and 7, FR7 and FR9.
tui_keys j h
tui_wait 'L3 Possible x I3 Moderate = 9 High: 4 open risks'
tui_keys Enter
tui_wait 'Open risks with L3 x I3'
tui_wait '7          BCF'
tui_wait 'FR9        corporate'
tui_wait_gone 'FR1 '
tui_keys Escape Escape
tui_wait_gone 'Heat map'

# A programme's filter carries into its map.
tui_keys f; tui_type 'BCF'; tui_keys Enter
tui_wait 'showing risks: programme BCF'
tui_keys m
tui_wait 'Heat map: open risks in BCF'
tui_wait 'L3 Possible x I3 Moderate = 9 High: 2 open risks'
tui_keys l j
tui_wait 'L4 Likely x I2 Minor = 8 High: 0 open risks'
tui_keys h h Enter
tui_wait 'Open risks with L2 x I2'
tui_wait 'No open risk in this cell.'
tui_keys Escape
tui_keys k k
tui_wait 'L2 Unlikely x I4 Major = 8 High: 3 open risks'
tui_keys Escape
tui_keys f Enter
tui_wait 'filter cleared'

# The escalation list: Extreme is the default escalating band, to the risk committee.
tui_keys E
tui_wait "Risk committee (Extreme 15+): 5"
tui_wait "Risk committee    FR1"
risks_expect_screen escalation-80x24
tui_resize 200 50
tui_wait "Risk committee              FR1"
tui_keys Escape m
tui_wait 'Heat map'
risks_expect_screen heatmap-200x50
tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0

# Thresholds from the database: B&NES's escalate High to its senior manager too.
sql "UPDATE threshold SET escalated = 1, authority = 'Senior Manager' WHERE level = 'High'"
tui_stop
risks_open 80 24
tui_keys E
tui_wait "Risk committee (Extreme 15+): 5 | Senior Manager (High 8+): 8"
tui_wait "Senior Manager    FR5"
# Overlapping thresholds are refused with a message; the defaults are shown meanwhile.
tui_keys Escape
sql "UPDATE threshold SET max_score = 9 WHERE level = 'Moderate'"
tui_keys R
tui_wait "risk bands 'Moderate' (4-9) and 'High' (8-12) overlap at score 8: fix the"
tui_keys q
tui_wait_exit
finish
