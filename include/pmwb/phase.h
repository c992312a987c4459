/* Delivery phases in their order (S Scope, D Design, P Procure, I Implement, R Review), and
 * what counts as a slip against the baseline plan. */
#ifndef PMWB_PHASE_H
#define PMWB_PHASE_H

#include "pmwb/fy.h"

/* 1 (Scope) .. 5 (Review); 0 for anything else. */
int phase_order(char letter);
/* "Scope" ... "Review"; NULL for anything else. */
const char *phase_name(char letter);

enum phase_slip {
	PHASE_ON_PLAN,
	PHASE_BEHIND,    /* in quarter q the project is in an earlier phase than the baseline */
	PHASE_LATER_END, /* it will finish later than the baseline, and has not finished yet */
};

/* planned/current: the phase letter the baseline / the current plan put in quarter q (0 for
 * none); baseline_end/current_end: the last quarter of each plan.  A project that is behind
 * is reported as such even when its end also moved. */
enum phase_slip phase_slip_of(char planned, char current, fy_quarter baseline_end,
			      fy_quarter current_end, fy_quarter q);

/* One project's phases, ordered by start and never overlapping, as an edit changes them. */
#define PHASE_PLAN_MAX 64
struct phase_span {
	char letter;
	fy_quarter start_q, end_q;
};
struct phase_plan {
	int n;
	struct phase_span ph[PHASE_PLAN_MAX];
};

enum phase_edit {
	PHASE_EDIT_OK,
	PHASE_EDIT_SAME,    /* the plan already says so */
	PHASE_EDIT_NONE,    /* no phase in that quarter */
	PHASE_EDIT_OVERLAP, /* it would overlap another phase (*other says which) */
	PHASE_EDIT_SHORT,   /* a phase lasts at least one quarter */
	PHASE_EDIT_FULL,    /* PHASE_PLAN_MAX phases already */
};

/* The index of the phase in quarter q, or -1. */
int phase_plan_at(const struct phase_plan *p, fy_quarter q);
/* Quarter q becomes `letter`, as a cell of the delivery table: a phase of another letter
 * there is cut round it, and it joins a neighbour of the same letter. */
enum phase_edit phase_plan_set(struct phase_plan *p, fy_quarter q, char letter);
/* Quarter q belongs to no phase: its phase is shortened, split or removed. */
enum phase_edit phase_plan_clear(struct phase_plan *p, fy_quarter q);
/* The phase in quarter q moves by quarters (-1 earlier, 1 later), or its end does when
 * end_only (stretch 1, shrink -1); *other is the phase it would overlap. */
enum phase_edit phase_plan_shift(struct phase_plan *p, fy_quarter q, int by, int end_only,
				 int *other);
/* Plans a and b hold the same phases. */
int phase_plan_same(const struct phase_plan *a, const struct phase_plan *b);

#endif
