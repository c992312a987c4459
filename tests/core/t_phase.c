/* Phase order and slippage against the baseline plan. */
#include "config.h"

#include "check.h"
#include "pmwb/phase.h"

/* Editing a plan as the Gantt grid does: P over q..q+2, R at q+4. */
static void plan_edits(fy_quarter q)
{
	struct phase_plan p = {.n = 2, .ph = {{'P', q, q + 2}, {'R', q + 4, q + 4}}}, was = p;
	int other;

	CHECK_INT(phase_plan_at(&p, q + 1), 0);
	CHECK_INT(phase_plan_at(&p, q + 3), -1);
	CHECK_INT(phase_plan_set(&p, q + 1, 'P'), PHASE_EDIT_SAME);
	/* Another letter in the middle splits the phase round it. */
	CHECK_INT(phase_plan_set(&p, q + 1, 'I'), PHASE_EDIT_OK);
	CHECK_INT(p.n, 4);
	CHECK_INT(p.ph[1].letter, 'I');
	CHECK_INT(p.ph[2].start_q, q + 2);
	/* The same letter beside a phase joins it; both sides at once. */
	p = was;
	CHECK_INT(phase_plan_set(&p, q + 3, 'R'), PHASE_EDIT_OK);
	CHECK_INT(p.n, 2);
	CHECK_INT(p.ph[1].start_q, q + 3);
	CHECK_INT(phase_plan_set(&p, q + 3, 'P'), PHASE_EDIT_OK);
	CHECK_INT(p.n, 2);
	CHECK_INT(p.ph[0].end_q, q + 3);
	CHECK_INT(p.ph[1].start_q, q + 4);
	/* Clearing: the end, the middle (a split), nothing. */
	p = was;
	CHECK_INT(phase_plan_clear(&p, q + 1), PHASE_EDIT_OK);
	CHECK_INT(p.n, 3);
	CHECK_INT(p.ph[0].end_q, q);
	CHECK_INT(p.ph[1].start_q, q + 2);
	CHECK_INT(phase_plan_clear(&p, q + 3), PHASE_EDIT_NONE);
	CHECK_INT(phase_plan_clear(&p, q + 4), PHASE_EDIT_OK);
	CHECK_INT(p.n, 2);
	/* Moving and stretching: refused onto another phase, or below one quarter. */
	p = was;
	CHECK_INT(phase_plan_shift(&p, q, 1, 0, &other), PHASE_EDIT_OK);
	CHECK_INT(p.ph[0].start_q, q + 1);
	CHECK_INT(phase_plan_shift(&p, q + 1, 1, 0, &other), PHASE_EDIT_OVERLAP);
	CHECK_INT(other, 1);
	CHECK_INT(phase_plan_shift(&p, q + 1, 1, 1, &other), PHASE_EDIT_OVERLAP);
	CHECK_INT(phase_plan_shift(&p, q + 4, 1, 1, &other), PHASE_EDIT_OK);
	CHECK_INT(p.ph[1].end_q, q + 5);
	CHECK_INT(phase_plan_shift(&p, q + 4, -1, 1, &other), PHASE_EDIT_OK);
	CHECK_INT(phase_plan_shift(&p, q + 4, -1, 1, &other), PHASE_EDIT_SHORT);
	CHECK_INT(phase_plan_shift(&p, q, -1, 0, &other), PHASE_EDIT_NONE);
	CHECK(!phase_plan_same(&p, &was));
	CHECK_INT(phase_plan_shift(&p, q + 1, -1, 0, &other), PHASE_EDIT_OK);
	CHECK(phase_plan_same(&p, &was));
}

int main(void)
{
	fy_quarter q = fy_quarter_make(2013, 3); /* 2013/14 Q3, "today" in the tests */
	fy_quarter q4 = q + 1, next_q4 = q + 5, last_year = q - 4;

	CHECK_INT(phase_order('S'), 1);
	CHECK_INT(phase_order('D'), 2);
	CHECK_INT(phase_order('P'), 3);
	CHECK_INT(phase_order('I'), 4);
	CHECK_INT(phase_order('R'), 5);
	CHECK_INT(phase_order('s'), 0);
	CHECK_INT(phase_order('X'), 0);
	CHECK_INT(phase_order(0), 0);
	CHECK_STR(phase_name('I'), "Implement");
	CHECK(phase_name('Q') == NULL);

	/* On plan: same phase now, same end. */
	CHECK_INT(phase_slip_of('I', 'I', q4, q4, q), PHASE_ON_PLAN);
	/* Ahead of plan is not a slip. */
	CHECK_INT(phase_slip_of('P', 'I', q4, q4, q), PHASE_ON_PLAN);
	CHECK_INT(phase_slip_of('I', 'R', next_q4, q4, q), PHASE_ON_PLAN);
	/* Behind: still procuring when the baseline had it implementing. */
	CHECK_INT(phase_slip_of('I', 'P', q4, q4, q), PHASE_BEHIND);
	CHECK_INT(phase_slip_of('D', 'S', q4, next_q4, q), PHASE_BEHIND);
	/* Behind: the baseline had work this quarter, the plan now starts it later. */
	CHECK_INT(phase_slip_of('D', 0, q4, next_q4, q), PHASE_BEHIND);
	/* Not behind when the work was dropped altogether (the plan now ended before q). */
	CHECK_INT(phase_slip_of('D', 0, q4, last_year, q), PHASE_ON_PLAN);
	/* Later end: same phase now, but the finish moved out. */
	CHECK_INT(phase_slip_of('R', 'R', q4, next_q4, q), PHASE_LATER_END);
	/* Later end: the baseline had it finished before q, it is still running now. */
	CHECK_INT(phase_slip_of(0, 'R', last_year, q, q), PHASE_LATER_END);
	/* Later end, but all in the past: history, not an exception. */
	CHECK_INT(phase_slip_of(0, 0, last_year - 1, last_year, q), PHASE_ON_PLAN);
	/* Earlier end is not a slip. */
	CHECK_INT(phase_slip_of('R', 'R', next_q4, q4, q), PHASE_ON_PLAN);
	/* Nothing planned now and nothing running: on plan. */
	CHECK_INT(phase_slip_of(0, 0, next_q4, next_q4, q), PHASE_ON_PLAN);
	plan_edits(q);
	return check_done();
}
