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

#endif
