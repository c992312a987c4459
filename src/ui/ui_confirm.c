/* The confirmation view: a question, what the keys do, and one key to answer it. */
#include "config.h"

#include <stdlib.h>

#include "ui_confirm.h"
#include "ui_draw.h"

/* The question asked, until the view opens and takes it. */
static struct ui_confirm pending;

void ui_confirm_ask(struct ui_ctx *ctx, const struct ui_confirm *c)
{
	pending = *c;
	ctx->push_ops = &ui_confirm_ops;
	ctx->push_arg = 0;
}

static enum pmwb_status confirm_open(struct ui_ctx *ctx, long long arg, void **state,
				     struct pmwb_error *e)
{
	struct ui_confirm *c = malloc(sizeof(*c));

	(void)ctx;
	(void)arg;
	if (!c)
		return err_set(e, PMWB_NOMEM, "out of memory asking for a confirmation");
	*c = pending;
	*state = c;
	return PMWB_OK;
}

static void confirm_close(void *state)
{
	free(state);
}

static void confirm_draw(void *state, struct ui_ctx *ctx, struct ui_rect r)
{
	struct ui_confirm *c = state;
	int y = r.y + 2;

	(void)ctx;
	ui_put(r.y, r.x, r.w, ui_attr(UI_ROLE_GROUP), c->title);
	y += ui_wrap(y, r.x + 1, r.w - 2, r.h - 5, A_BOLD, c->question);
	ui_wrap(y + 1, r.x + 1, r.w - 2, 2, 0, c->keys);
}

static int confirm_key(void *state, struct ui_ctx *ctx, int key, int is_char, struct ui_rect r)
{
	struct ui_confirm *c = state;
	int flags;

	(void)r;
	/* The key bar's q and ? do what it says; any other key answers no. */
	switch (ui_key_action(key, UI_SCOPE_GLOBAL)) {
	case UI_ACT_QUIT:
	case UI_ACT_HELP:
		return -1;
	default:
		break;
	}
	if (!is_char || key != c->yes_key) {
		ui_message(ctx, "%s", c->no_message);
		return UI_POP;
	}
	flags = c->on_yes(ctx, c->data);
	/* Asked again: the new question replaces this one rather than opening over it. */
	if (ctx->push_ops == &ui_confirm_ops) {
		ctx->push_ops = NULL;
		*c = pending;
		return UI_REDRAW;
	}
	return flags | UI_POP;
}

static int confirm_action(void *state, struct ui_ctx *ctx, enum ui_action a, struct ui_rect r)
{
	(void)state;
	(void)ctx;
	(void)a;
	(void)r;
	return UI_NONE;
}

static int confirm_reload(void *state, struct ui_ctx *ctx)
{
	(void)state;
	(void)ctx;
	return UI_REDRAW;
}

static const char *confirm_title(void *state)
{
	struct ui_confirm *c = state;

	return c->title;
}

const struct ui_view_ops ui_confirm_ops = {
	.name = "Confirm",
	.scope = 0,
	.open = confirm_open,
	.close = confirm_close,
	.reload = confirm_reload,
	.draw = confirm_draw,
	.action = confirm_action,
	.key = confirm_key,
	.title = confirm_title,
	.help = "A question before something that cannot be taken back: the key it names "
		"answers yes, any other key keeps everything as it is.",
};
