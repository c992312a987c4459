/* Board-paper reports: a table written as aligned text, CSV or Markdown, and the reports
 * built on it (report_qipp.c, report_risks.c, report_exceptions.c). */
#ifndef PMWB_REPORT_H
#define PMWB_REPORT_H

#include <stdio.h>

#include "pmwb/error.h"
#include "pmwb/fy.h"
#include "pmwb/qipp.h"
#include "pmwb/risk.h"

struct store;

enum report_format { REPORT_TEXT, REPORT_CSV, REPORT_MD };

/* "text", "csv", "md" (also "markdown"). */
enum pmwb_status report_parse_format(const char *text, enum report_format *out,
				     struct pmwb_error *e);

struct report_column {
	const char *title;    /* text and Markdown heading */
	const char *csv_name; /* CSV header */
	int width;            /* text: cells are cut to this many characters; 0 leaves the
			       * column out of text, where a group line says it instead */
	int right;            /* numbers align right */
};

/* Text lines are wrapped to this many columns. */
#define REPORT_TEXT_WIDTH 80

struct report_table {
	FILE *out;
	enum report_format format;
	const struct report_column *cols;
	int ncols;
	unsigned long whole; /* bit i: column i is never cut (report_table_whole) */
	int shrink;          /* the column that gives them room; -1 none */
	int terminal;        /* out is a terminal: CSV shows control characters, not sends */
};

void report_table_begin(struct report_table *t, FILE *out, enum report_format format,
			const struct report_column *cols, int ncols);
/* Text: the columns in `whole` (bit i for column i: refs, codes) are never cut; what such a
 * cell takes beyond its width comes out of column `shrink` (a title) in that row, so the
 * columns after it stay aligned.  Call after report_table_begin. */
void report_table_whole(struct report_table *t, unsigned long whole, int shrink);
/* cells[ncols]; NULL is an empty cell.  Text and Markdown show control characters (a
 * newline typed with Alt-Enter, a tab, a terminal escape sequence) as one space each, so a
 * cell can neither split its row nor drive the terminal; CSV keeps the cell as it is. */
void report_table_row(struct report_table *t, const char *const *cells);
/* A line naming the group the next rows belong to (text only; CSV and Markdown rows carry
 * it in a column). */
void report_table_group(struct report_table *t, const char *text);
/* Text only: "label: text" under the last row, indented to its third column and wrapped at
 * REPORT_TEXT_WIDTH (CSV and Markdown carry it in a column). */
void report_table_detail(struct report_table *t, const char *label, const char *text);
/* A line under the rows before a total (text only). */
void report_table_rule(struct report_table *t);
/* A heading above a table: underlined text, "## " in Markdown, nothing in CSV. */
void report_heading(FILE *out, enum report_format format, const char *text);
/* A section under a report's heading: "-" underline in text, "### " in Markdown. */
void report_subheading(FILE *out, enum report_format format, const char *text);
/* A paragraph of prose between tables (not in CSV). */
void report_note(FILE *out, enum report_format format, const char *text);

/* One CSV cell, quoted when needed, and guarded so a spreadsheet never runs it as a
 * formula (a cell starting with = + - @ that is not a number gets a leading ').  On a
 * terminal (terminal != 0) a control character is shown as TEXT_CONTROL_SHOWN. */
void report_csv_cell(FILE *out, const char *cell, int terminal);

struct report_qipp_options {
	int fy;                 /* the FY's start year */
	fy_month asof;          /* the report month, inside the FY */
	fy_month today;         /* today's month: no year-to-date plan past it */
	const char *programme;  /* a programme code, or NULL for all */
	const char *organisation; /* one organisation's programmes, or NULL for all */
	enum report_format format;
	struct fy_settings fy_settings;
	struct qipp_rag_rules rules;
};

/* The QIPP table: each scheme's gross and net plan, the year-to-date plan (phased evenly)
 * and actual, the latest full-year forecast, variance against the net plan and RAG; a total
 * per programme and for the organisation (summed in pounds, then rounded to £k). */
enum pmwb_status report_qipp(struct store *st, FILE *out, const struct report_qipp_options *o,
			     struct pmwb_error *e);

