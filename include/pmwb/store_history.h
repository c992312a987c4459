/* One record's story (issue 14): a risk, project, QIPP scheme or programme found by its key,
 * where it came from (file, line and import run), and what happened to it: a risk's score
 * and status over time, a project's phases against its baseline, a scheme's months as typed
 * or imported.  Its audit entries are read with store_audit_page (store_query_audit.h),
 * narrowed by store_history_filter. */
#ifndef PMWB_STORE_HISTORY_H
#define PMWB_STORE_HISTORY_H

#include <stddef.h>

#include "pmwb/error.h"
#include "pmwb/store_query_audit.h"

struct store;

enum store_history_kind { STORE_HISTORY_RISK, STORE_HISTORY_PROJECT, STORE_HISTORY_SCHEME,
			  STORE_HISTORY_PROGRAMME };
/* "risk", "project", "scheme" (also "qipp"), "programme": 0 and *kind set, else -1. */
int store_history_kind_parse(const char *name, enum store_history_kind *kind);
/* The kinds, for a usage message: "risk, project, scheme, programme". */
const char *store_history_kinds(void);

struct store_record {
	enum store_history_kind kind;
	long long id;
	char programme[64]; /* its programme's code; "" none (a corporate risk) */
	char key[256];      /* ref, name or code */
	char title[512];    /* a risk's title, a programme's name; "" else */
	char src_file[1024];
	long src_line;      /* 0: not imported (typed in the workbench) */
	long long run_id;   /* the import run its provenance is from, 0: not known */
	char run_at[24], run_who[64];
};

/* The record of this kind with this key, in programme (a code; "corporate" for the
 * corporate register; NULL: any).  *found is 0 for none; 2 or more when several match, and
 * names lists where they are ("BCF, corporate (B&NES CCG)"), for the user to choose. */
enum pmwb_status store_history_find(struct store *st, enum store_history_kind kind,
				    const char *programme, const char *key,
				    struct store_record *out, int *found, char *names,
				    size_t size, struct pmwb_error *e);

/* Its audit entries: a filter for store_audit_page (f's strings point into r). */
void store_history_filter(const struct store_record *r, char prefix[400],
			  struct store_audit_filter *f);

/* Its story apart from the audit, oldest first: when (may be ""), who (may be ""), what. */
typedef void (*store_story_fn)(void *ctx, const char *when, const char *who, const char *what);
enum pmwb_status store_history_story(struct store *st, const struct store_record *r,
				     store_story_fn fn, void *ctx, struct pmwb_error *e);

#endif
