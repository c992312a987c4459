/* One risk as the detail view shows it: every field the register holds, in full (the form
 * edits a part of them), whether its status reads closed, whose register it is, and its
 * newest history rows. */
#ifndef PMWB_STORE_RISK_DETAIL_H
#define PMWB_STORE_RISK_DETAIL_H

#include "pmwb/error.h"
#include "pmwb/store_risk_edit.h"

struct store;

#define STORE_RISK_DETAIL_TEXT_MAX 8192 /* any text field, whole: longer is cut with "..." */
#define STORE_RISK_DETAIL_HISTORY 8     /* history rows kept, newest first */

struct store_risk_history_row {
	char at[24], who[64];
	int likelihood, impact, score; /* 0: not rated */
	char status[STORE_STATUS_MAX];
	char note[64]; /* "import", "edit", "close", ... */
};

struct store_risk_detail {
	struct store_risk_record r; /* what the form edits (and a stale edit is checked against) */
	int closed;                 /* the status reads closed */
	char title[STORE_RISK_DETAIL_TEXT_MAX], owner[STORE_RISK_DETAIL_TEXT_MAX];
	char status[STORE_RISK_DETAIL_TEXT_MAX], mitigation[STORE_RISK_DETAIL_TEXT_MAX];
	char description[STORE_RISK_DETAIL_TEXT_MAX], source[STORE_RISK_DETAIL_TEXT_MAX];
	char programme_name[160], organisation[160]; /* organisation: its programme's, or the
						     * corporate register's */
	int has_financial_impact;
	long long financial_impact; /* pounds */
	char printed_score[64], residual_rating[64];
	char src_file[256];
	long src_line;
	int n_history;      /* rows in history[] */
	long history_total; /* rows the risk has */
	struct store_risk_history_row history[STORE_RISK_DETAIL_HISTORY];
};

/* PMWB_INPUT when the risk is no longer there. */
enum pmwb_status store_risk_detail_load(struct store *st, long long id,
					struct store_risk_detail *out, struct pmwb_error *e);

#endif
