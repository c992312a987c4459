/* pmwb report risks and report heatmap: the register as a board reads it. */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "pmwb/date.h"
#include "pmwb/report.h"
#include "pmwb/scale.h"
#include "pmwb/store_query_risks.h"
#include "pmwb/store_organisation.h"
#include "report_format.h"

enum { COL_REF, COL_PROGRAMME, COL_RISK, COL_OWNER, COL_L, COL_I, COL_SCORE, COL_BAND,
       COL_ESCALATED, COL_TREND, COL_REVIEW, COL_STATUS, COL_RES_L, COL_RES_I, COL_RES_SCORE,
       COL_TARGET, COL_L_WORD, COL_I_WORD, COL_INI_L, COL_INI_I, COL_INI_SCORE, COL_MITIGATION,
       COL_ORGANISATION, NCOLS };

/* Text fits 80 columns: the trend is one mark after the score; status, escalation and the
 * mitigation go on lines under the risk's row; what only some risks have (residual, target,
 * the register's own words) is left to CSV and Markdown.  A ref or programme code is never
 * cut: a long one takes its room from the title. */
static const struct report_column columns[NCOLS] = {
	[COL_REF] = {"Ref", "ref", 10, 0},
	[COL_PROGRAMME] = {"Prog", "programme", 8, 0},
	[COL_RISK] = {"Risk", "risk", 20, 0},
	[COL_OWNER] = {"Owner", "owner", 9, 0},
	[COL_L] = {"L", "likelihood", 1, 1},
	[COL_I] = {"I", "impact", 1, 1},
	[COL_SCORE] = {"Sc", "score", 2, 1},
	[COL_BAND] = {"Band", "band", 8, 0},
	[COL_ESCALATED] = {"Escalated to", "escalated_to", 0, 0},
	[COL_TREND] = {"T", "trend", 1, 0},
	[COL_REVIEW] = {"Review", "review_date", 11, 0},
	[COL_STATUS] = {"Status", "status", 0, 0},
	[COL_RES_L] = {"Res L", "residual_likelihood", 0, 1},
	[COL_RES_I] = {"Res I", "residual_impact", 0, 1},
	[COL_RES_SCORE] = {"Res score", "residual_score", 0, 1},
	[COL_TARGET] = {"Target", "target_score", 0, 1},
	[COL_L_WORD] = {"L as written", "likelihood_word", 0, 0},
	[COL_I_WORD] = {"I as written", "impact_word", 0, 0},
	/* last, so that scripts reading the columns before them by position still work */
	[COL_INI_L] = {"Initial L", "initial_likelihood", 0, 1},
	[COL_INI_I] = {"Initial I", "initial_impact", 0, 1},
	[COL_INI_SCORE] = {"Initial score", "initial_score", 0, 1},
	[COL_MITIGATION] = {"Mitigation", "mitigation", 0, 0},
	/* last, so that scripts reading the columns before it by position go on working */
	[COL_ORGANISATION] = {"Organisation", "organisation", 0, 0},
};

/* The heat map's CSV: one row per cell (text and Markdown draw the grid). */
static const struct report_column heat_columns[] = {
	{"Likelihood", "likelihood", 0, 1}, {"Impact", "impact", 0, 1},
	{"Score", "score", 0, 1},           {"Band", "band", 0, 0},
	{"Count", "count", 0, 1},
};

#define N_HEAT_COLUMNS ((int)(sizeof(heat_columns) / sizeof(heat_columns[0])))

const struct report_column *report_risks_columns(int *n)
{
	*n = NCOLS;
	return columns;
}

const struct report_column *report_heatmap_columns(int *n)
{
	*n = N_HEAT_COLUMNS;
	return heat_columns;
}

struct risk_report {
	const struct report_risk_options *o;
	struct report_table table;
	long rows, overdue, escalated;
	int organisations; /* in the file */
};

static void int_cell(char *buf, size_t size, int v)
{
	if (v > 0)
		snprintf(buf, size, "%d", v);
	else
		buf[0] = '\0';
}

