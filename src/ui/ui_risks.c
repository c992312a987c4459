/* The Risks pane: the risk register: scores, bands, heat map and escalation.  Not built yet (issue 5); this
 * file is its place in the shell, behind the same view interface as every other pane, so
 * the issue replaces this file and nothing else. */
#include "config.h"

#include <stdlib.h>

#include "pmwb/ui_draw.h"
#include "pmwb/ui_view.h"

static enum pmwb_status risks_open(struct ui_ctx *ctx, long long arg, void **state,
				  struct pmwb_error *e)
{
	(void)ctx;
	(void)arg;
	(void)e;
	*state = NULL;
	return PMWB_OK;
}

static void risks_close(void *state)
{
	(void)state;
}

static int risks_reload(void *state, struct ui_ctx *ctx)
{
	(void)state;
	(void)ctx;
	return UI_REDRAW;
}

static void risks_draw(void *state, struct ui_ctx *ctx, struct ui_rect r)
{
	(void)state;
	(void)ctx;
	ui_put(r.y + 1, r.x + 2, r.w - 4, ui_attr(UI_ROLE_DIM),
	       "The Risks pane is not built yet (issue 5).");
}

static int risks_action(void *state, struct ui_ctx *ctx, enum ui_action a, struct ui_rect r)
{
	(void)state;
	(void)ctx;
	(void)a;
	(void)r;
	return UI_NONE;
}

const struct ui_view_ops ui_risks_ops = {
	.name = "Risks",
	.scope = 0,
	.open = risks_open,
	.close = risks_close,
	.reload = risks_reload,
	.draw = risks_draw,
	.action = risks_action,
	.help = "Not built yet (issue 5).",
};
