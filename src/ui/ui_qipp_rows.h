/* The QIPP pane's rows for the group/children model (ui_groups.h): a programme's group row
 * carrying its totals, then its schemes, read through store/ one programme at a time; the
 * schemes in one of a few orders and narrowed by RAG or text.  No curses here. */
#ifndef PMWB_UI_QIPP_ROWS_H
#define PMWB_UI_QIPP_ROWS_H

#include "pmwb/error.h"
#include "pmwb/qipp.h"
#include "pmwb/qipp_sums.h"
#include "pmwb/store_query_qipp.h"
#include "ui_groups.h"
#include "ui_list.h"

enum qipp_row_kind { QIPP_ROW_GROUP, QIPP_ROW_SCHEME };

struct qipp_row {
	struct ui_group_key key; /* first: ui_groups reads it */
	enum qipp_row_kind kind;
	struct store_qipp_programme prog;
	struct store_qipp_scheme scheme; /* scheme rows only */
	struct qipp_sums sums;           /* the scheme's, or on a group row the programme's
					  * (store_qipp_total) */
};

/* The order of the schemes under each programme. */
enum qipp_sort {
	QIPP_SORT_PLAN,     /* as the plan lists them */
	QIPP_SORT_NAME,
	QIPP_SORT_NET,      /* the net plan, largest first */
	QIPP_SORT_VARIANCE, /* forecast against plan, furthest behind first */
	QIPP_SORT_RAG,      /* Red, Amber, not reported, Green */
	QIPP_SORT_COUNT
};
extern const char *const qipp_sort_names[QIPP_SORT_COUNT];

struct qipp_rows {
	struct store_qipp *q; /* with the period, rules and organisation set */
	struct qipp_rag_rules rules;
	enum qipp_sort sort;
	unsigned rag_mask; /* schemes rated these (1 << enum qipp_rag); 0: any */
	char text[128];    /* schemes whose name or owner holds this; "": any */
	/* One programme's schemes in the order and filter asked (not for the plan order
	 * unfiltered, which pages by key): the last programme read. */
	long long cached;
	struct store_qipp_scheme *s;
	int n, cap;
};

/* How the QIPP rows are read: the model is a struct qipp_rows; and the list over them (its
 * pane: the struct ui_groups). */
extern const struct ui_groups_ops qipp_rows_ops;
extern const struct ui_list_ops qipp_list_ops;

/* Forget the schemes remembered (the data, period, order or filter changed). */
void qipp_rows_forget(struct qipp_rows *m);
void qipp_rows_free(struct qipp_rows *m);

/* A programme's group row (found = 0 when it has no scheme shown in the year). */
enum pmwb_status qipp_rows_group(struct qipp_rows *m, long long prog_id, struct qipp_row *out,
				 int *found, struct pmwb_error *e);

/* The sums of one organisation's schemes (as its programmes write it), or of every scheme
 * for NULL, streamed scheme by scheme. */
enum pmwb_status qipp_rows_total(struct qipp_rows *m, const char *organisation,
				 struct qipp_sums *out, struct pmwb_error *e);

#endif
