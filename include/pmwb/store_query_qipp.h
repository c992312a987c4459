/* The QIPP pane's rows: programmes holding schemes in a financial year, their schemes, each
 * paged by keyset (programme id, then scheme id over qipp_scheme_programme), with the
 * figures of the year as of a report month; and one scheme's detail for the scheme view. */
#ifndef PMWB_STORE_QUERY_QIPP_H
#define PMWB_STORE_QUERY_QIPP_H

#include "pmwb/error.h"
#include "pmwb/fy.h"
#include "pmwb/money.h"
#include "pmwb/store_query.h"

struct store;
struct store_qipp;

struct store_qipp_programme {
	long long id;
	char code[STORE_CODE_MAX];
	char name[STORE_NAME_MAX];
	char organisation[STORE_NAME_MAX]; /* as written; "" when none */
};

/* One scheme in the period: the plan for the year and its months up to the report month,
 * as store_report_qipp gives them, so that the pane and `pmwb report qipp` agree. */
struct store_qipp_scheme {
	long long id;
	long long programme_id;
	char name[STORE_NAME_MAX];
	char owner[STORE_PERSON_MAX];
	int has_gross, has_net;
	money_pounds gross, net;
	int has_adjust;          /* a risk adjustment percentage is given */
	int adjust_pct;
	int has_actual;          /* an actual reported from the year's first month to asof */
	money_pounds ytd_actual;
	int has_forecast;        /* the latest full-year forecast reported up to asof */
	money_pounds forecast;
	int has_prev_forecast;   /* the same a month earlier */
	money_pounds prev_forecast;
	int reported_this_month;
};

enum pmwb_status store_qipp_open(struct store *st, struct store_qipp **out,
				 struct pmwb_error *e);
void store_qipp_close(struct store_qipp *q);

/* The year (its first month) and the report month asof inside it; for the next page. */
void store_qipp_set_period(struct store_qipp *q, int fy, fy_month first, fy_month asof);

/* Programmes with a scheme in the period (a plan for the year or a month reported in it),
 * in id order after after_id (0: from the first) or before it when backward (0: from the
 * last), nearest first. */
enum pmwb_status store_qipp_programmes(struct store_qipp *q, long long after_id, int backward,
				       int n, struct store_qipp_programme *out, int *got,
				       struct pmwb_error *e);
enum pmwb_status store_qipp_programme(struct store_qipp *q, long long id,
				      struct store_qipp_programme *out, int *found,
				      struct pmwb_error *e);

/* The period's schemes of one programme in id order after after_id (0: the first) or
 * before it (backward; 0: the last), nearest first. */
enum pmwb_status store_qipp_schemes(struct store_qipp *q, long long programme_id,
				    long long after_id, int backward, int n,
				    struct store_qipp_scheme *out, int *got, struct pmwb_error *e);

/* Search (case-insensitive, in the period): the nearest programme after after_id (before it
 * when backward; 0: from the end) whose code or name contains text (*self set) or that holds a
 * scheme whose name or owner does; and the nearest such scheme of a programme after (before)
 * after_id (0: from the end). */
enum pmwb_status store_qipp_find_programme(struct store_qipp *q, long long after_id,
					   int backward, const char *text,
					   struct store_qipp_programme *out, int *self, int *found,
					   struct pmwb_error *e);
enum pmwb_status store_qipp_find_scheme(struct store_qipp *q, long long programme_id,
					long long after_id, int backward, const char *text,
					struct store_qipp_scheme *out, int *found,
					struct pmwb_error *e);

/* Every scheme of the period (of one programme, or all for 0) streamed to fn one at a time,
 * for totals: nothing is held. */
typedef enum pmwb_status (*store_qipp_scheme_fn)(void *ctx, const struct store_qipp_scheme *s,
						 struct pmwb_error *e);
enum pmwb_status store_qipp_each(struct store_qipp *q, long long programme_id,
				 store_qipp_scheme_fn fn, void *ctx, struct pmwb_error *e);
/* The same for the programmes of one organisation (as written; "" for none): a file may
 * hold several organisations' plans, and each has its own total. */
enum pmwb_status store_qipp_each_in(struct store_qipp *q, const char *organisation,
				    store_qipp_scheme_fn fn, void *ctx, struct pmwb_error *e);
/* How many organisations have programmes with schemes in the period. */
enum pmwb_status store_qipp_organisations(struct store_qipp *q, int *n, struct pmwb_error *e);

/* The scheme view. */
#define STORE_QIPP_TEXT 1024
#define STORE_QIPP_PHASES 24

struct store_qipp_phase {
	char letter; /* S D P I R */
	fy_quarter start_q, end_q;
};

struct store_qipp_detail {
	long long id;
	struct store_qipp_programme prog;
	char name[STORE_NAME_MAX];
	char description[STORE_QIPP_TEXT];
	char area_of_spend[STORE_NAME_MAX];
	char recurrence[4];
	char category[STORE_NAME_MAX];
	char owner[STORE_PERSON_MAX];
	long long project_id;                 /* 0: no project linked */
	char project_name[STORE_NAME_MAX];
	int n_phases, more_phases;
	struct store_qipp_phase phase[STORE_QIPP_PHASES];
};

/* One month of a scheme as stored: the full-year forecast reported that month and the
 * savings achieved in it. */
struct store_qipp_month_figures {
	int has_forecast, has_actual;
	money_pounds forecast, actual;
};

enum pmwb_status store_qipp_detail(struct store_qipp *q, long long scheme_id,
				   struct store_qipp_detail *out, int *found,
				   struct pmwb_error *e);
/* The scheme's figures in the period set by store_qipp_set_period, whether or not it has a
 * plan in that year (*found 0 only when the scheme is gone). */
enum pmwb_status store_qipp_scheme(struct store_qipp *q, long long scheme_id,
				   struct store_qipp_scheme *out, int *found,
				   struct pmwb_error *e);
/* The twelve months of the year from `first`. */
enum pmwb_status store_qipp_months(struct store_qipp *q, long long scheme_id, fy_month first,
				   struct store_qipp_month_figures out[12], struct pmwb_error *e);

#endif
