/* Turning cells into typed values, each failure reported where it is. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "import_impl.h"
#include "pmwb/date.h"
#include "pmwb/money.h"
#include "pmwb/store_programme.h"
#include "pmwb/store_project.h"
#include "pmwb/text.h"

long import_col(const struct import_row *row, int field)
{
	int c = row->map->field_col[field];
	return c < 0 ? 0 : c + 1;
}

void import_text(const struct import_row *row, int field, struct store_val *v)
{
	memset(v, 0, sizeof(*v));
	if (row->map->field_col[field] < 0) {
		v->absent = 1;
		v->null = 1;
		return;
	}
	v->s = row->cell[field];
	v->null = !v->s[0];
}

void import_date_error(struct import_run *run, const struct import_row *row, int field,
		       const char *why)
{
	const char *text = row->cell[field];
	const char *name = run->kind->fields[field].name;
	int y, m, d;

	if (!date_month_first(text, &y, &m, &d)) {
		import_error(run, row->line, import_col(row, field), text, "%s: %s", name, why);
		return;
	}
	/* Lines before this one may have been read day first the wrong way round: the import
	 * writes nothing when a line is refused, so none of them is stored. */
	if (run->month_first_line)
		import_error(run, row->line, import_col(row, field), text,
			     "%s: '%s' is a month-first (US) date, as on line %ld", name, text,
			     run->month_first_line);
	else
		import_error(run, row->line, import_col(row, field), text,
			     "%s: '%s' can only be month first: the file seems to use US "
			     "month-first dates, so none of its dates can be trusted read day "
			     "first; convert the column to day-first dates or write them as "
			     "%04d-%02d-%02d",
			     name, text, y, m, d);
	if (!run->month_first_line)
		run->month_first_line = row->line;
}

int import_day(struct import_run *run, const struct import_row *row, int field, char iso[11],
	       struct store_val *v)
{
	struct pmwb_error e;
	int y, m, d;

	import_text(row, field, v);
	if (v->null)
		return 1;
	if (date_parse_day(row->cell[field], &y, &m, &d, &e) != PMWB_OK) {
		import_date_error(run, row, field, e.msg);
		v->null = 1;
		return 0;
	}
	date_format_iso(y, m, d, iso, 11);
	v->s = iso;
	return 1;
}

int import_money_k(struct import_run *run, const struct import_row *row, long column,
		   const char *text, struct store_val *v)
{
	struct pmwb_error e;
	money_pounds p;

	memset(v, 0, sizeof(*v));
	if (!text[0]) {
		v->null = 1;
		return 1;
	}
	if (money_parse(text, import_column_unit(run, column), &p, &e) != PMWB_OK) {
		/* the unit is the first thing to doubt when a value will not convert */
		import_error(run, row->line, column, text, "%s (the column is in %s)", e.msg,
			     money_unit_name(import_column_unit(run, column)));
		return 0;
	}
	v->i = p;
	return 1;
}

int import_int(struct import_run *run, const struct import_row *row, int field, int min, int max,
	       struct store_val *v)
{
	const char *text = row->cell[field];
	char *end;
	long n;

	memset(v, 0, sizeof(*v));
	if (row->map->field_col[field] < 0)
		v->absent = 1;
	if (!text[0]) {
		v->null = 1;
		return 1;
	}
	errno = 0;
	n = strtol(text, &end, 10);
	if (errno || *end || end == text || n < min || n > max) {
		import_error(run, row->line, import_col(row, field), text,
			     "%s must be a whole number from %d to %d", run->kind->fields[field].name,
			     min, max);
		return 0;
	}
	v->i = n;
	return 1;
}

int import_fy(struct import_run *run, const struct import_row *row, int field,
	      struct store_val *v)
{
	const char *text = row->cell[field];
	struct pmwb_error e;
	int fy;

	memset(v, 0, sizeof(*v));
	if (row->map->field_col[field] < 0)
		v->absent = 1;
	if (!text[0]) {
		v->null = 1;
		return 1;
	}
	if (fy_parse(text, &fy, &e) != PMWB_OK) {
		import_error(run, row->line, import_col(row, field), text, "%s: %s",
			     run->kind->fields[field].name, e.msg);
		return 0;
	}
	v->i = fy;
	return 1;
}

int import_level(struct import_run *run, const struct import_row *row, int field,
		 enum scale_axis axis, struct store_val *level, struct store_val *word)
{
	const char *text = row->cell[field];
	struct pmwb_error e;
	int n, was_word = 0;

