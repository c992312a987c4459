/* The string helpers and error values every layer leans on. */
#include "config.h"

#include "check.h"
#include "pmwb/error.h"
#include "pmwb/text.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

static void test_copy(void)
{
	char buf[8];

	CHECK_INT(text_copy(buf, sizeof(buf), "abc"), 3);
	CHECK_STR(buf, "abc");
	CHECK_INT(text_copy(buf, sizeof(buf), "abcdefghij"), 10);
	CHECK_STR(buf, "abcdefg");
	CHECK_INT(text_copy(buf, sizeof(buf), "abcdefg"), 7);
	CHECK_STR(buf, "abcdefg");
	CHECK_INT(text_copy(buf, 1, "abc"), 3);
	CHECK_STR(buf, "");
	buf[0] = 'z';
	CHECK_INT(text_copy(buf, 0, "abc"), 3);
	CHECK_INT(buf[0], 'z');
	CHECK_INT(text_copy(buf, sizeof(buf), ""), 0);
	CHECK_STR(buf, "");
}

static void test_trim(void)
{
	static const struct {
		const char *in, *out;
	} cases[] = {
		{"abc", "abc"},
		{"  abc  ", "abc"},
		{"\t\r\nabc\n", "abc"},
		{"", ""},
		{"   ", ""},
		{"a b", "a b"},
		{"\xc2\xa0" "abc\xc2\xa0", "abc"},
		/* Blanks of both kinds in any order. */
		{" \xc2\xa0 abc \xc2\xa0 ", "abc"},
		{"\xc2\xa0\xc2\xa0 \t\xc2\xa0", ""},
		{"\xc2\xa0", ""},
		/* A UTF-8 letter ending in byte A0 keeps it: "à" is C3 A0, "Š" is C5 A0. */
		{"caf\xc3\xa0", "caf\xc3\xa0"},
		{"\xc5\xa0koda ", "\xc5\xa0koda"},
		{"x\xc3\xa0 ", "x\xc3\xa0"},
		/* A lone C2 is not a blank. */
		{"\xc2" "abc", "\xc2" "abc"},
		{"abc\xc2", "abc\xc2"},
		/* Inner no-break spaces stay. */
		{"a\xc2\xa0" "b", "a\xc2\xa0" "b"},
	};
	char buf[64];

	for (size_t i = 0; i < N(cases); i++) {
		size_t n = 99;
		const char *s = text_trim(cases[i].in, &n);
		CHECK(n < sizeof(buf));
		memcpy(buf, s, n);
		buf[n] = '\0';
		CHECK_STR(buf, cases[i].out);
		CHECK(s >= cases[i].in && s + n <= cases[i].in + strlen(cases[i].in));
	}
}

static void test_fold(void)
{
	char out[32];

	CHECK_INT((long)text_fold("Children's Services", 19, out, sizeof(out)), 17);
	CHECK_STR(out, "childrensservices");
	text_fold("Better-Care Fund (BCF)", 22, out, sizeof(out));
	CHECK_STR(out, "bettercarefundbcf");
	text_fold("Planned Care", 7, out, sizeof(out)); /* only the length given */
	CHECK_STR(out, "planned");
	text_fold("Caf\xc3\xa9 2013/14 \xc2\xa3k", 17, out, sizeof(out)); /* non-ASCII dropped */
	CHECK_STR(out, "caf201314k");
	CHECK_INT((long)text_fold("abcdef", 6, out, 4), 3); /* cut to fit */
	CHECK_STR(out, "abc");
	CHECK_INT((long)text_fold("- ()", 4, out, sizeof(out)), 0);
	CHECK_STR(out, "");
}

static void test_equal_nocase(void)
{
	CHECK(text_equal_nocase("April", 5, "april"));
	CHECK(text_equal_nocase("APRIL", 5, "April"));
	CHECK(text_equal_nocase("Aprilxyz", 5, "april"));
	CHECK(!text_equal_nocase("Apri", 4, "april"));
	CHECK(!text_equal_nocase("Aprils", 6, "april"));
	CHECK(!text_equal_nocase("Aprim", 5, "april"));
	CHECK(text_equal_nocase("", 0, ""));
	CHECK(!text_equal_nocase("", 0, "a"));
	CHECK(!text_equal_nocase("a", 1, ""));
	/* Only ASCII letters fold: 0xC0 and 0xE0 differ. */
	CHECK(!text_equal_nocase("\xc0", 1, "\xe0"));
	CHECK(!text_equal_nocase("[", 1, "{"));
	CHECK(!text_equal_nocase("@", 1, "`"));
}

