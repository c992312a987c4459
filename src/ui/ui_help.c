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

static void help_draw(void *state, struct ui_ctx *ctx, struct ui_rect r)
{
	struct help_view *v = state;
	const char *text;
	char key[64];
	int kind, y = r.y;

	(void)ctx;
	v->lines = 0;
	while (ui_keys_help_line(v->lines, key, sizeof(key), &text, &kind))
		v->lines++;
	ui_put(y++, r.x, r.w, ui_attr(UI_ROLE_GROUP),
	       "Keys (from pmwb's one key table). Esc or ? closes this help.");
	for (int i = v->top;
	     y < r.y + r.h && ui_keys_help_line(i, key, sizeof(key), &text, &kind); i++, y++) {
		if (kind == UI_KEYS_LINE_HEADING) {
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
