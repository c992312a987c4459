/* The QIPP pane: QIPP savings: plan, forecast and actual with RAG.  Not built yet (issue 6); this
 * file is its place in the shell, behind the same view interface as every other pane, so
 * the issue replaces this file and nothing else. */
#include "config.h"

#include <stdlib.h>

#include "pmwb/ui_draw.h"
#include "pmwb/ui_view.h"

static enum pmwb_status qipp_open(struct ui_ctx *ctx, long long arg, void **state,
				  struct pmwb_error *e)
{
	(void)ctx;
	(void)arg;
	(void)e;
	*state = NULL;
	return PMWB_OK;
}

static void qipp_close(void *state)
{
	(void)state;
}

static int qipp_reload(void *state, struct ui_ctx *ctx)
{
	(void)state;
	(void)ctx;
	return UI_REDRAW;
}

static void qipp_draw(void *state, struct ui_ctx *ctx, struct ui_rect r)
{
	(void)state;
	(void)ctx;
	ui_put(r.y + 1, r.x + 2, r.w - 4, ui_attr(UI_ROLE_DIM),
	       "The QIPP pane is not built yet (issue 6).");
}

static int qipp_action(void *state, struct ui_ctx *ctx, enum ui_action a, struct ui_rect r)
{
	(void)state;
	(void)ctx;
	(void)a;
	(void)r;
	return UI_NONE;
}

const struct ui_view_ops ui_qipp_ops = {
	.name = "QIPP",
	.scope = 0,
	.open = qipp_open,
	.close = qipp_close,
	.reload = qipp_reload,
	.draw = qipp_draw,
	.action = qipp_action,
	.help = "Not built yet (issue 6).",
};
