/* The undo journal on its own, with a kind of its own (a number per record, kept here as
 * "the database"): undo and redo walk the steps, a new step clears the redos, the oldest
 * step goes past UI_UNDO_STEPS, a record added again is renumbered in every step about it,
 * and a stale refusal keeps the step.  No terminal: the message line is ctx.message. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "pmwb/store.h"
#include "ui_undo.h"

struct rec {
	long long id;
	int value;
};

/* "The database": value by id (0: no record); ids are never reused. */
static int db[400];
static long long next_id = 1;
static int stale_id; /* apply refuses this record as changed by someone else */

static void describe(const void *a, const void *b, char *buf, size_t size)
{
	const struct rec *from = a, *to = b;

	if (!from || !to)
		snprintf(buf, size, "%s", from ? "removed" : "added");
	else
		snprintf(buf, size, "value %d -> %d", from->value, to->value);
}

static enum pmwb_status apply(struct ui_ctx *ctx, struct ui_undo_step *s, const void *f,
			      void *t, struct pmwb_error *e)
{
	const struct rec *from = f;
	struct rec *to = t;

	(void)ctx;
	(void)s;
	if ((from && (from->id == stale_id || db[from->id] != from->value)) ||
	    (!from && to->id == stale_id))
		return err_set(e, PMWB_STALE, "changed by someone else");
	if (!to) {
		db[from->id] = 0;
		return PMWB_OK;
	}
	if (!from)
		to->id = next_id++;
	db[to->id] = to->value;
	return PMWB_OK;
}

static void show(struct ui_ctx *ctx, const void *rec, int gone)
{
	(void)ctx;
	(void)rec;
	(void)gone;
}

static const struct ui_undo_kind kind = {
	.name = "number",
	.size = sizeof(struct rec),
	.id_offset = offsetof(struct rec, id),
	.describe = describe,
	.apply = apply,
	.show = show,
};

static struct rec add(int value)
{
	struct rec r = {.id = next_id++, .value = value};

	db[r.id] = value;
	ui_undo_push(&kind, NULL, &r, 0);
	return r;
}

static void edit(struct rec *r, int value)
{
	struct rec before = *r;

	r->value = db[r->id] = value;
	ui_undo_push(&kind, &before, r, 0);
}

static void test_walk(struct ui_ctx *ctx)
{
	struct rec r = add(1);

	edit(&r, 2);
	edit(&r, 3);
	CHECK_INT(ui_undo_count(0), 3);
	ui_undo_act(ctx, UI_ACT_UNDO);
	CHECK_STR(ctx->message, "undone: value 3 -> 2; Ctrl-R redoes it");
	ui_undo_act(ctx, UI_ACT_UNDO);
	ui_undo_act(ctx, UI_ACT_UNDO);
	CHECK_STR(ctx->message, "undone: removed; Ctrl-R redoes it");
	CHECK_INT(db[r.id], 0);
	ui_undo_act(ctx, UI_ACT_UNDO);
	CHECK_STR(ctx->message, "all 3 changes of this session are undone; Ctrl-R redoes them");
	/* Added again, it has a new id; the edits' redos follow it. */
	ui_undo_act(ctx, UI_ACT_REDO);
	CHECK_INT(db[r.id], 0);
	CHECK_INT(db[next_id - 1], 1);
	ui_undo_act(ctx, UI_ACT_REDO);
	CHECK_STR(ctx->message, "redone: value 1 -> 2; u undoes it");
	CHECK_INT(db[next_id - 1], 2);
	CHECK_INT(ui_undo_count(1), 1);
	/* A new change: what was left to redo goes. */
	add(7);
	CHECK_INT(ui_undo_count(1), 0);
	ui_undo_act(ctx, UI_ACT_REDO);
	CHECK_STR(ctx->message, "nothing to redo: u undoes the last change, then Ctrl-R redoes it");
	CHECK_INT(ui_undo_count(0), 3);
	ui_undo_free();
	CHECK_INT(ui_undo_count(0), 0);
	ui_undo_act(ctx, UI_ACT_UNDO);
	CHECK_STR(ctx->message, "nothing to undo: no change has been made in this session");
}

static void test_stale(struct ui_ctx *ctx)
{
	struct rec r = add(10);

	edit(&r, 11);
	stale_id = (int)r.id;
	ui_undo_act(ctx, UI_ACT_UNDO);
	CHECK(ctx->message_is_error);
	CHECK_STR(ctx->message, "cannot undo value 11 -> 10: someone else has changed it since, so "
				"nothing was changed and the step is kept; R shows their change");
	CHECK_INT(db[r.id], 11);
	CHECK_INT(ui_undo_count(0), 2);
	stale_id = 0;
	ui_undo_act(ctx, UI_ACT_UNDO);
	CHECK_STR(ctx->message, "undone: value 11 -> 10; Ctrl-R redoes it");
	CHECK_INT(db[r.id], 10);
	ui_undo_free();
}

static void test_bound(struct ui_ctx *ctx)
{
	struct rec r = add(0);

	for (int i = 1; i <= UI_UNDO_STEPS + 5; i++)
		edit(&r, i);
	CHECK_INT(ui_undo_count(0), UI_UNDO_STEPS);
	for (int i = 0; i < UI_UNDO_STEPS; i++)
		ui_undo_act(ctx, UI_ACT_UNDO);
	CHECK_INT(db[r.id], 5);
	ui_undo_act(ctx, UI_ACT_UNDO);
	CHECK_INT(db[r.id], 5);
	CHECK_INT(ui_undo_count(1), UI_UNDO_STEPS);
	ui_undo_free();
}

int main(void)
{
	char dir[] = "/tmp/pmwb-t-undo-XXXXXX", path[300], cmd[400];
	struct ui_ctx ctx;
	struct pmwb_error e;

	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		return 1;
	}
	snprintf(path, sizeof(path), "%s/undo.db", dir);
	memset(&ctx, 0, sizeof(ctx));
	err_clear(&e);
	CHECK_INT(store_open(path, STORE_CREATE, &ctx.st, &e), PMWB_OK);
	ctx.db_label = "undo.db";
	ctx.jump.pane = -1;
	test_walk(&ctx);
	test_stale(&ctx);
	test_bound(&ctx);
	store_close(ctx.st);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	return check_done();
}
