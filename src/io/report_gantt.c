/* pmwb report gantt: the Gantt pane's quarter grid on paper, from the pane's read model
 * (store_query_gantt.h): a programme line, then a line per project with the phase letter
 * under way in each quarter and * where a milestone falls due.  In text the quarters that do
 * not fit the width go to a further block below, so nothing is cut; CSV and Markdown have
 * a column per quarter. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmwb/report.h"
#include "pmwb/store_query_gantt.h"

#define PAGE 64
#define QCOL 3        /* a quarter: " S*" */
#define NAME_MIN 24 /* the name column, and the blank after it */
#define NAME_MAX 48
#define MAX_QUARTERS 200

/* One quarter's cell: the phase letter under way ("." in text for none) and * when a
 * milestone falls due. */
static void cell_of(const struct report_gantt_options *o, const struct store_gantt_project *p,
		    fy_quarter q, char out[4])
{
	char letter = store_gantt_phase_at(p, q);
	int n = 0;

	if (letter || o->format == REPORT_TEXT)
		out[n++] = letter ? letter : '.';
	switch (store_gantt_milestone_in(&o->fy_settings, p, q)) {
	case 2: /* one of them overdue, as the pane marks it where it has no colour */
		out[n++] = '!';
		break;
	case 1:
		out[n++] = '*';
		break;
	}
	out[n] = '\0';
}

struct grid {
	const struct report_gantt_options *o;
	FILE *out;
	fy_quarter from, to; /* this block's quarters (CSV and Markdown: all) */
	struct report_table t;
	struct report_column cols[2 + MAX_QUARTERS];
	char titles[MAX_QUARTERS][16];
	const char *cells[2 + MAX_QUARTERS];
	char buf[MAX_QUARTERS][4];
};

/* A row: the programme (not in text, where its own line says it), the name, the quarters. */
static void row(struct grid *g, const char *programme, const char *name,
		const struct store_gantt_project *p)
{
	int n = 0;

	if (g->o->format != REPORT_TEXT)
		g->cells[n++] = programme;
	g->cells[n++] = name;
	for (fy_quarter q = g->from; q <= g->to; q++) {
		cell_of(g->o, p, q, g->buf[q - g->from]);
		g->cells[n++] = g->buf[q - g->from];
	}
	report_table_row(&g->t, g->cells);
}

/* The block's table: in text each financial year's name over its quarters first. */
static void begin_block(struct grid *g, int name_w)
{
	int n = 0;

	if (g->o->format == REPORT_TEXT) {
		fprintf(g->out, "%*s", name_w, "");
		for (fy_quarter q = g->from; q <= g->to;) {
			int left_in_year = 5 - fy_quarter_num(q), left = (int)(g->to - q + 1);
			int k = left_in_year < left ? left_in_year : left;
			char fy[16];
			fy_format(fy_quarter_fy(q), fy, sizeof(fy));
			/* the last year's name without blanks after it */
			fprintf(g->out, " %-*.*s", q + k > g->to ? 0 : k * QCOL - 1, k * QCOL - 1, fy);
			q += k;
		}
		fputc('\n', g->out);
	} else {
		g->cols[n++] = (struct report_column){"Programme", "programme", 12, 0};
	}
	g->cols[n++] = (struct report_column){g->o->format == REPORT_TEXT ? "Programme / project"
									 : "Project",
					      "project", name_w, 0};
	for (fy_quarter q = g->from; q <= g->to; q++) {
		char *t = g->titles[q - g->from];
		if (g->o->format == REPORT_TEXT)
			snprintf(t, 16, "Q%d", fy_quarter_num(q));
		else
			fy_quarter_format(q, t, 16);
		g->cols[n++] = (struct report_column){t, t, QCOL - 1, 0};
	}
	report_table_begin(&g->t, g->out, g->o->format, g->cols, n);
}

