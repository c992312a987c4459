/* The filter line every pane reads alike: terms separated by blanks, each "key:value" (or
 * "key=value"; "..." keeps blanks in a value) or a bare word; what each pane makes of them is
 * its own (ui_risk_filter.c, ui_qipp.c).  No curses here. */
#ifndef PMWB_UI_FILTER_H
#define PMWB_UI_FILTER_H

#include <stddef.h>

#include "ui_view.h"

/* The next term of s into key ("" for a bare word) and val; NULL at the end. */
const char *ui_filter_next(const char *s, char *key, size_t ksize, char *val, size_t vsize);
/* Whether key is one of a term's two spellings ("organisation", "org"). */
int ui_filter_key(const char *key, const char *a, const char *b);
/* org:NAME: the organisation by any name import knows it by (name: as the file writes it;
 * may be NULL); 0, with the names the file has on the message line, when none. */
int ui_filter_organisation(struct ui_ctx *ctx, const char *val, long long *id, char *name,
			   size_t size);
/* Append ", what" to a description of the filter as understood. */
void ui_filter_describe(char *buf, size_t size, const char *what);

#endif
