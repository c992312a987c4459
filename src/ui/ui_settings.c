/* The settings view (C): the shared settings of the file, from the one table in
 * pmwb/settings.h, each with its value, range and help, changed in place (checked by the same
 * rule as `pmwb config set`, audited); the file's other shared rules, its risk bands and the
 * status words that close a risk, which their imports change; and the person's own
 * preferences, read-only here since they live in their file. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmwb/prefs.h"
#include "pmwb/risk.h"
#include "pmwb/settings.h"
#include "pmwb/store_risk_status.h"
#include "pmwb/store_settings.h"
#include "pmwb/store_threshold.h"
#include "ui_draw.h"
#include "ui_form.h"
#include "ui_undo_kinds.h"
#include "ui_view.h"

#define RULE_LINES (RISK_MAX_BANDS + 2)

struct settings_view {
	int cur;         /* the selected row: shared settings, then preferences, then bindings */
	int top;         /* the first line shown, when they do not all fit */
	int editing;     /* a shared setting's value is being typed */
	struct ui_form form;
	/* The bands and the closing words, as text read when the view opens or reloads. */
	char rule[RULE_LINES][PMWB_ERR_MSG_MAX + 160];
	int nrules;
};

/* What a line of the view is: rows are selectable, the rest is read. */
enum line_kind { LINE_BLANK, LINE_HEADING, LINE_TEXT, LINE_ROW };

struct line {
	enum line_kind kind;
	int row;          /* LINE_ROW: the row's index */
	const char *text; /* LINE_HEADING, LINE_TEXT */
};

#define MAX_LINES (SETTING_COUNT + PREF_COUNT + PREFS_BINDINGS_MAX + RULE_LINES + 8)

static int row_count(const struct ui_ctx *ctx)
{
	return SETTING_COUNT + PREF_COUNT + (ctx->prefs ? ctx->prefs->nbindings : 0);
}

static void setting_value(const struct ui_ctx *ctx, int id, char *buf, size_t size)
{
	char v[32];

	settings_format((enum setting_id)id, ctx->info.settings.value[id], v, sizeof(v));
	if (strcmp(settings_unit((enum setting_id)id), "%") == 0)
		snprintf(buf, size, "%s%%", v);
	else
		snprintf(buf, size, "%s", v);
}

/* Row i as three columns and the help shown when it is selected. */
static void row_text(const struct ui_ctx *ctx, int i, char *name, char *value, char *range,
		     size_t size, const char **help)
{
	static const struct pmwb_prefs defaults;
	const struct pmwb_prefs *p = ctx->prefs ? ctx->prefs : &defaults;

	range[0] = '\0';
	if (i < SETTING_COUNT) {
		snprintf(name, size, "%s", settings_def((enum setting_id)i)->name);
		setting_value(ctx, i, value, size);
		settings_range((enum setting_id)i, range, size);
		*help = settings_def((enum setting_id)i)->help;
		return;
	}
	i -= SETTING_COUNT;
	if (i < PREF_COUNT) {
		snprintf(name, size, "%s", prefs_name((enum pref_id)i));
		prefs_value_word(p, (enum pref_id)i, value, size);
		snprintf(range, size, "%s", prefs_words((enum pref_id)i));
		*help = prefs_help((enum pref_id)i);
		return;
	}
	i -= PREF_COUNT;
	const struct pref_binding *b = &p->binding[i];
	snprintf(name, size, "bind %s", b->action);
	value[0] = '\0';
	for (int k = 0; k < b->nkeys; k++) {
		size_t used = strlen(value);
		snprintf(value + used, size - used, "%s%s", k ? " " : "", b->keys[k]);
	}
	*help = "a key binding of your own (the help pane, ?, shows the keys as they are now)";
}

static void load_rules(struct settings_view *v, struct ui_ctx *ctx)
{
	struct pmwb_error e;
	struct risk_bands bands;
	char words[120];
	int count;

	err_clear(&e);
	v->nrules = 0;
	if (store_threshold_bands(ctx->st, &bands, &e) != PMWB_OK) {
		snprintf(v->rule[v->nrules++], sizeof(v->rule[0]), "%s", e.msg);
	} else {
		for (int b = 0; b < bands.n; b++)
			snprintf(v->rule[v->nrules++], sizeof(v->rule[0]), "%-10s %2d-%-2d  %s%s",
				 bands.band[b].name, bands.band[b].min_score,
				 bands.band[b].max_score, bands.band[b].authority,
				 bands.band[b].escalated ? " (escalated)" : "");
	}
	err_clear(&e);
	if (store_risk_status_words(ctx->st, "closed", words, sizeof(words), &count, &e) !=
	    PMWB_OK)
		snprintf(v->rule[v->nrules++], sizeof(v->rule[0]), "%s", e.msg);
	else
		snprintf(v->rule[v->nrules++], sizeof(v->rule[0]),
			 "%d status words close a risk: %s", count, words);
}

