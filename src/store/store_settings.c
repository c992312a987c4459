/* Settings in the database, checked by the settings table's rule on every read and write. */
#include "config.h"

#include <stdio.h>
#include <string.h>

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

/* Write (text non-NULL) or remove a setting, audited, checking the result as a whole. */
static enum pmwb_status write_setting(struct store *st, enum setting_id id, const char *text,
				      struct pmwb_error *e)
{
	const struct setting_def *d = settings_def(id);
	struct pmwb_settings before, after;
	char old[SETTING_TEXT_MAX], now[SETTING_TEXT_MAX], detail[2 * SETTING_TEXT_MAX + 8];
	int value = d->def;

	if (text && settings_parse(id, text, &value, e) != PMWB_OK)
		return e->status;
	if (store_begin(st, e) != PMWB_OK)
		return e->status;
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
	return write_setting(st, id, text, e);
}

enum pmwb_status store_settings_reset(struct store *st, enum setting_id id,
				      struct pmwb_error *e)
{
	return write_setting(st, id, NULL, e);
}
