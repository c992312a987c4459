/* Private to store/: a record's fields described by offset, for the edits by hand that
 * compare a record with the database ("someone else changed it"), write only the fields that
 * changed and list them in the audit log (store_risk_edit.c, store_programme_edit.c,
 * store_project_edit.c, store_milestone_edit.c). */
#ifndef PMWB_STORE_FIELDS_H
#define PMWB_STORE_FIELDS_H

#include <stddef.h>

#include <sqlite3.h>

#include "pmwb/error.h"

struct store;

struct store_field {
	const char *name;
	size_t off;
	size_t size; /* a char array's size; 0: an int; STORE_FIELD_LONG: a long long */
};

#define STORE_FIELD_LONG ((size_t)-1)

/* A char array, not a number? */
int store_field_is_text(const struct store_field *f);

int store_field_int(const void *rec, const struct store_field *f);
/* A number field, int or long long; 0 stands for "not given" (NULL in the database). */
long long store_field_num(const void *rec, const struct store_field *f);
const char *store_field_text(const void *rec, const struct store_field *f);
/* The field the same in both records? */
int store_field_same(const void *a, const void *b, const struct store_field *f);
/* Empty text, or a number 0? */
int store_field_empty(const void *rec, const struct store_field *f);

/* How the audit log writes a number field's value (NULL: in decimal). */
typedef void (*store_field_fmt)(const struct store_field *f, long long v, char *buf,
				size_t size);

/* "name: 'a' -> 'b'; sro: (empty) -> 'c'" over the n fields, every value in full; with
 * before NULL, the fields after gives ("code: 'X'; name: 'Y'").  "" when nothing differs;
 * NULL when out of memory.  The caller frees it. */
char *store_fields_diff(const struct store_field *fields, int n, const void *before,
			const void *after, store_field_fmt fmt);

/* Appends "; " and text to a text from store_fields_diff (freeing it and returning NULL
 * when out of memory). */
char *store_fields_append(char *detail, const char *text);

/* The names of the fields that differ, "name, due" ("" when none). */
void store_fields_changed(const struct store_field *fields, int n, const void *a,
			  const void *b, char *names, size_t size);

/* The n fields from columns 0..n-1 of a row of s (a number NULL as 0); returns the fields
 * longer in the database than the record holds, bit i for field i. */
unsigned store_fields_read(sqlite3_stmt *s, const struct store_field *fields, int n, void *rec);

/* UPDATE table SET <each field that differs from before> WHERE id = id: an edit writes only
 * what changed, so a value longer than the form holds is never cut by an edit of another
 * field.  Text "" and number 0 are written as NULL. */
enum pmwb_status store_fields_update(struct store *st, const char *table,
				     const struct store_field *fields, int n, const void *rec,
				     const void *before, long long id, struct pmwb_error *e);

#endif
