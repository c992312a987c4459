/* The session's undo journal (ui_undo.h): the steps saved, how many of them are applied,
 * and u and Ctrl-R moving through them. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "pmwb/store.h"
#include "ui_undo.h"

/* steps[0..applied) can be undone, the newest last; steps[applied..n) redone. */
static struct {
	struct ui_undo_step steps[UI_UNDO_STEPS];
	int n, applied;
	int lost; /* out of memory once: the journal was emptied */
} journal;

static void step_free(struct ui_undo_step *s)
{
	free(s->before);
	free(s->after);
	memset(s, 0, sizeof(*s));
}

static void drop_from(int first)
{
	while (journal.n > first)
		step_free(&journal.steps[--journal.n]);
	if (journal.applied > journal.n)
		journal.applied = journal.n;
}

void ui_undo_free(void)
{
	drop_from(0);
	journal.lost = 0;
}

static void *copy(const void *rec, size_t size, int *failed)
{
	void *p;

	if (!rec)
		return NULL;
	if (!(p = malloc(size))) {
		*failed = 1;
		return NULL;
	}
	return memcpy(p, rec, size);
}

void ui_undo_push(const struct ui_undo_kind *kind, const void *before, const void *after,
		  long long mark)
{
	struct ui_undo_step s = {.kind = kind, .mark = mark};
	int failed = 0;

	/* A save that changed nothing (the same value typed again) is no step. */
	if (before && after && !memcmp(before, after, kind->size))
		return;
	drop_from(journal.applied);
	if (journal.n == UI_UNDO_STEPS) {
		step_free(&journal.steps[0]);
		memmove(&journal.steps[0], &journal.steps[1],
			(UI_UNDO_STEPS - 1) * sizeof(journal.steps[0]));
		journal.n--;
	}
	s.before = copy(before, kind->size, &failed);
	s.after = copy(after, kind->size, &failed);
	if (failed) {
		step_free(&s);
		ui_undo_free();
		journal.lost = 1;
		return;
	}
	journal.steps[journal.n++] = s;
	journal.applied = journal.n;
}

int ui_undo_count(int redo)
{
	return redo ? journal.n - journal.applied : journal.applied;
}

static long long *id_of(const struct ui_undo_kind *k, void *rec)
{
	return (long long *)((char *)rec + k->id_offset);
}

/* A record added again has a new id: every step about it follows. */
static void renumber(const struct ui_undo_kind *k, long long was, long long now)
{
	for (int i = 0; i < journal.n; i++) {
		struct ui_undo_step *s = &journal.steps[i];
		if (s->kind != k)
			continue;
		if (s->before && *id_of(k, s->before) == was)
			*id_of(k, s->before) = now;
		if (s->after && *id_of(k, s->after) == was)
			*id_of(k, s->after) = now;
	}
}

static int nothing(struct ui_ctx *ctx, int undo)
{
	if (journal.lost && !journal.n)
		ui_message(ctx, "nothing to %s: the journal was emptied when memory ran out",
			   undo ? "undo" : "redo");
	else if (undo && journal.n == 1)
		ui_message(ctx, "the one change of this session is undone; Ctrl-R redoes it");
	else if (undo && journal.n)
		ui_message(ctx, "all %d changes of this session are undone; Ctrl-R redoes them",
			   journal.n);
	else if (undo)
		ui_message(ctx, "nothing to undo: no change has been made in this session");
	else
		ui_message(ctx, "nothing to redo: u undoes the last change, then Ctrl-R redoes it");
	return UI_REDRAW;
}

int ui_undo_act(struct ui_ctx *ctx, enum ui_action a)
{
	int undo = a == UI_ACT_UNDO;
	struct ui_undo_step *s;
	struct pmwb_error e;
	enum pmwb_status status;
	const void *from;
	void *to;
	long long was = 0;
	char what[200];

	err_clear(&e);
	if (ui_check_writable(ctx, &e) != PMWB_OK) {
		ui_error(ctx, &e);
		return UI_REDRAW;
	}
	if (undo ? journal.applied == 0 : journal.applied == journal.n)
		return nothing(ctx, undo);
	s = &journal.steps[undo ? journal.applied - 1 : journal.applied];
	from = undo ? s->after : s->before;
	to = undo ? s->before : s->after;
	s->kind->describe(from, to, what, sizeof(what));
	if (to)
		was = *id_of(s->kind, to);
	store_audit_replay(ctx->st, undo ? "undo" : "redo", what);
	status = s->kind->apply(ctx, s, from, to, &e);
	store_audit_replay(ctx->st, NULL, NULL);
	if (status == PMWB_STALE) {
		ui_message(ctx, "cannot %s %s: someone else has changed it since, so nothing was "
				"changed and the step is kept; R shows their change",
			   undo ? "undo" : "redo", what);
		ctx->message_is_error = 1;
		ctx->generation++;
		return UI_REDRAW;
	}
	if (status != PMWB_OK) {
		ui_message(ctx, "cannot %s %s: %s", undo ? "undo" : "redo", what, e.msg);
		ctx->message_is_error = 1;
		return UI_REDRAW;
	}
	if (to && *id_of(s->kind, to) != was)
		renumber(s->kind, was, *id_of(s->kind, to));
	journal.applied += undo ? -1 : 1;
	/* Every pane re-reads, forgetting what it remembered (a programme's summaries); the
	 * plan's span or a setting may have changed. */
	if (store_session_info(ctx->st, &ctx->info, &e) != PMWB_OK)
		ui_error(ctx, &e);
	ctx->generation++;
	ctx->data_generation++;
	s->kind->show(ctx, to ? to : from, !to);
	ui_message(ctx, "%s: %s; %s", undo ? "undone" : "redone", what,
		   undo ? "Ctrl-R redoes it" : "u undoes it");
	return UI_REDRAW;
}
