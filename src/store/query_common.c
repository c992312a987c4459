/* Helpers shared by the query modules. */
#include "config.h"

#include <string.h>

#include "pmwb/text.h"
#include "query_common.h"

const char *query_like_pattern(const char *text, char *buf, unsigned size)
{
	unsigned n = 0;

	if (!text || !*text || size < 3)
		return NULL;
	buf[n++] = '%';
	for (; *text && n + 4 < size; text++) {
		if (*text == '%' || *text == '_' || *text == '\\')
			buf[n++] = '\\';
		buf[n++] = *text;
	}
	buf[n++] = '%';
	buf[n] = '\0';
	return buf;
}

void query_bind_text(sqlite3_stmt *stmt, const char *name, const char *text)
{
	int idx = sqlite3_bind_parameter_index(stmt, name);

	if (idx == 0)
		return;
	if (text)
		sqlite3_bind_text(stmt, idx, text, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(stmt, idx);
}

void query_bind_int64(sqlite3_stmt *stmt, const char *name, long long value)
{
	int idx = sqlite3_bind_parameter_index(stmt, name);

	if (idx)
		sqlite3_bind_int64(stmt, idx, value);
}

void query_column_text(sqlite3_stmt *stmt, int col, char *buf, unsigned size)
{
	const unsigned char *t = sqlite3_column_text(stmt, col);

	text_copy(buf, size, t ? (const char *)t : "");
}
