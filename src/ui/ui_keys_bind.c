/* The keys as the person has them: the key table's, with the bindings of their preferences
 * file laid over it.  Names of actions and keys, for `bind` and for the help pane, live here
 * too, so that what a file may say and what the help shows are one list. */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "pmwb/prefs.h"
#include "pmwb/ui.h"
#include "ui_keys.h"

#define N_ROWS ((size_t)ui_key_table_size)

static const char *const action_names[UI_ACT_COUNT] = {
	[UI_ACT_QUIT] = "quit", [UI_ACT_HELP] = "help", [UI_ACT_PANE1] = "pane-1",
	[UI_ACT_PANE2] = "pane-2", [UI_ACT_PANE3] = "pane-3", [UI_ACT_PANE4] = "pane-4",
	[UI_ACT_NEXT_PANE] = "next-pane", [UI_ACT_PREV_PANE] = "previous-pane",
	[UI_ACT_REDRAW] = "redraw", [UI_ACT_RELOAD] = "reload", [UI_ACT_UP] = "up",
	[UI_ACT_DOWN] = "down", [UI_ACT_PAGE_UP] = "page-up", [UI_ACT_PAGE_DOWN] = "page-down",
	[UI_ACT_HALF_UP] = "half-page-up", [UI_ACT_HALF_DOWN] = "half-page-down",
	[UI_ACT_TOP] = "top", [UI_ACT_BOTTOM] = "bottom", [UI_ACT_ENTER] = "open",
	[UI_ACT_BACK] = "back", [UI_ACT_SEARCH] = "search", [UI_ACT_SEARCH_NEXT] = "search-next",
	[UI_ACT_SEARCH_PREV] = "search-previous", [UI_ACT_FILTER] = "filter",
	[UI_ACT_SORT] = "sort", [UI_ACT_SORT_REVERSE] = "sort-reverse", [UI_ACT_LEFT] = "left",
	[UI_ACT_RIGHT] = "right",
	[UI_ACT_FIRST_COLUMN] = "first-column", [UI_ACT_LAST_COLUMN] = "last-column",
	[UI_ACT_FOLD] = "fold", [UI_ACT_FOLD_ALL] = "fold-all", [UI_ACT_ZOOM] = "zoom",
	[UI_ACT_DETAIL] = "detail", [UI_ACT_TODAY_NEXT] = "today-later",
	[UI_ACT_TODAY_PREV] = "today-earlier", [UI_ACT_TODAY_SHOW] = "today-show",
	[UI_ACT_RISK_ADD] = "risk-add", [UI_ACT_RISK_EDIT] = "risk-edit",
	[UI_ACT_RISK_CLOSE] = "risk-close", [UI_ACT_UNDO] = "undo", [UI_ACT_REDO] = "redo",
	[UI_ACT_HEATMAP] = "heat-map", [UI_ACT_ESCALATION] = "escalation",
	[UI_ACT_FORM_NEXT] = "form-next", [UI_ACT_FORM_PREV] = "form-previous",
	[UI_ACT_FORM_SAVE] = "form-save", [UI_ACT_FORM_CANCEL] = "form-cancel",
	[UI_ACT_FORM_BACKSPACE] = "form-backspace", [UI_ACT_FORM_DELETE] = "form-delete",
	[UI_ACT_FORM_CLEAR] = "form-clear", [UI_ACT_FY_PREV] = "year-earlier",
	[UI_ACT_FY_NEXT] = "year-later", [UI_ACT_MONTH_PREV] = "month-earlier",
	[UI_ACT_MONTH_NEXT] = "month-later", [UI_ACT_QIPP_EDIT] = "qipp-type",
	[UI_ACT_PLAN_EDIT] = "plan-edit", [UI_ACT_PHASE_S] = "phase-scope",
	[UI_ACT_PHASE_D] = "phase-design", [UI_ACT_PHASE_P] = "phase-procure",
	[UI_ACT_PHASE_I] = "phase-implement", [UI_ACT_PHASE_R] = "phase-review",
	[UI_ACT_PHASE_CLEAR] = "phase-clear", [UI_ACT_PHASE_EARLIER] = "phase-earlier",
	[UI_ACT_PHASE_LATER] = "phase-later", [UI_ACT_PHASE_STRETCH] = "phase-stretch",
	[UI_ACT_PHASE_SHRINK] = "phase-shrink", [UI_ACT_PROG_ADD] = "programme-add",
	[UI_ACT_PROG_EDIT] = "programme-edit", [UI_ACT_PROG_DELETE] = "programme-delete",
	[UI_ACT_SETTINGS] = "settings", [UI_ACT_PROJ_ADD] = "project-add",
	[UI_ACT_PROJ_EDIT] = "project-edit", [UI_ACT_PROJ_DELETE] = "project-delete",
	[UI_ACT_MILESTONES] = "milestones", [UI_ACT_MS_ADD] = "milestone-add",
	[UI_ACT_MS_EDIT] = "milestone-edit", [UI_ACT_MS_DONE] = "milestone-done",
	[UI_ACT_MS_DELETE] = "milestone-delete",
};

