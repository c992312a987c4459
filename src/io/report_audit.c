/* What pmwb knows, as reports (issue 14): the audit log, the import runs, the printed totals
 * against their rows now, and one record's story.  Each pages through its store read model
 * (store_query_audit.h, store_history.h), never a whole table at once. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmwb/money.h"
#include "pmwb/report.h"
#include "pmwb/store_history.h"
#include "pmwb/store_query_audit.h"
#include "pmwb/text.h"

#define PAGE 128

/* "2013-10-15T09:30:00Z" as "2013-10-15 09:30" for people; CSV keeps it whole. */
static const char *when(enum report_format f, const char *at, char buf[24])
{
	if (f == REPORT_CSV || strlen(at) < 16)
		return at;
	text_copy(buf, 24, at);
	buf[10] = ' ';
	buf[16] = '\0';
	return buf;
}

/* A file for people: its folder and name ("004/risks.csv"), which tell the sheets apart;
 * CSV, and the detail lines, keep the path whole. */
static const char *short_path(enum report_format f, const char *path)
{
	const char *last = strrchr(path, '/'), *p;

	if (f == REPORT_CSV || !last || last == path)
		return path;
	for (p = last - 1; p > path && *p != '/'; p--)
		;
	return *p == '/' ? p + 1 : path;
}

static const struct report_column log_cols[] = {
	{"When", "at", 16, 0},   {"Who", "who", 10, 0},       {"Kind", "kind", 11, 0},
	{"Record", "record", 25, 0}, {"Action", "action", 12, 0}, {"Change", "change", 0, 0},
	{"Programme", "programme", 0, 0}, {"Run", "import_run", 0, 1},
};

const struct report_column *report_log_columns(int *n)
{
	*n = (int)(sizeof(log_cols) / sizeof(log_cols[0]));
	return log_cols;
}

static enum pmwb_status write_log(struct store *st, FILE *out, enum report_format format,
				  const struct store_audit_filter *f, long *count,
				  struct pmwb_error *e)
{
	struct store_audit_entry *page = malloc(PAGE * sizeof(*page));
	struct report_table t;
	long long before = 0;
	int got, n;

	if (!page)
		return err_set(e, PMWB_NOMEM, "out of memory");
	*count = 0;
	report_table_begin(&t, out, format, log_cols, (int)(sizeof(log_cols) / sizeof(log_cols[0])));
	report_table_whole(&t, 1ul << 0 | 1ul << 2, 3);
	do {
		if (store_audit_page(st, f, before, page, PAGE, &got, e) != PMWB_OK) {
			free(page);
			return e->status;
		}
		for (n = 0; n < got; n++) {
			const struct store_audit_entry *a = &page[n];
			char at[24], run[24] = "";
			if (a->run_id)
				snprintf(run, sizeof(run), "%lld", a->run_id);
			const char *cells[] = {when(format, a->at, at), a->who, a->entity, a->key,
					       a->action, a->detail, a->programme, run};
			report_table_row(&t, cells);
			if (a->detail[0])
				report_table_detail(&t, "change", a->detail);
			before = a->id;
		}
		*count += got;
	} while (got == PAGE);
	free(page);
	return PMWB_OK;
}

enum pmwb_status report_log(struct store *st, FILE *out, enum report_format format,
			    const struct store_audit_filter *f, struct pmwb_error *e)
{
	long count;

	report_heading(out, format, "Audit log, newest first");
	if (write_log(st, out, format, f, &count, e) != PMWB_OK)
		return e->status;
	if (count == 0)
		report_note(out, format, "No audit entries match.");
	return PMWB_OK;
}

static const struct report_column run_cols[] = {
	{"Run", "run", 4, 1},         {"When", "at", 16, 0},       {"Who", "who", 8, 0},
	{"Kind", "kind", 10, 0},      {"File", "file", 18, 0},     {"Rows", "rows", 6, 1},
	{"New", "new", 5, 1},         {"Upd", "updated", 4, 1},    {"Same", "unchanged", 5, 1},
	{"Del", "deleted", 4, 1},     {"Warn", "warnings", 4, 1},  {"Bytes", "size", 0, 1},
	{"SHA-256", "sha256", 0, 0},  {"Counts", "counts", 0, 0},  {"Units", "units", 0, 0},
	{"Totals", "totals", 0, 1},   {"Totals differing", "totals_differ", 0, 1},
};

