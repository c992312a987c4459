/* A record's fields by offset (store_fields.h). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "query_common.h"
#include "store_fields.h"
#include "store_impl.h"

int store_field_int(const void *rec, const struct store_field *f)
{
	int v;

	memcpy(&v, (const char *)rec + f->off, sizeof(v));
	return v;
}

int store_field_is_text(const struct store_field *f)
{
	return f->size && f->size != STORE_FIELD_LONG;
}

long long store_field_num(const void *rec, const struct store_field *f)
{
	long long v;

	if (f->size != STORE_FIELD_LONG)
		return store_field_int(rec, f);
	memcpy(&v, (const char *)rec + f->off, sizeof(v));
	return v;
}

const char *store_field_text(const void *rec, const struct store_field *f)
{
	return (const char *)rec + f->off;
}

int store_field_same(const void *a, const void *b, const struct store_field *f)
{
	if (!store_field_is_text(f))
		return store_field_num(a, f) == store_field_num(b, f);
	return strcmp(store_field_text(a, f), store_field_text(b, f)) == 0;
}

int store_field_empty(const void *rec, const struct store_field *f)
{
	return store_field_is_text(f) ? !store_field_text(rec, f)[0] : !store_field_num(rec, f);
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

/* A value as the audit log shows it: text in full and quoted, a number as fmt writes it. */
static void cat_value(struct text *t, const void *r, const struct store_field *f,
		      store_field_fmt fmt)
{
	char num[64];

	if (store_field_empty(r, f)) {
		cat(t, "(empty)");
	} else if (!store_field_is_text(f)) {
		if (fmt)
			fmt(f, store_field_num(r, f), num, sizeof(num));
		else
			snprintf(num, sizeof(num), "%lld", store_field_num(r, f));
		cat(t, num);
	} else {
		cat(t, "'");
		cat(t, store_field_text(r, f));
		cat(t, "'");
	}
}

char *store_fields_diff(const struct store_field *fields, int n, const void *before,
			const void *after, store_field_fmt fmt)
{
	struct text t = {.p = calloc(1, 1), .len = 0};

	for (int i = 0; i < n; i++) {
		const struct store_field *f = &fields[i];
		if (before ? store_field_same(before, after, f) : store_field_empty(after, f))
			continue;
		if (t.len)
			cat(&t, "; ");
		cat(&t, f->name);
		cat(&t, ": ");
		if (before) {
			cat_value(&t, before, f, fmt);
			cat(&t, " -> ");
		}
		cat_value(&t, after, f, fmt);
	}
	return t.p;
}

char *store_fields_append(char *detail, const char *text)
{
	struct text t = {.p = detail, .len = detail ? strlen(detail) : 0};

	if (t.len)
		cat(&t, "; ");
	cat(&t, text);
	return t.p;
}

void store_fields_changed(const struct store_field *fields, int n, const void *a,
			  const void *b, char *names, size_t size)
{
	names[0] = '\0';
	for (int i = 0; i < n; i++) {
		size_t len = strlen(names);
		if (!store_field_same(a, b, &fields[i]))
			snprintf(names + len, size - len, "%s%s", len ? ", " : "", fields[i].name);
	}
}

unsigned store_fields_read(sqlite3_stmt *s, const struct store_field *fields, int n, void *rec)
{
	unsigned cut = 0;

	for (int i = 0; i < n; i++) {
		const struct store_field *f = &fields[i];
		char *dst = (char *)rec + f->off;
		if (f->size == STORE_FIELD_LONG) {
			long long v = sqlite3_column_int64(s, i);
			memcpy(dst, &v, sizeof(v));
		} else if (!f->size) {
			int v = sqlite3_column_int(s, i);
			memcpy(dst, &v, sizeof(v));
		} else {
			query_column_text(s, i, dst, (unsigned)f->size);
			if ((size_t)sqlite3_column_bytes(s, i) >= f->size)
				cut |= 1u << i;
		}
	}
	return cut;
}

enum pmwb_status store_fields_update(struct store *st, const char *table,
				     const struct store_field *fields, int n, const void *rec,
				     const void *before, long long id, struct pmwb_error *e)
{
	char sql[1024], cols[768] = "";
	int idx[32], k = 0, rc;
	sqlite3_stmt *s;

	for (int i = 0; i < n && k < 32; i++) {
		size_t c = strlen(cols);
		if (store_field_same(before, rec, &fields[i]))
			continue;
		idx[k++] = i;
		snprintf(cols + c, sizeof(cols) - c, "%s%s = ?%d", c ? ", " : "", fields[i].name, k);
	}
	if (!k)
		return PMWB_OK;
	snprintf(sql, sizeof(sql), "UPDATE %s SET %s WHERE id = ?%d", table, cols, k + 1);
	if (store_prepare(st, sql, &s, e) != PMWB_OK)
		return e->status;
	for (int j = 0; j < k; j++) {
		const struct store_field *f = &fields[idx[j]];
		if (store_field_is_text(f))
			store_bind_text(s, j + 1, store_field_text(rec, f));
		else
			store_bind_int64_or_null(s, j + 1, store_field_num(rec, f) != 0,
						 store_field_num(rec, f));
	}
	sqlite3_bind_int64(s, k + 1, id);
	rc = sqlite3_step(s);
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "saving the change");
	return PMWB_OK;
}
