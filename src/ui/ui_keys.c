/* The key table.  Every key pmwb understands is here, once; the key bar (ui_shell.c) and the
 * help pane (ui_help.c) are generated from it. */
#include "config.h"

#include <curses.h>

#include "ui_keys.h"

#define CTRL(c) ((c) & 0x1f)
#define ESC 27

const struct ui_key_binding ui_key_table[] = {
	{.action = UI_ACT_HELP, .scope = UI_SCOPE_GLOBAL, .keys = {'?', KEY_F(1)},
	 .key_names = "? F1", .bar = "Help", .bar_key = "?",
	 .help = "show this help, made from the key table"},
	{.action = UI_ACT_QUIT, .scope = UI_SCOPE_GLOBAL, .keys = {'q', KEY_F(10)},
	 .key_names = "q F10", .bar = "Quit", .bar_key = "q",
	 .help = "quit pmwb (nothing is left unsaved: every change is committed when made)"},
	{.action = UI_ACT_PANE1, .scope = UI_SCOPE_GLOBAL, .keys = {'1'},
	 .key_names = "1", .help = "Programmes pane"},
	{.action = UI_ACT_PANE2, .scope = UI_SCOPE_GLOBAL, .keys = {'2'},
	 .key_names = "2", .help = "Gantt pane"},
	{.action = UI_ACT_PANE3, .scope = UI_SCOPE_GLOBAL, .keys = {'3'},
	 .key_names = "3", .help = "Risks pane"},
	{.action = UI_ACT_PANE4, .scope = UI_SCOPE_GLOBAL, .keys = {'4'},
	 .key_names = "4", .help = "QIPP pane"},
	{.action = UI_ACT_NEXT_PANE, .scope = UI_SCOPE_GLOBAL, .keys = {'\t'},
	 .key_names = "Tab", .help = "next pane"},
	{.action = UI_ACT_PREV_PANE, .scope = UI_SCOPE_GLOBAL, .keys = {KEY_BTAB},
	 .key_names = "Shift-Tab", .help = "previous pane"},
	{.action = UI_ACT_SETTINGS, .scope = UI_SCOPE_GLOBAL, .keys = {'C'},
	 .key_names = "C", .help = "settings: the file's shared ones (changed here) and your preferences"},
	{.action = UI_ACT_REDRAW, .scope = UI_SCOPE_GLOBAL, .keys = {CTRL('l')},
	 .key_names = "Ctrl-L", .help = "redraw the screen"},
	{.action = UI_ACT_RELOAD, .scope = UI_SCOPE_GLOBAL, .keys = {'R'},
	 .key_names = "R", .help = "reload from the database (after an import by a colleague)"},
	{.action = UI_ACT_UP, .scope = UI_SCOPE_MOVE, .keys = {KEY_UP, 'k'},
	 .key_names = "k Up", .help = "previous row"},
	{.action = UI_ACT_DOWN, .scope = UI_SCOPE_MOVE, .keys = {KEY_DOWN, 'j'},
	 .key_names = "j Down", .help = "next row"},
	{.action = UI_ACT_PAGE_UP, .scope = UI_SCOPE_MOVE, .keys = {KEY_PPAGE, CTRL('b')},
	 .key_names = "PgUp Ctrl-B", .help = "previous page"},
	{.action = UI_ACT_PAGE_DOWN, .scope = UI_SCOPE_MOVE, .keys = {KEY_NPAGE, CTRL('f')},
	 .key_names = "PgDn Ctrl-F", .help = "next page"},
	{.action = UI_ACT_HALF_UP, .scope = UI_SCOPE_MOVE, .keys = {CTRL('u')},
	 .key_names = "Ctrl-U", .help = "half a page up"},
	{.action = UI_ACT_HALF_DOWN, .scope = UI_SCOPE_MOVE, .keys = {CTRL('d')},
	 .key_names = "Ctrl-D", .help = "half a page down"},
	{.action = UI_ACT_TOP, .scope = UI_SCOPE_MOVE, .keys = {'g', KEY_HOME},
	 .key_names = "g Home", .help = "first row"},
	{.action = UI_ACT_BOTTOM, .scope = UI_SCOPE_MOVE, .keys = {'G', KEY_END},
	 .key_names = "G End", .help = "last row"},
	{.action = UI_ACT_ENTER, .scope = UI_SCOPE_DRILL, .keys = {'\n', '\r', KEY_ENTER},
	 .key_names = "Enter", .bar = "Open", .bar_key = "Enter",
	 .help = "open the selected row (a programme's people and projects; a project's plan)"},
	{.action = UI_ACT_BACK, .scope = UI_SCOPE_BACK, .keys = {ESC, KEY_BACKSPACE, 127, 8},
	 .key_names = "Esc Backspace", .bar = "Back", .bar_key = "Esc",
	 .help = "go back to the view this one was opened from"},
	{.action = UI_ACT_SEARCH, .scope = UI_SCOPE_FIND, .keys = {'/'},
	 .key_names = "/", .bar = "Search", .bar_key = "/",
	 .help = "search as you type (Enter keeps the match, Esc goes back)"},
	{.action = UI_ACT_SEARCH_NEXT, .scope = UI_SCOPE_FIND, .keys = {'n'},
	 .key_names = "n", .help = "next match"},
	{.action = UI_ACT_SEARCH_PREV, .scope = UI_SCOPE_FIND, .keys = {'N'},
	 .key_names = "N", .help = "previous match"},
	{.action = UI_ACT_FILTER, .scope = UI_SCOPE_FIND, .keys = {'f'},
	 .key_names = "f", .bar = "Filter", .bar_key = "f",
	 .help = "show only rows matching a text (programme, project, SRO, lead); empty clears"},
	{.action = UI_ACT_SORT, .scope = UI_SCOPE_FIND, .keys = {'s'},
	 .key_names = "s", .bar = "Sort", .bar_key = "s", .help = "cycle the order of the rows"},
	{.action = UI_ACT_PROG_EDIT, .scope = UI_SCOPE_PROGRAMMES, .keys = {'e'},
	 .key_names = "e", .bar = "Edit", .bar_key = "e",
	 .help = "edit the selected programme in a form (saved with the audit log)"},
	{.action = UI_ACT_PROG_ADD, .scope = UI_SCOPE_PROGRAMMES, .keys = {'a'},
	 .key_names = "a", .bar = "Add", .bar_key = "a", .help = "add a programme"},
	{.action = UI_ACT_PROG_DELETE, .scope = UI_SCOPE_PROGRAMMES, .keys = {'D', KEY_DC},
	 .key_names = "D Delete", .bar = "Delete", .bar_key = "D",
	 .help = "delete the selected programme (asks first; twice if it holds anything)"},
	{.action = UI_ACT_FOLD, .scope = UI_SCOPE_GANTT, .keys = {' ', 'o'},
	 .key_names = "Space o", .bar = "Fold", .bar_key = "Spc",
	 .help = "fold or unfold the selected programme's projects"},
	{.action = UI_ACT_FOLD_ALL, .scope = UI_SCOPE_GANTT, .keys = {'O'},
	 .key_names = "O", .help = "fold or unfold every programme"},
	{.action = UI_ACT_LEFT, .scope = UI_SCOPE_GANTT, .keys = {KEY_LEFT, 'h'},
	 .key_names = "h Left", .help = "scroll the quarters left"},
	{.action = UI_ACT_RIGHT, .scope = UI_SCOPE_GANTT, .keys = {KEY_RIGHT, 'l'},
	 .key_names = "l Right", .help = "scroll the quarters right"},
	{.action = UI_ACT_FIRST_COLUMN, .scope = UI_SCOPE_GANTT, .keys = {'^'},
	 .key_names = "^", .help = "scroll to the start of the plan"},
	{.action = UI_ACT_LAST_COLUMN, .scope = UI_SCOPE_GANTT, .keys = {'$'},
	 .key_names = "$", .help = "scroll to the end of the plan"},
	{.action = UI_ACT_ZOOM, .scope = UI_SCOPE_GANTT, .keys = {'z'},
	 .key_names = "z", .bar = "Zoom", .bar_key = "z",
	 .help = "zoom: a column per quarter, per year (the whole plan), per month (milestones)"},
	{.action = UI_ACT_DETAIL, .scope = UI_SCOPE_GANTT, .keys = {'d'},
	 .key_names = "d", .bar = "Detail", .bar_key = "d",
	 .help = "show or hide the selected row's detail panel"},
	{.action = UI_ACT_TODAY_NEXT, .scope = UI_SCOPE_GANTT, .keys = {'t'},
	 .key_names = "t", .bar = "Today+", .bar_key = "t",
	 .help = "move \"today\" a quarter later (the marker and \"this quarter\" everywhere)"},
	{.action = UI_ACT_TODAY_PREV, .scope = UI_SCOPE_GANTT, .keys = {'T'},
	 .key_names = "T", .help = "move \"today\" a quarter earlier"},
	{.action = UI_ACT_TODAY_SHOW, .scope = UI_SCOPE_GANTT, .keys = {'.'},
	 .key_names = ".", .help = "scroll the quarters to today"},
	{.action = UI_ACT_PLAN_EDIT, .scope = UI_SCOPE_GANTT, .keys = {'e'},
	 .key_names = "e", .bar = "Plan", .bar_key = "e",
	 .help = "edit the selected project's phases on the grid (e or Esc again to stop)"},
	{.action = UI_ACT_LEFT, .scope = UI_SCOPE_PLAN, .keys = {KEY_LEFT, 'h'},
	 .key_names = "h Left", .help = "the quarter cursor a quarter earlier"},
	{.action = UI_ACT_RIGHT, .scope = UI_SCOPE_PLAN, .keys = {KEY_RIGHT, 'l'},
	 .key_names = "l Right", .help = "the quarter cursor a quarter later"},
	{.action = UI_ACT_PHASE_S, .scope = UI_SCOPE_PLAN, .keys = {'S', 's'},
	 .key_names = "S s", .bar = "Set", .bar_key = "SDPIR",
	 .help = "the cursor's quarter becomes Scope (joining a Scope beside it)"},
	{.action = UI_ACT_PHASE_D, .scope = UI_SCOPE_PLAN, .keys = {'D', 'd'},
	 .key_names = "D d", .help = "the cursor's quarter becomes Design"},
	{.action = UI_ACT_PHASE_P, .scope = UI_SCOPE_PLAN, .keys = {'P', 'p'},
	 .key_names = "P p", .help = "the cursor's quarter becomes Procure"},
	{.action = UI_ACT_PHASE_I, .scope = UI_SCOPE_PLAN, .keys = {'I', 'i'},
	 .key_names = "I i", .help = "the cursor's quarter becomes Implement"},
	{.action = UI_ACT_PHASE_R, .scope = UI_SCOPE_PLAN, .keys = {'R', 'r'},
	 .key_names = "R r", .help = "the cursor's quarter becomes Review (R reloads elsewhere)"},
	{.action = UI_ACT_PHASE_CLEAR, .scope = UI_SCOPE_PLAN, .keys = {'x', KEY_DC},
	 .key_names = "x Delete", .bar = "Clear", .bar_key = "x",
	 .help = "the cursor's quarter belongs to no phase"},
	{.action = UI_ACT_PHASE_EARLIER, .scope = UI_SCOPE_PLAN, .keys = {'<'},
	 .key_names = "<", .help = "move the phase under the cursor a quarter earlier"},
	{.action = UI_ACT_PHASE_LATER, .scope = UI_SCOPE_PLAN, .keys = {'>'},
	 .key_names = ">", .bar = "Move", .bar_key = "< >",
	 .help = "move the phase under the cursor a quarter later"},
	{.action = UI_ACT_PHASE_STRETCH, .scope = UI_SCOPE_PLAN, .keys = {'+', '='},
	 .key_names = "+ =", .bar = "Stretch", .bar_key = "+ -",
	 .help = "stretch the phase under the cursor: it ends a quarter later"},
	{.action = UI_ACT_PHASE_SHRINK, .scope = UI_SCOPE_PLAN, .keys = {'-'},
	 .key_names = "-", .help = "shrink the phase under the cursor: it ends a quarter earlier"},
	{.action = UI_ACT_UNDO, .scope = UI_SCOPE_GANTT | UI_SCOPE_PLAN, .keys = {'u'},
	 .key_names = "u", .bar = "Undo", .bar_key = "u",
	 .help = "undo the last phase change made in this session (kept in the audit log)"},
	{.action = UI_ACT_BACK, .scope = UI_SCOPE_PLAN, .keys = {ESC},
	 .key_names = "Esc", .bar = "Done", .bar_key = "Esc",
	 .help = "stop editing the plan (every change is already saved)"},
	{.action = UI_ACT_RISK_EDIT, .scope = UI_SCOPE_RISKS, .keys = {'e'},
	 .key_names = "e", .bar = "Edit", .bar_key = "e",
	 .help = "edit the selected risk in a form (saved with its history and the audit log)"},
	{.action = UI_ACT_RISK_ADD, .scope = UI_SCOPE_RISKS, .keys = {'a'},
	 .key_names = "a", .bar = "Add", .bar_key = "a", .help = "add a risk"},
	{.action = UI_ACT_RISK_CLOSE, .scope = UI_SCOPE_RISKS, .keys = {'c'},
	 .key_names = "c", .help = "close the selected risk (the form opens with status closed)"},
	{.action = UI_ACT_UNDO, .scope = UI_SCOPE_RISKS, .keys = {'u'},
	 .key_names = "u", .bar = "Undo", .bar_key = "u",
	 .help = "undo the last risk change made in this session (itself kept in history and audit)"},
	{.action = UI_ACT_HEATMAP, .scope = UI_SCOPE_RISKS, .keys = {'m'},
	 .key_names = "m", .bar = "Map", .bar_key = "m",
	 .help = "5x5 heat map of open risks; Enter on a cell lists its risks"},
	{.action = UI_ACT_ESCALATION, .scope = UI_SCOPE_RISKS, .keys = {'E'},
	 .key_names = "E", .bar = "Escal", .bar_key = "E",
	 .help = "escalated risks, grouped by the authority their threshold names"},
	{.action = UI_ACT_LEFT, .scope = UI_SCOPE_CELLS, .keys = {KEY_LEFT, 'h'},
	 .key_names = "h Left", .help = "the cell to the left (less likely)"},
	{.action = UI_ACT_RIGHT, .scope = UI_SCOPE_CELLS, .keys = {KEY_RIGHT, 'l'},
	 .key_names = "l Right", .help = "the cell to the right (more likely)"},
	{.action = UI_ACT_FORM_SAVE, .scope = UI_SCOPE_FORM, .keys = {KEY_F(2), CTRL('o')},
	 .key_names = "F2 Ctrl-O", .bar = "Save", .bar_key = "F2",
	 .help = "save the form (refused, with the reason, while a field is invalid)"},
	{.action = UI_ACT_FORM_CANCEL, .scope = UI_SCOPE_FORM, .keys = {ESC, CTRL('g')},
	 .key_names = "Esc Ctrl-G", .bar = "Cancel", .bar_key = "Esc",
	 .help = "close the form without saving anything"},
	{.action = UI_ACT_FORM_NEXT, .scope = UI_SCOPE_FORM,
	 .keys = {'\t', KEY_DOWN, '\r', '\n'},
	 .key_names = "Tab Down Enter", .bar = "Next", .bar_key = "Tab", .help = "next field"},
	{.action = UI_ACT_FORM_PREV, .scope = UI_SCOPE_FORM, .keys = {KEY_BTAB, KEY_UP},
	 .key_names = "Shift-Tab Up", .help = "previous field"},
	{.action = UI_ACT_LEFT, .scope = UI_SCOPE_FORM, .keys = {KEY_LEFT},
	 .key_names = "Left", .help = "move left in the field"},
	{.action = UI_ACT_RIGHT, .scope = UI_SCOPE_FORM, .keys = {KEY_RIGHT},
	 .key_names = "Right", .help = "move right in the field"},
	{.action = UI_ACT_FIRST_COLUMN, .scope = UI_SCOPE_FORM, .keys = {KEY_HOME, CTRL('a')},
	 .key_names = "Home Ctrl-A", .help = "start of the field"},
	{.action = UI_ACT_LAST_COLUMN, .scope = UI_SCOPE_FORM, .keys = {KEY_END, CTRL('e')},
	 .key_names = "End Ctrl-E", .help = "end of the field"},
	{.action = UI_ACT_FORM_BACKSPACE, .scope = UI_SCOPE_FORM, .keys = {KEY_BACKSPACE, 127, 8},
	 .key_names = "Backspace", .help = "delete the character before the cursor"},
	{.action = UI_ACT_FORM_DELETE, .scope = UI_SCOPE_FORM, .keys = {KEY_DC, CTRL('d')},
	 .key_names = "Delete Ctrl-D", .help = "delete the character under the cursor"},
	{.action = UI_ACT_FORM_CLEAR, .scope = UI_SCOPE_FORM, .keys = {CTRL('u')},
	 .key_names = "Ctrl-U", .help = "clear the field"},
	{.action = UI_ACT_FOLD, .scope = UI_SCOPE_QIPP_GROUPS, .keys = {' ', 'o'},
	 .key_names = "Space o", .bar = "Fold", .bar_key = "Spc",
	 .help = "fold or unfold the selected programme's schemes (its totals stay)"},
	{.action = UI_ACT_FOLD_ALL, .scope = UI_SCOPE_QIPP_GROUPS, .keys = {'O'},
	 .key_names = "O", .help = "fold or unfold every programme"},
	{.action = UI_ACT_SEARCH, .scope = UI_SCOPE_QIPP_GROUPS, .keys = {'/'},
	 .key_names = "/", .help = "search programmes and schemes (name, code, owner) as you type"},
	{.action = UI_ACT_SEARCH_NEXT, .scope = UI_SCOPE_QIPP_GROUPS, .keys = {'n'},
	 .key_names = "n", .help = "next match"},
	{.action = UI_ACT_SEARCH_PREV, .scope = UI_SCOPE_QIPP_GROUPS, .keys = {'N'},
	 .key_names = "N", .help = "previous match"},
	{.action = UI_ACT_FILTER, .scope = UI_SCOPE_QIPP_GROUPS, .keys = {'f'},
	 .key_names = "f", .help = "show one organisation's programmes (its name); empty shows all"},
	{.action = UI_ACT_FY_PREV, .scope = UI_SCOPE_QIPP, .keys = {'['},
	 .key_names = "[", .help = "the financial year before (the report month moves with it)"},
	{.action = UI_ACT_FY_NEXT, .scope = UI_SCOPE_QIPP, .keys = {']'},
	 .key_names = "]", .bar = "Year", .bar_key = "[ ]", .help = "the financial year after"},
	{.action = UI_ACT_MONTH_PREV, .scope = UI_SCOPE_QIPP, .keys = {'<', ','},
	 .key_names = "< ,", .help = "report month a month earlier (YTD and forecast as of then)"},
	{.action = UI_ACT_MONTH_NEXT, .scope = UI_SCOPE_QIPP, .keys = {'>', '.'},
	 .key_names = "> .", .bar = "Month", .bar_key = "< >", .help = "report month a month later"},
	{.action = UI_ACT_QIPP_EDIT, .scope = UI_SCOPE_QIPP, .keys = {'e'},
	 .key_names = "e", .bar = "Type", .bar_key = "e",
	 .help = "type a month's forecast and actual (the report month, or the selected one)"},
};

