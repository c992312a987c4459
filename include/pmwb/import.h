/* Importing the programme office's spreadsheets (CSV).  One call imports one or more files
 * of a kind, or every known file of a folder, in one transaction: all of it or, on any bad
 * row, none of it, with every bad row reported as FILE:LINE:COLUMN: message (value 'x'). */
#ifndef PMWB_IMPORT_H
#define PMWB_IMPORT_H

#include <signal.h>
#include <stdio.h>

#include "pmwb/error.h"
#include "pmwb/fy.h"
#include "pmwb/scale.h"

struct store;

#define IMPORT_MAX_MAPS 32
#define IMPORT_DEFAULT_MAX_ERRORS 50

/* --map 'Header Text=field' */
struct import_mapping {
	char header[128];
	char field[64];
};

struct import_options {
	char delimiter;   /* 0: detect */
	const char *encoding; /* --encoding: iconv's name of the files' encoding (NULL: UTF-8) */
	long header_row;  /* 0: find it; else the line the header is on */
	int dry_run;      /* validate and count, write nothing */
	int replace;      /* empty the kind's tables first (same transaction) */
	int max_errors;   /* errors printed before only counting (0: the default) */
	int progress;     /* show progress on `msg` (a terminal) */
	int quiet;        /* 1: no notices (unknown columns, rows skipped above the header);
			   * 2: no total-row warnings either */
	struct scale_map scale;
	struct import_mapping map[IMPORT_MAX_MAPS];
	int nmaps;
	struct fy_settings fy;
	/* a total row that differs from its rows by more than this % of its figure (and more
	 * than the sheet's rounding) stops the import (the totals_tolerance_pct setting) */
	int totals_tolerance_pct;
	int accept_totals; /* --accept-totals: such a total is a warning instead */
	/* QIPP months: an actual after today is refused, a figure over outlier_pct% of its
	 * scheme's plan for the year warned about (today_month 0: not checked) */
	fy_month today_month;
	char today[11];   /* "YYYY-MM-DD", for messages */
	int qipp_outlier_pct;
	/* --programme: the programme (code or name) of every row of a file that has no
	 * programme column, as a programme's own register or plan usually has not */
	const char *programme;
	/* --organisation: whose the rows without a programme are (a corporate register), when
	 * the database holds several organisations */
	const char *organisation;
	FILE *out;        /* the summary of what changed (NULL: none) */
	FILE *msg;        /* errors, warnings, notices, progress */
	/* set by a SIGINT handler: the import stops at the next row and rolls back */
	volatile sig_atomic_t *interrupted;
};

void import_options_init(struct import_options *o);
/* "Header Text=field" */
enum pmwb_status import_options_add_map(struct import_options *o, const char *assignment,
					struct pmwb_error *e);

/* The kinds, for usage text: "programmes, delivery, phases, ...". */
const char *import_kind_list(void);
int import_kind_known(const char *kind);
/* What import KIND --columns prints: the kind's fields, which a file must have, and the
 * header names each is read from. */
enum pmwb_status import_kind_columns(const char *kind, FILE *out, struct pmwb_error *e);

/* Import files of one kind.  On failure nothing was written; e says why in one sentence
 * (the row errors were already printed to o->msg). */
enum pmwb_status import_files(struct store *st, const char *kind, char *const *files, int nfiles,
			      const struct import_options *o, struct pmwb_error *e);
/* Import every known file of a folder (programmes.csv, delivery.csv, ...) in dependency
 * order, all in one transaction. */
enum pmwb_status import_dir(struct store *st, const char *dir, const struct import_options *o,
			    struct pmwb_error *e);

#endif
