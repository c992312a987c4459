#!/bin/sh
# The Risks pane on the demo registers (Better Care Fund 1-5 scores 4-9; Bromley's financial
# risks written High/Medium/Low): scores, bands and trend at 80x24 and wide, each sort, each
# kind of filter, search, and resizing.
PMWB_TODAY=2014-10-15
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/risks/risks-lib.sh"
risks_make_db

risks_open 80 24
tui_wait 'FR1        corporate'
# Highest score first: Bromley's High x High = 4 x 4 = 16 (Extreme), the BCF's 3 x 3 = 9;
# risk 4's review (30 Sep 2014) is overdue on 15 Oct 2014, risk 7's is not.
risks_expect_screen pane-80x24

# s cycles the sorts; the selected risk stays selected.
tui_keys s
tui_wait 'risks by programme, then score'
tui_wait '| programme, then score'
tui_keys s
tui_wait 'risks by owner, then score'
tui_keys s
tui_wait 'risks by review date, soonest first'
tui_keys g
tui_settle
tui_capture | sed -n 3p | grep -q '^4  *BCF .*2014-09-30!' || fail "review-date order does not start with risk 4"
checks=$((checks + 1))
tui_keys s
tui_wait 'risks by score, highest first'

# Filters: a programme, a band, a band word alone, overdue, escalated, an owner, free text.
tui_keys f; tui_type 'BCF'; tui_keys Enter
tui_wait 'showing risks: programme BCF'
tui_wait 'open in programme: Extreme 0  High 5  Moderate 3  Low 0'
tui_wait_gone 'FR1 '
tui_keys f; tui_type 'BCF band:Moderate'; tui_keys Enter
tui_wait 'showing risks: programme BCF, band Moderate'
tui_wait '3          BCF       Lack of resources'
tui_wait_gone '4          BCF'
tui_keys f; tui_type 'overdue'; tui_keys Enter
tui_wait 'showing risks: overdue reviews'
tui_wait '4          BCF       Poor data quality'
tui_wait_gone '7          BCF'
tui_keys f; tui_type 'escalated'; tui_keys Enter
tui_wait 'showing risks: escalated'
tui_wait 'FR6'
tui_wait_gone 'FR5 '
tui_keys f; tui_type 'owner:jice high'; tui_keys Enter
tui_wait 'showing risks: owner jice, band High'
tui_wait 'No risk matches the filter'
tui_keys f; tui_type 'corporate Moderate'; tui_keys Enter
tui_wait 'FR8        corporate Running Costs'
tui_keys f; tui_type 'tariff'; tui_keys Enter
tui_wait 'showing risks: "tariff"'
tui_wait 'FR4        corporate New PbR tariff'
# Refused terms say why and leave the filter as it was.
tui_keys f; tui_type 'band:Huge'; tui_keys Enter
tui_wait 'there is no risk band "Huge"'
tui_wait 'FR4        corporate New PbR tariff'
tui_keys f; tui_type 'programme:NOPE'; tui_keys Enter
tui_wait 'there is no programme "NOPE"'
tui_keys f Enter
tui_wait 'filter cleared'
tui_wait 'FR1        corporate'

# Search as you type, then n to the next match.
tui_keys /; tui_type 'council'
tui_wait '/council'
tui_keys Enter e
tui_wait 'Edit risk 6 in BCF'
tui_keys Escape
tui_wait 'cancelled: nothing was saved'
tui_keys n e
tui_wait 'Edit risk 2 in BCF'
tui_keys Escape

# Paging: G to the last risk, g back to the first.
tui_keys G e
tui_wait 'Edit risk 3 in BCF'
tui_keys Escape g e
tui_wait 'Edit risk FR1 (corporate)'
tui_keys Escape

# Wide: owners and band names; and back to 80x24 with the same rows.
tui_resize 200 50
tui_wait '16 Extreme'
tui_wait 'Owner'
risks_expect_screen pane-200x50
tui_resize 60 12
tui_wait 'FR1'
tui_resize 80 24
# Owner fits at 80 columns but not at 60: the screen is redrawn at the new size.
tui_wait 'Owner'
risks_expect_screen pane-80x24-after
tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
finish
