/* Organisations (pmwb/store_organisation.h). */
#include "config.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "pmwb/name_match.h"
#include "pmwb/store_organisation.h"
#include "pmwb/text.h"
#include "store_impl.h"

/* names may be NULL (size 0) when the caller wants only the count. */
static void add_name(char *names, size_t size, const char *name)
{
	size_t len;

	if (!size)
		return;
	len = strlen(names);
	snprintf(names + len, size - len, "%s'%s'", len ? ", " : "", name);
}

enum pmwb_status store_organisation_lookup(struct store *st, const char *name, long long *id,
					   char *canonical, size_t canonical_size,
					   enum store_organisation_match *match, char *names,
					   size_t names_size, struct pmwb_error *e)
{
	int best = INT_MAX, at_best = 0, rc;
	char all[1024] = "";
	sqlite3_stmt *q;

	*match = STORE_ORGANISATION_NONE;
	*id = 0;
	if (canonical_size)
		canonical[0] = '\0';
	if (names_size)
		names[0] = '\0';
	if (store_prepare(st, "SELECT id, name FROM organisation ORDER BY name", &q, e) != PMWB_OK)
		return e->status;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		const char *n = (const char *)sqlite3_column_text(q, 1);
		int t = n ? name_match_tier(n, name) : -1;

		if (t < 0 && n && name_match_initials(n, name) >= 0)
			t = NAME_MATCH_TIERS + name_match_initials(n, name); /* "CCG": after the rest */

		add_name(all, sizeof(all), n ? n : "");
		if (t < 0 || t > best)
			continue;
		if (t < best) {
			best = t;
			at_best = 0;
			if (names_size)
				names[0] = '\0';
			*id = sqlite3_column_int64(q, 0);
			if (canonical_size)
				text_copy(canonical, canonical_size, n);
		}
		at_best++;
		add_name(names, names_size, n);
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "looking an organisation up");
	if (at_best == 1)
		*match = STORE_ORGANISATION_FOUND;
	else if (at_best > 1)
		*match = STORE_ORGANISATION_AMBIGUOUS;
	else if (names_size)
		text_copy(names, names_size, all); /* what a user might have meant */
	return PMWB_OK;
}

enum pmwb_status store_organisation_count(struct store *st, int *n, long long *only_id,
					  char *names, size_t names_size, struct pmwb_error *e)
{
	sqlite3_stmt *q;
	int rc;

	*n = 0;
	*only_id = 0;
	if (names_size)
		names[0] = '\0';
	if (store_prepare(st, "SELECT id, name FROM organisation ORDER BY name", &q, e) != PMWB_OK)
		return e->status;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		if ((*n)++ == 0)
			*only_id = sqlite3_column_int64(q, 0);
		add_name(names, names_size, (const char *)sqlite3_column_text(q, 1));
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "counting the organisations");
	if (*n != 1)
		*only_id = 0;
	return PMWB_OK;
}
