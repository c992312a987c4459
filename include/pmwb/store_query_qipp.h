/* The one read model of QIPP: a scheme's figures in a financial year as of a report month
 * (plan gross and net, year-to-date plan and actual, forecast, variance, RAG), read by one
 * SQL and summed by core (qipp_sums.h), and every total of them.  The QIPP pane pages
 * programmes and their schemes by keyset (programme id, then scheme id over
 * qipp_scheme_programme); `pmwb report qipp`, `report exceptions` and `export qipp-totals`
 * stream the same rows and ask for the same totals, so all agree to the pound. */
#ifndef PMWB_STORE_QUERY_QIPP_H
#define PMWB_STORE_QUERY_QIPP_H

#include "pmwb/error.h"
#include "pmwb/fy.h"
#include "pmwb/money.h"
#include "pmwb/qipp_sums.h"
#include "pmwb/store_query.h"

struct store;
struct store_qipp;

struct store_qipp_programme {
	long long id;
	char code[STORE_CODE_MAX];
	char name[STORE_NAME_MAX];
	char organisation[STORE_NAME_MAX]; /* as written; "" when none */
};

/* One scheme in the period: the figures as stored (the plan for the year, its months up to
 * the report month) and the money core makes of them under the rules set. */
struct store_qipp_scheme {
	long long id;
	long long programme_id;
	char name[STORE_NAME_MAX];
	char owner[STORE_PERSON_MAX];
	struct qipp_figures fig;
	struct qipp_sums sums;
	int reported_this_month; /* a forecast or actual for the report month itself */
};

/* A scheme as the reports list it: with its programme, and how many organisations the
 * rows asked for cover (known from the first row). */
struct store_qipp_row {
	struct store_qipp_programme prog;
	struct store_qipp_scheme s;
	int organisations;
};

enum pmwb_status store_qipp_open(struct store *st, struct store_qipp **out,
				 struct pmwb_error *e);
void store_qipp_close(struct store_qipp *q);

/* The year (its first month), the report month asof inside it and today's month (the
 * year-to-date plan runs to the earlier of the two: none for a year not started); for the
 * next read. */
void store_qipp_set_period(struct store_qipp *q, int fy, fy_month first, fy_month asof,
			   fy_month today);
/* The RAG rules the rows' and totals' ratings follow (the defaults until set). */
void store_qipp_set_rules(struct store_qipp *q, const struct qipp_rag_rules *rules);
/* Narrow every list, total and count to one organisation's programmes (its name as
 * programmes carry it, any case); NULL for every organisation.  For the next read. */
void store_qipp_set_organisation(struct store_qipp *q, const char *organisation);

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

/* Programmes holding a scheme in any year, in id order after after_id (0: from the first):
 * what export qipp-totals walks, year by year. */
enum pmwb_status store_qipp_programmes_any(struct store_qipp *q, long long after_id, int n,
					   struct store_qipp_programme *out, int *got,
					   struct pmwb_error *e);

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

/* What a total covers: one programme (programme_id), else one organisation's programmes
 * (organisation as written, "" for none), else every scheme of the period.  A file may hold
 * several organisations' plans, and each has its own total. */
struct store_qipp_scope {
	long long programme_id;   /* 0: not one programme */
	const char *organisation; /* NULL: not one organisation */
};
/* The sum of the scope's schemes (core's qipp_sums_add, in pounds), streamed: nothing held. */
enum pmwb_status store_qipp_total(struct store_qipp *q, const struct store_qipp_scope *scope,
				  struct qipp_sums *out, struct pmwb_error *e);

/* The period's schemes (of one programme code, or all for NULL) in report order:
 * organisation, programme code, scheme name. */
typedef enum pmwb_status (*store_qipp_row_fn)(void *ctx, const struct store_qipp_row *row,
					      struct pmwb_error *e);
enum pmwb_status store_qipp_report(struct store_qipp *q, const char *programme_code,
				   store_qipp_row_fn fn, void *ctx, struct pmwb_error *e);
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

/* The plan (net, else gross after its risk adjustment, else gross; *has 0 when none) of a
 * scheme for a year, which a month's figures are checked against. */
enum pmwb_status store_qipp_year_plan(struct store *st, long long scheme_id, int fy, int *has,
				      money_pounds *plan, struct pmwb_error *e);

/* The sum of a scheme's actuals over the months first..last, and whether last has one: a
 * month's own actual from a year-to-date figure. */
enum pmwb_status store_qipp_actual_to(struct store *st, long long scheme_id, fy_month first,
				      fy_month last, int *has_last, money_pounds *sum,
				      struct pmwb_error *e);

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