/* Every programme (or the one asked for) and its projects, for the grid's quarters. */
static enum pmwb_status rows(struct store *st, struct grid *g, long *count, struct pmwb_error *e)
{
	struct store_gantt_programme progs[PAGE];
	struct store_gantt_project *projs = malloc(PAGE * sizeof(*projs));
	struct store_gantt_project plan;
	struct store_gantt *m;
	long long after = 0;
	int got;

	if (!projs)
		return err_set(e, PMWB_NOMEM, "out of memory");
	if (store_gantt_open(st, &m, e) != PMWB_OK) {
		free(projs);
		return e->status;
	}
	*count = 0;
	do {
		if (store_gantt_programmes(m, after, 0, PAGE, progs, &got, e) != PMWB_OK)
			goto fail;
		for (int i = 0; i < got; i++) {
			const struct store_gantt_programme *pg = &progs[i];
			char title[STORE_CODE_MAX + STORE_NAME_MAX + 4];
			const struct store_gantt_project *last = NULL;
			int n;

			after = pg->id;
			if (g->o->programme && strcmp(g->o->programme, pg->code) != 0)
				continue;
			if (store_gantt_programme_milestones(m, pg->id, &plan, e) != PMWB_OK)
				goto fail;
			snprintf(title, sizeof(title), "%s %s", pg->code, pg->name);
			row(g, pg->code, g->o->format == REPORT_TEXT ? title : "", &plan);
			do {
				if (store_gantt_projects(m, pg, last, 0, NULL, PAGE, projs, &n, e) !=
				    PMWB_OK)
					goto fail;
				for (int k = 0; k < n; k++) {
					char name[STORE_NAME_MAX + 4];
					snprintf(name, sizeof(name), "  %s", projs[k].name);
					row(g, pg->code, g->o->format == REPORT_TEXT ? name : projs[k].name,
					    &projs[k]);
					(*count)++;
				}
				if (n > 0) {
					plan = projs[n - 1];
					last = &plan;
				}
			} while (n == PAGE);
		}
	} while (got == PAGE);
	store_gantt_close(m);
	free(projs);
	return PMWB_OK;
fail:
	store_gantt_close(m);
	free(projs);
	return e->status;
}

enum pmwb_status report_gantt(struct store *st, FILE *out, const struct report_gantt_options *o,
			      struct pmwb_error *e)
{
	struct grid *g;
	char a[16], b[16], heading[96];
	long count = 0;
	int per, name_w;

	if (o->to - o->from + 1 > MAX_QUARTERS)
		return err_set(e, PMWB_USAGE, "the grid has room for %d quarters; give a shorter "
					      "range with --from and --to", MAX_QUARTERS);
	if (!(g = calloc(1, sizeof(*g))))
		return err_set(e, PMWB_NOMEM, "out of memory");
	g->o = o;
	g->out = out;
	fy_quarter_format(o->from, a, sizeof(a));
	fy_quarter_format(o->to, b, sizeof(b));
	snprintf(heading, sizeof(heading), "Delivery plan, %s to %s", a, b);
	report_heading(out, o->format, heading);
	/* text: as many quarters a block as the width leaves beside the names */
	per = o->format == REPORT_TEXT ? (o->width - NAME_MIN) / QCOL : MAX_QUARTERS;
	if (per > (int)(o->to - o->from + 1))
		per = (int)(o->to - o->from + 1);
	name_w = o->width - per * QCOL > NAME_MAX ? NAME_MAX : o->width - per * QCOL;
	if (o->format != REPORT_TEXT)
		name_w = 30;
	for (g->from = o->from; g->from <= o->to; g->from += per) {
		g->to = g->from + per - 1 > o->to ? o->to : g->from + per - 1;
		if (g->from != o->from)
			fputc('\n', out);
		begin_block(g, name_w);
		if (rows(st, g, &count, e) != PMWB_OK) {
			free(g);
			return e->status;
		}
	}
	free(g);
	report_note(out, o->format, "S Scope, D Design, P Procure, I Implement, R Review; * a "
				    "milestone falls due in the quarter, ! one of them is overdue.");
	return PMWB_OK;
}
