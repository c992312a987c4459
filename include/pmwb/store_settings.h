/* The shared settings as stored in the database, read and written through the one table of
 * settings (pmwb/settings.h). */
#ifndef PMWB_STORE_SETTINGS_H
#define PMWB_STORE_SETTINGS_H

#include "pmwb/error.h"
#include "pmwb/settings.h"

struct store;

/* Every setting: the stored value when it is good, else the default, with out->problem
 * saying which stored value was not used and how to mend it.  Fails only when the database
 * cannot be read: a bad value must never keep a user out of a report or the workbench. */
enum pmwb_status store_settings_load(struct store *st, struct pmwb_settings *out,
				     struct pmwb_error *e);

/* Whether the file holds a value of its own for a setting (else the default applies). */
enum pmwb_status store_settings_is_set(struct store *st, enum setting_id id, int *is_set,
				       struct pmwb_error *e);

/* Store a value (checked against the table and against the other settings), or remove it so
 * that the default applies again; in one transaction, written to the audit log. */
enum pmwb_status store_settings_set(struct store *st, enum setting_id id, const char *text,
				    struct pmwb_error *e);
enum pmwb_status store_settings_reset(struct store *st, enum setting_id id,
				      struct pmwb_error *e);
/* The same (text NULL: reset), only while the file holds `was` as the setting's own value
 * (NULL: it has none); else nothing is written and the error (PMWB_STALE) says someone else
 * changed it.  For the workbench's undo and redo. */
enum pmwb_status store_settings_replace(struct store *st, enum setting_id id, const char *was,
					const char *text, struct pmwb_error *e);

/* "Today" for every pane, report and import check, decided in one place: $PMWB_TODAY
 * (YYYY-MM-DD) when set, for tests and for reading old plans; else the file's as_of setting
 * (the demo's: the day its documents describe); else the clock.  A $PMWB_TODAY that is not
 * a day leaves the clock's today and a sentence in problem; the caller decides whether that
 * stops it (a command) or is only said (the workbench). */
enum today_source {
	TODAY_CLOCK,
	TODAY_FIXED, /* $PMWB_TODAY */
	TODAY_AS_OF, /* the as_of setting */
};

struct store_today {
	int year, month, day;
	enum today_source source;
	char problem[PMWB_ERR_MSG_MAX];
};

/* From settings already loaded (store_settings_load), without reading the file again. */
void store_today_of(const struct pmwb_settings *s, struct store_today *out);
enum pmwb_status store_today(struct store *st, struct store_today *out, struct pmwb_error *e);

#endif
