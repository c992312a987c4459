/* Private to io/: the lines of one project or scheme.  A plan as published may give one
 * project two lines of work (the same name on consecutive lines of the same programme), or
 * lose the name of a line at a page break (the line continues the one above).  A kind holds
 * such lines here, checking each at its own line, and writes them as one record when a line
 * of another project (or the end of the file) comes. */
#ifndef PMWB_IMPORT_LINES_H
#define PMWB_IMPORT_LINES_H

#include "import_impl.h"

#define IMPORT_LINES_MAX 32

struct import_lines;

/* A kind's two halves for its lines: check one line at its own line (1 when good; its figures
 * count towards the totals), and write the lines held as one record. */
typedef int (*import_lines_check_fn)(struct import_run *run, const struct import_row *row);
typedef enum pmwb_status (*import_lines_put_fn)(struct import_run *run, struct pmwb_error *e);

struct import_lines {
	int prog_field, name_field;
	const char *what; /* "project" */
	import_lines_check_fn check;
	import_lines_put_fn put;
	int n;
	int bad; /* a line had an error: the record is not written */
	struct import_row row[IMPORT_LINES_MAX];
	struct csvin_record rec[IMPORT_LINES_MAX];
	void *copy[IMPORT_LINES_MAX];
};

/* A data row: it continues the lines held, or they are written and it starts the next; a
 * nameless row that continues nothing is refused at its line. */
enum pmwb_status import_lines_row(struct import_run *run, struct import_lines *l,
				  const struct import_row *row, struct pmwb_error *e);
/* After the last row: the lines held are written. */
enum pmwb_status import_lines_flush(struct import_run *run, struct import_lines *l,
				    struct pmwb_error *e);

/* Whether row continues the lines held: the same programme cell, and the same name or none. */
int import_lines_continue(const struct import_lines *l, const struct import_row *row,
			  int prog_field, int name_field);
/* Keeps a copy of row (its record and cells). */
enum pmwb_status import_lines_hold(struct import_run *run, struct import_lines *l,
				   const struct import_row *row, struct pmwb_error *e);
void import_lines_clear(struct import_lines *l);

/* The distinct non-empty cells of field over the lines, joined with "; " into a new string
 * (NULL when out of memory); "" when every line leaves it empty. */
char *import_lines_join(const struct import_lines *l, int field);

/* A nameless line that continues nothing: refused at its line, saying so. */
void import_lines_nameless(struct import_run *run, const struct import_row *row, int name_field,
			   const char *what);

/* A nameless line read as a further line of the project above: said, as a notice. */
void import_lines_named_above(struct import_run *run, const struct import_lines *l,
			      const struct import_row *row, int name_field, const char *what);

#endif