static const char *trend_text(enum report_format f, const struct store_risk_item *row)
{
	int t;

	if (row->previous_score == 0 || row->score == 0)
		return f == REPORT_TEXT ? " " : "";
	t = risk_trend(row->previous_score, row->score);
	if (f == REPORT_TEXT)
		return t > 0 ? "^" : t < 0 ? "v" : "=";
	return t > 0 ? "up" : t < 0 ? "down" : "same";
}

static int is_overdue(const struct risk_report *r, const struct store_risk_item *row)
{
	int y, m, d;

	if (!row->review_date[0] || date_parse_day(row->review_date, &y, &m, &d, NULL) != PMWB_OK)
		return 0;
	return date_to_days(y, m, d) < r->o->today_days;
}

/* Text: what the row has no room for, under it, indented to the title. */
static void detail_lines(struct risk_report *r, const struct store_risk_item *row,
			 const struct risk_band *b)
{
	char line[STORE_STATUS_MAX + 200];

	if (r->o->format != REPORT_TEXT)
		return;
	/* with several organisations, "(corp.)" alone does not say whose register */
	if (r->organisations > 1 && !row->programme[0])
		report_table_detail(&r->table, "Register",
				    row->organisation[0] ? row->organisation : "(no organisation)");
	snprintf(line, sizeof(line), "%s%s%s", row->status,
		 b && b->escalated ? "; escalated to " : "", b && b->escalated ? b->authority : "");
	report_table_detail(&r->table, "Status", line);
	if (row->mitigation[0])
		report_table_detail(&r->table, "Mitigation", row->mitigation);
}

static enum pmwb_status on_risk(void *ctx, const struct store_risk_item *row, struct pmwb_error *e)
{
	struct risk_report *r = ctx;
	enum report_format f = r->o->format;
	char l[12], i[12], score[12], rl[12], ri[12], rs[12], il[12], ii[12], is[12], target[12];
	char review[24];
	const char *cells[NCOLS];
	int band = risk_band_index(&r->o->bands, row->score);
	const struct risk_band *b = band >= 0 ? &r->o->bands.band[band] : NULL;

	(void)e;
	int_cell(l, sizeof(l), row->likelihood);
	int_cell(i, sizeof(i), row->impact);
	int_cell(score, sizeof(score), row->score);
	int_cell(rl, sizeof(rl), row->residual_likelihood);
	int_cell(ri, sizeof(ri), row->residual_impact);
	int_cell(rs, sizeof(rs), risk_score(row->residual_likelihood, row->residual_impact));
	int_cell(il, sizeof(il), row->initial_likelihood);
	int_cell(ii, sizeof(ii), row->initial_impact);
	int_cell(is, sizeof(is), risk_score(row->initial_likelihood, row->initial_impact));
	int_cell(target, sizeof(target), row->target_score);
	snprintf(review, sizeof(review), "%s%s", row->review_date,
		 is_overdue(r, row) ? (f == REPORT_CSV ? "" : "!") : "");
	if (is_overdue(r, row))
		r->overdue++;
	if (b && b->escalated)
		r->escalated++;
	cells[COL_REF] = row->ref;
	cells[COL_PROGRAMME] = row->programme[0] ? row->programme
			       : f == REPORT_CSV      ? ""
						      : "(corp.)";
	cells[COL_RISK] = row->title;
	cells[COL_OWNER] = row->owner;
	cells[COL_L] = l;
	cells[COL_I] = i;
	cells[COL_SCORE] = score;
	cells[COL_BAND] = b ? b->name : row->score ? "(no band)" : "unscored";
	cells[COL_ESCALATED] = b && b->escalated ? b->authority : "";
	cells[COL_TREND] = trend_text(f, row);
	cells[COL_REVIEW] = review;
	cells[COL_STATUS] = row->status;
	cells[COL_RES_L] = rl;
	cells[COL_RES_I] = ri;
	cells[COL_RES_SCORE] = rs;
	cells[COL_TARGET] = target;
	cells[COL_L_WORD] = row->likelihood_word;
	cells[COL_I_WORD] = row->impact_word;
	cells[COL_INI_L] = il;
	cells[COL_INI_I] = ii;
	cells[COL_INI_SCORE] = is;
	cells[COL_MITIGATION] = row->mitigation;
	cells[COL_ORGANISATION] = row->organisation;
	report_table_row(&r->table, cells);
	detail_lines(r, row, b);
	r->rows++;
	return PMWB_OK;
}

