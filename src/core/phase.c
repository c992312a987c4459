#include "config.h"

#include <stddef.h>

#include "pmwb/phase.h"

static const char letters[] = "SDPIR";
static const char *const names[] = {"Scope", "Design", "Procure", "Implement", "Review"};

int phase_order(char letter)
{
	for (int i = 0; letters[i]; i++)
		if (letters[i] == letter)
			return i + 1;
	return 0;
}

const char *phase_name(char letter)
{
	int o = phase_order(letter);

	return o ? names[o - 1] : NULL;
}

enum phase_slip phase_slip_of(char planned, char current, fy_quarter baseline_end,
			      fy_quarter current_end, fy_quarter q)
{
	int want = phase_order(planned), have = phase_order(current);

	/* Still in an earlier phase than planned, or not started when the plan had it going. */
	if (want && (have ? have < want : current_end >= q))
		return PHASE_BEHIND;
	/* Planned to be done by now, or later, but the work now runs past the baseline's end. */
	if (current_end > baseline_end && current_end >= q)
		return PHASE_LATER_END;
	return PHASE_ON_PLAN;
}
