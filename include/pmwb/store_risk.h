/* The risk register: keyed by programme (NULL: the organisation's corporate register) and
 * ref, so two programmes' risk "1" are different risks.  A change of likelihood, impact or
 * status also writes a risk_history row (the first change also the state before it, with
 * the file and line it was imported from); a risk that never changed has no history. */
#ifndef PMWB_STORE_RISK_H
#define PMWB_STORE_RISK_H

#include "pmwb/store_batch.h"

enum store_risk_col {
	STORE_RISK_PROGRAMME_ID,
	STORE_RISK_ORGANISATION_ID, /* the corporate register's owner; NULL for a programme's */
	STORE_RISK_REF,
	STORE_RISK_TITLE,
	STORE_RISK_DESCRIPTION,
	STORE_RISK_OWNER,
	STORE_RISK_LIKELIHOOD,
	STORE_RISK_IMPACT,
	STORE_RISK_LIKELIHOOD_WORD,
	STORE_RISK_IMPACT_WORD,
	STORE_RISK_PRINTED_SCORE,
	STORE_RISK_RESIDUAL_RATING,
	STORE_RISK_INITIAL_LIKELIHOOD, /* the Datix ratings: before controls ... */
	STORE_RISK_INITIAL_IMPACT,
	STORE_RISK_RESIDUAL_LIKELIHOOD, /* ... and after the planned actions */
	STORE_RISK_RESIDUAL_IMPACT,
	STORE_RISK_TARGET_SCORE,
	STORE_RISK_RAISED_DATE, /* ISO days */
	STORE_RISK_REVIEW_DATE,
	STORE_RISK_FINANCIAL_IMPACT,
	STORE_RISK_MITIGATION,
	STORE_RISK_STATUS,
	STORE_RISK_SOURCE,
	STORE_RISK_SRC_FILE,
	STORE_RISK_SRC_LINE,
	STORE_RISK_NCOLS
};

extern const struct store_entity store_risk_entity;

#endif