const struct report_column *report_imports_columns(int *n)
{
	*n = (int)(sizeof(run_cols) / sizeof(run_cols[0]));
	return run_cols;
}

struct message_ctx {
	struct report_table *t;
	char buf[1200];
};

static void message_line(void *ctx, long line, long col, const char *level, const char *text)
{
	struct message_ctx *m = ctx;

	if (line > 0 && col > 0)
		snprintf(m->buf, sizeof(m->buf), "line %ld, column %ld: %s", line, col, text);
	else if (line > 0)
		snprintf(m->buf, sizeof(m->buf), "line %ld: %s", line, text);
	else
		text_copy(m->buf, sizeof(m->buf), text);
	report_table_detail(m->t, level, m->buf);
}

enum pmwb_status report_imports(struct store *st, FILE *out, enum report_format format,
				struct pmwb_error *e)
{
	struct store_import_run_row *page = malloc(PAGE * sizeof(*page));
	struct report_table t;
	struct message_ctx m = {.t = &t};
	long long before = 0;
	long count = 0;
	int got;

	if (!page)
		return err_set(e, PMWB_NOMEM, "out of memory");
	report_heading(out, format, "Import runs, newest first");
	report_table_begin(&t, out, format, run_cols, (int)(sizeof(run_cols) / sizeof(run_cols[0])));
	report_table_whole(&t, 1ul << 0, 4);
	do {
		if (store_import_runs_page(st, before, page, PAGE, &got, e) != PMWB_OK) {
			free(page);
			return e->status;
		}
		for (int n = 0; n < got; n++) {
			const struct store_import_run_row *r = &page[n];
			char v[11][24], at[24], totals[80];
			snprintf(v[0], 24, "%lld", r->id);
			snprintf(v[1], 24, "%ld", r->rows);
			snprintf(v[2], 24, "%ld", r->added);
			snprintf(v[3], 24, "%ld", r->updated);
			snprintf(v[4], 24, "%ld", r->unchanged);
			snprintf(v[5], 24, "%ld", r->deleted);
			snprintf(v[6], 24, "%ld", r->warnings);
			snprintf(v[7], 24, "%lld", r->size);
			snprintf(v[8], 24, "%ld", r->totals);
			snprintf(v[9], 24, "%ld", r->totals_differ);
			const char *cells[] = {v[0], when(format, r->at, at), r->who, r->kind,
					       short_path(format, r->file),
					       v[1], v[2], v[3], v[4], v[5], v[6],
					       r->size >= 0 ? v[7] : "", r->sha256, r->counts,
					       r->units, v[8], v[9]};
			report_table_row(&t, cells);
			before = r->id;
			count++;
			if (format != REPORT_TEXT)
				continue;
			report_table_detail(&t, "file", r->file);
			if (r->sha256[0])
				report_table_detail(&t, "sha-256", r->sha256);
			if (r->counts[0])
				report_table_detail(&t, "counts", r->counts);
			if (r->units[0])
				report_table_detail(&t, "money read in", r->units);
			if (r->totals) {
				snprintf(totals, sizeof(totals), "%ld checked, %ld differ from their rows",
					 r->totals, r->totals_differ);
				report_table_detail(&t, "total rows", totals);
			}
			if (store_import_run_messages(st, r->id, message_line, &m, e) != PMWB_OK) {
				free(page);
				return e->status;
			}
		}
	} while (got == PAGE);
	free(page);
	if (count == 0)
		report_note(out, format, "No imports recorded yet (runs are kept since schema "
					 "version 10).");
	return PMWB_OK;
}

