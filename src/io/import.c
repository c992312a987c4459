/* The import driver: one transaction over every file given, each file streamed through the
 * CSV reader, its header matched, each row handed to the kind's importer, and at the end
 * commit (no errors), or roll back and say how many rows were wrong. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "import_impl.h"
#include "test_signal.h"
#include "pmwb/store.h"
#include "pmwb/store_import_run.h"
#include "pmwb/store_programme.h"
#include "pmwb/text.h"

static const struct import_kind *const kinds[] = {
	/* `import all` order: what a later kind refers to comes first */
	&import_kind_programmes, &import_kind_thresholds, &import_kind_delivery,
	&import_kind_phases,     &import_kind_qipp,       &import_kind_qipp_months,
	&import_kind_milestones, &import_kind_statuses,   &import_kind_risks,
	&import_kind_metrics,
};
#define NKINDS (sizeof(kinds) / sizeof(kinds[0]))

/* Inputs this big are a bulk load worth a journal switch (see store_batch_begin). */
#define IMPORT_LARGE (16ull << 20)

const struct import_kind *import_kind_find(const char *name)
{
	for (size_t i = 0; i < NKINDS; i++)
		if (strcmp(kinds[i]->name, name) == 0)
			return kinds[i];
	return NULL;
}

int import_kind_known(const char *kind)
{
	return import_kind_find(kind) != NULL;
}

