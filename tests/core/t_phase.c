/* Phase order and slippage against the baseline plan. */
#include "config.h"

#include "check.h"
#include "pmwb/phase.h"

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
	return check_done();
}
