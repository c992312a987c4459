/* Settings in the database, checked by the settings table's rule on every read and write. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pmwb/date.h"
#include "pmwb/store.h"
#include "pmwb/store_settings.h"
#include "pmwb/text.h"
#include "store_impl.h"

#define SETTING_TEXT_MAX 64

static void note_problem(struct pmwb_settings *out, const char *name, const char *why)
{
	if (out->problem[0])
		return; /* the first is enough to send the user to `pmwb config list` */
	snprintf(out->problem, sizeof(out->problem),
		 "stored %.300s; using the default until 'pmwb config set %s VALUE' or 'pmwb config "
		 "reset %s'",
		 why, name, name);
}

enum pmwb_status store_settings_load(struct store *st, struct pmwb_settings *out,
				     struct pmwb_error *e)
{
	char buf[SETTING_TEXT_MAX];
	struct pmwb_error why;
	int found;

	settings_default(out);
	for (int i = 0; i < SETTING_COUNT; i++) {
		const struct setting_def *d = settings_def((enum setting_id)i);

		if (store_setting_get(st, d->name, buf, sizeof(buf), &found, e) != PMWB_OK)
			return e->status;
		err_clear(&why);
		if (found && settings_parse((enum setting_id)i, buf, &out->value[i], &why) != PMWB_OK)
			note_problem(out, d->name, why.msg);
	}
	err_clear(&why);
	if (settings_check(out, &why) != PMWB_OK) {
		note_problem(out, settings_def(SETTING_RAG_AMBER_PCT)->name, why.msg);
		out->value[SETTING_RAG_GREEN_PCT] = settings_def(SETTING_RAG_GREEN_PCT)->def;
		out->value[SETTING_RAG_AMBER_PCT] = settings_def(SETTING_RAG_AMBER_PCT)->def;
	}
	return PMWB_OK;
}

enum pmwb_status store_settings_is_set(struct store *st, enum setting_id id, int *is_set,
				       struct pmwb_error *e)
{
	char buf[SETTING_TEXT_MAX];

	return store_setting_get(st, settings_def(id)->name, buf, sizeof(buf), is_set, e);
}

/* Inside the transaction: the file still holds `was` for the setting (NULL: none of its
 * own)? */
static enum pmwb_status check_was(struct store *st, const struct setting_def *d, const char *was,
				  struct pmwb_error *e)
{
	char now[SETTING_TEXT_MAX];
	int found;

	if (store_setting_get(st, d->name, now, sizeof(now), &found, e) != PMWB_OK)
		return e->status;
	if (found == (was != NULL) && (!found || !strcmp(now, was)))
		return PMWB_OK;
	return err_set(e, PMWB_STALE,
		       "setting %s was changed by someone else meanwhile (it is now %s); nothing "
		       "was changed",
		       d->name, found ? now : "the default");
}

/* Write (text non-NULL) or remove a setting, audited, checking the result as a whole; with
 * check, only while the file holds `was`. */
static enum pmwb_status write_setting(struct store *st, enum setting_id id, const char *text,
				      int check, const char *was, struct pmwb_error *e)
{
	const struct setting_def *d = settings_def(id);
	struct pmwb_settings before, after;
	char old[SETTING_TEXT_MAX], now[SETTING_TEXT_MAX], detail[2 * SETTING_TEXT_MAX + 8];
	int value = d->def;

	if (text && settings_parse(id, text, &value, e) != PMWB_OK)
		return e->status;
	if (store_begin(st, e) != PMWB_OK)
		return e->status;
	if (check && check_was(st, d, was, e) != PMWB_OK)
		goto fail;
	if (store_settings_load(st, &before, e) != PMWB_OK)
		goto fail;
	after = before;
	after.value[id] = value;
	if (settings_check(&after, e) != PMWB_OK)
		goto fail;
	settings_format(id, before.value[id], old, sizeof(old));
	settings_format(id, value, now, sizeof(now));
	snprintf(detail, sizeof(detail), "%s -> %s", old, now);
	if (text) {
		if (store_setting_set(st, d->name, now, e) != PMWB_OK)
			goto fail;
	} else if (store_setting_delete(st, d->name, e) != PMWB_OK) {
		goto fail;
	}
	if (store_audit(st, "setting", d->name, text ? "set" : "reset", detail, e) != PMWB_OK)
		goto fail;
	return store_commit(st, e);
fail:
	store_rollback(st);
	return e->status;
}

enum pmwb_status store_settings_set(struct store *st, enum setting_id id, const char *text,
				    struct pmwb_error *e)
{
	return write_setting(st, id, text, 0, NULL, e);
}

enum pmwb_status store_settings_replace(struct store *st, enum setting_id id, const char *was,
					const char *text, struct pmwb_error *e)
{
	return write_setting(st, id, text, 1, was, e);
}

enum pmwb_status store_settings_reset(struct store *st, enum setting_id id,
				      struct pmwb_error *e)
{
	return write_setting(st, id, NULL, 0, NULL, e);
}

void store_today_of(const struct pmwb_settings *s, struct store_today *out)
{
	const char *fixed = getenv("PMWB_TODAY");
	int as_of = s->value[SETTING_AS_OF];
	struct pmwb_error why;

	memset(out, 0, sizeof(*out));
	if (fixed && *fixed) {
		err_clear(&why);
		if (date_parse_day(fixed, &out->year, &out->month, &out->day, &why) == PMWB_OK) {
			out->source = TODAY_FIXED;
			return;
		}
		snprintf(out->problem, sizeof(out->problem),
			 "PMWB_TODAY: %.300s; give a day such as 2013-10-15, or unset it for the "
			 "clock's today",
			 why.msg);
	}
	if (as_of) {
		out->year = as_of / 10000;
		out->month = as_of / 100 % 100;
		out->day = as_of % 100;
		out->source = TODAY_AS_OF;
		return;
	}
	/* The user's own calendar day, not UTC's: a report run at 00:30 in BST is today's. */
	time_t now = time(NULL);
	struct tm tm;
	localtime_r(&now, &tm);
	out->year = tm.tm_year + 1900;
	out->month = tm.tm_mon + 1;
	out->day = tm.tm_mday;
	out->source = TODAY_CLOCK;
}

enum pmwb_status store_today(struct store *st, struct store_today *out, struct pmwb_error *e)
{
	struct pmwb_settings s;

	if (store_settings_load(st, &s, e) != PMWB_OK)
		return e->status;
	store_today_of(&s, out);
	return PMWB_OK;
}
