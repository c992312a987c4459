/* Writing CSV cells: RFC 4180 quoting and the formula-injection guard. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "export_impl.h"
#include "pmwb/export.h"
#include "pmwb/text.h"

static int is_number(const char *s)
{
	int digits = 0;

	if (*s == '-' || *s == '+')
		s++;
	for (; *s >= '0' && *s <= '9'; s++)
		digits++;
	if (*s == '.')
		for (s++; *s >= '0' && *s <= '9'; s++)
			digits++;
	return digits > 0 && *s == '\0';
}

const char *export_guard(const char *cell, char *buf, size_t size)
{
	char c = cell[0];

	if ((c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') &&
	    !is_number(cell) && size > strlen(cell) + 1) {
		buf[0] = '\'';
		memcpy(buf + 1, cell, strlen(cell) + 1);
		return buf;
	}
	return cell;
}

/* One byte of a cell, or on a terminal the stand-in for a control character there. */
static const char *put(struct export_csv *w, const char *s)
{
	size_t n = w->terminal ? text_control_len(s) : 0;

	fputc(n ? TEXT_CONTROL_SHOWN : *s, w->f);
	return s + (n ? n : 1);
}

void export_csv_cell(struct export_csv *w, const char *cell)
{
	size_t n = strlen(cell);
	char *guarded = malloc(n + 2);
	const char *s = guarded ? export_guard(cell, guarded, n + 2) : cell;

	if (w->ncells++)
		fputc(',', w->f);
	if (strpbrk(s, ",\"\r\n;") || (s[0] == ' ') || (n && s[n - 1] == ' ')) {
		fputc('"', w->f);
		while (*s) {
			if (*s == '"')
				fputc('"', w->f);
			s = put(w, s);
		}
		fputc('"', w->f);
	} else {
		while (*s)
			s = put(w, s);
	}
	free(guarded);
}

void export_csv_end_row(struct export_csv *w)
{
	/* LF: every spreadsheet reads it, and it diffs and pipes cleanly */
	fputc('\n', w->f);
	w->ncells = 0;
}

/* Pounds as £'000: "6532", "-1278", "1.5" (1,500 pounds), "" for none. */
void export_money_k(const char *pounds, char *buf, size_t size)
{
	char *end;
	long long p = strtoll(pounds, &end, 10);
	long long whole, frac;
	int neg;

	if (!pounds[0] || *end) {
		snprintf(buf, size, "%s", pounds);
		return;
	}
	neg = p < 0;
	whole = (neg ? -p : p) / 1000;
	frac = (neg ? -p : p) % 1000;
	if (frac == 0) {
		snprintf(buf, size, "%s%lld", neg ? "-" : "", whole);
		return;
	}
	snprintf(buf, size, "%s%lld.%03lld", neg ? "-" : "", whole, frac);
	/* "1.500" -> "1.5" */
	for (size_t n = strlen(buf); n > 0 && buf[n - 1] == '0'; n--)
		buf[n - 1] = '\0';
}
