/* The settings view (C): the shared settings of the file, from the one table in
 * pmwb/settings.h, each with its value, range and help, changed in place (checked by the same
 * rule as `pmwb config set`, audited); and the person's own preferences, read-only here since
 * they live in their file. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmwb/prefs.h"
#include "pmwb/settings.h"
#include "pmwb/store_settings.h"
#include "ui_draw.h"
#include "ui_form.h"
#include "ui_view.h"

struct settings_view {
	int cur;         /* the selected row: shared settings, then preferences, then bindings */
	int editing;     /* a shared setting's value is being typed */
	struct ui_form form;
};

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

static void heading(int y, struct ui_rect r, const char *text)
{
	ui_put(y, r.x, r.w, ui_attr(UI_ROLE_HEADER), text);
}

static void settings_draw(void *state, struct ui_ctx *ctx, struct ui_rect r)
{
	struct settings_view *v = state;
	char name[64], value[64], range[96], line[PMWB_ERR_MSG_MAX + PREFS_PATH_MAX];
	const char *help = "", *sel_help = "";
	int y = r.y, n = row_count(ctx);

	for (int i = 0; i < n && y < r.y + r.h - 4; i++) {
		if (i == 0)
			heading(y++, r, "Shared settings: in the file, for everyone (Enter changes one)");
		if (i == SETTING_COUNT) {
			y++;
			snprintf(line, sizeof(line), "Your preferences: %s (read when pmwb starts)",
				 ctx->prefs && ctx->prefs->path[0] ? ctx->prefs->shown
								  : "no preferences file");
			heading(y++, r, line);
		}
		row_text(ctx, i, name, value, range, sizeof(name), &help);
		attr_t a = ui_attr(i == v->cur ? UI_ROLE_SELECTED : UI_ROLE_NORMAL);
		ui_fill(y, r.x, r.w, a);
		ui_put_pad(y, r.x + 1, 22, a, name, 0);
		ui_put_pad(y, r.x + 24, 12, a, value, 0);
		ui_put(y, r.x + 37, r.w - 37, a | (i == v->cur ? 0 : ui_attr(UI_ROLE_DIM)), range);
		if (i == v->cur)
			sel_help = help;
		y++;
	}
	y++;
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

	err_clear(&e);
	ui_form_trimmed(&v->form, 0, text, sizeof(text));
	setting_value(ctx, id, before, sizeof(before));
	if (store_settings_set(ctx->st, id, text, &e) != PMWB_OK ||
	    store_session_info(ctx->st, &ctx->info, &e) != PMWB_OK) {
		ui_error(ctx, &e);
		return UI_REDRAW; /* still typing: the value can be mended */
	}
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
	(void)state;
	(void)ctx;
	return UI_REDRAW;
}

static enum pmwb_status settings_open(struct ui_ctx *ctx, long long arg, void **state,
				      struct pmwb_error *e)
{
	struct settings_view *v = calloc(1, sizeof(*v));

	(void)ctx;
	(void)arg;
	if (!v)
		return err_set(e, PMWB_NOMEM, "out of memory opening the settings");
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