const int ui_key_table_size = (int)(sizeof(ui_key_table) / sizeof(ui_key_table[0]));
_Static_assert(sizeof(ui_key_table) / sizeof(ui_key_table[0]) <= UI_KEY_ROWS_MAX,
	       "the key table outgrew UI_KEY_ROWS_MAX");

const char *ui_scope_name(unsigned scope_bit)
{
	switch (scope_bit) {
	case UI_SCOPE_GLOBAL:
		return "Everywhere";
	case UI_SCOPE_MOVE:
		return "Lists";
	case UI_SCOPE_FIND:
		return "Finding";
	case UI_SCOPE_DRILL:
	case UI_SCOPE_BACK:
		return "Opening";
	case UI_SCOPE_GANTT:
		return "Gantt";
	case UI_SCOPE_RISKS:
		return "Risks";
	case UI_SCOPE_CELLS:
		return "Heat map";
	case UI_SCOPE_FORM:
		return "Forms";
	case UI_SCOPE_QIPP:
		return "QIPP";
	case UI_SCOPE_QIPP_GROUPS:
		return "QIPP groups";
	case UI_SCOPE_PLAN:
		return "Plan editing (e on a project's row)";
	case UI_SCOPE_PROGRAMMES:
		return "Programmes";
	default:
		return "";
	}
}
