/* Financial years and quarters: arithmetic under three start months, formatting at the
 * century edges, and every spelling fy.h promises to read or refuse. */
#include "config.h"

#include <limits.h>

#include "check.h"
#include "pmwb/fy.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

static void test_ordinals(void)
{
	CHECK_INT(fy_quarter_make(2013, 1), 8052);
	CHECK_INT(fy_quarter_fy(8052), 2013);
	CHECK_INT(fy_quarter_num(8052), 1);
	CHECK_INT(fy_quarter_make(2013, 4) + 1, fy_quarter_make(2014, 1));
	CHECK_INT(fy_quarter_fy(fy_quarter_make(2013, 4) + 1), 2014);
	CHECK_INT(fy_quarter_num(fy_quarter_make(2013, 4) + 1), 1);
	CHECK_INT(fy_quarter_fy(fy_quarter_make(2014, 1) - 1), 2013);
	CHECK_INT(fy_quarter_num(fy_quarter_make(2014, 1) - 1), 4);
	CHECK_INT(fy_quarter_make(2015, 3) - fy_quarter_make(2013, 2), 9);
	/* Below zero the ordinals still split by floor, not truncation. */
	CHECK_INT(fy_quarter_fy(-1), -1);
	CHECK_INT(fy_quarter_num(-1), 4);

	CHECK_INT(fy_month_make(2013, 4), 2013 * 12 + 3);
	CHECK_INT(fy_month_year(fy_month_make(2013, 12)), 2013);
	CHECK_INT(fy_month_month(fy_month_make(2013, 12)), 12);
	CHECK_INT(fy_month_year(fy_month_make(2013, 12) + 1), 2014);
	CHECK_INT(fy_month_month(fy_month_make(2013, 12) + 1), 1);
	CHECK_INT(fy_month_year(-1), -1);
	CHECK_INT(fy_month_month(-1), 12);
}

struct month_case {
	int start, year, month;
	int fy, q, index, q_first_month;
};

/* {start month, calendar month} -> FY, quarter, month of the FY, first month of the quarter. */
static const struct month_case month_cases[] = {
	/* April start (NHS): March belongs to the year before, April starts the next. */
	{4, 2014, 3, 2013, 4, 12, 1},
	{4, 2014, 4, 2014, 1, 1, 4},
	{4, 2013, 1, 2012, 4, 10, 1},
	{4, 2013, 2, 2012, 4, 11, 1},
	{4, 2013, 5, 2013, 1, 2, 4},
	{4, 2013, 6, 2013, 1, 3, 4},
	{4, 2013, 7, 2013, 2, 4, 7},
	{4, 2013, 8, 2013, 2, 5, 7},
	{4, 2013, 9, 2013, 2, 6, 7},
	{4, 2013, 10, 2013, 3, 7, 10},
	{4, 2013, 11, 2013, 3, 8, 10},
	{4, 2013, 12, 2013, 3, 9, 10},
	{4, 2014, 1, 2013, 4, 10, 1},
	/* January start: the FY is the calendar year. */
	{1, 2013, 1, 2013, 1, 1, 1},
	{1, 2013, 3, 2013, 1, 3, 1},
	{1, 2013, 4, 2013, 2, 4, 4},
	{1, 2013, 6, 2013, 2, 6, 4},
	{1, 2013, 7, 2013, 3, 7, 7},
	{1, 2013, 9, 2013, 3, 9, 7},
	{1, 2013, 10, 2013, 4, 10, 10},
	{1, 2013, 12, 2013, 4, 12, 10},
	{1, 2012, 12, 2012, 4, 12, 10},
	/* October start (US federal): September closes the year. */
	{10, 2013, 9, 2012, 4, 12, 7},
	{10, 2013, 10, 2013, 1, 1, 10},
	{10, 2013, 12, 2013, 1, 3, 10},
	{10, 2014, 1, 2013, 2, 4, 1},
	{10, 2014, 3, 2013, 2, 6, 1},
	{10, 2014, 4, 2013, 3, 7, 4},
	{10, 2014, 6, 2013, 3, 9, 4},
	{10, 2014, 7, 2013, 4, 10, 7},
	{10, 2014, 9, 2013, 4, 12, 7},
};