const char *import_kind_list(void)
{
	return "programmes, delivery, phases, milestones, risks, qipp, qipp-months, thresholds, "
	       "metrics, statuses";
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void progress(struct import_run *run)
{
	double t = now();
	unsigned long long done = csvin_bytes(run->reader);

	if (t - run->last_progress < 0.25)
		return;
	run->last_progress = t;
	fprintf(run->o->msg, "\r\033[K%s: %ld rows", run->file, run->rows);
	if (run->file_size)
		fprintf(run->o->msg, ", %d%%", (int)(done * 100 / run->file_size));
	if (t > run->started)
		fprintf(run->o->msg, ", %.0f rows/s", (double)run->rows / (t - run->started));
	fflush(run->o->msg);
}

static void list_required(const struct import_kind *k, char *buf, size_t size)
{
	buf[0] = '\0';
	for (int i = 0; i < k->nfields; i++) {
		size_t n = strlen(buf);
		if (k->fields[i].flags & IMPORT_REQUIRED)
			snprintf(buf + n, size - n, "%s'%s'", n ? ", " : "", k->fields[i].name);
	}
}

/* The kind's programme field (code or name), or -1. */
static int programme_field(const struct import_kind *k)
{
	for (int i = 0; i < k->nfields; i++)
		if (strcmp(k->fields[i].name, "programme_code") == 0)
			return i;
	return -1;
}

static int has_required(const struct import_run *run, const struct import_map *m)
{
	int given = run->o->programme ? programme_field(run->kind) : -1;

	for (int i = 0; i < run->kind->nfields; i++)
		if ((run->kind->fields[i].flags & IMPORT_REQUIRED) && m->field_col[i] < 0 &&
		    i != given)
			return 0;
	return 1;
}

/* --programme names one programme: its id.  Checked once, before any row, rather than as
 * an error on every row. */
static enum pmwb_status programme_option_id(struct import_run *run, long long *id,
					    struct pmwb_error *e)
{
	enum store_programme_match match;
	char codes[256];

	if (store_programme_lookup(run->b, run->o->programme, id, &match, codes, sizeof(codes),
				   e) != PMWB_OK)
		return e->status;
	if (match == STORE_PROGRAMME_AMBIGUOUS)
		return err_set(e, PMWB_INPUT,
			       "--programme '%s': more than one programme goes by this name (%s); "
			       "give its code",
			       run->o->programme, codes);
	if (match != STORE_PROGRAMME_FOUND)
		return err_set(e, PMWB_INPUT,
			       "--programme '%s': no programme has this code or name; import the "
			       "programme first (pmwb import programmes FILE)",
			       run->o->programme);
	return PMWB_OK;
}

/* --programme for a file of a kind that has no programme field: refused before anything is
 * read or replaced. */
static enum pmwb_status programme_option_applies(const struct import_kind *k, const char *file,
						 struct pmwb_error *e)
{
	if (programme_field(k) < 0)
		return err_set_at(e, PMWB_USAGE, file, 0, 0,
				  "--programme does not apply to %s, which belong to no programme",
				  k->name);
	return PMWB_OK;
}

/* At the header: --programme stands in for a programme column the file does not have. */
static enum pmwb_status check_programme_option(struct import_run *run, long line,
					       struct pmwb_error *e)
{
	int f = programme_field(run->kind);
	long long id;

	/* a kind without the field was refused before the first file (run_plan) */
	if (!run->o->programme || f < 0)
		return PMWB_OK;
	if (run->map.field_col[f] >= 0)
		return err_set_at(e, PMWB_INPUT, run->file, line, run->map.field_col[f] + 1,
				  "the file has its own programme column; --programme is for a "
				  "file without one");
	return programme_option_id(run, &id, e);
}

/* Whether a row at or below --header-row is the header (m filled): with --header-row the
 * first such row is; else a row that names at least two of the kind's columns including the
 * required ones.  Only reads run: the parser thread decides the same way ahead. */
static int header_here(const struct import_run *run, const struct csvin_record *rec,
		       struct import_map *m)
{
	int recognised = import_header_match(run, rec, m);

	return run->o->header_row || (recognised >= 2 && has_required(run, m));
}

/* The header: given by --header-row, else the first of the first 10 rows that names at least
 * two of the kind's columns including the required ones (title rows above are skipped). */
static enum pmwb_status take_header(struct import_run *run, const struct csvin_record *rec,
				    struct pmwb_error *e)
{
	struct import_map m;
	char req[256];

	if (run->o->header_row && rec->line < run->o->header_row) {
		run->skipped_above++;
		return PMWB_OK;
	}
	for (size_t c = 0; !rec->utf8_ok && c < rec->nfields; c++) {
		struct pmwb_error ue;
		if (csvin_check_utf8(rec->field[c], rec->len[c], &ue) != PMWB_OK)
			return err_set_at(e, PMWB_INPUT, run->file, rec->line, (long)c + 1, "%s",
					  ue.msg);
	}
	list_required(run->kind, req, sizeof(req));
	if (header_here(run, rec, &m)) {
		if (!has_required(run, &m))
			return err_set_at(e, PMWB_INPUT, run->file, rec->line, 0,
					  "the header row lacks a required column: %s needs %s "
					  "(name it so, or use --map 'Header Text=field')",
					  run->kind->name, req);
		run->map = m;
		run->have_header = 1;
		run->header_line = rec->line;
		if (check_programme_option(run, rec->line, e) != PMWB_OK)
			return e->status;
		if (import_header_units(run, rec, e) != PMWB_OK)
			return e->status;
		if (run->skipped_above)
			import_notice(run, rec->line, 0, "skipped %ld row%s above the header",
				      run->skipped_above, run->skipped_above == 1 ? "" : "s");
		for (int c = 0; c < m.ncols; c++) {
			if (m.col_field[c] == MAP_UNKNOWN)
				import_notice(run, rec->line, c + 1,
					      "column '%s' is not one %s has; ignored (use --map "
					      "'%s=FIELD' to read it as a field)",
					      rec->field[c], run->kind->name, rec->field[c]);
			else if (m.col_field[c] == MAP_REPEATED)
				import_notice(run, rec->line, c + 1,
					      "column '%s' would give %s again, which column %d gives; "
					      "ignored", rec->field[c],
					      run->kind->fields[m.col_code[c]].name,
					      m.field_col[m.col_code[c]] + 1);
		}
		return run->kind->begin ? run->kind->begin(run, e) : PMWB_OK;
	}
	run->skipped_above++;
	if (rec->number >= 10)
		return err_set_at(e, PMWB_INPUT, run->file, 0, 0,
				  "no header row in the first 10 rows: %s needs the columns %s "
				  "(use --header-row N to say which line it is, or --map 'Header "
				  "Text=field')",
				  run->kind->name, req);
	return PMWB_OK;
}

static int blank_record(const struct csvin_record *rec)
{
	for (size_t i = 0; i < rec->nfields; i++)
		if (rec->field[i][0])
			return 0;
	return 1;
}

/* In a file from pmwb's export (import_header_is_pmwbs), a ' before = + - @ is the guard
 * export added: "'=x" was written for "=x".  Elsewhere it is the data, and kept.  The
 * reader has trimmed every cell (Excel pads them with blanks). */
static void unguard_record(const struct csvin_record *rec)
{
	for (size_t i = 0; i < rec->nfields; i++) {
		char *s = rec->field[i];
		if (s[0] == '\'' && s[1] && strchr("=+-@", s[1]))
			memmove(s, s + 1, strlen(s));
	}
}

static void row_of(const struct import_run *run, const struct csvin_record *rec,
		   struct import_row *row)
{
	row->line = rec->line;
	row->rec = rec;
	row->map = &run->map;
	for (int f = 0; f < run->kind->nfields; f++) {
		int c = run->map.field_col[f];
		row->cell[f] = c >= 0 && (size_t)c < rec->nfields ? rec->field[c] : "";
	}
}

/* On the reader's parser thread (csvin's prepare), ahead of on_record: export's formula guard
 * off, and once the header is known, the kind's type half.  ahead is the file's run copied
 * with silent set; it finds the header as take_header does. */
static void prepare_record(void *ctx, struct csvin_record *rec, void *out)
{
	struct import_run *ahead = ctx;
	struct import_typed *t = out;
	struct import_row row;
	struct import_map m;

	t->ok = 0;
	if (ahead->from_pmwb)
		unguard_record(rec);
	if (blank_record(rec))
		return;
	if (!ahead->have_header) {
		if (!(ahead->o->header_row && rec->line < ahead->o->header_row) && rec->utf8_ok &&
		    header_here(ahead, rec, &m)) {
			ahead->map = m;
			ahead->have_header = 1;
			ahead->from_pmwb = import_header_is_pmwbs(rec);
		}
		return;
	}
	if (!ahead->kind->type || !rec->utf8_ok)
		return;
	row_of(ahead, rec, &row);
	ahead->errors = ahead->warnings = 0;
	t->ok = ahead->kind->type(ahead, &row, t) && !ahead->errors && !ahead->warnings;
}

/* Ctrl-C (or SIGTERM, SIGHUP) since the import began, up to its commit. */
static int stop_asked(const struct import_run *run)
{
	return (run->o->interrupted && *run->o->interrupted) || store_interrupted(run->st);
}

static enum pmwb_status on_record(void *ctx, const struct csvin_record *rec,
				  struct pmwb_error *e)
{
	struct import_run *run = ctx;
	const struct import_typed *typed = rec->prepared;
	struct import_row row;
	int bad = 0, level;

	if (stop_asked(run))
		return err_set(e, PMWB_INTERRUPTED, "interrupted");
	if (!run->have_header)
		return blank_record(rec) ? PMWB_OK : take_header(run, rec, e);
	if (blank_record(rec))
		return PMWB_OK;
	if (run->o->progress && (run->rows & 1023) == 0)
		progress(run);

	/* the reader checked; which cells are wrong, and why, is only worked out for a bad row */
	for (size_t c = 0; !rec->utf8_ok && c < rec->nfields; c++) {
		struct pmwb_error ue;
		if (csvin_check_utf8(rec->field[c], rec->len[c], &ue) != PMWB_OK) {
			import_error(run, rec->line, (long)c + 1, NULL, "%s", ue.msg);
			bad = 1;
		}
	}
	if (bad)
		return PMWB_OK;
	if ((int)rec->nfields != run->map.ncols) {
		/* trailing empty cells (and a short row of blanks) are how Excel pads */
		size_t last = rec->nfields;
		while (last > 0 && !rec->field[last - 1][0])
			last--;
		if ((int)last > run->map.ncols) {
			import_error(run, rec->line, run->map.ncols + 1, rec->field[run->map.ncols],
				     "this row has %zu columns but the header has %d (is a comma in "
				     "a value not quoted?)",
				     last, run->map.ncols);
			return PMWB_OK;
		}
		if ((int)rec->nfields < run->map.ncols && (int)rec->nfields != 1) {
			import_error(run, rec->line, (long)rec->nfields + 1, NULL,
				     "this row has %zu columns but the header has %d",
				     rec->nfields, run->map.ncols);
			return PMWB_OK;
		}
	}
	row_of(run, rec, &row);
	if (run->kind->total_field >= 0 &&
	    (level = import_total_level(row.cell[run->kind->total_field])) > 0) {
		enum pmwb_status st;
		if (run->kind->flush && (st = run->kind->flush(run, e)) != PMWB_OK)
			return st;
		if (run->kind->total)
			run->kind->total(run, &row);
		import_total_reset(run, level);
		return PMWB_OK;
	}
	run->rows++;
	if (typed && typed->ok && run->kind->put)
		return run->kind->put(run, &row, (struct store_val *)typed->v, e);
	return run->kind->row(run, &row, e);
}

static void on_duplicate(void *ctx, const struct store_entity *ent, long line, long first)
{
	struct import_run *run = ctx;

	long col = run->kind->key_field >= 0 ? run->map.field_col[run->kind->key_field] + 1 : 0;

	import_error(run, line, col, NULL, "this %s repeats the key of line %ld (each %s may "
		     "appear once in a file)", store_entity_label(ent), first,
		     store_entity_label(ent));
}

/* Display name: what the user typed, which is what they will look for. */
static enum pmwb_status run_file_with(struct import_run *run, const char *path,
				      const struct csvin_options *co, struct pmwb_error *e)
{
	struct stat sb;
	enum pmwb_status st;
	int fd;

	/* "-": standard input (a pipe from another tool) */
	fd = strcmp(path, "-") == 0 ? dup(STDIN_FILENO) : open(path, O_RDONLY);
	if (fd < 0)
		return err_set_at(e, PMWB_IO, path, 0, 0, "cannot open: %s", strerror(errno));
	if (fstat(fd, &sb) == 0 && S_ISDIR(sb.st_mode)) {
		close(fd);
		return err_set_at(e, PMWB_IO, path, 0, 0,
				  "is a folder; use 'pmwb import all %s' for a folder", path);
	}
	run->file_size = fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) ? (unsigned long long)sb.st_size : 0;
	run->started = run->last_progress = now();
	store_batch_set_file(run->b, run->file);
	/* the file's run, first: the audit rows its rows write carry its id */
	if (store_import_run_begin(run->st, run->kind->name, run->file,
				   S_ISREG(sb.st_mode) ? (long long)sb.st_size : -1, NULL,
				   &run->run_id, e) != PMWB_OK) {
		close(fd);
		return e->status;
	}
	if (csvin_open(path, co, on_record, run, &run->reader, e) != PMWB_OK) {
		close(fd);
		return e->status;
	}
	st = csvin_read_fd(run->reader, fd, e);
	close(fd);
	if (!csvin_sha256(run->reader, run->sha256))
		run->sha256[0] = '\0';
	if (run->o->progress)
		fputs("\r\033[K", run->o->msg);
	if (st == PMWB_OK && !run->have_header) {
		char req[256];
		list_required(run->kind, req, sizeof(req));
		st = err_set_at(e, PMWB_INPUT, run->file, 0, 0,
				run->skipped_above ? "no header row found: %s needs the columns %s"
						   : "the file is empty: %s needs a header row with "
						     "the columns %s",
				run->kind->name, req);
	}
	if (st == PMWB_OK && run->rows == 0 && run->errors == 0)
		st = err_set_at(e, PMWB_INPUT, run->file, 0, 0,
				"the file has a header but no rows: nothing to import (is it the "
				"right sheet?)");
	if (st == PMWB_OK && run->kind->end)
		st = run->kind->end(run, e);
	io_test_signal("rebuild");
	if (st == PMWB_OK && stop_asked(run))
		st = err_set(e, PMWB_INTERRUPTED, "interrupted");
	/* also after errors: a repeated key is one more thing to fix in the same pass */
	if (st == PMWB_OK)
		st = store_batch_end_file(run->b, on_duplicate, run, e);
	if (st == PMWB_INPUT && run->errors > 0 && !e->file[0])
		st = PMWB_OK; /* the duplicates were reported row by row */
	if (st == PMWB_OK && run->record_err.status != PMWB_OK) {
		*e = run->record_err;
		st = e->status;
	}
	csvin_close(run->reader);
	run->reader = NULL;
	if (run->kind->release)
		run->kind->release(run->kstate);
	free(run->kstate);
	run->kstate = NULL;
	import_total_free(run);
	return st;
}

