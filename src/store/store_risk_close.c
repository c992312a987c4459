/* Close and reopen a risk keeping its status text (see store_risk_close.h). */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "pmwb/store_risk_close.h"
#include "pmwb/store_risk_status.h"
#include "pmwb/text.h"
#include "risk_state.h"
#include "store_impl.h"

/* The status word that decides `status` (its length in *len, 0 when none) and its state. */
static enum pmwb_status deciding_word(struct store *st, const char *status, size_t *len,
				      int *closed, struct pmwb_error *e)
{
	sqlite3_stmt *q;
	int rc;

	*len = 0;
	*closed = 0;
	if (store_prepare(st, "SELECT length(w.word), w.state = 'closed'" RISK_STATUS_WORD_SQL("?1"),
			  &q, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_text(q, 1, status, -1, SQLITE_STATIC);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		*len = (size_t)sqlite3_column_int(q, 0);
		*closed = sqlite3_column_int(q, 1);
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_db_error(st, e, "reading the status words");
	return PMWB_OK;
}

static enum pmwb_status fit(const char *text, char *out, size_t size, struct pmwb_error *e)
{
	if (strlen(text) >= size)
		return err_set(e, PMWB_INPUT,
			       "the status with its note would be %zu characters, more than the "
			       "%zu a status may hold; shorten the note (e edits the risk)",
			       strlen(text), size - 1);
	memcpy(out, text, strlen(text) + 1);
	return PMWB_OK;
}

enum pmwb_status store_risk_closing_status(struct store *st, const char *status, char *out,
					   size_t size, struct pmwb_error *e)
{
	char buf[1024];
	size_t len;
	const char *t = text_trim(status ? status : "", &len);
	int closed;

	if (store_risk_status_closed(st, status, &closed, e) != PMWB_OK)
		return e->status;
	if (closed)
		snprintf(buf, sizeof(buf), "%.*s", (int)len, t);
	else if (len == 0 || (len == 4 && !strncasecmp(t, "open", 4)))
		snprintf(buf, sizeof(buf), "closed");
	else
		snprintf(buf, sizeof(buf), "Closed - %.*s", (int)len, t);
	return fit(buf, out, size, e);
}

enum pmwb_status store_risk_reopening_status(struct store *st, const char *status, char *out,
					     size_t size, struct pmwb_error *e)
{
	char buf[1024], note[1100];
	size_t len, wlen, nlen;
	const char *t = text_trim(status ? status : "", &len), *rest;
	int closed, note_closed;

	snprintf(buf, sizeof(buf), "%.*s", (int)len, t);
	if (deciding_word(st, buf, &wlen, &closed, e) != PMWB_OK)
		return e->status;
	if (!closed)
		return fit(buf, out, size, e);
	rest = t + wlen;
	while (*rest == ' ')
		rest++;
	if (rest >= t + len)
		return fit("open", out, size, e);
	if (strchr("-:;,", *rest)) {
		rest = text_trim(rest + 1, &nlen);
		if (rest + nlen > t + len)
			nlen = (size_t)(t + len - rest);
		snprintf(note, sizeof(note), "%.*s", (int)nlen, rest);
		if (store_risk_status_closed(st, note, &note_closed, e) != PMWB_OK)
			return e->status;
		if (note[0] && !note_closed)
			return fit(note, out, size, e);
	}
	snprintf(note, sizeof(note), "Reopened - %s", buf);
	return fit(note, out, size, e);
}