	memset(level, 0, sizeof(*level));
	memset(word, 0, sizeof(*word));
	if (row->map->field_col[field] < 0) {
		level->absent = word->absent = 1;
		level->null = word->null = 1;
		return 1;
	}
	word->null = 1;
	if (!text[0]) {
		level->null = 1;
		return 1;
	}
	if (scale_parse(axis, &run->o->scale, text, &n, &was_word, &e) != PMWB_OK) {
		import_error(run, row->line, import_col(row, field), text, "%s: %s",
			     run->kind->fields[field].name, e.msg);
		return 0;
	}
	level->i = n;
	if (was_word) {
		word->null = 0;
		word->s = text;
	}
	return 1;
}

static void ids_add(struct import_run *run, struct import_ids *set, long long id)
{
	long long *grown;

	/* rows come in runs of one programme: the last one added is checked first */
	for (int i = set->n - 1; i >= 0; i--)
		if (set->id[i] == id)
			return;
	if (set->n == set->cap) {
		int cap = set->cap ? set->cap * 2 : 16;
		grown = realloc(set->id, (size_t)cap * sizeof(*grown));
		if (!grown) {
			run->scope_failed = 1; /* run_plan stops before deleting anything */
			return;
		}
		set->id = grown;
		set->cap = cap;
	}
	set->id[set->n++] = id;
}

void import_scope_add(struct import_run *run, const struct store_val *prog,
		      const struct store_val *org)
{
	if (!run->o->replace)
		return;
	if (!prog->null)
		ids_add(run, &run->scope_programmes, prog->i);
	else
		ids_add(run, &run->scope_organisations, org && !org->null ? org->i : 0);
}

int import_programme(struct import_run *run, const struct import_row *row, int field,
		     int allow_empty, struct store_val *v, struct pmwb_error *e,
		     enum pmwb_status *fatal)
{
	/* --programme stands in for a column the file does not have (take_header checked it) */
	const char *text = row->map->field_col[field] < 0 && run->o->programme
				   ? run->o->programme
				   : row->cell[field];
	enum store_programme_match match = STORE_PROGRAMME_NONE;
	char codes[256];
	long long id = 0;
	int found = 0, i;

	*fatal = PMWB_OK;
	memset(v, 0, sizeof(*v));
	if (!text[0]) {
		if (allow_empty) {
			v->null = 1;
			return 1;
		}
		import_error(run, row->line, import_col(row, field), text,
			     "the programme is missing: give its code or name");
		return 0;
	}
	/* Registers repeat one programme row after row: a small cache saves a query each. */
	for (i = 0; i < run->npcache; i++)
		if (strcmp(run->pcache[i].text, text) == 0)
			break;
	if (i < run->npcache) {
		id = run->pcache[i].id;
		found = run->pcache[i].found;
	} else {
		if (store_programme_lookup(run->b, text, &id, &match, codes, sizeof(codes), e) !=
		    PMWB_OK) {
			*fatal = e->status;
			return 0;
		}
		if (match == STORE_PROGRAMME_AMBIGUOUS) {
			import_error(run, row->line, import_col(row, field), text,
				     "more than one programme goes by this name (%s): write the "
				     "programme's code instead",
				     codes);
			return 0;
		}
		found = match == STORE_PROGRAMME_FOUND;
		if (strlen(text) < sizeof(run->pcache[0].text)) {
			i = run->npcache < 32 ? run->npcache++ : (int)(run->rows % 32);
			text_copy(run->pcache[i].text, sizeof(run->pcache[i].text), text);
			run->pcache[i].id = id;
			run->pcache[i].found = found;
		}
	}
	if (!found) {
		import_error(run, row->line, import_col(row, field), text,
			     "no programme has this code or name: import the programme first "
			     "(pmwb import programmes FILE)%s",
			     allow_empty ? ", or leave the cell empty for an organisation-level "
					   "(corporate) entry"
					 : "");
		return 0;
	}
	v->i = id;
	import_scope_add(run, v, NULL);
	return 1;
}

enum pmwb_status import_add_project(struct import_run *run, const struct store_val *programme,
				    const char *name, long line, long long *id,
				    struct pmwb_error *e)
{
	struct store_val p[STORE_PROJECT_NCOLS];
	struct store_put_result r;

	/* only its key: the delivery table, when it comes, says the rest */
	for (int i = 0; i < STORE_PROJECT_NCOLS; i++) {
		memset(&p[i], 0, sizeof(p[i]));
		p[i].null = p[i].absent = 1;
	}
	p[STORE_PROJECT_PROGRAMME_ID] = *programme;
	p[STORE_PROJECT_NAME].null = p[STORE_PROJECT_NAME].absent = 0;
	p[STORE_PROJECT_NAME].s = name;
	if (store_put(run->b, &store_project_entity, p, line, &r, e) != PMWB_OK)
		return e->status;
	import_count(run, &store_project_entity, r.change);
	*id = r.id;
	return PMWB_OK;
}