static enum pmwb_status run_file(struct import_run *run, const char *path, struct pmwb_error *e)
{
	struct csvin_options co = {.delimiter = run->o->delimiter, .encoding = run->o->encoding,
				   .trim = 1, .check_utf8 = 1,
				   .prepare = prepare_record,
				   .prepare_size = sizeof(struct import_typed)};
	struct import_run *ahead = malloc(sizeof(*ahead));
	enum pmwb_status st;

	if (!ahead)
		return err_set(e, PMWB_NOMEM, "out of memory");
	/* everything type may read (options, kind, file); nothing it may write or use to
	 * reach the database */
	*ahead = *run;
	ahead->silent = 1;
	ahead->have_header = 0;
	ahead->from_pmwb = 0;
	ahead->st = NULL;
	ahead->b = NULL;
	ahead->reader = NULL;
	ahead->kstate = NULL;
	co.prepare_ctx = ahead;
	st = run_file_with(run, path, &co, e);
	free(ahead);
	return st;
}

struct plan {
	const struct import_kind *kind;
	const char *path;
};

/* What --replace deleted (or would): "--replace: 2 qipp schemes deleted (A, B), with 6 qipp
 * plans and 12 qipp months". */
static void summary_replaced(FILE *out, const struct store_replace_result *r, int dry)
{
	const char *pre = dry ? "dry run: " : "";
	int last = 0, shown = 0;

	if (r->deleted[0].count == 0) {
		fprintf(out, "%s--replace: no %s to delete (every one the file covers is in it)\n",
			pre, r->deleted[0].label);
		return;
	}
	fprintf(out, "%s--replace: %ld %s %s", pre, r->deleted[0].count,
		r->deleted[0].count == 1 ? r->deleted[0].label : r->deleted[0].plural,
		dry ? "would be deleted" : "deleted");
	if (r->keys[0])
		fprintf(out, " (%s)", r->keys);
	for (int k = 1; k < r->nkinds; k++)
		if (r->deleted[k].count)
			last = k;
	for (int k = 1; k <= last; k++) {
		if (!r->deleted[k].count)
			continue;
		fprintf(out, "%s%ld %s", shown == 0 ? ", with " : k == last ? " and " : ", ",
			r->deleted[k].count,
			r->deleted[k].count == 1 ? r->deleted[k].label : r->deleted[k].plural);
		shown++;
	}
	fputc('\n', out);
}

