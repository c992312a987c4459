/* One table, three ways: aligned text for the terminal, CSV for spreadsheets, Markdown for
 * board papers. */
#include "config.h"

#include <string.h>

#include "pmwb/report.h"
#include "pmwb/text.h"

enum pmwb_status report_parse_format(const char *text, enum report_format *out,
				     struct pmwb_error *e)
{
	size_t len;
	const char *s = text_trim(text, &len);

	if (text_equal_nocase(s, len, "text"))
		*out = REPORT_TEXT;
	else if (text_equal_nocase(s, len, "csv"))
		*out = REPORT_CSV;
	else if (text_equal_nocase(s, len, "md") || text_equal_nocase(s, len, "markdown"))
		*out = REPORT_MD;
	else
		return err_set(e, PMWB_USAGE, "'%s' is not a report format: use text, csv or md", text);
	return PMWB_OK;
}

/* Characters, not bytes: a UTF-8 continuation byte does not take a column. */
static size_t display_width(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			n++;
	return n;
}

/* Byte length of the first `chars` characters of s. */
static size_t prefix_bytes(const char *s, size_t chars)
{
	size_t i = 0, seen = 0;

	while (s[i]) {
		if (((unsigned char)s[i] & 0xc0) != 0x80) {
			if (seen == chars)
				break;
			seen++;
		}
		i++;
	}
	return i;
}

static void text_cell(FILE *out, const char *cell, int width, int right, int last)
{
	size_t w = display_width(cell);

	if (w > (size_t)width) {
		/* Cut and say so: a silently shortened figure or name misleads. */
		fwrite(cell, 1, prefix_bytes(cell, (size_t)width - 1), out);
		fputs("~", out);
		return;
	}
	if (right)
		fprintf(out, "%*s", (int)((size_t)width - w), "");
	fputs(cell, out);
	if (!right && !last)
		fprintf(out, "%*s", (int)((size_t)width - w), "");
}

/* Index of the last column text shows with something in it, so that lines carry no
 * trailing blanks. */
static int last_text_column(const struct report_table *t, const char *const *cells)
{
	int last = -1;

	for (int i = 0; i < t->ncols; i++)
		if (t->cols[i].width && cells[i] && cells[i][0] && strcmp(cells[i], " ") != 0)
			last = i;
	return last;
}

static int is_number(const char *s)
{
	if (*s == '-' || *s == '+')
		s++;
	if (!*s)
		return 0;
	for (; *s; s++)
		if ((*s < '0' || *s > '9') && *s != '.' && *s != ',')
			return 0;
	return 1;
}

void report_csv_cell(FILE *out, const char *cell)
{
	int guard = (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' ||
		     cell[0] == '\t' || cell[0] == '\r') &&
		    !is_number(cell);
	int quote = guard || strpbrk(cell, ",\"\r\n") != NULL ||
		    (cell[0] == ' ' || (cell[0] && cell[strlen(cell) - 1] == ' '));

	if (!quote) {
		fputs(cell, out);
		return;
	}
	fputc('"', out);
	if (guard)
		fputc('\'', out);
	for (const char *p = cell; *p; p++) {
		if (*p == '"')
			fputc('"', out);
		fputc(*p, out);
	}
	fputc('"', out);
}

static void md_cell(FILE *out, const char *cell)
{
	for (const char *p = cell; *p; p++) {
		if (*p == '|')
			fputs("\\|", out);
		else if (*p == '\n' || *p == '\r')
			fputc(' ', out);
		else
			fputc(*p, out);
	}
}

static void write_row(struct report_table *t, const char *const *cells)
{
	int shown = 0, last = last_text_column(t, cells);

	for (int i = 0; i < t->ncols; i++) {
		const struct report_column *c = &t->cols[i];
		const char *cell = cells[i] ? cells[i] : "";

		switch (t->format) {
		case REPORT_TEXT:
			if (c->width == 0 || i > last)
				break;
			if (shown++ > 0)
				fputc(' ', t->out);
			text_cell(t->out, cell, c->width, c->right, i == last);
			break;
		case REPORT_CSV:
			if (i > 0)
				fputc(',', t->out);
			report_csv_cell(t->out, cell);
			break;
		case REPORT_MD:
			fputs(i == 0 ? "| " : " | ", t->out);
			md_cell(t->out, cell);
			break;
		}
	}
	if (t->format == REPORT_MD)
		fputs(" |", t->out);
	fputc('\n', t->out);
}

void report_table_begin(struct report_table *t, FILE *out, enum report_format format,
			const struct report_column *cols, int ncols)
{
	const char *cells[32];

	t->out = out;
	t->format = format;
	t->cols = cols;
	t->ncols = ncols < 32 ? ncols : 32;
	for (int i = 0; i < t->ncols; i++)
		cells[i] = format == REPORT_CSV ? cols[i].csv_name : cols[i].title;
	write_row(t, cells);
	if (format == REPORT_MD) {
		for (int i = 0; i < t->ncols; i++)
			fputs(cols[i].right ? "|---:" : "|---", out);
		fputs("|\n", out);
	} else if (format == REPORT_TEXT) {
		report_table_rule(t);
	}
}

void report_table_row(struct report_table *t, const char *const *cells)
{
	write_row(t, cells);
}

void report_table_group(struct report_table *t, const char *text)
{
	if (t->format == REPORT_TEXT)
		fprintf(t->out, "%s\n", text);
}

void report_table_rule(struct report_table *t)
{
	int total = -1;

	if (t->format != REPORT_TEXT)
		return;
	for (int i = 0; i < t->ncols; i++)
		if (t->cols[i].width)
			total += t->cols[i].width + 1;
	for (int i = 0; i < total; i++)
		fputc('-', t->out);
	fputc('\n', t->out);
}

void report_heading(FILE *out, enum report_format format, const char *text)
{
	size_t w = display_width(text);

	switch (format) {
	case REPORT_TEXT:
		fprintf(out, "%s\n", text);
		for (size_t i = 0; i < w; i++)
			fputc('=', out);
		fputs("\n\n", out);
		break;
	case REPORT_MD:
		fprintf(out, "## %s\n\n", text);
		break;
	case REPORT_CSV:
		break;
	}
}

void report_subheading(FILE *out, enum report_format format, const char *text)
{
	size_t w = display_width(text);

	switch (format) {
	case REPORT_TEXT:
		fprintf(out, "%s\n", text);
		for (size_t i = 0; i < w; i++)
			fputc('-', out);
		fputs("\n", out);
		break;
	case REPORT_MD:
		fprintf(out, "### %s\n\n", text);
		break;
	case REPORT_CSV:
		break;
	}
}

void report_note(FILE *out, enum report_format format, const char *text)
{
	if (format != REPORT_CSV)
		fprintf(out, "\n%s\n\n", text);
}
