#!/bin/sh
# A person's preferences file ($XDG_CONFIG_HOME/pmwb/config, issue 16): the theme, the mouse
# and key bindings, read when the workbench starts; a bad line is named as FILE:LINE and
# ignored, the rest applies; the help pane and the key bar show the keys as bound.
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/ui/ui-lib.sh"
ui_make_db
cfg="$XDG_CONFIG_HOME/pmwb/config"
mouse_flag() { tui_tmux display -p -t 0 '#{mouse_standard_flag}'; }

# Without a file: the mouse is on, the dark theme's colours, j moves down.
ui_open 80 24
[ "$(mouse_flag)" = 1 ] || fail "without preferences the mouse should be on"
tui_keys '?'
tui_wait 'j Down           next row'
ui_capture_colours | grep -q '38;5;223m' || fail "the dark theme's headings should be colour 223"
tui_keys Escape
tui_wait_gone 'next row'

mkdir -p "$XDG_CONFIG_HOME/pmwb"
cat >"$cfg" <<'CFG'
# mine
theme light
mouse off
colour red
bind down J
bind up K Up
bind search Ctrl-N
bind nowhere x
CFG
ui_open 80 24
# The first bad line is named with its place; the others are counted.
tui_wait "~/.config/pmwb/config:4: unknown preference 'colour' (+1 more bad line)"
[ "$(mouse_flag)" = 0 ] || fail "mouse off should leave the mouse to the terminal"
# J moves down and j no longer does: down has exactly the keys bound.
tui_keys J Enter
tui_wait 'UNSCHED'
tui_keys Escape
tui_keys j Enter
tui_wait 'UNSCHED'
tui_keys Escape
tui_keys K Enter
tui_wait 'PLANNED'
tui_keys Escape
# The key bar shows the bound key for an entry on it; the help pane the keys as they are.
tui_wait 'Ctrl-N Search'
tui_keys '?'
tui_wait 'J                next row'
tui_wait 'K Up             previous row'
ui_capture_colours | grep -q '38;5;94m' || fail "the light theme's headings should be colour 94"
ui_capture_colours | grep -q '38;5;223m' && fail "the light theme should not use the dark theme's pale headings"
tui_keys Escape
# PMWB_THEME overrides the file.
ui_open 80 24 PMWB_THEME=mono
tui_keys '?'
tui_wait 'next row'
ui_capture_colours | grep -q '38;5;' && fail "PMWB_THEME=mono should override the file's theme"
tui_keys Escape q
finish