const char *ui_action_name(enum ui_action a)
{
	return (unsigned)a < UI_ACT_COUNT ? action_names[a] : NULL;
}

const char *ui_bindable_action(int i)
{
	return i >= 0 && i + 1 < UI_ACT_COUNT ? action_names[i + 1] : NULL;
}

enum ui_action ui_action_named(const char *name)
{
	for (int a = 1; a < UI_ACT_COUNT; a++)
		if (action_names[a] && strcasecmp(action_names[a], name) == 0)
			return (enum ui_action)a;
	return UI_ACT_NONE;
}

/* Keys with a name of more than one character; the first name of a code is the one shown. */
static const struct {
	int key;
	const char *name;
} named_keys[] = {
	{' ', "Space"},         {'\t', "Tab"},         {'\r', "Enter"},
	{'\n', "Enter"},        {KEY_ENTER, "Enter"},  {27, "Esc"},
	{KEY_BACKSPACE, "Backspace"}, {127, "Backspace"}, {8, "Backspace"},
	{KEY_UP, "Up"},         {KEY_DOWN, "Down"},    {KEY_LEFT, "Left"},
	{KEY_RIGHT, "Right"},   {KEY_PPAGE, "PgUp"},   {KEY_NPAGE, "PgDn"},
	{KEY_HOME, "Home"},     {KEY_END, "End"},      {KEY_DC, "Delete"},
	{KEY_IC, "Insert"},     {KEY_BTAB, "Shift-Tab"},
};
#define N_NAMED (int)(sizeof(named_keys) / sizeof(named_keys[0]))

void ui_key_name(int key, char *buf, size_t size)
{
	for (int i = 0; i < N_NAMED; i++)
		if (named_keys[i].key == key) {
			snprintf(buf, size, "%s", named_keys[i].name);
			return;
		}
	if (key >= KEY_F(1) && key <= KEY_F(24))
		snprintf(buf, size, "F%d", key - KEY_F(0));
	else if (key > 0 && key < 32)
		snprintf(buf, size, "Ctrl-%c", key + '@');
	else if (key > 32 && key < 127)
		snprintf(buf, size, "%c", key);
	else
		snprintf(buf, size, "#%d", key);
}

int ui_key_parse(const char *name)
{
	int n;

	if (name[0] && !name[1])
		return (unsigned char)name[0] > 32 && (unsigned char)name[0] < 127 ? name[0] : -1;
	for (int i = 0; i < N_NAMED; i++)
		if (strcasecmp(named_keys[i].name, name) == 0)
			return named_keys[i].key;
	if ((name[0] == 'F' || name[0] == 'f') && sscanf(name + 1, "%d", &n) == 1 && n >= 1 &&
	    n <= 24) {
		char back[8];
		snprintf(back, sizeof(back), "%d", n);
		return strcmp(back, name + 1) == 0 ? KEY_F(n) : -1;
	}
	if (strncasecmp(name, "Ctrl-", 5) == 0 && name[5] && !name[6]) {
		int c = name[5] >= 'a' && name[5] <= 'z' ? name[5] - 32 : name[5];
		return c >= '@' && c <= '_' ? c - '@' : -1;
	}
	return -1;
}

/* The keys of each row of the table as they are now. */
static int row_keys[UI_KEY_ROWS_MAX][UI_KEYS_PER_ACTION];
static int rebound; /* row_keys differs from the table somewhere */

void ui_keys_unbind(void)
{
	for (size_t r = 0; r < N_ROWS; r++)
		memcpy(row_keys[r], ui_key_table[r].keys, sizeof(row_keys[r]));
	rebound = 0;
}

static const int *keys_of(size_t row)
{
	return rebound ? row_keys[row] : ui_key_table[row].keys;
}

