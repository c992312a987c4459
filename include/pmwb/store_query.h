/* Read-side queries the workbench needs once per session (or on reload): the plan's span,
 * the risk bands, the settings that shape the panes.  Paged lists live in
 * store_query_programmes.h and store_query_gantt.h. */
#ifndef PMWB_STORE_QUERY_H
#define PMWB_STORE_QUERY_H

#include "pmwb/error.h"
#include "pmwb/fy.h"
#include "pmwb/risk.h"
#include "pmwb/settings.h"
#include "pmwb/store_settings.h"

struct store;

/* Text sizes of the rows the panes page through; longer values are truncated (the detail
 * views read the full text). */
#define STORE_CODE_MAX 32
#define STORE_NAME_MAX 160
#define STORE_PERSON_MAX 96

struct store_session_info {
	struct pmwb_settings settings; /* settings.problem: a bad stored value, to say once */
	struct fy_settings fy;
	struct risk_bands bands; /* from the threshold table (store_threshold_bands) ... */
	char bands_error[300];   /* ... or, when that refuses them, why; bands are the defaults */
	int has_span;            /* 0 when there are no phases and no programme years */
	fy_quarter first_q, last_q; /* the plan's span over phases, milestones and programme FYs */
	long programmes;         /* counts, for the top bar and the empty-database message */
	long projects;
	struct store_today today; /* today.problem: a bad $PMWB_TODAY, to say once */
};

enum pmwb_status store_session_info(struct store *st, struct store_session_info *out,
				    struct pmwb_error *e);

/* Whether the file's data changed since the last call: *theirs counts commits by other
 * connections (other processes: PRAGMA data_version), *ours rows this connection changed.
 * Cheap enough to ask after every key and on every idle second. */
enum pmwb_status store_data_version(struct store *st, long long *theirs, long long *ours,
				    struct pmwb_error *e);

/* The basename of the database file, for the top bar. */
const char *store_label(const struct store *st);

#endif
