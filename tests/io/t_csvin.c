/* The streaming CSV reader: records, line numbers across quoted newlines, BOM, CRLF,
 * delimiter detection, and the errors a broken file gives (with line and column). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "pmwb/csvin.h"

struct got {
	int n;
	long line[32];
	size_t nfields[32];
	char text[32][256]; /* fields joined with '|' */
};

static enum pmwb_status collect(void *ctx, const struct csvin_record *rec, struct pmwb_error *e)
{
	struct got *g = ctx;

	(void)e;
	if (g->n >= 32)
		return PMWB_OK;
	g->line[g->n] = rec->line;
	g->nfields[g->n] = rec->nfields;
	g->text[g->n][0] = '\0';
	for (size_t i = 0; i < rec->nfields; i++) {
		size_t n = strlen(g->text[g->n]);
		snprintf(g->text[g->n] + n, sizeof(g->text[0]) - n, "%s%s", i ? "|" : "",
			 rec->field[i]);
	}
	g->n++;
	return PMWB_OK;
}

/* Feed in pieces of `step` bytes (0: all at once) so that line tracking is tested across
 * chunk boundaries as well. */
static enum pmwb_status parse(const char *input, size_t len, char delim, size_t step,
			      struct got *g, struct pmwb_error *e, char *detected)
{
	struct csvin_options o = {.delimiter = delim};
	struct csvin *r;
	enum pmwb_status st;
	size_t off = 0;

	memset(g, 0, sizeof(*g));
	err_clear(e);
	if (csvin_open("t.csv", &o, collect, g, &r, e) != PMWB_OK)
		return e->status;
	st = PMWB_OK;
	while (st == PMWB_OK && off < len) {
		size_t n = step && len - off > step ? step : len - off;
		st = csvin_feed(r, input + off, n, e);
		off += n;
	}
	if (st == PMWB_OK)
		st = csvin_finish(r, e);
	if (detected)
		*detected = csvin_delimiter(r);
	csvin_close(r);
	return st;
}

static void test_basic(void)
{
	static const char in[] = "a,b,c\n1,\"x, y\",3\n\n\"multi\nline\",\"say \"\"hi\"\"\",z\nlast,row,nl";
	struct got g;
	struct pmwb_error e;

	for (size_t step = 0; step <= 3; step++) {
		CHECK_INT(parse(in, sizeof(in) - 1, 0, step, &g, &e, NULL), PMWB_OK);
		CHECK_INT(g.n, 4);
		CHECK_STR(g.text[0], "a|b|c");
		CHECK_INT(g.line[0], 1);
		CHECK_STR(g.text[1], "1|x, y|3");
		CHECK_INT(g.line[1], 2);
		/* the blank line 3 is no record; the quoted newline keeps line 4 */
		CHECK_STR(g.text[2], "multi\nline|say \"hi\"|z");
		CHECK_INT(g.line[2], 4);
		CHECK_STR(g.text[3], "last|row|nl");
		CHECK_INT(g.line[3], 6);
	}
}

static void test_bom_crlf_semicolon(void)
{
	static const char in[] = "\xef\xbb\xbfref;title;score\r\n1;\"a;b\";8\r\n2;c;\r\n";
	struct got g;
	struct pmwb_error e;
	char d = 0;

	CHECK_INT(parse(in, sizeof(in) - 1, 0, 0, &g, &e, &d), PMWB_OK);
	CHECK_INT(d, ';');
	CHECK_INT(g.n, 3);
	CHECK_STR(g.text[0], "ref|title|score");
	CHECK_STR(g.text[1], "1|a;b|8");
	CHECK_INT(g.line[2], 3);
	CHECK_STR(g.text[2], "2|c|");
}