static const struct report_column recon_cols[] = {
	{"File", "file", 18, 0},       {"Line", "line", 4, 1},      {"Programme", "programme", 10, 0},
	{"Column", "column", 16, 0},   {"Printed", "printed", 9, 1}, {"Rows then", "rows_then", 9, 1},
	{"Rows now", "rows_now", 9, 1}, {"State", "state", 0, 0},   {"Organisation", "organisation", 0, 0},
	{"Unit", "unit", 0, 0},        {"Run", "import_run", 0, 1},
};

const struct report_column *report_reconciliation_columns(int *n)
{
	*n = (int)(sizeof(recon_cols) / sizeof(recon_cols[0]));
	return recon_cols;
}

/* In the unit the sheet printed it: people read "432" against "433", not pounds. */
static void in_unit(enum report_format f, long long pounds, long long unit, char *buf, size_t size)
{
	if (f == REPORT_CSV)
		snprintf(buf, size, "%lld", unit > 0 ? pounds / unit : pounds);
	else
		money_format(pounds, (enum money_unit)unit, buf, (unsigned)size);
}

static void state_text(const struct store_recon_row *r, const char *printed, const char *then,
		       const char *now, char *buf, size_t size)
{
	switch (r->state) {
	case STORE_RECON_AGREE:
		text_copy(buf, size, "agree");
		break;
	case STORE_RECON_DIFFER:
		snprintf(buf, size, "printed %s, its rows add up to %s (as imported)", printed, then);
		break;
	case STORE_RECON_CHANGED:
		snprintf(buf, size, "printed %s; its rows added up to %s when imported, %s now "
			 "(%ld of the %ld rows still there)", printed, then, now, r->rows_now,
			 r->rows);
		break;
	}
}

enum pmwb_status report_reconciliation(struct store *st, FILE *out, enum report_format format,
				       const char *organisation, struct pmwb_error *e)
{
	struct store_recon_row *page = malloc(PAGE * sizeof(*page));
	struct report_table t;
	long long after = 0;
	long count = 0, agree = 0, differ = 0, changed = 0;
	int got;
	char note[256];

	if (!page)
		return err_set(e, PMWB_NOMEM, "out of memory");
	report_heading(out, format, "Printed totals against their rows");
	report_table_begin(&t, out, format, recon_cols,
			   (int)(sizeof(recon_cols) / sizeof(recon_cols[0])));
	report_table_whole(&t, 1ul << 2 | 1ul << 3, 0);
	do {
		if (store_recon_page(st, organisation, after, page, PAGE, &got, e) != PMWB_OK) {
			free(page);
			return e->status;
		}
		for (int n = 0; n < got; n++) {
			const struct store_recon_row *r = &page[n];
			char line[24], p[32], then[32], now[32], state[256], run[24];
			snprintf(line, sizeof(line), "%ld", r->line);
			snprintf(run, sizeof(run), "%lld", r->run_id);
			in_unit(format, r->printed, r->unit, p, sizeof(p));
			in_unit(format, r->summed, r->unit, then, sizeof(then));
			in_unit(format, r->now, r->unit, now, sizeof(now));
			static const char *const names[] = {
				[STORE_RECON_AGREE] = "agree", [STORE_RECON_DIFFER] = "differ",
				[STORE_RECON_CHANGED] = "rows changed since"};
			char column[80];
			/* a QIPP total's net figure is headed by its year alone in the import */
			snprintf(column, sizeof(column), "%s%s", r->label,
				 strcmp(r->measure, "qipp.net") == 0 ? " net" : "");
			const char *cells[] = {short_path(format, r->file), line,
					       r->scope[0] ? r->scope : "(all)",
					       column, p, then, now, names[r->state], r->organisation,
					       money_unit_name((enum money_unit)r->unit), run};
			report_table_row(&t, cells);
			state_text(r, p, then, now, state, sizeof(state));
			if (r->state != STORE_RECON_AGREE)
				report_table_detail(&t, names[r->state], state);
			agree += r->state == STORE_RECON_AGREE;
			differ += r->state == STORE_RECON_DIFFER;
			changed += r->state == STORE_RECON_CHANGED;
			after = r->id;
			count++;
		}
	} while (got == PAGE);
	free(page);
	if (count == 0)
		snprintf(note, sizeof(note), "No printed totals seen yet: import a sheet with "
					     "\"Total\" rows (QIPP plans, delivery tables).");
	else
		snprintf(note, sizeof(note), "%ld total%s: %ld agree, %ld differ, %ld with rows "
					     "changed since.", count, count == 1 ? "" : "s", agree,
			 differ, changed);
	report_note(out, format, note);
	return PMWB_OK;
}