struct report_risk_options {
	const char *programme; /* a code; "" for the corporate register only; NULL for all */
	char organisation[256];     /* one organisation's, named as the file names it ... */
	long long organisation_id;  /* ... and its id; 0 (and "") for all */
	int min_score;
	enum report_format format;
	struct risk_bands bands;
	long today_days;       /* date_to_days of today: reviews before it are overdue */
};

/* The register by score, highest first: band, the authority an escalated risk goes to, the
 * trend since its last change, review date (overdue marked), status; residual and target
 * figures where a risk has them. */
enum pmwb_status report_risks(struct store *st, FILE *out, const struct report_risk_options *o,
			      struct pmwb_error *e);
/* The 5x5 counts: impact up, likelihood across, each cell with its band. */
enum pmwb_status report_heatmap(struct store *st, FILE *out, const struct report_risk_options *o,
				struct pmwb_error *e);

struct report_exceptions_options {
	int fy;
	fy_month asof;
	fy_month today;            /* as for report_qipp_options */
	const char *organisation;  /* one organisation's programmes and register, or NULL */
	long long organisation_id; /* its id (0 for all) */
	enum report_format format; /* text or Markdown */
	struct fy_settings fy_settings;
	struct qipp_rag_rules rules;
	struct risk_bands bands;
};

/* The columns of a report's table (for its --help), n set to how many. */
const struct report_column *report_qipp_columns(int *n);
const struct report_column *report_risks_columns(int *n);
const struct report_column *report_heatmap_columns(int *n);
const struct report_column *report_metrics_columns(int *n);

/* The measures the plans state: baseline, target, period and unit, by programme (the
 * organisations' own after them).  programme: a code, "" for the organisations' own, NULL
 * for all. */
enum pmwb_status report_metrics(struct store *st, FILE *out, const char *programme,
				enum report_format format, struct pmwb_error *e);

/* What pmwb knows (report_audit.c, issue 14).  The audit log newest first, narrowed by f
 * (store_query_audit.h). */
struct store_audit_filter;
struct store_record;
enum pmwb_status report_log(struct store *st, FILE *out, enum report_format format,
			    const struct store_audit_filter *f, struct pmwb_error *e);
/* The import runs, newest first, with their counts, units, warnings and notices. */
enum pmwb_status report_imports(struct store *st, FILE *out, enum report_format format,
				struct pmwb_error *e);
/* Every printed total seen at import against its rows as they are now (organisation NULL:
 * all). */
enum pmwb_status report_reconciliation(struct store *st, FILE *out, enum report_format format,
				       const char *organisation, struct pmwb_error *e);
/* One record's story: provenance, its history rows, its audit entries. */
enum pmwb_status report_history(struct store *st, FILE *out, enum report_format format,
				const struct store_record *r, struct pmwb_error *e);
const struct report_column *report_log_columns(int *n);
const struct report_column *report_imports_columns(int *n);
const struct report_column *report_reconciliation_columns(int *n);

struct report_programmes_options {
	fy_month today;            /* the quarter and the QIPP position are today's */
	enum report_format format;
	struct fy_settings fy_settings;
	struct qipp_rag_rules rules;
	struct risk_bands bands;
};
/* The Programmes pane's summary, one row a programme, from the pane's read model. */
enum pmwb_status report_programmes(struct store *st, FILE *out,
				   const struct report_programmes_options *o, struct pmwb_error *e);

struct report_gantt_options {
	fy_quarter from, to;        /* the quarters shown */
	const char *programme;      /* one programme's code, or NULL for all */
	int width;                  /* text: the line's width (80 or 132) */
	enum report_format format;
	struct fy_settings fy_settings;
};
/* The Gantt pane's grid: the phase letter under way in each quarter, * for a milestone due;
 * in text, quarters beyond the width go to further blocks. */
enum pmwb_status report_gantt(struct store *st, FILE *out, const struct report_gantt_options *o,
			      struct pmwb_error *e);

/* The monthly exception report for the programme delivery group. */
enum pmwb_status report_exceptions(struct store *st, FILE *out,
				   const struct report_exceptions_options *o, struct pmwb_error *e);

#endif