/* The view as lines, in order; returns how many. */
static int layout(const struct settings_view *v, const struct ui_ctx *ctx, struct line *l,
		  char *prefs_heading, size_t size)
{
	int n = 0, rows = row_count(ctx);

	l[n++] = (struct line){LINE_HEADING, 0,
			       "Shared settings: in the file, for everyone (Enter changes one)"};
	for (int i = 0; i < SETTING_COUNT; i++)
		l[n++] = (struct line){LINE_ROW, i, NULL};
	l[n++] = (struct line){LINE_BLANK, 0, NULL};
	l[n++] = (struct line){LINE_HEADING, 0,
			       "Risk bands and closing words (pmwb import thresholds, statuses)"};
	for (int i = 0; i < v->nrules; i++)
		l[n++] = (struct line){LINE_TEXT, 0, v->rule[i]};
	l[n++] = (struct line){LINE_BLANK, 0, NULL};
	snprintf(prefs_heading, size, "Your preferences: %s (read when pmwb starts)",
		 ctx->prefs && ctx->prefs->path[0] ? ctx->prefs->shown : "no preferences file");
	l[n++] = (struct line){LINE_HEADING, 0, prefs_heading};
	for (int i = SETTING_COUNT; i < rows; i++)
		l[n++] = (struct line){LINE_ROW, i, NULL};
	return n;
}

static void draw_row(struct settings_view *v, struct ui_ctx *ctx, int y, struct ui_rect r, int i,
		     const char **sel_help)
{
	char name[64], value[64], range[96];
	const char *help = "";

	row_text(ctx, i, name, value, range, sizeof(name), &help);
	attr_t a = ui_attr(i == v->cur ? UI_ROLE_SELECTED : UI_ROLE_NORMAL);
	ui_fill(y, r.x, r.w, a);
	ui_put_pad(y, r.x + 1, 22, a, name, 0);
	ui_put_pad(y, r.x + 24, 12, a, value, 0);
	ui_put(y, r.x + 37, r.w - 37, a | (i == v->cur ? 0 : ui_attr(UI_ROLE_DIM)), range);
	if (i == v->cur)
		*sel_help = help;
}

static void settings_draw(void *state, struct ui_ctx *ctx, struct ui_rect r)
{
	struct settings_view *v = state;
	struct line l[MAX_LINES];
	char prefs_heading[PREFS_PATH_MAX + 64];
	const char *sel_help = "";
	int n = layout(v, ctx, l, prefs_heading, sizeof(prefs_heading));
	int list_h = r.h - 4, sel = 0, y = r.y;

	for (int i = 0; i < n; i++)
		if (l[i].kind == LINE_ROW && l[i].row == v->cur)
			sel = i;
	/* Keep the selected row on screen, with its section's heading when it fits. */
	if (sel < v->top)
		v->top = sel > 0 && l[sel - 1].kind == LINE_HEADING ? sel - 1 : sel;
	if (sel >= v->top + list_h)
		v->top = sel - list_h + 1;
	if (v->top > n - list_h)
		v->top = n - list_h > 0 ? n - list_h : 0;
	for (int i = v->top; i < n && y < r.y + list_h; i++, y++) {
		if (l[i].kind == LINE_HEADING)
			ui_put(y, r.x, r.w, ui_attr(UI_ROLE_HEADER), l[i].text);
		else if (l[i].kind == LINE_TEXT)
			ui_put(y, r.x + 1, r.w - 1, 0, l[i].text);
		else if (l[i].kind == LINE_ROW)
			draw_row(v, ctx, y, r, l[i].row, &sel_help);
	}
	y = r.y + list_h + 1;
	if (v->editing) {
		struct ui_rect fr = {y, r.x + 1, 1, r.w - 2};
		ui_form_draw(&v->form, fr, 10);
		ui_put(y + 1, r.x + 1, r.w - 2, ui_attr(UI_ROLE_DIM),
		       "Enter or F2 saves for everyone using the file; Esc leaves it as it was");
		return;
	}
	ui_wrap(y, r.x + 1, r.w - 2, r.y + r.h - y, ui_attr(UI_ROLE_DIM), sel_help);
}

static void start_edit(struct settings_view *v, struct ui_ctx *ctx)
{
	char value[64];

	settings_format((enum setting_id)v->cur, ctx->info.settings.value[v->cur], value,
			sizeof(value));
	memset(&v->form, 0, sizeof(v->form));
	ui_form_add(&v->form, settings_def((enum setting_id)v->cur)->name, 32, value);
	ui_form_focus(&v->form, 0);
	v->editing = 1;
}

