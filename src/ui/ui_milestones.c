/* A project's milestones over the Gantt (ui_milestones.h).  A project has a handful, so the
 * view reads them whole, up to MAX_SHOWN (it says so when there are more). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmwb/store_milestone_edit.h"
#include "pmwb/store_project_edit.h"
#include "pmwb/text.h"
#include "ui_confirm.h"
#include "ui_draw.h"
#include "ui_milestones.h"
#include "ui_undo_kinds.h"

#define MAX_SHOWN 200

struct ms_view {
	long long project_id;
	char title[STORE_NAME_MAX + STORE_CODE_MAX + 32];
	struct store_milestone_record item[MAX_SHOWN];
	int n, more, sel, top, overdue;
};

static enum pmwb_status load(struct ms_view *v, struct ui_ctx *ctx, long long keep_id,
			     struct pmwb_error *e)
{
	if (!keep_id && v->sel < v->n)
		keep_id = v->item[v->sel].id;
	if (store_milestone_list(ctx->st, v->project_id, ctx->today_month, v->item, MAX_SHOWN,
				 &v->n, &v->more, e) != PMWB_OK)
		return e->status;
	v->overdue = 0;
	for (int i = 0; i < v->n; i++) {
		v->overdue += v->item[i].overdue;
		if (v->item[i].id == keep_id)
			v->sel = i;
	}
	if (v->sel >= v->n)
		v->sel = v->n ? v->n - 1 : 0;
	return PMWB_OK;
}

static enum pmwb_status ms_open(struct ui_ctx *ctx, long long arg, void **state,
				struct pmwb_error *e)
{
	struct ms_view *v = calloc(1, sizeof(*v));
	struct store_project_record *p = malloc(sizeof(*p));

	if (!v || !p) {
		free(v);
		free(p);
		return err_set(e, PMWB_NOMEM, "out of memory opening the milestones");
	}
	v->project_id = arg;
	if (store_project_load(ctx->st, arg, p, e) != PMWB_OK || load(v, ctx, 0, e) != PMWB_OK) {
		free(p);
		free(v);
		return e->status;
	}
	snprintf(v->title, sizeof(v->title), "Milestones of %s (%s)", p->name, p->programme_code);
	free(p);
	*state = v;
	return PMWB_OK;
}

static void ms_close(void *state)
{
	free(state);
}

static int ms_reload(void *state, struct ui_ctx *ctx)
{
	struct ms_view *v = state;
	struct pmwb_error e;

	err_clear(&e);
	if (load(v, ctx, ui_msform_take_focus(), &e) != PMWB_OK)
		ui_error(ctx, &e);
	return UI_REDRAW;
}

static void ms_draw(void *state, struct ui_ctx *ctx, struct ui_rect r)
{
	struct ms_view *v = state;
	int h = r.h - 4, due_w = 18, status_w = 12;
	int name_w = r.w - due_w - status_w - 4;
	char buf[64];

	(void)ctx;
	ui_put(r.y, r.x, r.w, ui_attr(UI_ROLE_GROUP), v->title);
	if (v->overdue) {
		snprintf(buf, sizeof(buf), " %s %d overdue", ui_glyph(UI_G_OVERDUE), v->overdue);
		ui_put(r.y, r.x + r.w - ui_text_width(buf) - 1, ui_text_width(buf) + 1,
		       ui_attr(UI_ROLE_OVERDUE), buf);
	}
	ui_put_pad(r.y + 1, r.x + 2, due_w, ui_attr(UI_ROLE_HEADER), "Due", 0);
	ui_put_pad(r.y + 1, r.x + 3 + due_w, name_w, ui_attr(UI_ROLE_HEADER), "Milestone", 0);
	ui_put_pad(r.y + 1, r.x + 4 + due_w + name_w, status_w, ui_attr(UI_ROLE_HEADER), "Status", 0);
	if (!v->n) {
		ui_put(r.y + 2, r.x + 2, r.w - 2, ui_attr(UI_ROLE_DIM),
		       "No milestones yet: a adds one; Esc goes back to the Gantt.");
		return;
	}
	if (v->sel < v->top)
		v->top = v->sel;
	if (h > 0 && v->sel >= v->top + h)
		v->top = v->sel - h + 1;
	for (int i = v->top; i < v->n && i < v->top + h; i++) {
		const struct store_milestone_record *m = &v->item[i];
		int y = r.y + 2 + i - v->top, sel = i == v->sel;
		attr_t a = ui_attr(sel ? UI_ROLE_SELECTED : UI_ROLE_NORMAL);

		ui_fill(y, r.x, r.w, a);
		ui_put(y, r.x, 1, m->overdue ? ui_attr(UI_ROLE_OVERDUE) : ui_attr(UI_ROLE_MILESTONE),
		       ui_glyph(m->overdue ? UI_G_OVERDUE : UI_G_MILESTONE));
		ui_put_pad(y, r.x + 2, due_w, a, m->due_text[0] ? m->due_text : "(no date)", 0);
		ui_put_pad(y, r.x + 3 + due_w, name_w, a, m->name, 0);
		ui_put_pad(y, r.x + 4 + due_w + name_w, status_w,
			   m->overdue ? ui_attr(UI_ROLE_OVERDUE) : a,
			   m->done ? "done" : m->overdue ? "OVERDUE" : "", 0);
	}
	if (v->more)
		ui_put(r.y + r.h - 2, r.x + 2, r.w - 2, ui_attr(UI_ROLE_DIM),
		       "More milestones than shown: the first 200 by due date.");
}

/* Deleting: the milestone as it was when D was pressed. */
static struct store_milestone_record doomed;

