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

/* How the audit log shows an int field's value (a year as 2013/14); NULL: as a number. */
typedef void (*store_int_text)(int v, char *buf, unsigned size);

/* The audit detail of a change, every text in full: "name: 'a' -> 'b'; sro: (empty) -> 'c'"
 * (before NULL, a new record: "code: 'X'; name: 'Y'", the empty fields left out); "" when
 * nothing differs; NULL when out of memory.  The caller frees it. */
char *store_fields_diff(const struct store_field *fields, int n, const void *before,
			const void *after, store_int_text int_text);

/* The names of the fields that differ, "owner, likelihood", into names; how many. */
int store_fields_differ(const struct store_field *fields, int n, const void *a, const void *b,
			char *names, size_t size);

#endif