static void summary(FILE *out, const struct import_run *run, const struct store_replace_result *r,
		    int nr, int dry)
{
	if (!out)
		return;
	for (int i = 0; i < run->ntally; i++)
		fprintf(out, "%s%s: %ld new, %ld updated, %ld unchanged\n", dry ? "dry run: " : "",
			store_entity_label(run->tally[i].ent), run->tally[i].count[STORE_NEW],
			run->tally[i].count[STORE_UPDATED], run->tally[i].count[STORE_UNCHANGED]);
	for (int i = 0; i < nr; i++)
		summary_replaced(out, &r[i], dry);
	if (run->totals_checked)
		fprintf(out, "%stotal rows: %ld checked, %ld differ from their rows\n",
			dry ? "dry run: " : "", run->totals_checked, run->totals_differ);
}

/* --replace, once the last file of a kind is in: the kind's rows that the files cover (their
 * programmes, or all for a kind of no programme) and do not list are deleted. */
static enum pmwb_status replace_rest(struct import_run *run, const struct import_kind *k,
				     struct store_replace_result *r, struct pmwb_error *e)
{
	struct store_replace_scope scope = {.programmes = run->scope_programmes.id,
					    .nprogrammes = run->scope_programmes.n,
					    .organisations = run->scope_organisations.id,
					    .norganisations = run->scope_organisations.n,
					    .all = programme_field(k) < 0};
	enum pmwb_status st;

