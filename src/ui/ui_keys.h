/* The one key table: every action, its keys, its key-bar label and its help text.  The key
 * bar and the help pane are generated from it, so they cannot drift from what the keys do. */
#ifndef PMWB_UI_KEYS_H
#define PMWB_UI_KEYS_H

#include <stddef.h>

/* Which views an entry applies to; a view's ops.scope is a mask of these. */
enum ui_scope {
	UI_SCOPE_GLOBAL = 1 << 0, /* everywhere */
	UI_SCOPE_MOVE = 1 << 1,   /* lists: up, down, pages, top, bottom */
	UI_SCOPE_FIND = 1 << 2,   /* search, filter, sort */
	UI_SCOPE_DRILL = 1 << 3,  /* Enter opens, Esc goes back */
	UI_SCOPE_GANTT = 1 << 4,  /* fold, zoom, scroll quarters, move today */
	UI_SCOPE_BACK = 1 << 5,   /* pushed views: Esc closes */
	UI_SCOPE_RISKS = 1 << 6,  /* the risk register: edit, undo, heat map, escalation */
	UI_SCOPE_CELLS = 1 << 7,  /* the heat map: move across cells */
	UI_SCOPE_FORM = 1 << 8,   /* forms: fields, save, cancel (typed text goes in the field) */
	UI_SCOPE_QIPP = 1 << 9,   /* QIPP pane and scheme view: year, report month, typing a month */
	UI_SCOPE_QIPP_GROUPS = 1 << 10, /* the QIPP pane: fold and search programmes */
	UI_SCOPE_PLAN = 1 << 11,  /* the Gantt grid while editing a plan (e): before the others */
	UI_SCOPE_PROGRAMMES = 1 << 12,  /* the Programmes pane: add, edit, delete */
	UI_SCOPE_MILESTONES = 1 << 13,  /* a project's milestones (m on the Gantt) */
	/* where edits are made: undo and redo */
	UI_SCOPE_EDITS = UI_SCOPE_PROGRAMMES | UI_SCOPE_GANTT | UI_SCOPE_PLAN | UI_SCOPE_RISKS |
			 UI_SCOPE_QIPP | UI_SCOPE_MILESTONES,
};

enum ui_action {
	UI_ACT_NONE,
	UI_ACT_QUIT,
	UI_ACT_HELP,
	UI_ACT_PANE1,
	UI_ACT_PANE2,
	UI_ACT_PANE3,
	UI_ACT_PANE4,
	UI_ACT_NEXT_PANE,
	UI_ACT_PREV_PANE,
	UI_ACT_REDRAW,
	UI_ACT_RELOAD,
	UI_ACT_UP,
	UI_ACT_DOWN,
	UI_ACT_PAGE_UP,
	UI_ACT_PAGE_DOWN,
	UI_ACT_HALF_UP,
	UI_ACT_HALF_DOWN,
	UI_ACT_TOP,
	UI_ACT_BOTTOM,
	UI_ACT_ENTER,
	UI_ACT_BACK,
	UI_ACT_SEARCH,
	UI_ACT_SEARCH_NEXT,
	UI_ACT_SEARCH_PREV,
	UI_ACT_FILTER,
	UI_ACT_SORT,
	UI_ACT_SORT_REVERSE,
	UI_ACT_LEFT,
	UI_ACT_RIGHT,
	UI_ACT_FIRST_COLUMN,
	UI_ACT_LAST_COLUMN,
	UI_ACT_FOLD,
	UI_ACT_FOLD_ALL,
	UI_ACT_ZOOM,
	UI_ACT_DETAIL,
	UI_ACT_TODAY_NEXT,
	UI_ACT_TODAY_PREV,
	UI_ACT_TODAY_SHOW,
	UI_ACT_RISK_ADD,
	UI_ACT_RISK_EDIT,
	UI_ACT_RISK_CLOSE,
	UI_ACT_UNDO,
	UI_ACT_REDO,
	UI_ACT_HEATMAP,
	UI_ACT_ESCALATION,
	UI_ACT_FORM_NEXT,
	UI_ACT_FORM_PREV,
	UI_ACT_FORM_SAVE,
	UI_ACT_FORM_CANCEL,
	UI_ACT_FORM_BACKSPACE,
	UI_ACT_FORM_DELETE,
	UI_ACT_FORM_CLEAR,
	UI_ACT_FY_PREV,
	UI_ACT_FY_NEXT,
	UI_ACT_MONTH_PREV,
	UI_ACT_MONTH_NEXT,
	UI_ACT_QIPP_EDIT,
	UI_ACT_PLAN_EDIT,
	UI_ACT_PHASE_S, /* ... to UI_ACT_PHASE_R in the order of "SDPIR" */
	UI_ACT_PHASE_D,
	UI_ACT_PHASE_P,
	UI_ACT_PHASE_I,
	UI_ACT_PHASE_R,
	UI_ACT_PHASE_CLEAR,
	UI_ACT_PHASE_EARLIER,
	UI_ACT_PHASE_LATER,
	UI_ACT_PHASE_STRETCH,
	UI_ACT_PHASE_SHRINK,
	UI_ACT_PROG_ADD,
	UI_ACT_PROG_EDIT,
	UI_ACT_PROG_DELETE,
	UI_ACT_SETTINGS,
	UI_ACT_PROJ_ADD,
	UI_ACT_PROJ_EDIT,
	UI_ACT_PROJ_DELETE,
	UI_ACT_MILESTONES,
	UI_ACT_MS_ADD,
	UI_ACT_MS_EDIT,
	UI_ACT_MS_DONE,
	UI_ACT_MS_DELETE,
	UI_ACT_COUNT
};

