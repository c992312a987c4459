/* The settings table (include/pmwb/settings.h) and the one rule for a good value. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "pmwb/date.h"
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
	switch (defs[id].type) {
	case SETTING_TYPE_PERCENT:
		return "%";
	case SETTING_TYPE_DAY:
		return "day";
	default:
		return "month";
	}
}

void settings_range(enum setting_id id, char *buf, size_t size)
{
	const struct setting_def *d = &defs[id];

	if (d->type == SETTING_TYPE_DAY)
		snprintf(buf, size, "a day (YYYY-MM-DD) or none, default none");
	else
		snprintf(buf, size, "%d-%d %s, default %d", d->min, d->max, settings_unit(id),
			 d->def);
}

/* A day as YYYYMMDD, or "none" for 0: the type of as_of, which most files leave unset. */
static enum pmwb_status parse_day(const struct setting_def *d, const char *text, int *value,
				  struct pmwb_error *e)
{
	char q[TEXT_QUOTE_MAX];
	size_t n;
	const char *s = text_trim(text, &n);
	int y, m, day;

	if (n == 4 && strncasecmp(s, "none", 4) == 0) {
		*value = 0;
		return PMWB_OK;
	}
	if (date_parse_day(text, &y, &m, &day, e) != PMWB_OK) {
		text_quote(q, sizeof(q), s, n);
		return err_set(e, PMWB_INPUT, "%s cannot be '%s': give a day such as 2013-10-15, or none",
			       d->name, q);
	}
	*value = y * 10000 + m * 100 + day;
	return PMWB_OK;
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
	if (d->type == SETTING_TYPE_DAY)
		return parse_day(d, text, value, e);
	return parse_whole(d, text, value, e);
}

void settings_format(enum setting_id id, int value, char *buf, size_t size)
{
	if (defs[id].type != SETTING_TYPE_DAY)
		snprintf(buf, size, "%d", value);
	else if (value == 0)
		snprintf(buf, size, "none");
	else
		snprintf(buf, size, "%04d-%02d-%02d", value / 10000, value / 100 % 100, value % 100);
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

struct fy_settings settings_fy(const struct pmwb_settings *s)
{
	struct fy_settings fy = fy_settings_default();

	fy.start_month = s->value[SETTING_FY_START_MONTH];
	return fy;
}

struct qipp_rag_rules settings_rag_rules(const struct pmwb_settings *s)
{
	struct qipp_rag_rules r;

	r.green_pct = s->value[SETTING_RAG_GREEN_PCT];
	r.amber_pct = s->value[SETTING_RAG_AMBER_PCT];
	return r;
}
