/* Changing one risk by hand (the Risks pane's form): add, edit, close and undo, each in one
 * transaction that writes the risk, a risk_history row when likelihood, impact or status
 * changed (and for a new risk: history holds the state after each change; a risk's first
 * recorded change also records the state before it) and an audit row.
 * Nothing is half-written: on any failure the database is as it was. */
#ifndef PMWB_STORE_RISK_EDIT_H
#define PMWB_STORE_RISK_EDIT_H

#include "pmwb/error.h"
#include "pmwb/store_query.h"
#include "pmwb/store_query_risks.h"

struct store;

/* A risk as the form edits it.  Numbers are 0 when not given; text "" when not given. */
struct store_risk_record {
	long long id; /* 0: a new risk */
	char ref[STORE_REF_MAX];
	char programme[STORE_CODE_MAX]; /* code; "" for the corporate register */
	char title[STORE_RISK_TEXT_MAX];
	char owner[STORE_RISK_TEXT_MAX];
	int likelihood, impact;
	char likelihood_word[32], impact_word[32]; /* the register's own words, kept unchanged */
	int initial_likelihood, initial_impact; /* before any controls (Datix's initial rating) */
	int residual_likelihood, residual_impact, target_score;
	char status[STORE_STATUS_MAX];
	char raised_date[11], review_date[11];
	char mitigation[STORE_RISK_LONG_MAX];
	unsigned cut; /* after load: bit STORE_RISK_F_... set when the text is longer in the file
		       * than here; a save never writes such a field (it is refused if changed) */
};

/* The record's fields in its order, for the bits of cut. */
enum store_risk_field {
	STORE_RISK_F_REF,
	STORE_RISK_F_PROGRAMME,
	STORE_RISK_F_TITLE,
	STORE_RISK_F_OWNER,
	STORE_RISK_F_LIKELIHOOD,
	STORE_RISK_F_IMPACT,
	STORE_RISK_F_LIKELIHOOD_WORD,
	STORE_RISK_F_IMPACT_WORD,
	STORE_RISK_F_INITIAL_LIKELIHOOD,
	STORE_RISK_F_INITIAL_IMPACT,
	STORE_RISK_F_RESIDUAL_LIKELIHOOD,
	STORE_RISK_F_RESIDUAL_IMPACT,
	STORE_RISK_F_TARGET_SCORE,
	STORE_RISK_F_STATUS,
	STORE_RISK_F_RAISED_DATE,
	STORE_RISK_F_REVIEW_DATE,
	STORE_RISK_F_MITIGATION,
	STORE_RISK_FIELDS
};

enum pmwb_status store_risk_load(struct store *st, long long id, struct store_risk_record *out,
				 struct pmwb_error *e);

/* The two records hold the same risk in every field? (A colleague's change: compare the
 * record loaded again with the one a form started from.) */
int store_risk_same(const struct store_risk_record *a, const struct store_risk_record *b);

/* Writes `rec` (insert when rec->id is 0, setting it), given `before` as the form loaded it
 * (NULL for a new risk): only the fields that changed.  When the risk in the database no
 * longer matches `before` (someone else changed it meanwhile) nothing is written and the error
 * names every field that changed; a field before holds cut (longer in the file) is refused if
 * changed.  action names the change in the audit log ("add", "edit", "close", "undo"); the
 * audit detail lists each field as old -> new, in full.  A likelihood or impact that changed
 * loses its register word. */
enum pmwb_status store_risk_save(struct store *st, struct store_risk_record *rec,
				 const struct store_risk_record *before, const char *action,
				 struct pmwb_error *e);

/* The newest history row of the risk (0: none), taken before a save so that its undo can take
 * the save's history rows away again. */
enum pmwb_status store_risk_history_mark(struct store *st, long long id, long long *mark,
					 struct pmwb_error *e);

/* Undo of an edit: the risk back to `before` and its history rows after history_mark gone,
 * so its history and trend are as they were before the edit; if it is still as `after` left
 * it (else nothing is written and the error says so).  The audit log keeps the edit and
 * records the undo. */
enum pmwb_status store_risk_undo(struct store *st, struct store_risk_record *before,
				 const struct store_risk_record *after, long long history_mark,
				 struct pmwb_error *e);

/* Undo of an add: removes the risk (its history goes with it), if it is still as `after`
 * left it; the audit log keeps the record. */
enum pmwb_status store_risk_remove(struct store *st, const struct store_risk_record *after,
				   struct pmwb_error *e);

/* Deletes the risk and its history, if it is still as `before` (else nothing is written and
 * the error says so); the audit entry ("delete") keeps every field as it was, financial
 * impact and description included, and how many history rows went with it. */
enum pmwb_status store_risk_delete(struct store *st, const struct store_risk_record *before,
				   struct pmwb_error *e);

#endif
