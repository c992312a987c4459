/* Read-side rows for the board reports (pmwb report ...).  Each function streams rows to a
 * callback in report order and holds no table in memory. */
#ifndef PMWB_STORE_REPORT_H
#define PMWB_STORE_REPORT_H

#include "pmwb/error.h"
#include "pmwb/fy.h"
#include "pmwb/money.h"

struct store;

#define STORE_REPORT_TEXT 192

/* One risk as the register report shows it. */
struct store_risk_row {
	char ref[48];
	char programme_code[48]; /* empty: the organisation's (corporate) register */
	char title[STORE_REPORT_TEXT];
	char owner[96];
	int likelihood, impact, score;   /* 0 when the register gave no rating */
	char likelihood_word[32], impact_word[32]; /* the register's own words, if it used words */
	int residual_likelihood, residual_impact, target_score; /* 0 when not given */
	int initial_likelihood, initial_impact;                 /* 0 when not given */
	int previous_score;              /* score before the last change; 0 when none is known */
	char status[64];
	char review_date[16];            /* ISO, empty when none */
};

typedef enum pmwb_status (*store_risk_row_fn)(void *ctx, const struct store_risk_row *row,
					      struct pmwb_error *e);

struct store_risk_filter {
	const char *programme_code; /* NULL: all; "" : the corporate register only */
	int min_score;              /* 0: unscored risks too */
	int open_only;              /* leave out closed risks */
};

/* Risks by score, highest first (unscored last), then by programme and ref. */
enum pmwb_status store_report_risks(struct store *st, const struct store_risk_filter *f,
				    store_risk_row_fn fn, void *ctx, struct pmwb_error *e);

/* counts[likelihood - 1][impact - 1] over scored risks matching the filter. */
enum pmwb_status store_report_heatmap(struct store *st, const struct store_risk_filter *f,
				      long counts[5][5], struct pmwb_error *e);

/* 1 when a programme with this code exists. */
enum pmwb_status store_programme_exists(struct store *st, const char *code, int *exists,
					struct pmwb_error *e);

#endif
