/* The Risks pane's rows: the register paged by keyset in one of a few orders, each over its
 * own index (schema v3), with filters; and the heat map's counts, kept by the database so
 * that the map and the band counts never scan the register. */
#ifndef PMWB_STORE_QUERY_RISKS_H
#define PMWB_STORE_QUERY_RISKS_H

#include "pmwb/error.h"
#include "pmwb/store_query.h"

struct store;
struct store_risks;

enum store_risk_sort {
	STORE_RISK_SORT_SCORE,     /* highest first */
	STORE_RISK_SORT_PROGRAMME, /* plan order (corporate register first), then score */
	STORE_RISK_SORT_OWNER,     /* owner A-Z (none first), then score */
	STORE_RISK_SORT_REVIEW,    /* review date, soonest first (none last), then score */
	STORE_RISK_SORT_COUNT
};

#define STORE_REF_MAX 48
#define STORE_STATUS_MAX 256
#define STORE_RISK_TEXT_MAX 512 /* titles and owners as the register has them */
#define STORE_RISK_LONG_MAX 1024 /* mitigation */

/* What to show.  Zero (memset) shows every risk. */
struct store_risk_filter_spec {
	int has_programme;
	long long programme_id;  /* 0: the corporate register */
	char owner[STORE_PERSON_MAX]; /* "": any; matched whole, ignoring case */
	int min_score, max_score;     /* 0: no bound (a band, or escalation) */
	int likelihood, impact;       /* a heat-map cell; 0: any */
	int open_only, closed_only;   /* closed: by the status words (store_risk_status.h) */
	char status[STORE_STATUS_MAX]; /* "": any; else status starting with this, ignoring case */
	int overdue;                  /* open, with a review date before `today` */
	char today[11];               /* ISO day, for overdue */
	char text[128];               /* "": none; else in ref, title or owner */
	long long only_id;            /* 0: any; else just this risk (does it still match?) */
	long long organisation_id;    /* 0: any; else that organisation's programmes' risks and
				       * its corporate register (store_organisation.h) */
};

struct store_risk_item {
	long long id;
	long long programme_id; /* 0: corporate */
	char ref[STORE_REF_MAX];
	char programme[STORE_CODE_MAX]; /* "" for the corporate register */
	char title[STORE_NAME_MAX];
	char owner[STORE_RISK_TEXT_MAX]; /* whole: it is a paging key */
	int likelihood, impact, score; /* 0 when not rated */
	int previous_score;            /* the score before the last change; 0 when none */
	char status[STORE_STATUS_MAX]; /* the register's own word */
	int closed;                    /* the status means closed (store_risk_status.h) */
	char review_date[11];          /* ISO, "" when none */
	/* What the reports show besides (0 or "" when the register did not give it). */
	char likelihood_word[32], impact_word[32]; /* the register's own words, if words */
	int residual_likelihood, residual_impact, target_score;
	int initial_likelihood, initial_impact;
	char mitigation[STORE_RISK_LONG_MAX];
	char organisation[STORE_NAME_MAX]; /* its programme's, or the corporate register's owner */
};

enum pmwb_status store_risks_open(struct store *st, struct store_risks **out,
				  struct pmwb_error *e);
void store_risks_close(struct store_risks *q);

/* Takes effect for the next page. */
void store_risks_set_view(struct store_risks *q, enum store_risk_sort sort,
			  const struct store_risk_filter_spec *f);

/* The index the view's sort reads is built on first use (store_index.h).  unindexed: 0 when
 * it is there, else how many risks building it will read (at least 1).  Without it pages
 * are still right, only slower; build_index fails with PMWB_DB_BUSY when another writer
 * holds the file, and can be tried again. */
long store_risks_unindexed(struct store_risks *q);
enum pmwb_status store_risks_build_index(struct store_risks *q, struct pmwb_error *e);

/* Up to n rows after `after` (NULL: from the first) or before it (backward; NULL: from the
 * last), nearest first.  Keyset paging in range scans: the cost does not grow with how far
 * into the register `after` is. */
enum pmwb_status store_risks_page(struct store_risks *q, const struct store_risk_item *after,
				  int backward, int n, struct store_risk_item *out, int *got,
				  struct pmwb_error *e);

/* Every row of the view in its order, streamed to fn (a report: no page size, no table in
 * memory); fn's error stops it. */
typedef enum pmwb_status (*store_risk_item_fn)(void *ctx, const struct store_risk_item *row,
					       struct pmwb_error *e);
enum pmwb_status store_risks_each(struct store_risks *q, store_risk_item_fn fn, void *ctx,
				  struct pmwb_error *e);
/* counts[likelihood][impact] (0: not rated) of one organisation's open risks (its
 * programmes' and its corporate register's), counted from the register: the kept counts
 * split by programme, not by whose corporate register a risk is in. */
enum pmwb_status store_risks_organisation_cells(struct store_risks *q, long long organisation_id,
					       long counts[6][6], struct pmwb_error *e);

/* The programme with this code (case-insensitive); *found 0 when there is none. */
enum pmwb_status store_risks_programme(struct store_risks *q, const char *code, long long *id,
				       char *canonical, unsigned size, int *found,
				       struct pmwb_error *e);

/* The code of the programme with this id ("" when none, or for 0: the corporate register). */
enum pmwb_status store_risks_programme_code(struct store_risks *q, long long id, char *buf,
					    unsigned size, struct pmwb_error *e);

/* counts[likelihood][impact] of open risks (index 0: not rated), for one programme
 * (has_programme; 0 the corporate register) or all; from the kept counts, not the register.
 * The heat map of the pane and of `report heatmap`. */
enum pmwb_status store_risks_cells(struct store_risks *q, int has_programme,
				   long long programme_id, long counts[6][6], struct pmwb_error *e);

#endif
