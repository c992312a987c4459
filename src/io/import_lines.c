/* The lines of one project or scheme (import_lines.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "import_lines.h"

int import_lines_continue(const struct import_lines *l, const struct import_row *row,
			  int prog_field, int name_field)
{
	const struct import_row *first = &l->row[0];

	if (l->n == 0 || strcmp(first->cell[prog_field], row->cell[prog_field]) != 0)
		return 0;
	return !row->cell[name_field][0] ||
	       strcmp(first->cell[name_field], row->cell[name_field]) == 0;
}

enum pmwb_status import_lines_hold(struct import_run *run, struct import_lines *l,
				   const struct import_row *row, struct pmwb_error *e)
{
	const struct csvin_record *src = row->rec;
	struct csvin_record *rec = &l->rec[l->n];
	struct import_row *held = &l->row[l->n];
	size_t size = src->nfields * (sizeof(char *) + sizeof(size_t)), at;
	char *block;

	if (l->n == IMPORT_LINES_MAX) {
		import_error(run, row->line, 0, NULL,
			     "more than %d lines of one %s in a row: give the lines names of "
			     "their own", IMPORT_LINES_MAX, run->kind->entities[0] ?
			     store_entity_label(run->kind->entities[0]) : "record");
		l->bad = 1;
		return PMWB_OK;
	}
	for (size_t c = 0; c < src->nfields; c++)
		size += strlen(src->field[c]) + 1;
	block = malloc(size ? size : 1);
	if (!block)
		return err_set(e, PMWB_NOMEM, "out of memory");
	*rec = *src;
	rec->prepared = NULL;
	rec->field = (char **)block;
	rec->len = (size_t *)(block + src->nfields * sizeof(char *));
	at = src->nfields * (sizeof(char *) + sizeof(size_t));
	for (size_t c = 0; c < src->nfields; c++) {
		size_t n = strlen(src->field[c]);
		rec->field[c] = memcpy(block + at, src->field[c], n + 1);
		((size_t *)rec->len)[c] = n;
		at += n + 1;
	}
	*held = *row;
	held->rec = rec;
	for (int f = 0; f < run->kind->nfields; f++) {
		int c = row->map->field_col[f];
		held->cell[f] = c >= 0 && (size_t)c < rec->nfields ? rec->field[c] : "";
	}
	l->copy[l->n++] = block;
	return PMWB_OK;
}

void import_lines_clear(struct import_lines *l)
{
	for (int i = 0; i < l->n; i++)
		free(l->copy[i]);
	l->n = 0;
	l->bad = 0;
}

char *import_lines_join(const struct import_lines *l, int field)
{
	size_t size = 1;
	char *out;

	for (int i = 0; i < l->n; i++)
		size += strlen(l->row[i].cell[field]) + 2;
	out = malloc(size);
	if (!out)
		return NULL;
	out[0] = '\0';
	for (int i = 0; i < l->n; i++) {
		const char *s = l->row[i].cell[field];
		int seen = !s[0];
		for (int j = 0; j < i && !seen; j++)
			seen = strcmp(l->row[j].cell[field], s) == 0;
		if (seen)
			continue;
		if (out[0])
			strcat(out, "; ");
		strcat(out, s);
	}
	return out;
}

void import_lines_nameless(struct import_run *run, const struct import_row *row, int name_field,
			   const char *what)
{
	import_error(run, row->line, import_col(row, name_field), NULL,
		     "the %s has no name, and the line above is no line of the same programme "
		     "that it could continue: give it its name",
		     what);
}

void import_lines_named_above(struct import_run *run, const struct import_lines *l,
			      const struct import_row *row, int name_field, const char *what)
{
	import_notice(run, row->line, import_col(row, name_field),
		      "the line has no %s name: read as a further line of '%s' above it (line "
		      "%ld), as a line whose name was lost at a page break",
		      what, l->row[0].cell[name_field], l->row[l->n - 1].line);
}

enum pmwb_status import_lines_flush(struct import_run *run, struct import_lines *l,
				    struct pmwb_error *e)
{
	enum pmwb_status st = l->n ? l->put(run, e) : PMWB_OK;

	import_lines_clear(l);
	return st;
}

enum pmwb_status import_lines_row(struct import_run *run, struct import_lines *l,
				  const struct import_row *row, struct pmwb_error *e)
{
	int nameless = !row->cell[l->name_field][0];

	if (!import_lines_continue(l, row, l->prog_field, l->name_field)) {
		if (import_lines_flush(run, l, e) != PMWB_OK)
			return e->status;
		if (nameless) {
			import_lines_nameless(run, row, l->name_field, l->what);
			return PMWB_OK;
		}
	} else if (nameless) {
		import_lines_named_above(run, l, row, l->name_field, l->what);
	}
	if (!l->check(run, row))
		l->bad = 1;
	return import_lines_hold(run, l, row, e);
}
