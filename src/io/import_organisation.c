/* Whose a row with no programme is: an organisation's own (corporate) risk or measure.
 * Keys are unique within an organisation, so a database holding several organisations must
 * be told which one a corporate row is, never guess: by the file's organisation column, by
 * --organisation, by the one organisation of the programmes imported with it (import all of
 * a folder), or, when the database holds exactly one organisation, by that one. */
#include "config.h"

#include <string.h>
#include <strings.h>

#include "import_impl.h"
#include "pmwb/store_organisation.h"
#include "pmwb/store_programme.h"
#include "pmwb/text.h"

void import_organisation_seen(struct import_run *run, const char *name)
{
	if (!name || !name[0] || run->org.seen_many)
		return;
	if (!run->org.seen[0])
		text_copy(run->org.seen, sizeof(run->org.seen), name);
	else if (strcasecmp(run->org.seen, name) != 0)
		run->org.seen_many = 1;
}

/* name to id; *said 1 when the failure was reported (as a row error or in e). */
static int lookup(struct import_run *run, const char *name, long long *id, char *why,
		  size_t why_size, struct pmwb_error *e, enum pmwb_status *fatal)
{
	enum store_organisation_match match;
	char names[512];

	*fatal = store_organisation_lookup(run->st, name, id, NULL, 0, &match, names, sizeof(names),
					   e);
	if (*fatal != PMWB_OK)
		return 0;
	if (match == STORE_ORGANISATION_FOUND)
		return 1;
	if (match == STORE_ORGANISATION_AMBIGUOUS) {
		snprintf(why, why_size, "more than one organisation goes by this name (%s): write "
			 "it in full", names);
		return 0;
	}
	snprintf(why, why_size, "no organisation goes by this name (%s%s); an organisation comes "
		 "with its programmes (the organisation column of pmwb import programmes)",
		 names[0] ? "the database has " : "the database has none yet", names);
	return 0;
}

enum pmwb_status import_organisation_option(struct import_run *run, struct pmwb_error *e)
{
	enum pmwb_status fatal;
	char why[768];
	long long id;

	if (!run->o->organisation)
		return PMWB_OK;
	if (lookup(run, run->o->organisation, &id, why, sizeof(why), e, &fatal))
		return PMWB_OK;
	if (fatal != PMWB_OK)
		return fatal;
	return err_set(e, PMWB_USAGE, "--organisation '%s': %s", run->o->organisation, why);
}

/* The organisation of corporate rows that do not name one, decided once per import. */
static int default_organisation(struct import_run *run, const struct import_row *row,
				int field, struct store_val *v, struct pmwb_error *e,
				enum pmwb_status *fatal)
{
	const char *name = run->o->organisation ? run->o->organisation
			   : run->org.seen[0] && !run->org.seen_many ? run->org.seen
								       : NULL;
	char why[768], names[512];
	int n;

	if (!run->org.resolved) {
		if (name) {
			if (!lookup(run, name, &run->org.id, why, sizeof(why), e, fatal)) {
				if (*fatal == PMWB_OK)
					import_error(run, row->line, import_col(row, field), name,
						     "%s", why);
				return 0;
			}
		} else {
			*fatal = store_organisation_count(run->st, &n, &run->org.id, names,
							  sizeof(names), e);
			if (*fatal != PMWB_OK)
				return 0;
			if (n > 1) {
				run->org.id = -1;
				text_copy(run->org.names, sizeof(run->org.names), names);
			}
		}
		run->org.resolved = 1;
	}
	if (run->org.id < 0) {
		/* said at the first such row: the rest would repeat it word for word */
		if (!run->org.refused++)
			import_error(run, row->line, import_col(row, field), NULL,
				     "this row belongs to no programme, and the database holds "
				     "several organisations (%s): say whose it is with "
				     "--organisation NAME or an organisation column",
				     run->org.names);
		else
			run->errors++;
		return 0;
	}
	v->null = run->org.id == 0;
	v->i = run->org.id;
	return 1;
}

/* A register names its organisation where a programme is expected ("CCG" for Bromley
 * Clinical Commissioning Group): a name that is no programme's but an organisation's makes
 * the row that organisation's own (corporate).  1 when it did. */
static int organisation_in_programme_column(struct import_run *run, const char *cell,
					    struct store_val *prog, struct store_val *org,
					    struct pmwb_error *e, enum pmwb_status *fatal)
{
	enum store_programme_match match;
	char why[768];
	long long id;

	if (!cell[0])
		return 0;
	for (int i = 0; i < run->npcache; i++)
		if (strcmp(run->pcache[i].text, cell) == 0 && run->pcache[i].found)
			return 0; /* a programme, seen on an earlier row */
	*fatal = store_programme_lookup(run->b, cell, &id, &match, NULL, 0, e);
	if (*fatal != PMWB_OK || match != STORE_PROGRAMME_NONE)
		return 0;
	if (!lookup(run, cell, &id, why, sizeof(why), e, fatal))
		return 0;
	memset(prog, 0, sizeof(*prog));
	prog->null = 1;
	org->null = 0;
	org->i = id;
	return 1;
}

int import_owner(struct import_run *run, const struct import_row *row, int prog_field,
		 int org_field, struct store_val *prog, struct store_val *org,
		 struct pmwb_error *e, enum pmwb_status *fatal)
{
	const char *cell = row->map->field_col[org_field] >= 0 ? row->cell[org_field] : "";
	char why[768];

	*fatal = PMWB_OK;
	memset(org, 0, sizeof(*org));
	org->null = 1;
	if (row->map->field_col[prog_field] >= 0 && !run->o->programme &&
	    organisation_in_programme_column(run, row->cell[prog_field], prog, org, e, fatal))
		return 1;
	if (*fatal != PMWB_OK)
		return 0;
	if (row->map->field_col[prog_field] >= 0 || run->o->programme) {
		if (!import_programme(run, row, prog_field, 1, prog, e, fatal))
			return 0;
	} else {
		memset(prog, 0, sizeof(*prog));
		prog->null = 1;
	}
	if (!prog->null)
		return 1; /* a programme's row is its programme's organisation's */
	if (!cell[0])
		return default_organisation(run, row, prog_field, org, e, fatal);
	if (lookup(run, cell, &org->i, why, sizeof(why), e, fatal)) {
		org->null = 0;
		return 1;
	}
	if (*fatal == PMWB_OK)
		import_error(run, row->line, import_col(row, org_field), cell, "%s", why);
	return 0;
}
