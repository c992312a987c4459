/* Private to store/: the one rule for an overdue milestone, as an SQL expression, so that
 * the Gantt's marks, the count the pane shows and the exception report read it the same
 * way.  A milestone is overdue when it is not done and the last month its due date covers
 * ("Sept 2013", the quarter "2013/14 Q2", the day "15/09/2013") is before today's month;
 * one with no date it can be placed by (TBC, "end Q2") never is. */
#ifndef PMWB_MILESTONE_STATE_H
#define PMWB_MILESTONE_STATE_H

/* M: the milestone's table name or alias; TODAY: an SQL value, today's fy_month ordinal. */
#define MILESTONE_OVERDUE_SQL(M, TODAY) \
	"(" M ".done = 0 AND " M ".due_last IS NOT NULL AND " M ".due_last < " TODAY ")"

#endif
