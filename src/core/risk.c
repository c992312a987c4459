#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pmwb/risk.h"
#include "pmwb/text.h"

/* Every product of two numbers 1-5: the only scores a band needs to hold. */
static const int achievable[] = {1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25};
#define N_ACHIEVABLE ((int)(sizeof(achievable) / sizeof(achievable[0])))

int risk_score(int likelihood, int impact)
{
	if (likelihood < 1 || likelihood > 5 || impact < 1 || impact > 5)
		return 0;
	return likelihood * impact;
}

static void set_band(struct risk_band *b, const char *name, int min, int max,
		     const char *authority, const char *action, int escalated)
{
	memset(b, 0, sizeof(*b));
	text_copy(b->name, sizeof(b->name), name);
	b->min_score = min;
	b->max_score = max;
	text_copy(b->authority, sizeof(b->authority), authority);
	text_copy(b->action, sizeof(b->action), action);
	b->escalated = escalated;
}

void risk_bands_default(struct risk_bands *b)
{
	memset(b, 0, sizeof(*b));
	set_band(&b->band[0], "Low", 1, 3, "Individuals and team managers", "local control", 0);
	set_band(&b->band[1], "Moderate", 4, 6, "Managers", "record on the register", 0);
	set_band(&b->band[2], "High", 8, 12, "Senior manager", "action required", 0);
	set_band(&b->band[3], "Extreme", 15, 25, "Risk committee",
		 "escalate to the corporate risk register", 1);
	b->n = 4;
}

/* A band's name for a message: its own, or its place when it has none. */
static void band_label(const struct risk_band *b, int index, char *buf, size_t size)
{
	size_t n = strnlen(b->name, sizeof(b->name));

	if (n == 0)
		snprintf(buf, size, "band %d", index + 1);
	else {
		char q[TEXT_QUOTE_MAX];
		text_quote(q, sizeof(q), b->name, n);
		snprintf(buf, size, "'%s'", q);
	}
}

enum pmwb_status risk_bands_validate(struct risk_bands *b, struct pmwb_error *e)
{
	char l1[TEXT_QUOTE_MAX + 16], l2[TEXT_QUOTE_MAX + 16];
	int i, j, k;

	if (b->n < 1 || b->n > RISK_MAX_BANDS)
		return err_set(e, PMWB_INPUT, "there must be 1 to %d risk bands, not %d",
			       RISK_MAX_BANDS, b->n);
	/* Insertion sort: a handful of bands, and equal minimums keep their order for the
	 * overlap message. */
	for (i = 1; i < b->n; i++) {
		struct risk_band t = b->band[i];
		for (j = i; j > 0 && b->band[j - 1].min_score > t.min_score; j--)
			b->band[j] = b->band[j - 1];
		b->band[j] = t;
	}
	for (i = 0; i < b->n; i++) {
		const struct risk_band *r = &b->band[i];
		band_label(r, i, l1, sizeof(l1));
		if (strnlen(r->name, sizeof(r->name)) == sizeof(r->name))
			return err_set(e, PMWB_INPUT, "risk band %d has a name longer than %d "
						      "characters",
				       i + 1, RISK_NAME_MAX - 1);
		if (r->name[0] == '\0')
			return err_set(e, PMWB_INPUT, "risk band %d (%d-%d) has no name", i + 1,
				       r->min_score, r->max_score);
		if (r->min_score < 1 || r->max_score > 25 || r->min_score > r->max_score)
			return err_set(e, PMWB_INPUT,
				       "risk band %s runs from %d to %d: scores must be 1-25 with the "
				       "lower first",
				       l1, r->min_score, r->max_score);
		for (j = 0; j < i; j++)
			if (text_equal_nocase(b->band[j].name, strlen(b->band[j].name), r->name))
				return err_set(e, PMWB_INPUT, "two risk bands are called %s", l1);
		if (i > 0 && r->min_score <= b->band[i - 1].max_score) {
			band_label(&b->band[i - 1], i - 1, l2, sizeof(l2));
			return err_set(e, PMWB_INPUT,
				       "risk bands %s (%d-%d) and %s (%d-%d) overlap at score %d", l2,
				       b->band[i - 1].min_score, b->band[i - 1].max_score, l1,
				       r->min_score, r->max_score, r->min_score);
		}
		for (k = 0; k < N_ACHIEVABLE; k++)
			if (achievable[k] >= r->min_score && achievable[k] <= r->max_score)
				break;
		if (k == N_ACHIEVABLE)
			return err_set(e, PMWB_INPUT,
				       "risk band %s (%d-%d) holds no score a 5x5 matrix can give",
				       l1, r->min_score, r->max_score);
	}
	for (k = 0; k < N_ACHIEVABLE; k++)
		if (risk_band_index(b, achievable[k]) < 0)
			return err_set(e, PMWB_INPUT, "score %d is in no risk band: every score "
						      "1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, "
						      "25 needs one",
				       achievable[k]);
	return PMWB_OK;
}

int risk_band_index(const struct risk_bands *b, int score)
{
	if (score < 1)
		return -1;
	for (int i = 0; i < b->n && i < RISK_MAX_BANDS; i++)
		if (score >= b->band[i].min_score && score <= b->band[i].max_score)
			return i;
	return -1;
}

int risk_trend(int previous_score, int current_score)
{
	if (previous_score <= 0 || current_score <= 0)
		return 0;
	return (current_score > previous_score) - (current_score < previous_score);
}
