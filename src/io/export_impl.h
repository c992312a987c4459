/* Private to io/: the CSV writer the exporter uses. */
#ifndef PMWB_EXPORT_IMPL_H
#define PMWB_EXPORT_IMPL_H

#include <stddef.h>
#include <stdio.h>

#include "pmwb/error.h"

struct export_csv {
	FILE *f;
	int ncells;
	int terminal; /* f is a terminal: control characters are shown, not sent */
};

void export_csv_cell(struct export_csv *w, const char *cell);
void export_csv_end_row(struct export_csv *w);
void export_money_k(const char *pounds, char *buf, size_t size);

struct store;
struct export_options;
/* export qipp-totals (export_qipp_totals.c): the read model's totals. */
enum pmwb_status export_qipp_totals(struct store *st, struct export_csv *w,
				    const struct export_options *o, struct pmwb_error *e);

#endif
