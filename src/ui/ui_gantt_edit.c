/* The Gantt grid's edits: the phase letters at the quarter cursor, clearing it, moving,
 * stretching and shrinking the phase under it, each a step of the session's undo journal
 * (ui_undo.c).  The plan is changed by core/phase.c and saved by store/store_phase_edit.c;
 * this file says what happened on the message line. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pmwb/store_phase_edit.h"
#include "ui_gantt_edit.h"
#include "ui_undo_kinds.h"

/* What an overlap refusal says the phase would have done. */
static const char *const done[] = {
	[UI_ACT_PHASE_EARLIER] = "moved earlier",
	[UI_ACT_PHASE_LATER] = "moved later",
	[UI_ACT_PHASE_STRETCH] = "stretched",
};

static const char *const verbs[] = {
	[UI_ACT_PHASE_CLEAR] = "clear",     [UI_ACT_PHASE_EARLIER] = "move",
	[UI_ACT_PHASE_LATER] = "move",      [UI_ACT_PHASE_STRETCH] = "stretch",
	[UI_ACT_PHASE_SHRINK] = "shrink",
};

void gantt_edit_describe(const struct phase_span *s, char *buf, size_t size)
{
	char a[16], b[16];

	fy_quarter_format(s->start_q, a, sizeof(a));
	fy_quarter_format(s->end_q, b, sizeof(b));
	if (s->start_q == s->end_q)
		snprintf(buf, size, "%s (%s)", phase_name(s->letter), a);
	else if (fy_quarter_fy(s->start_q) == fy_quarter_fy(s->end_q))
		snprintf(buf, size, "%s (%s-Q%d)", phase_name(s->letter), a, fy_quarter_num(s->end_q));
	else
		snprintf(buf, size, "%s (%s-%s)", phase_name(s->letter), a, b);
}

/* The row's phases as the screen shows them: what the change is made to, and what the
 * store checks is still so.  A row holds the first STORE_PLAN_PHASES; a longer plan is read
 * whole. */
static enum pmwb_status shown_plan(struct ui_ctx *ctx, const struct store_gantt_project *p,
				   struct phase_plan *out, struct pmwb_error *e)
{
	if (p->n_phases >= STORE_PLAN_PHASES)
		return store_phase_plan_load(ctx->st, p->id, out, e);
	memset(out, 0, sizeof(*out));
	for (int i = 0; i < p->n_phases; i++)
		out->ph[out->n++] = (struct phase_span){p->phase[i].letter, p->phase[i].start_q,
							 p->phase[i].end_q};
	return PMWB_OK;
}

static enum phase_edit apply(struct phase_plan *p, fy_quarter q, enum ui_action a, int *other)
{
	static const char letters[] = "SDPIR";

	*other = -1;
	switch (a) {
	case UI_ACT_PHASE_CLEAR:
		return phase_plan_clear(p, q);
	case UI_ACT_PHASE_EARLIER:
	case UI_ACT_PHASE_LATER:
		return phase_plan_shift(p, q, a == UI_ACT_PHASE_LATER ? 1 : -1, 0, other);
	case UI_ACT_PHASE_STRETCH:
	case UI_ACT_PHASE_SHRINK:
		return phase_plan_shift(p, q, a == UI_ACT_PHASE_STRETCH ? 1 : -1, 1, other);
	default:
		return phase_plan_set(p, q, letters[a - UI_ACT_PHASE_S]);
	}
}

