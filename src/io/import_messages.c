/* What an import says: errors, warnings and notices in the compilers' FILE:LINE:COLUMN form,
 * and the tally of what changed. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import_impl.h"
#include "pmwb/text.h"

/* A file's run keeps this many of its messages; beyond, one more line says how many went. */
#define IMPORT_MAX_NOTES 10000

/* Messages: compilers' format, so that editors jump to the place. */
static void vmessage(struct import_run *run, const char *kind, long line, long column,
		     const char *value, const char *fmt, va_list ap)
{
	FILE *f = run->o->msg;

	if (run->o->progress)
		fputs("\r\033[K", f);
	fputs(run->file, f);
	if (line > 0)
		fprintf(f, ":%ld", line);
	if (line > 0 && column > 0)
		fprintf(f, ":%ld", column);
	fputs(": ", f);
	if (kind)
		fputs(kind, f);
	vfprintf(f, fmt, ap);
	if (value) {
		char q[TEXT_QUOTE_MAX + 8];
		text_quote(q, sizeof(q), value, strlen(value));
		fprintf(f, " (value '%s')", q);
	}
	fputc('\n', f);
}

void import_error(struct import_run *run, long line, long column, const char *value,
		  const char *fmt, ...)
{
	va_list ap;
	int max = run->o->max_errors > 0 ? run->o->max_errors : IMPORT_DEFAULT_MAX_ERRORS;

	run->errors++;
	if (run->silent || run->printed_errors >= max)
		return;
	run->printed_errors++;
	va_start(ap, fmt);
	vmessage(run, NULL, line, column, value, fmt, ap);
	va_end(ap);
}

/* Kept for the file's import run, whether said or not (--quiet): the run is the record. */
static void keep(struct import_run *run, int warning, long line, long column, const char *fmt,
		 va_list ap)
{
	char text[1024];
	struct import_note *n;

	if (run->nnotes >= IMPORT_MAX_NOTES) {
		run->notes_dropped++;
		return;
	}
	if (run->nnotes == run->capnotes) {
		int cap = run->capnotes ? run->capnotes * 2 : 16;
		struct import_note *more = realloc(run->notes, (size_t)cap * sizeof(*more));
		if (!more) {
			run->notes_dropped++;
			return;
		}
		run->notes = more;
		run->capnotes = cap;
	}
	vsnprintf(text, sizeof(text), fmt, ap);
	n = &run->notes[run->nnotes];
	if (!(n->text = strdup(text))) {
		run->notes_dropped++;
		return;
	}
	n->line = line;
	n->col = column;
	n->warning = warning;
	run->nnotes++;
}

void import_warning(struct import_run *run, long line, long column, const char *fmt, ...)
{
	va_list ap;

	run->warnings++;
	if (run->silent)
		return;
	va_start(ap, fmt);
	keep(run, 1, line, column, fmt, ap);
	va_end(ap);
	if (run->o->quiet > 1)
		return;
	va_start(ap, fmt);
	vmessage(run, NULL, line, column, NULL, fmt, ap);
	va_end(ap);
}

void import_notice(struct import_run *run, long line, long column, const char *fmt, ...)
{
	va_list ap;

	if (run->silent)
		return;
	va_start(ap, fmt);
	keep(run, 0, line, column, fmt, ap);
	va_end(ap);
	if (run->o->quiet)
		return;
	va_start(ap, fmt);
	vmessage(run, "notice: ", line, column, NULL, fmt, ap);
	va_end(ap);
}

void import_count(struct import_run *run, const struct store_entity *ent, enum store_change c)
{
	int i;

	for (i = 0; i < run->ntally; i++)
		if (run->tally[i].ent == ent)
			break;
	if (i == run->ntally) {
		if (run->ntally >= 16)
			return;
		run->tally[run->ntally].ent = ent;
		memset(run->tally[run->ntally].count, 0, sizeof(run->tally[0].count));
		run->ntally++;
	}
	run->tally[i].count[c]++;
	for (i = 0; i < run->nfile_tally; i++)
		if (run->file_tally[i].ent == ent)
			break;
	if (i == run->nfile_tally) {
		if (run->nfile_tally >= 16)
			return;
		run->file_tally[i].ent = ent;
		memset(run->file_tally[i].count, 0, sizeof(run->file_tally[0].count));
		run->nfile_tally++;
	}
	run->file_tally[i].count[c]++;
}
