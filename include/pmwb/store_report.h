/* What the board reports (pmwb report ...) ask of store/ besides the read models they share
 * with the panes (store_query_risks.h for risks, the QIPP read model for schemes). */
#ifndef PMWB_STORE_REPORT_H
#define PMWB_STORE_REPORT_H

#include "pmwb/error.h"
#include "pmwb/fy.h"
#include "pmwb/money.h"

struct store;

#define STORE_REPORT_TEXT 192

/* 1 when a programme with this code exists. */
enum pmwb_status store_programme_exists(struct store *st, const char *code, int *exists,
					struct pmwb_error *e);

#endif
