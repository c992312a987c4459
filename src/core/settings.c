/* The settings table (include/pmwb/settings.h) and the one rule for a good value. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "pmwb/fy.h"
#include "pmwb/settings.h"
#include "pmwb/text.h"

static const struct setting_def defs[SETTING_COUNT] = {
#define PMWB_SETTING_DEF(id, nm, ty, lo, hi, dflt, hl)                                       \
	[SETTING_##id] = {.name = nm, .type = SETTING_TYPE_##ty, .min = lo, .max = hi,       \
			  .def = dflt, .help = hl},
	PMWB_SETTING_LIST(PMWB_SETTING_DEF)
#undef PMWB_SETTING_DEF
};

const struct setting_def *settings_def(enum setting_id id)
{
	return &defs[id];
}

int settings_find(const char *name)
{
	for (int i = 0; i < SETTING_COUNT; i++)
		if (strcasecmp(defs[i].name, name) == 0)
			return i;
	return -1;
}

void settings_default(struct pmwb_settings *s)
{
	for (int i = 0; i < SETTING_COUNT; i++)
		s->value[i] = defs[i].def;
	s->problem[0] = '\0';
}

const char *settings_unit(enum setting_id id)
{
	return defs[id].type == SETTING_TYPE_PERCENT ? "%" : "month";
}

static enum pmwb_status parse_whole(const struct setting_def *d, const char *text, int *value,
				    struct pmwb_error *e)
{
	char q[TEXT_QUOTE_MAX];
	size_t n;
	const char *s = text_trim(text, &n);
	long v = 0;
	size_t i = 0;

	/* "95%" is how people write a percentage */
	if (n > 0 && s[n - 1] == '%')
		n--;
	while (i < n && s[i] >= '0' && s[i] <= '9' && v <= 100000)
		v = v * 10 + (s[i++] - '0');
	if (n == 0 || i != n || v < d->min || v > d->max) {
		text_quote(q, sizeof(q), s, n);
		return err_set(e, PMWB_INPUT, "%s cannot be '%s': give a whole number from %d to %d%s",
			       d->name, q, d->min, d->max,
			       d->type == SETTING_TYPE_PERCENT ? " (per cent)" : "");
	}
	*value = (int)v;
	return PMWB_OK;
}

enum pmwb_status settings_parse(enum setting_id id, const char *text, int *value,
				struct pmwb_error *e)
{
	const struct setting_def *d = &defs[id];

	if (d->type == SETTING_TYPE_MONTH) {
		if (fy_parse_start_month(text, value, e) != PMWB_OK)
			return err_set(e, PMWB_INPUT, "%s: %s", d->name, e->msg);
		return PMWB_OK;
	}
	return parse_whole(d, text, value, e);
}

void settings_format(enum setting_id id, int value, char *buf, size_t size)
{
	(void)id;
	snprintf(buf, size, "%d", value);
}

enum pmwb_status settings_check(const struct pmwb_settings *s, struct pmwb_error *e)
{
	if (s->value[SETTING_RAG_AMBER_PCT] > s->value[SETTING_RAG_GREEN_PCT])
		return err_set(e, PMWB_INPUT,
			       "rag_amber_pct (%d%%) is above rag_green_pct (%d%%): Amber must be no "
			       "higher than Green",
			       s->value[SETTING_RAG_AMBER_PCT], s->value[SETTING_RAG_GREEN_PCT]);
	return PMWB_OK;
}