enum pmwb_status report_risk_view(struct store *st, const char *programme,
				  long long organisation_id, int min_score,
				  int max_score, struct store_risks **out,
				  struct store_risk_filter_spec *spec, struct pmwb_error *e)
{
	struct store_risk_filter_spec f;
	char canonical[STORE_CODE_MAX];
	int found = 1;

	memset(&f, 0, sizeof(f));
	f.open_only = 1;
	f.min_score = min_score;
	f.max_score = max_score;
	f.organisation_id = organisation_id;
	if (store_risks_open(st, out, e) != PMWB_OK)
		return e->status;
	if (programme) {
		f.has_programme = 1;
		if (programme[0] && store_risks_programme(*out, programme, &f.programme_id, canonical,
							  sizeof(canonical), &found, e) != PMWB_OK)
			goto fail;
		if (!found) {
			err_set(e, PMWB_INPUT, "no programme has the code '%s' (see 'pmwb export "
					       "programmes')", programme);
			goto fail;
		}
	}
	store_risks_set_view(*out, STORE_RISK_SORT_SCORE, &f);
	if (spec)
		*spec = f;
	return PMWB_OK;
fail:
	store_risks_close(*out);
	*out = NULL;
	return e->status;
}

static enum pmwb_status count_organisations(struct store *st, int *n, struct pmwb_error *e)
{
	long long only;

	return store_organisation_count(st, n, &only, NULL, 0, e);
}

static void heading(FILE *out, const struct report_risk_options *o, const char *what)
{
	char text[400];

	if (o->organisation[0] && !o->programme)
		snprintf(text, sizeof(text), "%s: %s", what, o->organisation);
	else if (!o->programme)
		snprintf(text, sizeof(text), "%s: all programmes and the corporate register", what);
	else if (!o->programme[0])
		snprintf(text, sizeof(text), "%s: the corporate register", what);
	else
		snprintf(text, sizeof(text), "%s: %s", what, o->programme);
	report_heading(out, o->format, text);
}

enum pmwb_status report_risks(struct store *st, FILE *out, const struct report_risk_options *o,
			      struct pmwb_error *e)
{
	struct risk_report r;
	struct store_risks *q;
	char note[200];

	memset(&r, 0, sizeof(r));
	r.o = o;
	if (count_organisations(st, &r.organisations, e) != PMWB_OK)
		return e->status;
	if (report_risk_view(st, o->programme, o->organisation_id, o->min_score, 0, &q, NULL, e) !=
	    PMWB_OK)
		return e->status;
	heading(out, o, "Risk register");
	report_table_begin(&r.table, out, o->format, columns, NCOLS);
	report_table_whole(&r.table, 1ul << COL_REF | 1ul << COL_PROGRAMME, COL_RISK);
	enum pmwb_status status = store_risks_each(q, on_risk, &r, e);
	store_risks_close(q);
	if (status != PMWB_OK)
		return status;
	snprintf(note, sizeof(note), "%ld open %s; %ld escalated; %ld past the review date%s.%s",
		 r.rows, r.rows == 1 ? "risk" : "risks", r.escalated, r.overdue,
		 o->format == REPORT_CSV ? "" : " (marked !)",
		 o->format == REPORT_TEXT ? "\nT: trend since the last change (^ up, v down, = same)."
					  : "");
	report_note(out, o->format, note);
	return PMWB_OK;
}

static char band_mark(const struct risk_bands *b, int score)
{
	int i = risk_band_index(b, score);

	return i >= 0 && b->band[i].name[0] ? b->band[i].name[0] : '?';
}

/* The pane's counts (kept by the database, open risks only), scored cells, at or above
 * --min-score. */