/* Why the change was not made, as one sentence. */
static void explain(struct ui_ctx *ctx, enum phase_edit r, const struct phase_plan *p,
		    fy_quarter q, enum ui_action a, int other)
{
	char quarter[16], mine[64] = "", theirs[64];
	int i = phase_plan_at(p, q);

	fy_quarter_format(q, quarter, sizeof(quarter));
	if (i >= 0)
		gantt_edit_describe(&p->ph[i], mine, sizeof(mine));
	if (r == PHASE_EDIT_SAME) {
		ui_message(ctx, "%s is already %s; nothing changed", quarter,
			   phase_name(p->ph[i].letter));
	} else if (r == PHASE_EDIT_NONE) {
		ui_message(ctx, "no phase in %s to %s: put the cursor on a phase's bar", quarter,
			   verbs[a]);
	} else if (r == PHASE_EDIT_SHORT) {
		ui_message(ctx, "%s lasts one quarter and cannot shrink: x clears it", mine);
	} else if (r == PHASE_EDIT_OVERLAP) {
		gantt_edit_describe(&p->ph[other], theirs, sizeof(theirs));
		ui_message(ctx, "%s %s would overlap its %s: not saved; move or "
				"clear that one first",
			   mine, done[a], theirs);
	} else {
		ui_message(ctx, "not saved: a project may have at most %d phases; clear one first",
			   PHASE_PLAN_MAX);
	}
	ctx->message_is_error = 1;
}

/* What the change did, with the way back. */
static void confirm(struct ui_ctx *ctx, const char *name, const struct phase_plan *p,
		    fy_quarter q, enum ui_action a)
{
	char quarter[16], now[64];
	int i = phase_plan_at(p, q);

	fy_quarter_format(q, quarter, sizeof(quarter));
	if (a == UI_ACT_PHASE_CLEAR || i < 0)
		ui_message(ctx, "%s: %s cleared; u undoes it", name, quarter);
	else {
		gantt_edit_describe(&p->ph[i], now, sizeof(now));
		ui_message(ctx, "%s: %s now; u undoes it", name, now);
	}
}

/* After a save: every pane re-reads, and the plan's span may have grown. */
static void saved(struct ui_ctx *ctx)
{
	struct pmwb_error e;

	err_clear(&e);
	if (store_session_info(ctx->st, &ctx->info, &e) != PMWB_OK)
		ui_error(ctx, &e);
	ctx->generation++;
}

/* The change as a step of the undo journal. */
static void remember(const struct store_gantt_project *p, const struct phase_plan *before,
		     const struct phase_plan *after)
{
	struct ui_undo_phases was = {.project_id = p->id, .programme_id = p->programme_id};
	struct ui_undo_phases now;

	snprintf(was.name, sizeof(was.name), "%s", p->name);
	now = was;
	was.plan = *before;
	now.plan = *after;
	ui_undo_push(&ui_undo_phases, &was, &now, 0);
}

int gantt_edit_change(struct gantt_edit *ed, struct ui_ctx *ctx, enum ui_action a,
		      const struct gantt_row *row)
{
	struct phase_plan before, after;
	struct pmwb_error e;
	enum phase_edit r;
	int other;

	err_clear(&e);
	if (ui_check_writable(ctx, &e) != PMWB_OK) {
		ui_error(ctx, &e);
		return UI_REDRAW;
	}
	if (!row || row->kind != GANTT_PROJECT) {
		ui_message(ctx, "move to a project's row to change its phases");
		return UI_REDRAW;
	}
	if (shown_plan(ctx, &row->proj, &before, &e) != PMWB_OK) {
		ui_error(ctx, &e);
		return UI_REDRAW;
	}
	after = before;
	r = apply(&after, ed->cur, a, &other);
	if (r != PHASE_EDIT_OK) {
		explain(ctx, r, &after, ed->cur, a, other);
		return UI_REDRAW;
	}
	if (store_phase_plan_save(ctx->st, row->proj.id, &before, &after,
				  a < UI_ACT_PHASE_CLEAR ? "set" : verbs[a], &e) != PMWB_OK) {
		/* The grid re-reads: a colleague's change is then on screen. */
		ctx->generation++;
		ui_error(ctx, &e);
		return UI_REDRAW;
	}
	remember(&row->proj, &before, &after);
	if (a == UI_ACT_PHASE_EARLIER || a == UI_ACT_PHASE_LATER)
		ed->cur += a == UI_ACT_PHASE_LATER ? 1 : -1;
	confirm(ctx, row->proj.name, &after, ed->cur, a);
	saved(ctx);
	return UI_REDRAW;
}
