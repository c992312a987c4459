/* The help pane, generated from the key table so that it always says what the keys do. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "ui_draw.h"
#include "ui_view.h"

struct help_view {
	unsigned scope; /* of the view help was opened from: its keys come first */
	int top;
	int lines;
};

static const unsigned scope_order[] = {UI_SCOPE_GLOBAL, UI_SCOPE_MOVE, UI_SCOPE_DRILL,
				       UI_SCOPE_BACK, UI_SCOPE_FIND, UI_SCOPE_PROGRAMMES,
				       UI_SCOPE_GANTT, UI_SCOPE_PLAN, UI_SCOPE_RISKS, UI_SCOPE_CELLS,
				       UI_SCOPE_QIPP_GROUPS, UI_SCOPE_QIPP, UI_SCOPE_FORM};
#define N_SCOPES (int)(sizeof(scope_order) / sizeof(scope_order[0]))

/* Line i of the help text, or 0 past the end: a heading per scope, then its keys. */
static int help_line(const struct help_view *v, int i, char *key, size_t key_size,
		     const char **text, int *heading)
{
	int n = 0;

	(void)v;
	for (int s = 0; s < N_SCOPES; s++) {
		/* "Opening" covers both DRILL and BACK: one heading. */
		if (scope_order[s] != UI_SCOPE_BACK) {
			if (s > 0) {
				if (n++ == i) {
					key[0] = '\0';
					*text = "";
					*heading = 0;
					return 1;
				}
			}
			if (n++ == i) {
				snprintf(key, key_size, "%s", ui_scope_name(scope_order[s]));
				*text = "";
				*heading = 1;
				return 1;
			}
		}
		for (int k = 0; k < ui_key_table_size; k++) {
			/* An entry of several scopes is listed under each. */
			if (!(ui_key_table[k].scope & scope_order[s]))
				continue;
			if (n++ == i) {
				ui_key_entry_names(&ui_key_table[k], key, key_size);
				*text = ui_key_table[k].help;
				*heading = 0;
				return 1;
			}
		}
	}
	return 0;
}

static void help_draw(void *state, struct ui_ctx *ctx, struct ui_rect r)
{
	struct help_view *v = state;
	const char *text;
	char key[64];
	int heading, y = r.y;

	(void)ctx;
	v->lines = 0;
	while (help_line(v, v->lines, key, sizeof(key), &text, &heading))
		v->lines++;
	ui_put(y++, r.x, r.w, ui_attr(UI_ROLE_GROUP),
	       "Keys (from pmwb's one key table). Esc or ? closes this help.");
	for (int i = v->top; y < r.y + r.h && help_line(v, i, key, sizeof(key), &text, &heading); i++, y++) {
		if (heading) {
			ui_put(y, r.x, r.w, ui_attr(UI_ROLE_HEADER), key);
			continue;
		}
		ui_put_pad(y, r.x + 2, 16, A_BOLD, key, 0);
		ui_put(y, r.x + 19, r.w - 19, 0, text);
	}
}

static int help_action(void *state, struct ui_ctx *ctx, enum ui_action a, struct ui_rect r)
{
	struct help_view *v = state;
	int max = v->lines - (r.h - 1) > 0 ? v->lines - (r.h - 1) : 0;

	(void)ctx;
	switch (a) {
	case UI_ACT_UP:
		v->top--;
		break;
	case UI_ACT_DOWN:
		v->top++;
		break;
	case UI_ACT_PAGE_UP:
	case UI_ACT_HALF_UP:
		v->top -= a == UI_ACT_PAGE_UP ? r.h - 1 : r.h / 2;
		break;
	case UI_ACT_PAGE_DOWN:
	case UI_ACT_HALF_DOWN:
		v->top += a == UI_ACT_PAGE_DOWN ? r.h - 1 : r.h / 2;
		break;
	case UI_ACT_TOP:
		v->top = 0;
		break;
	case UI_ACT_BOTTOM:
		v->top = max;
		break;
	case UI_ACT_ENTER:
		return UI_POP;
	default:
		return UI_NONE;
	}
	if (v->top > max)
		v->top = max;
	if (v->top < 0)
		v->top = 0;
	return UI_REDRAW;
}

static int help_reload(void *state, struct ui_ctx *ctx)
{
	(void)state;
	(void)ctx;
	return UI_REDRAW;
}

static enum pmwb_status help_open(struct ui_ctx *ctx, long long arg, void **state,
				  struct pmwb_error *e)
{
	struct help_view *v = calloc(1, sizeof(*v));

	(void)ctx;
	if (!v)
		return err_set(e, PMWB_NOMEM, "out of memory opening the help");
	v->scope = (unsigned)arg;
	*state = v;
	return PMWB_OK;
}

static void help_close(void *state)
{
	free(state);
}

static const char *help_title(void *state)
{
	(void)state;
	return "Help";
}

const struct ui_view_ops ui_help_ops = {
	.name = "Help",
	.scope = UI_SCOPE_MOVE | UI_SCOPE_BACK,
	.open = help_open,
	.close = help_close,
	.reload = help_reload,
	.draw = help_draw,
	.action = help_action,
	.title = help_title,
	.help = "This list of keys.",
};