static const char *const kind_names[] = {
	[STORE_HISTORY_RISK] = "Risk", [STORE_HISTORY_PROJECT] = "Project",
	[STORE_HISTORY_SCHEME] = "QIPP scheme", [STORE_HISTORY_PROGRAMME] = "Programme"};
static const char *const story_titles[] = {
	[STORE_HISTORY_RISK] = "Score and status, oldest first",
	[STORE_HISTORY_PROJECT] = "Phases: the baseline plan and now",
	[STORE_HISTORY_SCHEME] = "Plan years and months, as imported or typed",
	[STORE_HISTORY_PROGRAMME] = ""};

static const struct report_column story_cols[] = {
	{"When", "at", 16, 0}, {"Who", "who", 8, 0}, {"What", "what", 54, 0},
};

struct story_ctx {
	struct report_table *t;
	enum report_format format;
	long n;
};

static void story_line(void *ctx, const char *at, const char *who, const char *what)
{
	struct story_ctx *c = ctx;
	char buf[24];
	const char *cells[] = {when(c->format, at, buf), who, what};

	report_table_row(c->t, cells);
	c->n++;
}

enum pmwb_status report_history(struct store *st, FILE *out, enum report_format format,
				const struct store_record *r, struct pmwb_error *e)
{
	struct store_audit_filter f;
	struct report_table t;
	struct story_ctx c = {.t = &t, .format = format};
	char heading[1024], from[1400], prefix[400];
	long count;

	snprintf(heading, sizeof(heading), "%s %s%s%s%s%s", kind_names[r->kind], r->key,
		 r->programme[0] && r->kind != STORE_HISTORY_PROGRAMME ? " (" : "",
		 r->kind != STORE_HISTORY_PROGRAMME ? r->programme : "",
		 r->programme[0] && r->kind != STORE_HISTORY_PROGRAMME ? ")" : "",
		 r->title[0] ? ": " : "");
	text_copy(heading + strlen(heading), sizeof(heading) - strlen(heading), r->title);
	report_heading(out, format, heading);
	if (r->src_line > 0 && r->run_id)
		snprintf(from, sizeof(from), "From %s, line %ld; import run %lld, %s by %s.",
			 r->src_file, r->src_line, r->run_id, r->run_at, r->run_who);
	else if (r->src_line > 0)
		snprintf(from, sizeof(from), "From %s, line %ld (imported before runs were "
					     "recorded).", r->src_file, r->src_line);
	else
		snprintf(from, sizeof(from), "Not imported: added in the workbench (its audit "
					     "entries below say by whom).");
	if (format != REPORT_CSV)
		fprintf(out, "%s\n\n", from);
	if (story_titles[r->kind][0]) {
		report_subheading(out, format, story_titles[r->kind]);
		report_table_begin(&t, out, format, story_cols, 3);
		report_table_whole(&t, 1ul << 0, 2);
		if (store_history_story(st, r, story_line, &c, e) != PMWB_OK)
			return e->status;
		if (c.n == 0)
			report_note(out, format, "Nothing recorded.");
		else if (format != REPORT_CSV)
			fputc('\n', out);
	}
	report_subheading(out, format, "Audit entries, newest first");
	store_history_filter(r, prefix, &f);
	if (write_log(st, out, format, &f, &count, e) != PMWB_OK)
		return e->status;
	if (count == 0)
		report_note(out, format, "No audit entries: nothing has changed it since it was "
					 "first imported.");
	return PMWB_OK;
}