static void test_detect(void)
{
	CHECK_INT(csvin_detect_delimiter("a,b,c\n", 6), ',');
	CHECK_INT(csvin_detect_delimiter("a;b;c\n1,5;2,5;3\n", 16), ';');
	/* a title row first: the header line has the most separators */
	CHECK_INT(csvin_detect_delimiter("Risk register, 2014\nref;title;owner;score\n", 42), ';');
	CHECK_INT(csvin_detect_delimiter("\"x;y;z\",b\n", 10), ',');
	CHECK_INT(csvin_detect_delimiter("", 0), ',');
	/* tab-delimited text: the header's tabs outnumber its commas, whatever the rows hold */
	CHECK_INT(csvin_detect_delimiter("ref\trisk\towner\n1\ta, b, c, d\tCCG\n", 32), '\t');
	CHECK_INT(csvin_detect_delimiter("a,b\tc,d\n", 8), ',');
}

static void test_unterminated(void)
{
	static const char in[] = "a,b\n1,2\n3,\"never closed\n4,5\n";
	struct got g;
	struct pmwb_error e;

	CHECK_INT(parse(in, sizeof(in) - 1, ',', 0, &g, &e, NULL), PMWB_INPUT);
	CHECK_INT(e.line, 3);
	CHECK_INT(e.column, 2);
	CHECK_CONTAINS(e.msg, "no closing quote");
}

static void test_misplaced_quote(void)
{
	static const char in[] = "a,b\n1,\"x\"y\n";
	struct got g;
	struct pmwb_error e;

	CHECK_INT(parse(in, sizeof(in) - 1, ',', 0, &g, &e, NULL), PMWB_INPUT);
	CHECK_INT(e.line, 2);
	CHECK_INT(e.column, 2);
	CHECK_CONTAINS(e.msg, "quote");
}

static void test_long_field(void)
{
	size_t n = CSVIN_FIELD_MAX + 100;
	char *in = malloc(n + 16);
	struct got g;
	struct pmwb_error e;

	memcpy(in, "a,b\n1,\"", 7);
	memset(in + 7, 'x', n);
	memcpy(in + 7 + n, "\"\n", 2);
	CHECK_INT(parse(in, n + 9, ',', 65536, &g, &e, NULL), PMWB_INPUT);
	CHECK_INT(e.line, 2);
	CHECK_INT(e.column, 2);
	CHECK_CONTAINS(e.msg, "longer than 1 MiB");
	free(in);
}

/* Excel writes every cell of a sheet's used range: blank columns far past the last one
 * are dropped, a value past column 1024 is refused where it is. */
static void test_wide_rows(void)
{
	size_t cap = 16 * 1024;
	char *in = malloc(cap);
	size_t n = 0;
	struct got g;
	struct pmwb_error e;

	n += (size_t)snprintf(in + n, cap - n, "a,b");
	for (int i = 0; i < 1500; i++)
		n += (size_t)snprintf(in + n, cap - n, ",");
	n += (size_t)snprintf(in + n, cap - n, "\n1,2");
	for (int i = 0; i < 1500; i++)
		n += (size_t)snprintf(in + n, cap - n, i % 2 ? ", " : ",");
	n += (size_t)snprintf(in + n, cap - n, "\n");
	CHECK_INT(parse(in, n, ',', 333, &g, &e, NULL), PMWB_OK);
	CHECK_INT(g.n, 2);
	CHECK_INT((long)g.nfields[0], CSVIN_MAX_FIELDS);
	CHECK_INT((long)g.nfields[1], CSVIN_MAX_FIELDS);
	CHECK_INT(g.line[1], 2);

	n = (size_t)snprintf(in, cap, "a,b\n1");
	for (int i = 2; i < 1100; i++)
		n += (size_t)snprintf(in + n, cap - n, ",");
	n += (size_t)snprintf(in + n, cap - n, ",stray\n");
	CHECK_INT(parse(in, n, ',', 0, &g, &e, NULL), PMWB_INPUT);
	CHECK_INT(e.line, 2);
	CHECK_INT(e.column, 1100);
	CHECK_CONTAINS(e.msg, "a value past column 1024");
	free(in);
}

static void test_utf16(void)
{
	static const char in[] = "\xff\xfe" "a\0,\0b\0";
	struct got g;
	struct pmwb_error e;

	CHECK_INT(parse(in, sizeof(in) - 1, 0, 0, &g, &e, NULL), PMWB_INPUT);
	CHECK_CONTAINS(e.msg, "UTF-16");
}

