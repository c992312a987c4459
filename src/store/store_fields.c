/* A record's fields by offset (store_fields.h). */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pmwb/money.h"
#include "store_fields.h"

int store_field_int(const void *rec, const struct store_field *f)
{
	int v;

	memcpy(&v, (const char *)rec + f->off, sizeof(v));
	return v;
}

const char *store_field_text(const void *rec, const struct store_field *f)
{
	return (const char *)rec + f->off;
}

int store_field_same(const void *a, const void *b, const struct store_field *f)
{
	if (!f->size)
		return store_field_int(a, f) == store_field_int(b, f);
	return strcmp(store_field_text(a, f), store_field_text(b, f)) == 0;
}

void store_money_audit_text(char *buf, size_t size, int has, long long pounds)
{
	char n[32];

	if (!has) {
		snprintf(buf, size, "(empty)");
		return;
	}
	money_format((money_pounds)pounds, MONEY_POUNDS, n, sizeof(n));
	snprintf(buf, size, "%s", n);
}
