/* One table, three ways: aligned text for the terminal, CSV for spreadsheets, Markdown for
 * board papers. */
#include "config.h"

#include <string.h>
#include <unistd.h>

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

/* The same, of the first n bytes. */
static size_t display_width_n(const char *s, size_t n)
{
	size_t w = 0;

	for (size_t i = 0; i < n && s[i]; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			w++;
	return w;
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

/* A cell for a person's eyes, into buf: a terminal escape sequence (ESC [ ... final, or ESC
 * and one character) and every other control character, C1 included, become one space. */
static const char *clean(const char *cell, char *buf, size_t size)
{
	const unsigned char *p = (const unsigned char *)cell;
	size_t n = 0;

	while (*p && n + 1 < size) {
		if (*p == 0x1b) {
			p++;
			if (*p == '[') {
				for (p++; *p && (*p < 0x40 || *p > 0x7e); p++)
					;
			}
			if (*p)
				p++;
			buf[n++] = ' ';
		} else if (*p < 0x20 || *p == 0x7f) {
			p++;
			buf[n++] = ' ';
		} else if (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f) {
			p += 2; /* U+0080..U+009F */
			buf[n++] = ' ';
		} else {
			buf[n++] = (char)*p++;
		}
	}
	/* never end inside a UTF-8 sequence when the buffer ran out */
	while (*p && n > 0 && ((unsigned char)buf[n - 1] & 0xc0) == 0x80)
		n--;
	if (*p && n > 0 && ((unsigned char)buf[n - 1] & 0xc0) == 0xc0)
		n--;
	buf[n] = '\0';
	return buf;
}

static void text_cell(FILE *out, const char *cell, int width, int right, int last)
{
	size_t w = display_width(cell);

	if (width < 1)
		width = 1;
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

/* A cell's bytes, each control character shown as one stand-in on a terminal. */
static void csv_bytes(FILE *out, const char *cell, int terminal, int quoted)
{
	for (const char *p = cell; *p;) {
		size_t n = terminal ? text_control_len(p) : 0;
		if (quoted && *p == '"')
			fputc('"', out);
		fputc(n ? TEXT_CONTROL_SHOWN : *p, out);
		p += n ? n : 1;
	}
}

void report_csv_cell(FILE *out, const char *cell, int terminal)
{
	int guard = (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' ||
		     cell[0] == '\t' || cell[0] == '\r') &&
		    !is_number(cell);
	int quote = guard || strpbrk(cell, ",\"\r\n") != NULL ||
		    (cell[0] == ' ' || (cell[0] && cell[strlen(cell) - 1] == ' '));

	if (!quote) {
		csv_bytes(out, cell, terminal, 0);
		return;
	}
	fputc('"', out);
	if (guard)
		fputc('\'', out);
	csv_bytes(out, cell, terminal, 1);
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

/* What the row's whole cells take beyond their widths, for the shrink column to give. */
static int overflow(const struct report_table *t, const char *const *cells)
{
	int over = 0;

	for (int i = 0; i < t->ncols; i++) {
		int w = cells[i] ? (int)display_width(cells[i]) : 0;
		if ((t->whole >> i & 1ul) && t->cols[i].width && w > t->cols[i].width)
			over += w - t->cols[i].width;
	}
	return over;
}

static void text_row(struct report_table *t, const char *const *cells)
{
	int shown = 0, last = last_text_column(t, cells), over = overflow(t, cells);

	for (int i = 0; i < t->ncols && i <= last; i++) {
		const struct report_column *c = &t->cols[i];
		const char *cell = cells[i] ? cells[i] : "";
		int width = c->width;

		if (c->width == 0)
			continue;
		if (t->whole >> i & 1ul && (int)display_width(cell) > width)
			width = (int)display_width(cell);
		else if (i == t->shrink)
			width = width - over > 1 ? width - over : 1;
		if (shown++ > 0)
			fputc(' ', t->out);
		text_cell(t->out, cell, width, c->right, i == last);
	}
	fputc('\n', t->out);
}

static void write_row(struct report_table *t, const char *const *cells)
{
	const char *clean_cells[32];
	static char buf[32][4096];

	if (t->format != REPORT_CSV) {
		for (int i = 0; i < t->ncols; i++)
			clean_cells[i] = clean(cells[i] ? cells[i] : "", buf[i], sizeof(buf[i]));
		cells = clean_cells;
	}
	if (t->format == REPORT_TEXT) {
		text_row(t, cells);
		return;
	}
	for (int i = 0; i < t->ncols; i++) {
		const char *cell = cells[i] ? cells[i] : "";

		switch (t->format) {
		case REPORT_TEXT:
			break;
		case REPORT_CSV:
			if (i > 0)
				fputc(',', t->out);
			report_csv_cell(t->out, cell, t->terminal);
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
	const char *cells[32] = {0};

	t->out = out;
	t->format = format;
	t->terminal = format == REPORT_CSV && isatty(fileno(out));
	t->cols = cols;
	t->whole = 0;
	t->shrink = -1;
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

void report_table_whole(struct report_table *t, unsigned long whole, int shrink)
{
	t->whole = whole;
	t->shrink = shrink;
}

void report_table_row(struct report_table *t, const char *const *cells)
{
	write_row(t, cells);
}

/* Where the third shown column starts: detail lines line up under the title. */
static int detail_indent(const struct report_table *t)
{
	int x = 0, shown = 0;

	for (int i = 0; i < t->ncols && shown < 2; i++)
		if (t->cols[i].width) {
			x += t->cols[i].width + 1;
			shown++;
		}
	return x < REPORT_TEXT_WIDTH / 2 ? x : 4;
}

void report_table_detail(struct report_table *t, const char *label, const char *text)
{
	static char buf[4096];
	int indent = detail_indent(t), room = REPORT_TEXT_WIDTH - indent, col = 0;
	const char *p;

	if (t->format != REPORT_TEXT)
		return;
	p = clean(text, buf, sizeof(buf));
	fprintf(t->out, "%*s%s:", indent, "", label);
	col = (int)display_width(label) + 1;
	/* word by word; a word longer than the line goes on a line of its own, whole */
	while (*p) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		size_t len = strcspn(p, " ");
		int w = (int)display_width_n(p, len);
		if (col > 0 && col + 1 + w > room) {
			fprintf(t->out, "\n%*s", indent + 2, "");
			col = 2;
		} else {
			fputc(' ', t->out);
			col++;
		}
		fwrite(p, 1, len, t->out);
		col += w;
		p += len;
	}
	fputc('\n', t->out);
}

void report_table_group(struct report_table *t, const char *text)
{
	char buf[1024];

	if (t->format == REPORT_TEXT)
		fprintf(t->out, "%s\n", clean(text, buf, sizeof(buf)));
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

void report_heading(FILE *out, enum report_format format, const char *raw)
{
	char buf[1024];
	const char *text = clean(raw, buf, sizeof(buf));
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

void report_subheading(FILE *out, enum report_format format, const char *raw)
{
	char buf[1024];
	const char *text = clean(raw, buf, sizeof(buf));
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
