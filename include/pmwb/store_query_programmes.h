/* The Programmes pane's rows: one per programme, paged by keyset in one of a few orders, with
 * a summary (projects, phases in progress, risks by band, QIPP plan and forecast) computed only
 * for the rows asked for. */
#ifndef PMWB_STORE_QUERY_PROGRAMMES_H
#define PMWB_STORE_QUERY_PROGRAMMES_H

#include <stdint.h>

#include "pmwb/error.h"
#include "pmwb/fy.h"
#include "pmwb/qipp_sums.h"
#include "pmwb/risk.h"
#include "pmwb/store_query.h"

struct store;
struct store_programmes;

enum store_programme_sort {
	STORE_PROG_SORT_PLAN, /* the order the plan was imported in */
	STORE_PROG_SORT_CODE,
	STORE_PROG_SORT_NAME,
	/* By the summary (ranked in memory from every programme's, once per change): */
	STORE_PROG_SORT_RAG,      /* QIPP RAG, Red first; no schemes last */
	STORE_PROG_SORT_RISKS,    /* open risks, most first */
	STORE_PROG_SORT_VARIANCE, /* QIPP forecast against plan, furthest behind first */
	STORE_PROG_SORT_COUNT
};

struct store_programme_row {
	long long id;
	char code[STORE_CODE_MAX];
	char name[STORE_NAME_MAX];
	char sro[STORE_PERSON_MAX];
	char lead[STORE_PERSON_MAX];
	/* Filled by store_programmes_page for the quarter and FY given there. */
	long projects;
	long phases_now;                    /* phases whose quarters include `quarter` */
	long band_count[RISK_MAX_BANDS];    /* open risks per band of the session's bands */
	struct qipp_sums qipp;              /* the FY's schemes as of today (store_qipp_total) */
};

/* What the summary is for: the current quarter and its FY. */
struct store_programme_when {
	fy_quarter quarter;
	int fy;
	fy_month fy_first_month;
	fy_month today;                 /* the QIPP position is as of this month */
	struct qipp_rag_rules rules;
	const struct risk_bands *bands;
};

enum pmwb_status store_programmes_open(struct store *st, struct store_programmes **out,
				       struct pmwb_error *e);
void store_programmes_close(struct store_programmes *q);

/* Order and filter (matched, case-insensitively, against code, name, SRO, lead, manager;
 * NULL or "" for none).  Takes effect for the next page.  The orders by summary read every
 * programme's summary once (for the `when` of the next page) and page through that ranking
 * until the view, the `when` or the data (store_programmes_forget) changes. */
void store_programmes_set_view(struct store_programmes *q, enum store_programme_sort sort,
			       const char *filter);

/* Summaries are remembered for the programmes already shown (a bounded cache); forget them
 * when the database may have changed under the pane (the reload key). */
void store_programmes_forget(struct store_programmes *q);

/* Up to n rows after `after` (NULL: from the first), or before it when backward (NULL: from
 * the last), nearest first.  Keyset paging: the cost does not depend on how far in the list
 * `after` is. */
enum pmwb_status store_programmes_page(struct store_programmes *q,
				       const struct store_programme_row *after, int backward,
				       int n, const struct store_programme_when *when,
				       struct store_programme_row *out, int *got,
				       struct pmwb_error *e);

/* The next row (in the current order and filter) after `after` whose code or name contains
 * text; *found is 0 when there is none before the end (the caller wraps with after=NULL). */
enum pmwb_status store_programmes_find(struct store_programmes *q,
				       const struct store_programme_row *after, int backward,
				       const char *text, const struct store_programme_when *when,
				       struct store_programme_row *out, int *found,
				       struct pmwb_error *e);

/* The summary of one programme (for its detail view), as a page row has it. */
enum pmwb_status store_programme_summary(struct store_programmes *q, long long id,
					 const struct store_programme_when *when,
					 struct store_programme_row *out, struct pmwb_error *e);

struct store_programme_detail {
	char code[STORE_CODE_MAX];
	char name[STORE_NAME_MAX];
	char organisation[STORE_NAME_MAX];
	char chair[STORE_PERSON_MAX], sro[STORE_PERSON_MAX], lead[STORE_PERSON_MAX],
		manager[STORE_PERSON_MAX];
	int has_start_fy, has_end_fy, start_fy, end_fy;
	char summary[1024];
};

enum pmwb_status store_programme_detail(struct store_programmes *q, long long id,
					struct store_programme_detail *out, struct pmwb_error *e);

#endif