	if (run->scope_failed)
		return err_set(e, PMWB_NOMEM, "out of memory");
	st = store_replace_rest(run->b, k->entities[0], &scope, r, e);
	run->scope_programmes.n = run->scope_organisations.n = 0;
	return st;
}

/* The file's messages go to its run (none: they are dropped). */
static enum pmwb_status notes_flush(struct import_run *run, struct pmwb_error *e)
{
	enum pmwb_status st = PMWB_OK;
	char more[64];

	for (int i = 0; i < run->nnotes; i++) {
		struct import_note *n = &run->notes[i];
		if (st == PMWB_OK && run->run_id)
			st = store_import_run_message(run->st, run->run_id, n->line, n->col,
						      n->warning ? "warning" : "notice", n->text, e);
		free(n->text);
	}
	run->nnotes = 0;
	if (st == PMWB_OK && run->run_id && run->notes_dropped) {
		snprintf(more, sizeof(more), "and %ld more messages, not kept", run->notes_dropped);
		st = store_import_run_message(run->st, run->run_id, 0, 0, "notice", more, e);
	}
	run->notes_dropped = 0;
	return st;
}

/* A total checked, into the file's run; a failure is said at the file's end. */
static void record_total(struct import_run *run, const struct store_import_total *t)
{
	if (run->record_err.status == PMWB_OK)
		store_import_run_total(run->st, run->run_id, t, &run->record_err);
}

