/* Private to io/: the CSV writer the exporter uses. */
#ifndef PMWB_EXPORT_IMPL_H
#define PMWB_EXPORT_IMPL_H

#include <stddef.h>
#include <stdio.h>

struct export_csv {
	FILE *f;
	int ncells;
};

void export_csv_cell(struct export_csv *w, const char *cell);
void export_csv_end_row(struct export_csv *w);
void export_money_k(const char *pounds, char *buf, size_t size);

#endif
