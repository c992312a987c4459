/* The filter line's terms, read alike by every pane. */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "pmwb/store_organisation.h"
#include "ui_filter.h"

void ui_filter_describe(char *buf, size_t size, const char *what)
{
	size_t n = strlen(buf);

	if (n < size)
		snprintf(buf + n, size - n, "%s%s", n ? ", " : "", what);
}

const char *ui_filter_next(const char *s, char *key, size_t ksize, char *val, size_t vsize)
{
	size_t k = 0, n = 0;
	const char *colon = NULL;

	while (*s == ' ')
		s++;
	if (!*s)
		return NULL;
	key[0] = val[0] = '\0';
	for (const char *p = s; *p && *p != ' ' && *p != '"'; p++)
		if (*p == ':' || *p == '=') {
			colon = p;
			break;
		}
	if (colon) {
		for (; s < colon && k + 1 < ksize; s++)
			key[k++] = *s;
		key[k] = '\0';
		s = colon + 1;
	}
	if (*s == '"') {
		for (s++; *s && *s != '"'; s++)
			if (n + 1 < vsize)
				val[n++] = *s;
		if (*s == '"')
			s++;
	} else {
		for (; *s && *s != ' '; s++)
			if (n + 1 < vsize)
				val[n++] = *s;
	}
	val[n] = '\0';
	return s;
}

int ui_filter_key(const char *key, const char *a, const char *b)
{
	return !strcasecmp(key, a) || !strcasecmp(key, b);
}

int ui_filter_organisation(struct ui_ctx *ctx, const char *val, long long *id, char *name,
			   size_t size)
{
	enum store_organisation_match match;
	char names[512];
	struct pmwb_error e;

	err_clear(&e);
	if (store_organisation_lookup(ctx->st, val, id, name, size, &match, names, sizeof(names),
				      &e) != PMWB_OK) {
		ui_error(ctx, &e);
		return 0;
	}
	if (match != STORE_ORGANISATION_FOUND) {
		ui_message(ctx, "no one organisation goes by \"%s\"; the file has %s", val,
			   names[0] ? names : "none");
		return 0;
	}
	return 1;
}
