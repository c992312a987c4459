/* The session's undo journal: every edit saved in the workbench, in any pane, is a step that
 * u undoes and Ctrl-R redoes, many steps back and forth.  A step keeps the record before and
 * after the edit; undo and redo write through the same stale-checked save functions of
 * store/ that made the edit (so each is one transaction), with its audit row saying "undo" or
 * "redo" and what (store_audit_replay).  A record someone else changed since is left alone
 * and the step kept.  Private to ui/.
 *
 * Hooking in a new kind of edit takes a few lines (see ui_undo_kinds.c for the kinds done so far):
 *
 *   static void milestone_describe(const void *from, const void *to, char *buf, size_t size)
 *   {   // "done no -> yes on M3 of Gynaecology" (from NULL: added; to NULL: removed)
 *   }
 *   static enum pmwb_status milestone_apply(struct ui_ctx *ctx, struct ui_undo_step *s,
 *                                           const void *from, void *to,
 *                                           struct pmwb_error *e)
 *   {   // the store's own stale-checked save: `to` (NULL: delete) if it is still `from`
 *       // (NULL: insert, setting the new id in `to`)
 *       return store_milestone_save(ctx->st, to, from, e);
 *   }
 *   static void milestone_show(struct ui_ctx *ctx, const void *rec, int gone)
 *   {   // its pane, and the record selected unless gone
 *       ctx->jump.pane = 1; ...
 *   }
 *   const struct ui_undo_kind ui_undo_milestone = {
 *       .name = "milestone", .size = sizeof(struct store_milestone_record),
 *       .id_offset = offsetof(struct store_milestone_record, id),
 *       .describe = milestone_describe, .apply = milestone_apply, .show = milestone_show,
 *   };
 *   // and after each successful save of the form or key:
 *   ui_undo_push(&ui_undo_milestone, before_or_NULL, after_or_NULL, 0);
 *
 * The save's audit row needs nothing more: the journal wraps apply in store_audit_replay.
 * A store error of PMWB_STALE (someone else changed the record) is what makes the journal
 * say so and keep the step; any other error is shown as it is. */
#ifndef PMWB_UI_UNDO_H
#define PMWB_UI_UNDO_H

#include <stddef.h>

#include "ui_view.h"

/* How many steps the journal keeps; the oldest goes first. */
#define UI_UNDO_STEPS 100

struct ui_undo_step;

struct ui_undo_kind {
	const char *name;
	size_t size;      /* of one record */
	size_t id_offset; /* of the record's long long id: a record added again by a redo gets a
			   * new one, which every step of the kind then uses */
	/* The change from `from` to `to` in a few words, "likelihood 4 -> 3 on PLANNED R2" (from
	 * NULL: the record is added; to NULL: it is removed). */
	void (*describe)(const void *from, const void *to, char *buf, size_t size);
	/* Makes the record `to` (NULL: removes it) if the database still holds `from` (NULL: the
	 * record is not there), in one transaction of a store/ save; else nothing is written
	 * and the error is PMWB_STALE when someone else changed the record.  A record added
	 * gets its id set in `to`.  s->mark is the kind's own (the risk's history mark). */
	enum pmwb_status (*apply)(struct ui_ctx *ctx, struct ui_undo_step *s, const void *from,
				  void *to, struct pmwb_error *e);
	/* Shows the record in its pane, selected (through ctx->jump or the pane's focus); one
	 * just removed (gone) has only its pane shown. */
	void (*show)(struct ui_ctx *ctx, const void *rec, int gone);
};

struct ui_undo_step {
	const struct ui_undo_kind *kind;
	void *before, *after; /* the record; NULL: it was not there (an add) or is gone */
	long long mark;
};

/* Records an edit just saved: copies of before and after (either NULL, not both; the same
 * bytes: nothing changed, no step).  Clears the steps that were undone (they can no longer be
 * redone).  Out of memory, the journal
 * forgets everything rather than keep a hole: the next u says so. */
void ui_undo_push(const struct ui_undo_kind *kind, const void *before, const void *after,
		  long long mark);

/* u and Ctrl-R (UI_ACT_UNDO, UI_ACT_REDO): the last step undone, or the last undone redone,
 * saying what on the message line and selecting the record.  Returns UI_* flags. */
int ui_undo_act(struct ui_ctx *ctx, enum ui_action a);

/* How many steps can be undone and redone now. */
int ui_undo_count(int redo);

/* Frees the journal (at exit). */
void ui_undo_free(void);

#endif