static void test_months_in_years(void)
{
	for (size_t i = 0; i < N(month_cases); i++) {
		const struct month_case *c = &month_cases[i];
		struct fy_settings s = {.start_month = c->start};
		fy_month mo = fy_month_make(c->year, c->month);
		fy_quarter qo = fy_quarter_of_month(&s, mo);
		fy_month first = fy_quarter_first_month(&s, qo);

		CHECK_INT(fy_of_month(&s, mo), c->fy);
		CHECK_INT(fy_quarter_fy(qo), c->fy);
		CHECK_INT(fy_quarter_num(qo), c->q);
		CHECK_INT(fy_month_index(&s, mo), c->index);
		CHECK_INT(fy_month_month(first), c->q_first_month);
		/* The quarter's first month is in the same quarter and at most 2 months back. */
		CHECK_INT(fy_quarter_of_month(&s, first), qo);
		CHECK(mo - first >= 0 && mo - first <= 2);
	}
}

static void test_first_months(void)
{
	struct fy_settings apr = fy_settings_default(), jan = {.start_month = 1},
			   oct = {.start_month = 10};

	CHECK_INT(apr.start_month, 4);
	CHECK_INT(fy_first_month(&apr, 2013), fy_month_make(2013, 4));
	CHECK_INT(fy_first_month(&jan, 2013), fy_month_make(2013, 1));
	CHECK_INT(fy_first_month(&oct, 2013), fy_month_make(2013, 10));
	/* 2013/14 Q4 is January-March 2014 with April start. */
	CHECK_INT(fy_quarter_first_month(&apr, fy_quarter_make(2013, 4)), fy_month_make(2014, 1));
	CHECK_INT(fy_quarter_first_month(&apr, fy_quarter_make(2013, 2)), fy_month_make(2013, 7));
	CHECK_INT(fy_quarter_first_month(&jan, fy_quarter_make(2013, 4)), fy_month_make(2013, 10));
	CHECK_INT(fy_quarter_first_month(&oct, fy_quarter_make(2013, 2)), fy_month_make(2014, 1));
	CHECK_INT(fy_quarter_first_month(&oct, fy_quarter_make(2013, 4)), fy_month_make(2014, 7));
	/* Every month of a year maps back to that year's quarters in order. */
	for (int start = 1; start <= 12; start++) {
		struct fy_settings s = {.start_month = start};
		fy_month m0 = fy_first_month(&s, 2013);
		for (int k = 0; k < 12; k++) {
			CHECK_INT(fy_of_month(&s, m0 + k), 2013);
			CHECK_INT(fy_month_index(&s, m0 + k), k + 1);
			CHECK_INT(fy_quarter_of_month(&s, m0 + k), fy_quarter_make(2013, k / 3 + 1));
		}
		CHECK_INT(fy_of_month(&s, m0 - 1), 2012);
		CHECK_INT(fy_of_month(&s, m0 + 12), 2014);
	}
	/* NULL or a broken setting means April rather than nonsense. */
	{
		struct fy_settings bad = {.start_month = 13};
		CHECK_INT(fy_of_month(NULL, fy_month_make(2014, 3)), 2013);
		CHECK_INT(fy_of_month(&bad, fy_month_make(2014, 4)), 2014);
		CHECK_INT(fy_month_index(&bad, fy_month_make(2014, 4)), 1);
	}
}

static void test_format(void)
{
	static const struct {
		int fy;
		const char *want;
	} fys[] = {
		{2013, "2013/14"}, {1999, "1999/00"}, {2099, "2099/00"}, {2000, "2000/01"},
		{1900, "1900/01"}, {2199, "2199/00"}, {2009, "2009/10"}, {1899, "?"},
		{2200, "?"},       {0, "?"},          {-5, "?"},
	};
	char buf[32];

	for (size_t i = 0; i < N(fys); i++) {
		fy_format(fys[i].fy, buf, sizeof(buf));
		CHECK_STR(buf, fys[i].want);
	}
	fy_format(2013, buf, 8);
	CHECK_STR(buf, "2013/14");
	fy_format(2013, buf, 5); /* truncated, still terminated */
	CHECK_STR(buf, "2013");
	fy_quarter_format(fy_quarter_make(2013, 1), buf, sizeof(buf));
	CHECK_STR(buf, "2013/14 Q1");
	fy_quarter_format(fy_quarter_make(1999, 4), buf, 11);
	CHECK_STR(buf, "1999/00 Q4");
	fy_quarter_format(fy_quarter_make(2099, 3), buf, sizeof(buf));
	CHECK_STR(buf, "2099/00 Q3");
	fy_quarter_format(fy_quarter_make(2013, 4) + 1, buf, sizeof(buf));
	CHECK_STR(buf, "2014/15 Q1");
	fy_quarter_format(fy_quarter_make(2300, 1), buf, sizeof(buf));
	CHECK_STR(buf, "?");
	fy_month_format(fy_month_make(2013, 4), buf, 8);
	CHECK_STR(buf, "2013-04");
	fy_month_format(fy_month_make(2013, 12), buf, sizeof(buf));
	CHECK_STR(buf, "2013-12");
	fy_month_format(fy_month_make(2200, 3), buf, sizeof(buf));
	CHECK_STR(buf, "2200-03");
	fy_month_format(fy_month_make(1800, 3), buf, sizeof(buf));
	CHECK_STR(buf, "?");
}

