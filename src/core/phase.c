#include "config.h"

#include <stddef.h>
#include <string.h>

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

int phase_plan_at(const struct phase_plan *p, fy_quarter q)
{
	for (int i = 0; i < p->n; i++)
		if (p->ph[i].start_q <= q && q <= p->ph[i].end_q)
			return i;
	return -1;
}

static void plan_remove(struct phase_plan *p, int i)
{
	memmove(&p->ph[i], &p->ph[i + 1], (size_t)(p->n - i - 1) * sizeof(p->ph[0]));
	p->n--;
}

/* Insert in start order; the caller made room and left no overlap. */
static void plan_insert(struct phase_plan *p, struct phase_span s)
{
	int i = 0;

	while (i < p->n && p->ph[i].start_q < s.start_q)
		i++;
	memmove(&p->ph[i + 1], &p->ph[i], (size_t)(p->n - i) * sizeof(p->ph[0]));
	p->ph[i] = s;
	p->n++;
}

enum phase_edit phase_plan_clear(struct phase_plan *p, fy_quarter q)
{
	int i = phase_plan_at(p, q);
	struct phase_span *s;

	if (i < 0)
		return PHASE_EDIT_NONE;
	s = &p->ph[i];
	if (s->start_q == s->end_q) {
		plan_remove(p, i);
	} else if (q == s->start_q) {
		s->start_q++;
	} else if (q == s->end_q) {
		s->end_q--;
	} else {
		struct phase_span tail = {s->letter, q + 1, s->end_q};
		if (p->n == PHASE_PLAN_MAX)
			return PHASE_EDIT_FULL;
		s->end_q = q - 1;
		plan_insert(p, tail);
	}
	return PHASE_EDIT_OK;
}

enum phase_edit phase_plan_set(struct phase_plan *p, fy_quarter q, char letter)
{
	int i = phase_plan_at(p, q), before, after;
	struct phase_plan was = *p;

	if (i >= 0 && p->ph[i].letter == letter)
		return PHASE_EDIT_SAME;
	if (i >= 0 && phase_plan_clear(p, q) != PHASE_EDIT_OK)
		return PHASE_EDIT_FULL;
	if (p->n == PHASE_PLAN_MAX) {
		*p = was;
		return PHASE_EDIT_FULL;
	}
	plan_insert(p, (struct phase_span){letter, q, q});
	before = phase_plan_at(p, q - 1);
	if (before >= 0 && p->ph[before].letter == letter) {
		p->ph[before].end_q = q;
		plan_remove(p, before + 1);
	}
	i = phase_plan_at(p, q);
	after = phase_plan_at(p, q + 1);
	if (after >= 0 && p->ph[after].letter == letter) {
		p->ph[i].end_q = p->ph[after].end_q;
		plan_remove(p, after);
	}
	return PHASE_EDIT_OK;
}

enum phase_edit phase_plan_shift(struct phase_plan *p, fy_quarter q, int by, int end_only,
				 int *other)
{
	int i = phase_plan_at(p, q);
	struct phase_span s;

	*other = -1;
	if (i < 0)
		return PHASE_EDIT_NONE;
	s = p->ph[i];
	if (!end_only)
		s.start_q += by;
	s.end_q += by;
	if (s.end_q < s.start_q)
		return PHASE_EDIT_SHORT;
	for (int j = 0; j < p->n; j++)
		if (j != i && p->ph[j].start_q <= s.end_q && s.start_q <= p->ph[j].end_q) {
			*other = j;
			return PHASE_EDIT_OVERLAP;
		}
	p->ph[i] = s;
	return PHASE_EDIT_OK;
}

int phase_plan_same(const struct phase_plan *a, const struct phase_plan *b)
{
	if (a->n != b->n)
		return 0;
	for (int i = 0; i < a->n; i++)
		if (a->ph[i].letter != b->ph[i].letter || a->ph[i].start_q != b->ph[i].start_q ||
		    a->ph[i].end_q != b->ph[i].end_q)
			return 0;
	return 1;
}