static void test_utf8(void)
{
	static const struct {
		const char *s;
		int ok;
		size_t bad;
	} cases[] = {
		{"plain", 1, 0},
		{"", 1, 0},
		{"\xc2\xa3" "1,234", 1, 0},
		{"\xe2\x82\xac", 1, 0},         /* € */
		{"\xf0\x9f\x98\x80", 1, 0},     /* U+1F600 */
		{"\xf4\x8f\xbf\xbf", 1, 0},     /* U+10FFFF */
		{"\xed\x9f\xbf", 1, 0},         /* U+D7FF, just below the surrogates */
		{"\xee\x80\x80", 1, 0},         /* U+E000, just above */
		{"\xa3" "1", 0, 0},             /* Windows-1252 £ */
		{"ab\xa3", 0, 2},
		{"\xc0\xaf", 0, 0},             /* overlong '/' */
		{"\xc1\xbf", 0, 0},
		{"\xe0\x80\xaf", 0, 0},         /* overlong, 3 bytes */
		{"\xe0\x9f\xbf", 0, 0},
		{"\xf0\x80\x80\xaf", 0, 0},     /* overlong, 4 bytes */
		{"\xf0\x8f\xbf\xbf", 0, 0},
		{"\xed\xa0\x80", 0, 0},         /* surrogate D800 */
		{"\xed\xbf\xbf", 0, 0},         /* surrogate DFFF */
		{"\xf4\x90\x80\x80", 0, 0},     /* above U+10FFFF */
		{"\xf5\x80\x80\x80", 0, 0},
		{"\xff", 0, 0},
		{"\xfe", 0, 0},
		{"x\xc2", 0, 1},                /* cut short at the end */
		{"x\xe2\x82", 0, 1},
		{"x\xf0\x9f\x98", 0, 1},
		{"\xc2" "a", 0, 0},             /* continuation missing */
		{"\x80", 0, 0},                 /* lone continuation */
		{"a\xc2\xa3\xbf", 0, 3},
	};

	for (size_t i = 0; i < N(cases); i++) {
		size_t bad = 777;
		int ok = text_is_utf8(cases[i].s, strlen(cases[i].s), &bad);
		CHECK_INT(ok, cases[i].ok);
		if (!cases[i].ok)
			CHECK_INT(bad, cases[i].bad);
		if (ok != cases[i].ok)
			fprintf(stderr, "  case %zu\n", i);
	}
	/* The length is respected: a sequence cut by len is bad even if the string goes on. */
	CHECK(!text_is_utf8("\xc2\xa3", 1, NULL));
	CHECK(text_is_utf8("\xc2\xa3", 2, NULL));
	CHECK(text_is_utf8("ab\xff", 2, NULL));
}

static void test_quote(void)
{
	char buf[TEXT_QUOTE_MAX];
	char small[8];
	char big[200];

	text_quote(buf, sizeof(buf), "2013/15", 7);
	CHECK_STR(buf, "2013/15");
	text_quote(buf, sizeof(buf), "\xa3" "12", 3);
	CHECK_STR(buf, "\\xA312");
	text_quote(buf, sizeof(buf), "a\tb\x7f", 4);
	CHECK_STR(buf, "a\\x09b\\x7F");
	text_quote(buf, sizeof(buf), "\xc2\xa3" "5", 3);
	CHECK_STR(buf, "\xc2\xa3" "5");
	text_quote(buf, sizeof(buf), "x\xc2", 2);
	CHECK_STR(buf, "x\\xC2");
	/* len, not the terminator, bounds the text. */
	text_quote(buf, sizeof(buf), "abcdef", 3);
	CHECK_STR(buf, "abc");
	/* Exactly fitting text has no "...". */
	text_quote(small, sizeof(small), "abcdefg", 7);
	CHECK_STR(small, "abcdefg");
	text_quote(small, sizeof(small), "abcdefgh", 8);
	CHECK_STR(small, "abcd...");
	/* A character is never split to fit. */
	text_quote(small, sizeof(small), "ab\xe2\x82\xac\xe2\x82\xac", 8);
	CHECK_STR(small, "ab...");
	text_quote(small, sizeof(small), "\xff\xff\xff", 3);
	CHECK_STR(small, "\\xFF...");
	text_quote(small, 1, "abc", 3);
	CHECK_STR(small, "");
	text_quote(small, 3, "abcdef", 6);
	CHECK_STR(small, "ab"); /* no room for "..." at all */
	memset(big, 'x', sizeof(big));
	text_quote(buf, sizeof(buf), big, sizeof(big));
	CHECK_INT(strlen(buf), sizeof(buf) - 1);
	CHECK(strcmp(buf + strlen(buf) - 3, "...") == 0);
	/* Every byte value: output terminated, within size, and valid UTF-8. */
	for (int c = 0; c < 256; c++) {
		char in[3] = {'a', (char)c, 'b'};
		text_quote(small, sizeof(small), in, 3);
		CHECK(strlen(small) < sizeof(small));
		CHECK(text_is_utf8(small, strlen(small), NULL));
	}
}