static enum pmwb_status heat_counts(struct store *st, const struct report_risk_options *o,
				    long counts[5][5], struct pmwb_error *e)
{
	struct store_risk_filter_spec f;
	struct store_risks *q;
	long all[6][6];
	enum pmwb_status status;

	if (report_risk_view(st, o->programme, o->organisation_id, 0, 0, &q, &f, e) != PMWB_OK)
		return e->status;
	/* the kept counts split by programme, not by whose corporate register a risk is in */
	status = o->organisation_id && !f.has_programme
			 ? store_risks_organisation_cells(q, o->organisation_id, all, e)
			 : store_risks_cells(q, f.has_programme, f.programme_id, all, e);
	store_risks_close(q);
	for (int l = 1; l <= 5; l++)
		for (int i = 1; i <= 5; i++)
			counts[l - 1][i - 1] = l * i >= o->min_score ? all[l][i] : 0;
	return status;
}

enum pmwb_status report_heatmap(struct store *st, FILE *out, const struct report_risk_options *o,
				struct pmwb_error *e)
{
	long counts[5][5], total = 0;
	char line[160];

	if (heat_counts(st, o, counts, e) != PMWB_OK)
		return e->status;
	if (o->format == REPORT_CSV) {
		int terminal = isatty(fileno(out));
		for (int c = 0; c < N_HEAT_COLUMNS; c++)
			fprintf(out, "%s%s", heat_columns[c].csv_name, c + 1 < N_HEAT_COLUMNS ? "," : "\n");
		for (int l = 1; l <= 5; l++)
			for (int i = 1; i <= 5; i++) {
				int bi = risk_band_index(&o->bands, l * i);
				fprintf(out, "%d,%d,%d,", l, i, l * i);
				report_csv_cell(out, bi >= 0 ? o->bands.band[bi].name : "", terminal);
				fprintf(out, ",%ld\n", counts[l - 1][i - 1]);
			}
		return PMWB_OK;
	}
	heading(out, o, "Risk heat map");
	if (o->format == REPORT_MD) {
		fputs("| Impact \\ Likelihood | 1 Rare | 2 Unlikely | 3 Possible | 4 Likely | "
		      "5 Almost certain |\n|---|---:|---:|---:|---:|---:|\n", out);
		for (int i = 5; i >= 1; i--) {
			fprintf(out, "| %d %s |", i, scale_label(SCALE_IMPACT, i));
			for (int l = 1; l <= 5; l++) {
				int bi = risk_band_index(&o->bands, l * i);
				fprintf(out, " %ld (%s) |", counts[l - 1][i - 1],
					bi >= 0 ? o->bands.band[bi].name : "?");
				total += counts[l - 1][i - 1];
			}
			fputc('\n', out);
		}
	} else {
		/* Each cell is the count and its band's initial: "   3 H". */
		fprintf(out, "%-18s Likelihood\n%-18s", "", "Impact");
		for (int l = 1; l <= 5; l++)
			fprintf(out, " %4d%s", l, l < 5 ? "  " : "\n");
		for (int i = 5; i >= 1; i--) {
			int n = snprintf(line, sizeof(line), "%d %-16s", i, scale_label(SCALE_IMPACT, i));
			for (int l = 1; l <= 5 && n > 0 && (size_t)n < sizeof(line); l++) {
				n += snprintf(line + n, sizeof(line) - (size_t)n, " %4ld %c",
					      counts[l - 1][i - 1], band_mark(&o->bands, l * i));
				total += counts[l - 1][i - 1];
			}
			fprintf(out, "%s\n", line);
		}
		fputs("Likelihood: 1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain.\n", out);
		fputs("Band:", out);
		for (int b = 0; b < o->bands.n; b++)
			fprintf(out, "%s %c %s %d-%d", b ? "," : "", o->bands.band[b].name[0],
				o->bands.band[b].name, o->bands.band[b].min_score,
				o->bands.band[b].max_score);
		fputs(".\n", out);
	}
	snprintf(line, sizeof(line), "%ld open scored %s.", total, total == 1 ? "risk" : "risks");
	report_note(out, o->format, line);
	return PMWB_OK;
}
