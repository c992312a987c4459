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

#endif