#define UI_KEYS_PER_ACTION 4
/* The most rows the key table may have (ui_keys.c checks it when compiling). */
#define UI_KEY_ROWS_MAX 256

struct ui_key_binding {
	enum ui_action action;
	unsigned scope;
	int keys[UI_KEYS_PER_ACTION]; /* curses key codes or characters; 0 ends the list */
	const char *key_names;        /* as the help pane prints them, e.g. "j Down" */
	const char *bar;              /* key-bar label, NULL: help pane only */
	const char *bar_key;          /* the key shown before the bar label */
	const char *help;
};

extern const struct ui_key_binding ui_key_table[];
extern const int ui_key_table_size;

/* The action a key means in a view with this scope mask (UI_ACT_NONE when none). */
enum ui_action ui_key_action(int key, unsigned scope);

/* The name a preferences file's `bind` gives an action ("down", "form-save"); every action
 * has one (a unit test holds it so). */
const char *ui_action_name(enum ui_action a);
/* UI_ACT_NONE when no action has the name. */
enum ui_action ui_action_named(const char *name);

/* A key as people write it and as `bind` reads it: "j", "Down", "Ctrl-U", "F2", "Space". */
void ui_key_name(int key, char *buf, size_t size);
/* The key a name means (case does not matter past one character); -1 when none. */
int ui_key_parse(const char *name);

struct pmwb_prefs;
/* Applies a person's bindings (ui_key_action, the key bar and the help pane then follow
 * them): each action bound gets exactly the keys given, in every view where it applies, and
 * a key bound to an action stops meaning anything else where the two meet.  A binding that
 * names no action or no key is skipped; the first is described in problem as
 * "FILE:LINE: sentence" (problem untouched when all were good).  Returns how many were
 * skipped. */
int ui_keys_bind(const struct pmwb_prefs *p, char *problem, size_t size);
/* Back to the table's own keys. */
void ui_keys_unbind(void);

/* An entry's keys as they are now, for the help pane ("j Down") and the key bar ("j"). */
void ui_key_entry_names(const struct ui_key_binding *b, char *buf, size_t size);
void ui_key_entry_bar_key(const struct ui_key_binding *b, char *buf, size_t size);

/* Line i of the key table as a document (the help pane, `pmwb keys`): a blank line and a
 * heading per scope, then its entries with their keys as bound; 0 past the end. */
enum { UI_KEYS_LINE_BLANK, UI_KEYS_LINE_HEADING, UI_KEYS_LINE_KEY };
int ui_keys_help_line(int i, char *key, size_t key_size, const char **text, int *kind);

/* The scope's name for the help pane ("Everywhere", "Lists", ...). */
const char *ui_scope_name(unsigned scope_bit);

#endif
