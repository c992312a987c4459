/* Private to store/'s query modules: small helpers for the paged read side. */
#ifndef PMWB_STORE_QUERY_COMMON_H
#define PMWB_STORE_QUERY_COMMON_H

#include <sqlite3.h>

/* "%text%" with %, _ and \ escaped for LIKE ... ESCAPE '\' (buf >= 2 * strlen + 3).  Returns
 * NULL for a NULL or empty text so that "(:f IS NULL OR ...)" turns the condition off. */
const char *query_like_pattern(const char *text, char *buf, unsigned size);

/* Bind by name, doing nothing when the statement has no such parameter, so one binding
 * routine serves every variant of a generated statement. */
void query_bind_text(sqlite3_stmt *stmt, const char *name, const char *text);
void query_bind_int64(sqlite3_stmt *stmt, const char *name, long long value);

/* Copy column col as text ("" for NULL). */
void query_column_text(sqlite3_stmt *stmt, int col, char *buf, unsigned size);

#endif
