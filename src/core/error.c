#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "pmwb/error.h"

void err_clear(struct pmwb_error *e)
{
	if (!e)
		return;
	memset(e, 0, sizeof(*e));
}

/* Format into a local buffer before clearing, so that a caller can wrap an error's own text
 * (err_set(e, s, "reading x: %s", e->msg)) without formatting from the bytes it clears. */
static void set_message(struct pmwb_error *e, enum pmwb_status status, const char *fmt,
			va_list ap)
{
	char msg[PMWB_ERR_MSG_MAX];

	vsnprintf(msg, sizeof(msg), fmt, ap);
	err_clear(e);
	e->status = status;
	memcpy(e->msg, msg, sizeof(msg));
}

enum pmwb_status err_set(struct pmwb_error *e, enum pmwb_status status, const char *fmt, ...)
{
	va_list ap;

	if (!e)
		return status;
	va_start(ap, fmt);
	set_message(e, status, fmt, ap);
	va_end(ap);
	return status;
}

enum pmwb_status err_set_at(struct pmwb_error *e, enum pmwb_status status, const char *file,
			    long line, long column, const char *fmt, ...)
{
	char place[PMWB_ERR_FILE_MAX];
	va_list ap;

	if (!e)
		return status;
	/* file may be e->file itself (re-raising at the same place). */
	snprintf(place, sizeof(place), "%s", file ? file : "");
	va_start(ap, fmt);
	set_message(e, status, fmt, ap);
	va_end(ap);
	err_locate(e, place, line, column);
	return status;
}

void err_locate(struct pmwb_error *e, const char *file, long line, long column)
{
	if (!e)
		return;
	if (file && file != e->file)
		snprintf(e->file, sizeof(e->file), "%s", file);
	e->line = line;
	e->column = column;
}

static const struct {
	int exit_code;
	const char *text;
} status_info[] = {
#define PMWB_STATUS_INFO(name, exit_code, text) {exit_code, text},
	PMWB_STATUS_LIST(PMWB_STATUS_INFO)
#undef PMWB_STATUS_INFO
};

int err_exit_code(enum pmwb_status status)
{
	if ((size_t)status >= sizeof(status_info) / sizeof(status_info[0]))
		return 3;
	return status_info[status].exit_code;
}

const char *err_status_text(enum pmwb_status status)
{
	if ((size_t)status >= sizeof(status_info) / sizeof(status_info[0]))
		return "unknown error";
	return status_info[status].text;
}

size_t err_format(const struct pmwb_error *e, char *buf, size_t size)
{
	int n;

	if (e->file[0] && e->line > 0 && e->column > 0)
		n = snprintf(buf, size, "%s:%ld:%ld: %s", e->file, e->line, e->column, e->msg);
	else if (e->file[0] && e->line > 0)
		n = snprintf(buf, size, "%s:%ld: %s", e->file, e->line, e->msg);
	else if (e->file[0])
		n = snprintf(buf, size, "%s: %s", e->file, e->msg);
	else
		n = snprintf(buf, size, "%s", e->msg[0] ? e->msg : err_status_text(e->status));
	return n < 0 ? 0 : (size_t)n;
}