struct accept {
	const char *text;
	int want;
};

struct reject {
	const char *text;
	const char *fragment;
};

static const struct accept fy_accept[] = {
	{"2013/14", 2013},   {"2013-14", 2013},      {"2013/2014", 2013}, {"2013-2014", 2013},
	{"FY2013/14", 2013}, {"FY 2013/14", 2013},   {"fy2013_14", 2013}, {"13/14", 2013},
	{" 2013/14 ", 2013}, {"\t2013/14\n", 2013},  {"\xc2\xa0" "2013/14", 2013},
	{"1999/00", 1999},   {"1999/2000", 1999},    {"99/00", 2099},     {"2099/00", 2099},
	{"2099/2100", 2099}, {"1900/01", 1900},      {"2199/00", 2199},   {"Fy13/14", 2013},
	{"2013\xe2\x80\x93" "14", 2013},             {"2013_2014", 2013}, {"00/01", 2000},
};

static const struct reject fy_reject[] = {
	{"2013/15", "'2013/15' is not a financial year: the second year must be the one after"},
	{"2013/13", "the second year must be the one after"},
	{"2013/2015", "the second year must be the one after"},
	{"13/15", "the second year must be"},
	{"1999/99", "the second year must be"},
	{"", "the financial year is empty"},
	{"   ", "the financial year is empty"},
	{"2013", "'2013' is not a financial year: a financial year has two years"},
	{"FY2013", "a financial year has two years"},
	{"13-14", "'13-14' is not a financial year: write it as 2013/14"},
	{"2013/14/15", "write it as 2013/14"},
	{"2013 / 14", "write it as 2013/14"},
	{"2013/14 Q1", "write it as 2013/14"},
	{"abc", "'abc' is not a financial year"},
	{"20130/14", "'20130/14' is not a financial year"},
	{"2013/014", "is not a financial year"},
	{"1899/00", "outside 1900/01 to 2199/00"},
	{"2200/01", "outside"},
	{"99999999999999999999/00", "is not a financial year"},
	{"2013//14", "is not a financial year"},
	{"\xff\xfe", "'\\xFF\\xFE' is not a financial year"},
	{"2013/1\x01", "'2013/1\\x01' is not"},
	{"FY", "is not a financial year"},
};

static const struct accept q_accept[] = {
	{"2013/14 Q1", 8052},  {"Q1 2013/14", 8052}, {"2013-14 Q1", 8052}, {"Q1 2013-14", 8052},
	{"2013/14 q1", 8052},  {"2013/14Q1", 8052},  {"Q1 13/14", 8052},   {" Q1 2013/14 ", 8052},
	{"2013/14 Q4", 8055},  {"q4 2013/2014", 8055}, {"Q2 FY2013/14", 8053},
	{"1999/00 Q3", 1999 * 4 + 2}, {"2013/14  Q2", 8053},
};

static const struct reject q_reject[] = {
	{"Q5 2013/14", "'Q5 2013/14' is not a quarter: write it as 2013/14 Q1 .. Q4"},
	{"2013/14 Q0", "'2013/14 Q0' is not a quarter: write it as 2013/14 Q1 .. Q4"},
	{"2013/14 Q12", "is not a quarter"},
	{"Q12013/14", "is not a quarter"},
	{"Q1", "'Q1' is not a quarter: say which financial year"},
	{"2013/15 Q1", "'2013/15 Q1' is not a quarter: the second year must be"},
	{"2013 Q1", "a financial year has two years"},
	{"2013/14", "'2013/14' is not a quarter"},
	{"", "the quarter is empty"},
	{" \t", "the quarter is empty"},
	{"end Q2", "is not a quarter"},
	{"Q 1 2013/14", "is not a quarter"},
	{"Q1/2013/14", "is not a quarter"},
	{"QQ1 2013/14", "is not a quarter"},
};

static const struct accept sm_accept[] = {
	{"4", 4},       {"04", 4},     {"1", 1},        {"12", 12},    {"April", 4},
	{"apr", 4},     {"JANUARY", 1}, {"Oct", 10},    {"Sept", 9},   {" 10 ", 10},
	{"September", 9}, {"dec", 12},
};

