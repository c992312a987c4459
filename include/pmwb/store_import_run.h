/* Import runs (issue 14): every file an import reads is recorded as a run, inside the
 * import's own transaction, so that a run is there exactly when its rows are.  A run says
 * which file it was (name, size, SHA-256), who imported it and when, what it did to the
 * rows (new, updated, unchanged, deleted), the unit each money column was read in, every
 * warning and notice it gave, and each printed total it checked, with the rows that total
 * covered: pmwb report reconciliation holds it against those rows as they are now. */
#ifndef PMWB_STORE_IMPORT_RUN_H
#define PMWB_STORE_IMPORT_RUN_H

#include "pmwb/error.h"

struct store;

/* Begins a file's run: audit rows written until store_import_run_close carry its id. */
enum pmwb_status store_import_run_begin(struct store *st, const char *kind, const char *file,
					long long size, const char *sha256, long long *id,
					struct pmwb_error *e);
/* What the file did; counts is the breakdown by table, units the money columns' units,
 * sha256 the file's (NULL: not known). */
struct store_import_run_counts {
	long rows, added, updated, unchanged;
	const char *counts, *units, *sha256;
};
enum pmwb_status store_import_run_end(struct store *st, long long id,
				      const struct store_import_run_counts *c,
				      struct pmwb_error *e);
/* --replace deleted rows after the kind's last file: they are that run's. */
enum pmwb_status store_import_run_deleted(struct store *st, long long id, long deleted,
					  struct pmwb_error *e);
void store_import_run_close(struct store *st);

/* A warning or notice, as the import said it (level "warning" or "notice"). */
enum pmwb_status store_import_run_message(struct store *st, long long id, long line, long col,
					  const char *level, const char *text,
					  struct pmwb_error *e);

/* What a printed total adds up. */
enum store_total_measure {
	STORE_TOTAL_PROJECT_VALUE, /* delivery: project.value */
	STORE_TOTAL_QIPP_NET,      /* qipp: a year's net plan */
	STORE_TOTAL_QIPP_GROSS,
	STORE_TOTAL_QIPP_FORECAST, /* a year's forecast outturn as the plan printed it */
};
/* How the total compared at import: agreed, within rounding or tolerance, printed with
 * the other sign, or beyond both and accepted (--accept-totals). */
enum store_total_verdict { STORE_TOTAL_AGREE, STORE_TOTAL_ROUNDING, STORE_TOTAL_SIGN,
			   STORE_TOTAL_ACCEPTED };
struct store_import_total {
	long line, col;
	const char *label; /* "2013/14 gross", "value" */
	const char *scope; /* the programme the total row names, NULL or "" for all above */
	enum store_total_measure measure;
	int fy;            /* a qipp measure's year */
	long long printed, summed, unit; /* pounds; unit: pounds per unit printed */
	long rows;
	enum store_total_verdict verdict;
	const long long *row_ids; /* the projects or schemes it covered */
	int nrow_ids;
};
enum pmwb_status store_import_run_total(struct store *st, long long id,
					const struct store_import_total *t,
					struct pmwb_error *e);

#endif