static int delete_yes(struct ui_ctx *ctx, void *data)
{
	struct pmwb_error e;

	(void)data;
	err_clear(&e);
	if (ui_check_writable(ctx, &e) != PMWB_OK ||
	    store_milestone_delete(ctx->st, &doomed, &e) != PMWB_OK) {
		ctx->generation++;
		ui_error(ctx, &e);
		return UI_REDRAW;
	}
	ctx->generation++;
	ctx->data_generation++;
	ui_message(ctx, "deleted milestone %s", doomed.name);
	return UI_REDRAW;
}

static int toggle_done(struct ui_ctx *ctx, const struct store_milestone_record *m)
{
	struct pmwb_error e;

	err_clear(&e);
	if (ui_check_writable(ctx, &e) != PMWB_OK ||
	    store_milestone_set_done(ctx->st, m, !m->done, &e) != PMWB_OK) {
		/* A colleague's change is then on screen. */
		ctx->generation++;
		ui_error(ctx, &e);
		return UI_REDRAW;
	}
	ui_undo_milestone_saved(ctx, m, m->id);
	ctx->generation++;
	ctx->data_generation++;
	ui_message(ctx, "milestone %s is %s; x again %s", m->name, m->done ? "not done" : "done",
		   m->done ? "marks it done" : "undoes it");
	return UI_REDRAW;
}

static int ms_action(void *state, struct ui_ctx *ctx, enum ui_action a, struct ui_rect r)
{
	struct ms_view *v = state;
	struct store_milestone_record *m = v->n ? &v->item[v->sel] : NULL;
	struct ui_confirm c = {.yes_key = 'y', .on_yes = delete_yes};
	struct pmwb_error e;
	int page = r.h - 4 > 1 ? r.h - 4 : 1;

	switch (a) {
	case UI_ACT_UP:
	case UI_ACT_DOWN:
	case UI_ACT_PAGE_UP:
	case UI_ACT_PAGE_DOWN:
	case UI_ACT_HALF_UP:
	case UI_ACT_HALF_DOWN:
		v->sel += (a == UI_ACT_UP ? -1 : a == UI_ACT_DOWN ? 1 : a == UI_ACT_PAGE_UP ? -page
			   : a == UI_ACT_PAGE_DOWN ? page : a == UI_ACT_HALF_UP ? -page / 2 : page / 2);
		break;
	case UI_ACT_TOP:
		v->sel = 0;
		break;
	case UI_ACT_BOTTOM:
		v->sel = v->n - 1;
		break;
	case UI_ACT_MS_ADD:
		ctx->push_ops = &ui_msform_ops;
		ctx->push_arg = -v->project_id;
		return UI_REDRAW;
	case UI_ACT_MS_EDIT:
	case UI_ACT_MS_DONE:
	case UI_ACT_MS_DELETE:
		if (!m) {
			ui_message(ctx, "the project has no milestones yet: a adds one");
			return UI_REDRAW;
		}
		err_clear(&e);
		if (ui_check_writable(ctx, &e) != PMWB_OK) {
			ui_error(ctx, &e);
			return UI_REDRAW;
		}
		if (a == UI_ACT_MS_DONE)
			return toggle_done(ctx, m);
		if (a == UI_ACT_MS_EDIT) {
			ctx->push_ops = &ui_msform_ops;
			ctx->push_arg = m->id;
			return UI_REDRAW;
		}
		doomed = *m;
		snprintf(c.title, sizeof(c.title), "Delete a milestone");
		snprintf(c.question, sizeof(c.question), "Delete milestone %s%s%s%s?", m->name,
			 m->due_text[0] ? " (due " : "", m->due_text, m->due_text[0] ? ")" : "");
		snprintf(c.keys, sizeof(c.keys),
			 "y deletes it (u cannot undo that); any other key keeps it");
		snprintf(c.no_message, sizeof(c.no_message), "not deleted: milestone %.100s is as it was",
			 m->name);
		ui_confirm_ask(ctx, &c);
		return UI_REDRAW;
	default:
		return UI_NONE;
	}
	if (v->sel >= v->n)
		v->sel = v->n - 1;
	if (v->sel < 0)
		v->sel = 0;
	return UI_REDRAW;
}

static const char *ms_title(void *state)
{
	(void)state;
	return "Milestones";
}

const struct ui_view_ops ui_milestones_ops = {
	.name = "Milestones",
	.scope = UI_SCOPE_MOVE | UI_SCOPE_BACK | UI_SCOPE_MILESTONES,
	.open = ms_open,
	.close = ms_close,
	.reload = ms_reload,
	.draw = ms_draw,
	.action = ms_action,
	.title = ms_title,
	.help = "A project's milestones by due date: done, or overdue when not done and due "
		"before today.",
};