static const struct reject sm_reject[] = {
	{"0", "'0' is not a month for the financial year to start in: give 1-12"},
	{"13", "'13' is not a month"},
	{"", "start month is empty"},
	{"Apri", "'Apri' is not a month"},
	{"4.5", "is not a month"},
	{"004", "is not a month"},
	{"-4", "is not a month"},
	{"Sep-", "is not a month"},
};

static void test_parse(void)
{
	struct pmwb_error e;
	int fy, month;
	fy_quarter qo;

	for (size_t i = 0; i < N(fy_accept); i++) {
		fy = -1;
		err_clear(&e);
		CHECK_INT(fy_parse(fy_accept[i].text, &fy, &e), PMWB_OK);
		CHECK_INT(fy, fy_accept[i].want);
		if (fy != fy_accept[i].want)
			fprintf(stderr, "  input: \"%s\" (%s)\n", fy_accept[i].text, e.msg);
	}
	for (size_t i = 0; i < N(fy_reject); i++) {
		err_clear(&e);
		CHECK_INT(fy_parse(fy_reject[i].text, &fy, &e), PMWB_INPUT);
		CHECK_INT(e.status, PMWB_INPUT);
		CHECK_CONTAINS(e.msg, fy_reject[i].fragment);
	}
	for (size_t i = 0; i < N(q_accept); i++) {
		qo = -1;
		err_clear(&e);
		CHECK_INT(fy_parse_quarter(q_accept[i].text, &qo, &e), PMWB_OK);
		CHECK_INT(qo, q_accept[i].want);
		if (qo != q_accept[i].want)
			fprintf(stderr, "  input: \"%s\" (%s)\n", q_accept[i].text, e.msg);
	}
	for (size_t i = 0; i < N(q_reject); i++) {
		err_clear(&e);
		CHECK_INT(fy_parse_quarter(q_reject[i].text, &qo, &e), PMWB_INPUT);
		CHECK_CONTAINS(e.msg, q_reject[i].fragment);
	}
	for (size_t i = 0; i < N(sm_accept); i++) {
		month = -1;
		CHECK_INT(fy_parse_start_month(sm_accept[i].text, &month, &e), PMWB_OK);
		CHECK_INT(month, sm_accept[i].want);
	}
	for (size_t i = 0; i < N(sm_reject); i++) {
		err_clear(&e);
		CHECK_INT(fy_parse_start_month(sm_reject[i].text, &month, &e), PMWB_INPUT);
		CHECK_CONTAINS(e.msg, sm_reject[i].fragment);
	}
	/* A NULL error is allowed: only the status comes back. */
	CHECK_INT(fy_parse("nope", &fy, NULL), PMWB_INPUT);
	/* Parsing and formatting agree for every year in range. */
	for (int y = FY_MIN_YEAR; y <= FY_MAX_YEAR; y++) {
		char buf[16];
		fy_format(y, buf, sizeof(buf));
		fy = -1;
		CHECK(fy_parse(buf, &fy, &e) == PMWB_OK && fy == y);
		fy_quarter_format(fy_quarter_make(y, 1 + y % 4), buf, sizeof(buf));
		qo = -1;
		CHECK(fy_parse_quarter(buf, &qo, &e) == PMWB_OK && qo == fy_quarter_make(y, 1 + y % 4));
	}
}

/* Every byte value, alone and inside a FY, is read or refused without a crash. */
static void test_odd_bytes(void)
{
	struct pmwb_error e;
	int fy, month;
	fy_quarter qo;
	char buf[16];

	for (int c = 1; c < 256; c++) {
		snprintf(buf, sizeof(buf), "2013%c14", c);
		enum pmwb_status st = fy_parse(buf, &fy, &e);
		CHECK(st == PMWB_OK || (st == PMWB_INPUT && e.msg[0]));
		if (st == PMWB_OK)
			CHECK(c == '/' || c == '-' || c == '_');
		snprintf(buf, sizeof(buf), "%cQ1 2013/14", c);
		st = fy_parse_quarter(buf, &qo, &e);
		CHECK(st == PMWB_OK || st == PMWB_INPUT);
		snprintf(buf, sizeof(buf), "%c", c);
		st = fy_parse_start_month(buf, &month, &e);
		CHECK(st == PMWB_OK || st == PMWB_INPUT);
	}
}

int main(void)
{
	test_ordinals();
	test_months_in_years();
	test_first_months();
	test_format();
	test_parse();
	test_odd_bytes();
	return check_done();
}