static void test_errors(void)
{
	struct pmwb_error e;
	char buf[PMWB_ERR_MSG_MAX + PMWB_ERR_FILE_MAX + 64];
	char longmsg[PMWB_ERR_MSG_MAX * 2];

	err_clear(&e);
	CHECK_INT(e.status, PMWB_OK);
	CHECK_STR(e.msg, "");
	CHECK_INT(err_set(&e, PMWB_INPUT, "'%s' is not a quarter", "Q5"), PMWB_INPUT);
	CHECK_INT(e.status, PMWB_INPUT);
	CHECK_STR(e.msg, "'Q5' is not a quarter");
	CHECK_INT(e.line, 0);
	err_format(&e, buf, sizeof(buf));
	CHECK_STR(buf, "'Q5' is not a quarter");

	/* A parser's error gets its place afterwards. */
	err_locate(&e, "risks.csv", 12, 5);
	err_format(&e, buf, sizeof(buf));
	CHECK_STR(buf, "risks.csv:12:5: 'Q5' is not a quarter");
	err_locate(&e, NULL, 13, 0); /* keeps the file */
	err_format(&e, buf, sizeof(buf));
	CHECK_STR(buf, "risks.csv:13: 'Q5' is not a quarter");
	err_locate(&e, "risks.csv", 0, 0);
	err_format(&e, buf, sizeof(buf));
	CHECK_STR(buf, "risks.csv: 'Q5' is not a quarter");
	err_locate(&e, e.file, 14, 2); /* its own file name */
	err_format(&e, buf, sizeof(buf));
	CHECK_STR(buf, "risks.csv:14:2: 'Q5' is not a quarter");

	/* Wrapping the error's own message keeps it. */
	CHECK_INT(err_set(&e, PMWB_INPUT, "row 3: %s", e.msg), PMWB_INPUT);
	CHECK_STR(e.msg, "row 3: 'Q5' is not a quarter");
	CHECK_STR(e.file, ""); /* err_set starts afresh */
	CHECK_INT(err_set_at(&e, PMWB_IO, "a.csv", 2, 0, "reading: %s", e.msg), PMWB_IO);
	CHECK_STR(e.msg, "reading: row 3: 'Q5' is not a quarter");
	err_format(&e, buf, sizeof(buf));
	CHECK_STR(buf, "a.csv:2: reading: row 3: 'Q5' is not a quarter");
	/* Re-raising at the error's own place. */
	CHECK_INT(err_set_at(&e, PMWB_INPUT, e.file, e.line, 9, "again"), PMWB_INPUT);
	err_format(&e, buf, sizeof(buf));
	CHECK_STR(buf, "a.csv:2:9: again");
	CHECK_INT(err_set_at(&e, PMWB_INPUT, NULL, 0, 0, "nowhere"), PMWB_INPUT);
	err_format(&e, buf, sizeof(buf));
	CHECK_STR(buf, "nowhere");

	/* No message: the status says what happened. */
	err_clear(&e);
	e.status = PMWB_DB_BUSY;
	err_format(&e, buf, sizeof(buf));
	CHECK_STR(buf, "database is locked by another user");

	/* Long messages are cut, terminated. */
	memset(longmsg, 'm', sizeof(longmsg) - 1);
	longmsg[sizeof(longmsg) - 1] = '\0';
	err_set(&e, PMWB_INPUT, "%s", longmsg);
	CHECK_INT(strlen(e.msg), PMWB_ERR_MSG_MAX - 1);
	CHECK(err_format(&e, buf, 10) >= PMWB_ERR_MSG_MAX - 1);
	CHECK_INT(strlen(buf), 9);

	/* NULL errors: status only. */
	CHECK_INT(err_set(NULL, PMWB_DB, "x"), PMWB_DB);
	CHECK_INT(err_set_at(NULL, PMWB_IO, "f", 1, 1, "x"), PMWB_IO);
	err_clear(NULL);
	err_locate(NULL, "f", 1, 1);

	/* The status table. */
	CHECK_INT(err_exit_code(PMWB_OK), 0);
	CHECK_INT(err_exit_code(PMWB_USAGE), 1);
	CHECK_INT(err_exit_code(PMWB_INPUT), 2);
	CHECK_INT(err_exit_code(PMWB_IO), 2);
	CHECK_INT(err_exit_code(PMWB_DB), 3);
	CHECK_INT(err_exit_code(PMWB_NOMEM), 3);
	CHECK_INT(err_exit_code((enum pmwb_status)99), 3);
	CHECK_STR(err_status_text(PMWB_INPUT), "invalid input");
	CHECK_STR(err_status_text(PMWB_OK), "success");
	CHECK_STR(err_status_text((enum pmwb_status)99), "unknown error");
}

/* What a terminal would act on, and what it would only show. */
static void test_control_len(void)
{
	CHECK_INT((int)text_control_len("\033]0;x"), 1);
	CHECK_INT((int)text_control_len("\a"), 1);
	CHECK_INT((int)text_control_len("\r"), 1);
	CHECK_INT((int)text_control_len("\x7f"), 1);
	CHECK_INT((int)text_control_len("\xc2\x9b" "31m"), 2); /* C1 CSI in UTF-8 */
	CHECK_INT((int)text_control_len("\t"), 0);
	CHECK_INT((int)text_control_len("\n"), 0);
	CHECK_INT((int)text_control_len("a"), 0);
	CHECK_INT((int)text_control_len("\xc2\xa3"), 0); /* a pound sign */
	CHECK_INT((int)text_control_len(""), 0);
}

int main(void)
{
	test_copy();
	test_control_len();
	test_trim();
	test_fold();
	test_equal_nocase();
	test_utf8();
	test_quote();
	test_errors();
	return check_done();
}
