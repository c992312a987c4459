/* Errors as values: a status code from one table plus a located message. */
#ifndef PMWB_ERROR_H
#define PMWB_ERROR_H

#include <stddef.h>

/* name, process exit status, short description */
#define PMWB_STATUS_LIST(X)                                   \
	X(OK, 0, "success")                                   \
	X(USAGE, 1, "usage error")                            \
	X(INPUT, 2, "invalid input")                          \
	X(STALE, 2, "changed by someone else meanwhile")      \
	X(IO, 2, "file could not be read or written")         \
	X(INTERRUPTED, 2, "interrupted")                      \
	X(DB, 3, "database error")                            \
	X(DB_MISSING, 3, "no such database")                  \
	X(DB_BUSY, 3, "database is locked by another user")   \
	X(DB_VERSION, 3, "database is from a newer pmwb")     \
	X(DB_DAMAGED, 3, "database file is damaged")          \
	X(NOMEM, 3, "out of memory")

enum pmwb_status {
#define PMWB_STATUS_ENUM(name, exit_code, text) PMWB_##name,
	PMWB_STATUS_LIST(PMWB_STATUS_ENUM)
#undef PMWB_STATUS_ENUM
};

#define PMWB_ERR_MSG_MAX 512
#define PMWB_ERR_FILE_MAX 256

/* Caller-owned.  line and column are 0 when the error has no place in an input file. */
struct pmwb_error {
	enum pmwb_status status;
	char file[PMWB_ERR_FILE_MAX];
	long line;
	long column;
	char msg[PMWB_ERR_MSG_MAX];
};

void err_clear(struct pmwb_error *e);

/* Both return status so callers can write `return err_set(e, PMWB_INPUT, ...)`.
 * e may be NULL when the caller only wants the status. */
enum pmwb_status err_set(struct pmwb_error *e, enum pmwb_status status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
enum pmwb_status err_set_at(struct pmwb_error *e, enum pmwb_status status, const char *file,
			    long line, long column, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));

/* Put a place on an error that was raised without one (e.g. by a value parser). */
void err_locate(struct pmwb_error *e, const char *file, long line, long column);

int err_exit_code(enum pmwb_status status);
const char *err_status_text(enum pmwb_status status);

/* "FILE:LINE:COLUMN: message" (or "FILE:LINE: ", "FILE: ", nothing) into buf. */
size_t err_format(const struct pmwb_error *e, char *buf, size_t size);

#endif
