/* Private to store/: a record's fields described by offset, for the edits by hand that
 * compare a record with the database ("someone else changed it"), write only the fields that
 * changed and list them in the audit log (store_risk_edit.c, store_programme_edit.c). */
#ifndef PMWB_STORE_FIELDS_H
#define PMWB_STORE_FIELDS_H

#include <stddef.h>

struct store_field {
	const char *name;
	size_t off;
	size_t size; /* a char array's size; 0: an int */
};

int store_field_int(const void *rec, const struct store_field *f);
const char *store_field_text(const void *rec, const struct store_field *f);
/* The field the same in both records? */
int store_field_same(const void *a, const void *b, const struct store_field *f);

/* A sum of money as the audit log shows it: "425,000" (pounds), "(empty)" when !has. */
void store_money_audit_text(char *buf, size_t size, int has, long long pounds);

#endif
