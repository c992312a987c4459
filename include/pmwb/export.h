/* Exporting a kind as CSV with the columns its import reads (plus derived ones: a risk's
 * computed_score and band, a QIPP scheme's total_plan_k), so an exported file imports again
 * unchanged.  Cells a spreadsheet would run as a formula are guarded; -o writes a temporary
 * file and renames it into place, so a failed export never leaves half a file: the
 * temporary file goes on every failure, and the new file has the mode and group of the one
 * it replaces (a new one the umask's). */
#ifndef PMWB_EXPORT_H
#define PMWB_EXPORT_H

#include <signal.h>
#include <stdio.h>

#include "pmwb/error.h"
#include "pmwb/fy.h"
#include "pmwb/qipp.h"

struct store;

struct export_options {
	const char *output; /* NULL: write to `out` */
	FILE *out;
	int with_source;    /* add src_file and src_line: where each row was imported from */
	int bom;            /* start with a UTF-8 byte order mark: Excel, opening a CSV file by
			     * double-click, reads it as Windows-1252 without one ("Â£") */
	/* qipp-totals: the settings its totals follow, today's month, and --month (0: every
	 * year, each as of its last month or today's, whichever is earlier) */
	struct fy_settings fy;
	struct qipp_rag_rules rules;
	fy_month today, month;
	/* set by a signal handler: the export stops at the next row, and -o leaves its file
	 * as it was (NULL: never) */
	volatile sig_atomic_t *interrupted;
};

/* "programmes, delivery, ..., qipp-totals, delivery-totals" */
const char *export_kind_list(void);
int export_kind_known(const char *kind);

enum pmwb_status export_kind(struct store *st, const char *kind, const struct export_options *o,
			     struct pmwb_error *e);

/* The text a cell is written as, guarded against formula injection: a cell that starts with
 * = + - @ (or a tab or carriage return) and is not a number gets a leading apostrophe, which
 * spreadsheets show as text and import strips again.  buf >= strlen(cell) + 2. */
const char *export_guard(const char *cell, char *buf, size_t size);

#endif
