/* A record's fields by offset (store_fields.h). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

/* A growing text; once out of memory it stays failed (p NULL). */
struct text {
	char *p;
	size_t len;
};

static void cat(struct text *t, const char *s)
{
	size_t n = strlen(s);
	char *grown;

	if (!t->p)
		return;
	grown = realloc(t->p, t->len + n + 1);
	if (!grown) {
		free(t->p);
		t->p = NULL;
		return;
	}
	memcpy(grown + t->len, s, n + 1);
	t->p = grown;
	t->len += n;
}

static int empty(const void *rec, const struct store_field *f)
{
	return f->size ? !store_field_text(rec, f)[0] : !store_field_int(rec, f);
}

/* A value as the audit log shows it: text in full and quoted. */
static void cat_value(struct text *t, const void *rec, const struct store_field *f,
		      store_int_text int_text)
{
	char num[32];

	if (empty(rec, f)) {
		cat(t, "(empty)");
	} else if (!f->size) {
		if (int_text)
			int_text(store_field_int(rec, f), num, sizeof(num));
		else
			snprintf(num, sizeof(num), "%d", store_field_int(rec, f));
		cat(t, num);
	} else {
		cat(t, "'");
		cat(t, store_field_text(rec, f));
		cat(t, "'");
	}
}

char *store_fields_diff(const struct store_field *fields, int n, const void *before,
			const void *after, store_int_text int_text)
{
	struct text t = {.p = calloc(1, 1), .len = 0};

	for (int i = 0; i < n; i++) {
		const struct store_field *f = &fields[i];
		if (before ? store_field_same(before, after, f) : empty(after, f))
			continue;
		if (t.len)
			cat(&t, "; ");
		cat(&t, f->name);
		cat(&t, ": ");
		if (before) {
			cat_value(&t, before, f, int_text);
			cat(&t, " -> ");
		}
		cat_value(&t, after, f, int_text);
	}
	return t.p;
}

int store_fields_differ(const struct store_field *fields, int n, const void *a, const void *b,
			char *names, size_t size)
{
	int count = 0;

	names[0] = '\0';
	for (int i = 0; i < n; i++) {
		size_t len = strlen(names);
		if (store_field_same(a, b, &fields[i]))
			continue;
		snprintf(names + len, size - len, "%s%s", count ? ", " : "", fields[i].name);
		count++;
	}
	return count;
}