/* The file's counts: the records it wrote, of every kind (a QIPP row is a scheme and its
 * plan years), in the figures, and by kind in the words ("qipp plan: 27 new"). */
static void file_counts(const struct import_run *run, long n[3], char *words, size_t size)
{
	n[0] = n[1] = n[2] = 0;
	words[0] = '\0';
	for (int i = 0; i < run->nfile_tally; i++) {
		const struct import_tally *t = &run->file_tally[i];
		size_t len = strlen(words);
		for (int c = 0; c < 3; c++)
			n[c] += t->count[c];
		snprintf(words + len, size - len, "%s%s: %ld new, %ld updated, %ld unchanged",
			 len ? "; " : "", store_entity_label(t->ent), t->count[STORE_NEW],
			 t->count[STORE_UPDATED], t->count[STORE_UNCHANGED]);
	}
}

/* The file's run gets its figures, messages and SHA-256, and the audit log a row for it. */
static enum pmwb_status record_file(struct import_run *run, const struct plan *p,
				    struct pmwb_error *e)
{
	char detail[1024], words[512];
	long n[3];
	struct store_import_run_counts c;

	file_counts(run, n, words, sizeof(words));
	c = (struct store_import_run_counts){.rows = run->rows, .added = n[0], .updated = n[1],
					     .unchanged = n[2], .counts = words,
					     .units = run->units,
					     .sha256 = run->sha256[0] ? run->sha256 : NULL};
	if (notes_flush(run, e) != PMWB_OK ||
	    store_import_run_end(run->st, run->run_id, &c, e) != PMWB_OK)
		return e->status;
	snprintf(detail, sizeof(detail), "%ld rows: %ld new, %ld updated, %ld unchanged (%s)",
		 run->rows, n[0], n[1], n[2], words);
	return store_audit(run->st, p->kind->name, p->path, "import", detail, e);
}

#define INTERRUPTED_MESSAGE \
	"interrupted: the import was rolled back and the database is unchanged"

/* The messages of a file that is not recorded (errors, or a dry run) are dropped. */
static void drop_notes(struct import_run *run)
{
	struct pmwb_error ignored;
	long long id = run->run_id;

	run->run_id = 0;
	notes_flush(run, &ignored);
	run->run_id = id;
}