static void test_utf8(void)
{
	struct pmwb_error e;

	CHECK_INT(csvin_check_utf8("\xc2\xa3" "1,234", 7, &e), PMWB_OK);
	err_clear(&e);
	CHECK_INT(csvin_check_utf8("\xa3" "1,234", 6, &e), PMWB_INPUT);
	CHECK_CONTAINS(e.msg, "0xA3");
	CHECK_CONTAINS(e.msg, "Windows-1252");
	CHECK_CONTAINS(e.msg, "CSV UTF-8");
	/* a NUL is valid UTF-8, but no cell's text: what follows it would be lost */
	err_clear(&e);
	CHECK_INT(csvin_check_utf8("ab\0cd", 5, &e), PMWB_INPUT);
	CHECK_CONTAINS(e.msg, "NUL byte");
}

static enum pmwb_status stop_at_two(void *ctx, const struct csvin_record *rec,
				    struct pmwb_error *e)
{
	int *n = ctx;
	(void)rec;
	if (++*n == 2)
		return err_set(e, PMWB_INTERRUPTED, "stop");
	return PMWB_OK;
}

static void test_callback_stops(void)
{
	static const char in[] = "a\nb\nc\nd\n";
	struct csvin *r;
	struct pmwb_error e;
	int n = 0;

	err_clear(&e);
	CHECK_INT(csvin_open("t.csv", NULL, stop_at_two, &n, &r, &e), PMWB_OK);
	CHECK_INT(csvin_feed(r, in, sizeof(in) - 1, &e), PMWB_INTERRUPTED);
	CHECK_INT(n, 2);
	csvin_close(r);
}

struct prepared {
	int n;
	char text[8][128];
	int utf8_ok[8];
	int lens_match; /* every len[] is its field's strlen */
};

static enum pmwb_status keep_prepared(void *ctx, const struct csvin_record *rec,
				      struct pmwb_error *e)
{
	struct prepared *p = ctx;

	(void)e;
	if (p->n >= 8)
		return PMWB_OK;
	p->text[p->n][0] = '\0';
	for (size_t i = 0; i < rec->nfields; i++) {
		size_t n = strlen(p->text[p->n]);
		snprintf(p->text[p->n] + n, sizeof(p->text[0]) - n, "%s[%s]", i ? "," : "",
			 rec->field[i]);
		p->lens_match &= rec->len[i] == strlen(rec->field[i]);
	}
	p->utf8_ok[p->n++] = rec->utf8_ok;
	return PMWB_OK;
}

/* Trimming and the UTF-8 check are the reader's when asked (on its parser thread, through
 * csvin_read_fd); without the options the fields are as written and utf8_ok is 1. */
static void test_prepare_options(void)
{
	static const char in[] = "ref , title\n  R1\t,\" padded \"\n"
				 "R2,\xc2\xa0 no-break blanks \xc2\xa0\nR3,\" \xa3""36 padded \"\n";
	char path[] = "/tmp/pmwb-t-csvin-XXXXXX";
	struct csvin_options o = {.trim = 1, .check_utf8 = 1};
	struct prepared p;
	struct pmwb_error e;
	struct csvin *r;
	int fd = mkstemp(path);

	CHECK(fd >= 0);
	if (fd < 0)
		return;
	CHECK_INT(write(fd, in, sizeof(in) - 1), (long)sizeof(in) - 1);
	for (int with = 1; with >= 0; with--) {
		memset(&p, 0, sizeof(p));
		p.lens_match = 1;
		err_clear(&e);
		CHECK_INT(lseek(fd, 0, SEEK_SET), 0);
		CHECK_INT(csvin_open("t.csv", with ? &o : NULL, keep_prepared, &p, &r, &e), PMWB_OK);
		CHECK_INT(csvin_read_fd(r, fd, &e), PMWB_OK);
		csvin_close(r);
		CHECK_INT(p.n, 4);
		CHECK(p.lens_match);
		if (with) {
			CHECK_STR(p.text[0], "[ref],[title]");
			CHECK_STR(p.text[1], "[R1],[padded]");
			CHECK_STR(p.text[2], "[R2],[no-break blanks]");
			CHECK_INT(p.utf8_ok[2], 1);
			CHECK_INT(p.utf8_ok[3], 0); /* the lone 0xA3 */
			/* a field that fails is left as it came, for the caller to say why */
			CHECK_STR(p.text[3], "[R3],[ \xa3" "36 padded ]");
		} else {
			/* libcsv itself drops blanks around an unquoted field, not inside quotes */
			CHECK_STR(p.text[1], "[R1],[ padded ]");
			CHECK_STR(p.text[2], "[R2],[\xc2\xa0 no-break blanks \xc2\xa0]");
			CHECK_INT(p.utf8_ok[3], 1);
		}
	}
	close(fd);
	unlink(path);
}