static int save(struct settings_view *v, struct ui_ctx *ctx)
{
	struct pmwb_error e;
	char text[64], before[64], after[64];
	enum setting_id id = (enum setting_id)v->cur;
	struct ui_undo_setting was, now;

	err_clear(&e);
	ui_form_trimmed(&v->form, 0, text, sizeof(text));
	setting_value(ctx, id, before, sizeof(before));
	if (ui_undo_setting_read(ctx, id, &was, &e) != PMWB_OK ||
	    store_settings_set(ctx->st, id, text, &e) != PMWB_OK ||
	    store_session_info(ctx->st, &ctx->info, &e) != PMWB_OK) {
		ui_error(ctx, &e);
		return UI_REDRAW; /* still typing: the value can be mended */
	}
	if (ui_undo_setting_read(ctx, id, &now, &e) == PMWB_OK)
		ui_undo_push(&ui_undo_setting, &was, &now, 0);
	v->editing = 0;
	ctx->generation++;
	ctx->data_generation++;
	setting_value(ctx, id, after, sizeof(after));
	ui_message(ctx, "%s is now %s (was %s), for everyone using %s", settings_def(id)->name,
		   after, before, ctx->db_label);
	return UI_REDRAW;
}

static int settings_key(void *state, struct ui_ctx *ctx, int key, int is_char, struct ui_rect r)
{
	struct settings_view *v = state;
	enum ui_form_event ev;

	(void)r;
	if (!v->editing)
		return -1;
	if (key == '\r' || key == '\n' || (!is_char && key == KEY_ENTER))
		return save(v, ctx);
	ev = ui_form_key(&v->form, key, is_char);
	if (ev == UI_FORM_SAVE)
		return save(v, ctx);
	if (ev == UI_FORM_CANCEL) {
		v->editing = 0;
		ui_message(ctx, "%s left as it was",
			   settings_def((enum setting_id)v->cur)->name);
		return UI_REDRAW;
	}
	return ev == UI_FORM_IGNORED ? UI_NONE : UI_REDRAW;
}

static int settings_action(void *state, struct ui_ctx *ctx, enum ui_action a, struct ui_rect r)
{
	struct settings_view *v = state;
	struct pmwb_error e;
	int n = row_count(ctx);

	(void)r;
	switch (a) {
	case UI_ACT_UP:
		v->cur = v->cur > 0 ? v->cur - 1 : 0;
		return UI_REDRAW;
	case UI_ACT_DOWN:
		v->cur = v->cur < n - 1 ? v->cur + 1 : n - 1;
		return UI_REDRAW;
	case UI_ACT_TOP:
		v->cur = 0;
		return UI_REDRAW;
	case UI_ACT_BOTTOM:
		v->cur = n - 1;
		return UI_REDRAW;
	case UI_ACT_ENTER:
		if (v->cur >= SETTING_COUNT) {
			ui_message(ctx, "your preferences are changed in %s, and read when pmwb starts",
				   ctx->prefs && ctx->prefs->path[0] ? ctx->prefs->shown
								    : "$XDG_CONFIG_HOME/pmwb/config");
			return UI_REDRAW;
		}
		err_clear(&e);
		if (ui_check_writable(ctx, &e) != PMWB_OK) {
			ui_error(ctx, &e);
			return UI_REDRAW;
		}
		start_edit(v, ctx);
		return UI_REDRAW;
	default:
		return UI_NONE;
	}
}

static int settings_reload(void *state, struct ui_ctx *ctx)
{
	load_rules(state, ctx);
	return UI_REDRAW;
}

static enum pmwb_status settings_open(struct ui_ctx *ctx, long long arg, void **state,
				      struct pmwb_error *e)
{
	struct settings_view *v = calloc(1, sizeof(*v));

	(void)arg;
	if (!v)
		return err_set(e, PMWB_NOMEM, "out of memory opening the settings");
	load_rules(v, ctx);
	*state = v;
	return PMWB_OK;
}

static void settings_close(void *state)
{
	free(state);
}

static unsigned settings_bar_scope(void *state)
{
	const struct settings_view *v = state;
	return v->editing ? UI_SCOPE_FORM : UI_SCOPE_MOVE | UI_SCOPE_DRILL | UI_SCOPE_BACK;
}

static const char *settings_title(void *state)
{
	(void)state;
	return "Settings";
}

const struct ui_view_ops ui_settings_ops = {
	.name = "Settings",
	.scope = UI_SCOPE_MOVE | UI_SCOPE_DRILL | UI_SCOPE_BACK,
	.open = settings_open,
	.close = settings_close,
	.reload = settings_reload,
	.draw = settings_draw,
	.action = settings_action,
	.key = settings_key,
	.bar_scope = settings_bar_scope,
	.title = settings_title,
	.help = "The shared settings and your preferences.",
};