enum ui_action ui_key_action(int key, unsigned scope)
{
	for (size_t i = 0; i < N_ROWS; i++) {
		const int *keys = keys_of(i);
		if (!(ui_key_table[i].scope & scope))
			continue;
		for (int k = 0; k < UI_KEYS_PER_ACTION && keys[k]; k++)
			if (keys[k] == key)
				return ui_key_table[i].action;
	}
	return UI_ACT_NONE;
}

/* Two rows meet when one view can see both: a shared scope, or a global one. */
static int rows_meet(size_t a, size_t b)
{
	unsigned sa = ui_key_table[a].scope, sb = ui_key_table[b].scope;
	return (sa & sb) || ((sa | sb) & UI_SCOPE_GLOBAL);
}

static void drop_key(size_t row, int key)
{
	int *keys = row_keys[row], n = 0;

	for (int k = 0; k < UI_KEYS_PER_ACTION; k++)
		if (keys[k] && keys[k] != key)
			keys[n++] = keys[k];
	while (n < UI_KEYS_PER_ACTION)
		keys[n++] = 0;
}

static void bind_action(enum ui_action a, const int *keys, int nkeys)
{
	for (size_t r = 0; r < N_ROWS; r++) {
		if (ui_key_table[r].action != a)
			continue;
		memset(row_keys[r], 0, sizeof(row_keys[r]));
		memcpy(row_keys[r], keys, (size_t)nkeys * sizeof(int));
		for (size_t o = 0; o < N_ROWS; o++)
			if (ui_key_table[o].action != a && rows_meet(r, o))
				for (int k = 0; k < nkeys; k++)
					drop_key(o, keys[k]);
	}
}

static void bad_binding(const struct pmwb_prefs *p, const struct pref_binding *b, char *problem,
			size_t size, int *bad, const char *msg)
{
	if ((*bad)++ == 0)
		snprintf(problem, size, "%s:%d: %s", p->shown, b->line, msg);
}

int ui_keys_bind(const struct pmwb_prefs *p, char *problem, size_t size)
{
	int bad = 0;

	ui_keys_unbind();
	for (int i = 0; i < p->nbindings; i++) {
		const struct pref_binding *b = &p->binding[i];
		enum ui_action a = ui_action_named(b->action);
		int keys[UI_KEYS_PER_ACTION], n = 0;
		char msg[200];

		if (a == UI_ACT_NONE) {
			snprintf(msg, sizeof(msg),
				 "no action is called '%s' (pmwb config --help lists them)",
				 b->action);
			bad_binding(p, b, problem, size, &bad, msg);
			continue;
		}
		for (int k = 0; k < b->nkeys; k++) {
			int key = ui_key_parse(b->keys[k]);
			if (key < 0) {
				snprintf(msg, sizeof(msg),
					 "no key is called '%s' (keys are written j, Down, Ctrl-U, "
					 "F2, Space, Enter, Esc ...)",
					 b->keys[k]);
				bad_binding(p, b, problem, size, &bad, msg);
				n = -1;
				break;
			}
			keys[n++] = key;
		}
		if (n > 0) {
			bind_action(a, keys, n);
			rebound = 1;
		}
	}
	return bad;
}

static int row_of(const struct ui_key_binding *b)
{
	return (int)(b - ui_key_table);
}

static int row_changed(size_t row)
{
	return rebound && memcmp(row_keys[row], ui_key_table[row].keys, sizeof(row_keys[row])) != 0;
}

void ui_key_entry_names(const struct ui_key_binding *b, char *buf, size_t size)
{
	size_t row = (size_t)row_of(b), used = 0;
	char last[32] = "";

	if (!row_changed(row)) {
		snprintf(buf, size, "%s", b->key_names);
		return;
	}
	buf[0] = '\0';
	for (int k = 0; k < UI_KEYS_PER_ACTION && row_keys[row][k]; k++) {
		char name[32];
		ui_key_name(row_keys[row][k], name, sizeof(name));
		/* Enter is three codes and Backspace three: one name each. */
		if (strcmp(name, last) == 0)
			continue;
		snprintf(last, sizeof(last), "%s", name);
		if (used < size)
			used += (size_t)snprintf(buf + used, size - used, "%s%s", used ? " " : "",
						 name);
	}
	if (!buf[0])
		snprintf(buf, size, "(none)");
}

void ui_key_entry_bar_key(const struct ui_key_binding *b, char *buf, size_t size)
{
	size_t row = (size_t)row_of(b);

	if (!row_changed(row))
		snprintf(buf, size, "%s", b->bar_key ? b->bar_key : "");
	else if (row_keys[row][0])
		ui_key_name(row_keys[row][0], buf, size);
	else
		buf[0] = '\0';
}