static enum pmwb_status run_plan(struct store *st, const struct plan *plan, int n,
				 const struct import_options *o, struct pmwb_error *e)
{
	struct import_run run;
	struct store_batch *b;
	enum pmwb_status status = PMWB_OK;
	struct store_replace_result replaced[NKINDS];
	int nreplaced = 0;
	unsigned long long total = 0;
	long errors = 0;

	memset(&run, 0, sizeof(run));
	run.o = o;
	run.st = st;
	run.record_total = record_total;
	for (int i = 0; i < n; i++) {
		struct stat sb;
		if (stat(plan[i].path, &sb) == 0 && S_ISREG(sb.st_mode))
			total += (unsigned long long)sb.st_size;
	}
	/* every reference an importer writes comes from a lookup in the same transaction */
	if (store_batch_begin(st, plan[0].path,
			      total >= IMPORT_LARGE
				      ? STORE_BATCH_LARGE | (o->replace ? 0 : STORE_BATCH_REFS_CHECKED)
				      : 0,
			      &b, e) != PMWB_OK)
		return e->status == PMWB_INTERRUPTED
			       ? err_set(e, PMWB_INTERRUPTED, INTERRUPTED_MESSAGE)
			       : e->status;
	run.b = b;
	if (o->programme)
		for (int i = 0; i < n && status == PMWB_OK; i++)
			status = programme_option_applies(plan[i].kind, plan[i].path, e);
	if (status == PMWB_OK)
		status = import_organisation_option(&run, e);
	/* --replace: each kind's rows are tracked from before its first file */
	for (int i = 0; i < n && status == PMWB_OK && o->replace; i++)
		status = store_replace_track(b, plan[i].kind->entities[0], e);
	for (int i = 0; i < n && status == PMWB_OK; i++) {
		run.kind = plan[i].kind;
		run.file = strcmp(plan[i].path, "-") == 0 ? "stdin" : plan[i].path;
		run.have_header = 0;
		run.skipped_above = 0;
		run.month_first_line = 0;
		run.rows = 0;
		run.nacc = 0;
		run.npcache = 0; /* a programmes file earlier in the plan may have added some */
		run.errors = 0;
		run.nfile_tally = 0;
		run.run_id = 0;
		run.units[0] = run.sha256[0] = '\0';
		err_clear(&run.record_err);
		status = run_file(&run, plan[i].path, e);
		errors += run.errors;
		if (status == PMWB_OK && run.errors == 0 && !o->dry_run)
			status = record_file(&run, &plan[i], e);
		else
			drop_notes(&run);
		/* after the kind's last file, unless there are errors to fix first; what it
		 * deletes is that file's run's */
		if (status == PMWB_OK && o->replace && errors == 0 &&
		    (i + 1 == n || plan[i + 1].kind != plan[i].kind)) {
			struct store_replace_result *r = &replaced[nreplaced++];
			status = replace_rest(&run, plan[i].kind, r, e);
			if (status == PMWB_OK && !o->dry_run && run.run_id)
				status = store_import_run_deleted(st, run.run_id, r->deleted[0].count, e);
		}
		store_import_run_close(st);
	}
	drop_notes(&run);
	free(run.notes);
	run.errors = errors;
	free(run.scope_programmes.id);
	free(run.scope_organisations.id);
	if (status != PMWB_OK) {
		store_batch_abort(b);
		if (status == PMWB_INTERRUPTED)
			return err_set(e, PMWB_INTERRUPTED, INTERRUPTED_MESSAGE);
		if (errors && status == PMWB_INPUT && e->file[0] == '\0')
			return err_set(e, PMWB_INPUT, "nothing was imported");
		return status;
	}
	if (errors) {
		store_batch_abort(b);
		return err_set(e, PMWB_INPUT,
			       "%ld error%s%s; nothing was imported and the database is unchanged",
			       errors, errors == 1 ? "" : "s",
			       run.printed_errors < errors ? " (only the first ones are shown)" : "");
	}
	if (o->dry_run) {
		store_batch_abort(b);
		summary(o->out, &run, replaced, nreplaced, 1);
		if (o->out)
			fprintf(o->out, "dry run: nothing was written\n");
		return PMWB_OK;
	}
	/* the last moment a signal can still undo the import; one during the commit is
	 * either in time (SQLite stops and rolls back) or not (the import is complete) */
	if (stop_asked(&run)) {
		store_batch_abort(b);
		return err_set(e, PMWB_INTERRUPTED, INTERRUPTED_MESSAGE);
	}
	if (store_batch_commit(b, e) != PMWB_OK)
		return e->status == PMWB_INTERRUPTED
			       ? err_set(e, PMWB_INTERRUPTED, INTERRUPTED_MESSAGE)
			       : e->status;
	io_test_signal("committed");
	summary(o->out, &run, replaced, nreplaced, 0);
	return PMWB_OK;
}

