/* Closing and reopening a risk by hand without losing its progress note.  A register keeps
 * its progress notes in the status ("Linked to CSU via Director of Commissioning; ongoing"),
 * and whether a risk is closed is read from that same text by the status words
 * (store_risk_status.h), so closing puts a closed word in front of the note instead of
 * replacing it, and reopening takes that word off again. */
#ifndef PMWB_STORE_RISK_CLOSE_H
#define PMWB_STORE_RISK_CLOSE_H

#include <stddef.h>

#include "pmwb/error.h"

struct store;

/* The status a risk takes when closed: "closed" for a status that says nothing but open
 * (empty, or the word "open"), else "Closed - " and the status as it was.  A status that
 * already reads closed is kept.  Refused (PMWB_INPUT, nothing written) when the result
 * would not fit in size, which is then the longest a status may be. */
enum pmwb_status store_risk_closing_status(struct store *st, const char *status, char *out,
					   size_t size, struct pmwb_error *e);

/* The status a closed risk takes when reopened: "Closed - NOTE" (any closed word, any of
 * the separators - : ; ,) gives NOTE back when NOTE reads open; a closed word alone gives
 * "open"; anything else (a note that itself reads closed, "Complete (Mar 2014)") becomes
 * "Reopened - " and the status, which reads open.  A status that reads open is kept. */
enum pmwb_status store_risk_reopening_status(struct store *st, const char *status, char *out,
					     size_t size, struct pmwb_error *e);

#endif