/* The caller's prepare: its output reaches the record's callback, with pointers into the
 * fields still good and its changes to them seen, in order, across the parser thread's
 * blocks (512 records each) and without the thread (csvin_feed). */
struct ahead {
	long number;      /* the record's number, as prepare saw it */
	long value;       /* its second field, as prepare read it */
	const char *first; /* its first field, where prepare saw it */
};

struct ahead_check {
	long prepares, records, mismatches;
};

static void ahead_prepare(void *ctx, struct csvin_record *rec, void *out)
{
	struct ahead_check *c = ctx;
	struct ahead *a = out;

	c->prepares++;
	a->number = rec->number;
	a->value = rec->nfields > 1 ? strtol(rec->field[1], NULL, 10) : -1;
	a->first = rec->nfields ? rec->field[0] : NULL;
	if (rec->nfields && rec->field[0][0] == 'r')
		rec->field[0][0] = 'R';
}

static enum pmwb_status ahead_record(void *ctx, const struct csvin_record *rec,
				     struct pmwb_error *e)
{
	struct ahead_check *c = ctx;
	const struct ahead *a = rec->prepared;

	(void)e;
	c->records++;
	if (!a || a->number != rec->number || a->first != rec->field[0] ||
	    a->value != strtol(rec->field[1], NULL, 10) || rec->field[0][0] != 'R' ||
	    a->value != rec->number)
		c->mismatches++;
	return PMWB_OK;
}

static void test_prepare_hook(void)
{
	char path[] = "/tmp/pmwb-t-csvin-XXXXXX";
	struct ahead_check c;
	struct csvin_options o = {.prepare = ahead_prepare, .prepare_ctx = &c,
				  .prepare_size = sizeof(struct ahead)};
	struct pmwb_error e;
	struct csvin *r;
	char *text = malloc(1300 * 16), *at = text;
	int fd = mkstemp(path);

	CHECK(fd >= 0 && text);
	if (fd < 0 || !text) {
		free(text);
		return;
	}
	for (int i = 1; i <= 1300; i++)
		at += sprintf(at, "r%d,%d\n", i, i);
	CHECK_INT(write(fd, text, (size_t)(at - text)), (long)(at - text));
	for (int threaded = 1; threaded >= 0; threaded--) {
		memset(&c, 0, sizeof(c));
		err_clear(&e);
		CHECK_INT(csvin_open("t.csv", &o, ahead_record, &c, &r, &e), PMWB_OK);
		if (threaded) {
			CHECK_INT(lseek(fd, 0, SEEK_SET), 0);
			CHECK_INT(csvin_read_fd(r, fd, &e), PMWB_OK);
		} else {
			CHECK_INT(csvin_feed(r, text, (size_t)(at - text), &e), PMWB_OK);
			CHECK_INT(csvin_finish(r, &e), PMWB_OK);
		}
		csvin_close(r);
		CHECK_INT(c.prepares, 1300);
		CHECK_INT(c.records, 1300);
		CHECK_INT(c.mismatches, 0);
	}
	free(text);
	close(fd);
	unlink(path);
}

int main(void)
{
	test_basic();
	test_bom_crlf_semicolon();
	test_detect();
	test_unterminated();
	test_misplaced_quote();
	test_long_field();
	test_wide_rows();
	test_utf16();
	test_utf8();
	test_callback_stops();
	test_prepare_options();
	test_prepare_hook();
	return check_done();
}