enum pmwb_status import_files(struct store *st, const char *kind, char *const *files, int nfiles,
			      const struct import_options *o, struct pmwb_error *e)
{
	const struct import_kind *k = import_kind_find(kind);
	struct plan *plan;
	enum pmwb_status status;

	if (!k)
		return err_set(e, PMWB_USAGE, "no kind '%s'; the kinds are %s", kind,
			       import_kind_list());
	for (int i = 0; i < o->nmaps; i++) {
		int ok = strcmp(o->map[i].field, "ignore") == 0;
		char a[128], b[128];
		import_header_normalise(o->map[i].field, a, sizeof(a));
		for (int f = 0; f < k->nfields && !ok; f++) {
			import_header_normalise(k->fields[f].name, b, sizeof(b));
			ok = strcmp(a, b) == 0;
		}
		if (!ok) {
			char names[512];
			import_field_names(k, names, sizeof(names));
			return err_set(e, PMWB_USAGE,
				       "--map '%s=%s': %s has no field '%s'; its fields are %s (or "
				       "'ignore')",
				       o->map[i].header, o->map[i].field, kind, o->map[i].field, names);
		}
	}
	plan = calloc((size_t)nfiles, sizeof(*plan));
	if (!plan)
		return err_set(e, PMWB_NOMEM, "out of memory");
	for (int i = 0; i < nfiles; i++) {
		plan[i].kind = k;
		plan[i].path = files[i];
	}
	status = run_plan(st, plan, nfiles, o, e);
	free(plan);
	return status;
}

/* A folder's other CSV files (a document's extra tables) are said, not silently passed by. */
static void note_other_files(const char *dir, const struct import_options *o)
{
	DIR *dh = opendir(dir);
	struct dirent *d;

	if (!dh)
		return;
	while ((d = readdir(dh)) != NULL) {
		size_t len = strlen(d->d_name), i;
		if (len < 5 || strcasecmp(d->d_name + len - 4, ".csv") != 0)
			continue;
		for (i = 0; i < NKINDS && strcasecmp(kinds[i]->file, d->d_name) != 0; i++)
			;
		if (i == NKINDS && o->msg)
			fprintf(o->msg, "%s/%s: notice: not a file pmwb imports (the files are named "
				"after their kind: programmes.csv, risks.csv, ...); skipped\n", dir,
				d->d_name);
	}
	closedir(dh);
}

enum pmwb_status import_dir(struct store *st, const char *dir, const struct import_options *o,
			    struct pmwb_error *e)
{
	struct plan plan[NKINDS];
	static char paths[NKINDS][4096];
	struct stat sb;
	int n = 0;

	if (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode))
		return err_set_at(e, PMWB_IO, dir, 0, 0, "is not a folder");
	for (size_t i = 0; i < NKINDS; i++) {
		if (!import_find_file(dir, kinds[i]->file, paths[i], sizeof(paths[i])))
			continue;
		plan[n].kind = kinds[i];
		plan[n].path = paths[i];
		n++;
	}
	if (!o->quiet)
		note_other_files(dir, o);
	if (n == 0)
		return err_set_at(e, PMWB_INPUT, dir, 0, 0,
				  "has none of the files pmwb imports (programmes.csv, "
				  "delivery.csv, phases.csv, milestones.csv, risks.csv, qipp.csv, "
				  "qipp-months.csv, thresholds.csv, metrics.csv, statuses.csv)");
	return run_plan(st, plan, n, o, e);
}
