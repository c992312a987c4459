/* Dates as spreadsheets write them: each accepted form with the period it means, each refusal
 * with the words that tell the user what to write instead. */
#include "config.h"

#include "check.h"
#include "pmwb/date.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))
#define M(y, m) ((y) * 12 + (m) - 1)

struct accept {
	const char *text;
	int allow_period;
	enum date_precision precision;
	int first, last, day;
};

static const struct accept accepts[] = {
	/* UK numeric, day first. */
	{"01/04/2013", 0, DATE_DAY, M(2013, 4), M(2013, 4), 1},
	{"1/4/13", 0, DATE_DAY, M(2013, 4), M(2013, 4), 1},
	/* Two-digit years are always 20yy. */
	{"1/4/99", 0, DATE_DAY, M(2099, 4), M(2099, 4), 1},
	{"1/4/00", 0, DATE_DAY, M(2000, 4), M(2000, 4), 1},
	{"29/2/00", 0, DATE_DAY, M(2000, 2), M(2000, 2), 29},
	{"1/1/1900", 0, DATE_DAY, M(1900, 1), M(1900, 1), 1},
	{"31/12/2199", 0, DATE_DAY, M(2199, 12), M(2199, 12), 31},
	{"18/04/2013", 0, DATE_DAY, M(2013, 4), M(2013, 4), 18},
	{"31/12/2013", 0, DATE_DAY, M(2013, 12), M(2013, 12), 31},
	{"29/02/2012", 0, DATE_DAY, M(2012, 2), M(2012, 2), 29},
	{"29/02/2000", 0, DATE_DAY, M(2000, 2), M(2000, 2), 29},
	{"18-04-2013", 0, DATE_DAY, M(2013, 4), M(2013, 4), 18},
	{"18.04.2013", 0, DATE_DAY, M(2013, 4), M(2013, 4), 18},
	{"12/11/2013", 0, DATE_DAY, M(2013, 11), M(2013, 11), 12},
	/* ISO. */
	{"2013-04-01", 0, DATE_DAY, M(2013, 4), M(2013, 4), 1},
	{"2013-04-18", 1, DATE_DAY, M(2013, 4), M(2013, 4), 18},
	{"2013-4-8", 0, DATE_DAY, M(2013, 4), M(2013, 4), 8},
	/* Day and month name. */
	{"18th April 2013", 0, DATE_DAY, M(2013, 4), M(2013, 4), 18},
	{"1st April 2013", 0, DATE_DAY, M(2013, 4), M(2013, 4), 1},
	{"2nd April 2013", 0, DATE_DAY, M(2013, 4), M(2013, 4), 2},
	{"3rd April 2013", 0, DATE_DAY, M(2013, 4), M(2013, 4), 3},
	{"11th May 2013", 0, DATE_DAY, M(2013, 5), M(2013, 5), 11},
	{"12th May 2013", 0, DATE_DAY, M(2013, 5), M(2013, 5), 12},
	{"13th May 2013", 0, DATE_DAY, M(2013, 5), M(2013, 5), 13},
	{"21st May 2013", 0, DATE_DAY, M(2013, 5), M(2013, 5), 21},
	{"22nd May 2013", 0, DATE_DAY, M(2013, 5), M(2013, 5), 22},
	{"23RD May 2013", 0, DATE_DAY, M(2013, 5), M(2013, 5), 23},
	{"31st March 2014", 0, DATE_DAY, M(2014, 3), M(2014, 3), 31},
	{"1 Apr 2013", 0, DATE_DAY, M(2013, 4), M(2013, 4), 1},
	{"01 Sep 13", 0, DATE_DAY, M(2013, 9), M(2013, 9), 1},
	{"30 Mar 14", 0, DATE_DAY, M(2014, 3), M(2014, 3), 30},
	{"19 September 2014", 0, DATE_DAY, M(2014, 9), M(2014, 9), 19},
	{"1-Apr-13", 0, DATE_DAY, M(2013, 4), M(2013, 4), 1},
	{"18 Sept 2014", 0, DATE_DAY, M(2014, 9), M(2014, 9), 18},
	{"18 april, 2013", 0, DATE_DAY, M(2013, 4), M(2013, 4), 18},
	{"April 18, 2013", 0, DATE_DAY, M(2013, 4), M(2013, 4), 18},
	{"April 18th 2013", 0, DATE_DAY, M(2013, 4), M(2013, 4), 18},
	/* Months. */
	{"Apr-13", 0, DATE_MONTH, M(2013, 4), M(2013, 4), 0},
	{"Apr 2013", 0, DATE_MONTH, M(2013, 4), M(2013, 4), 0},
	{"April 2013", 0, DATE_MONTH, M(2013, 4), M(2013, 4), 0},
	{"Sept 2014", 0, DATE_MONTH, M(2014, 9), M(2014, 9), 0},
	{"Sep-14", 0, DATE_MONTH, M(2014, 9), M(2014, 9), 0},
	{"sept. 2014", 0, DATE_MONTH, M(2014, 9), M(2014, 9), 0},
	{"MARCH 2013", 1, DATE_MONTH, M(2013, 3), M(2013, 3), 0},
	{"December 2013", 0, DATE_MONTH, M(2013, 12), M(2013, 12), 0},
	{"2013-04", 0, DATE_MONTH, M(2013, 4), M(2013, 4), 0},
	{"2013-04", 1, DATE_MONTH, M(2013, 4), M(2013, 4), 0},
	{"2013-12", 1, DATE_MONTH, M(2013, 12), M(2013, 12), 0},
	/* Ambiguous with a FY, but periods are not allowed here, so a month. */
	{"2011-12", 0, DATE_MONTH, M(2011, 12), M(2011, 12), 0},
	{"2003-04", 0, DATE_MONTH, M(2003, 4), M(2003, 4), 0},
	/* Quarters (April start): 2013/14 Q2 is July-September 2013. */
	{"2013/14 Q2", 1, DATE_QUARTER, M(2013, 7), M(2013, 9), 0},
	{"Q1 2013/14", 1, DATE_QUARTER, M(2013, 4), M(2013, 6), 0},
	{"2013/14 Q4", 1, DATE_QUARTER, M(2014, 1), M(2014, 3), 0},
	{"Q3 13/14", 1, DATE_QUARTER, M(2013, 10), M(2013, 12), 0},
	{"2013-14Q1", 1, DATE_QUARTER, M(2013, 4), M(2013, 6), 0},
	/* Financial years. */
	{"2013-14", 1, DATE_FY, M(2013, 4), M(2014, 3), 0},
	{"2012-13", 1, DATE_FY, M(2012, 4), M(2013, 3), 0},
	{"2013/14", 1, DATE_FY, M(2013, 4), M(2014, 3), 0},
	{"15/16", 1, DATE_FY, M(2015, 4), M(2016, 3), 0},
	{"2014/2015", 1, DATE_FY, M(2014, 4), M(2015, 3), 0},
	{"2013-2014", 1, DATE_FY, M(2013, 4), M(2014, 3), 0},
	{"FY2013/14", 1, DATE_FY, M(2013, 4), M(2014, 3), 0},
	{"FY 2013-14", 1, DATE_FY, M(2013, 4), M(2014, 3), 0},
	{"fy2013_14", 1, DATE_FY, M(2013, 4), M(2014, 3), 0},
	{"2003/04", 1, DATE_FY, M(2003, 4), M(2004, 3), 0},
	{"1999/00", 1, DATE_FY, M(1999, 4), M(2000, 3), 0},
	{"2013\xe2\x80\x93" "14", 1, DATE_FY, M(2013, 4), M(2014, 3), 0},
	{"2099-00", 1, DATE_FY, M(2099, 4), M(2100, 3), 0},
	{"2199-2200", 1, DATE_FY, M(2199, 4), M(2200, 3), 0},
	/* Calendar years. */
	{"2012", 1, DATE_YEAR, M(2012, 1), M(2012, 12), 0},
	{" 1900 ", 1, DATE_YEAR, M(1900, 1), M(1900, 12), 0},
};

struct reject {
	const char *text;
	int allow_period;
	const char *fragment;
};

static const struct reject rejects[] = {
	{"04/31/2013", 0, "'04/31/2013' is not a date: 31 is not a month (dates are day first"},
	{"12/25/2013", 1, "25 is not a month (dates are day first"},
	{"31/04/2013", 0, "'31/04/2013' is not a date: April 2013 has 30 days"},
	{"29/02/2013", 0, "February 2013 has 28 days"},
	{"29/02/1900", 0, "February 1900 has 28 days"},
	{"30 February 2012", 0, "February 2012 has 29 days"},
	{"00/04/2013", 0, "April 2013 has 30 days"},
	{"2013-04-31", 0, "April 2013 has 30 days"},
	{"2013-13-01", 0, "13 is not a month"},
	{"2013-00-01", 0, "0 is not a month"},
	{"18/13/2013", 0, "13 is not a month"},
	{"2011-12", 1, "'2011-12' could be December 2011 or the financial year 2011/12: write Dec "
		       "2011 for the month or 2011/12 for the year"},
	{"2003-04", 1, "could be April 2003 or the financial year 2003/04"},
	{"2000-01", 1, "could be January 2000"},
	{"2012-13", 0, "'2012-13' is a financial year, but a day or month is needed here"},
	{"2013/14", 0, "is a financial year, but a day or month is needed"},
	{"2013/14 Q2", 0, "'2013/14 Q2' is a quarter, but a day or month is needed"},
	{"2012", 0, "'2012' is a year, but a day or month is needed"},
	{"2013-15", 1, "'2013-15' is not a date: 15 is not a month, and a financial year's second "
		       "year must follow the first"},
	{"2012-15", 1, "15 is not a month"},
	{"2013/15", 1, "'2013/15' is not a financial year: the second year must be"},
	{"Q5 2013/14", 1, "'Q5 2013/14' is not a quarter: write it as 2013/14 Q1 .. Q4"},
	{"end Q2", 1, "is not a quarter"},
	{"", 1, "the date is empty"},
	{"  \t ", 0, "the date is empty"},
	{"1th April 2013", 0, "'1th April 2013' is not a date"},
	{"2st April 2013", 0, "is not a date"},
	{"11st April 2013", 0, "is not a date"},
	{"18xx April 2013", 0, "is not a date"},
	{"October", 1, "'October' has no year: write it as October 2013"},
	{"1 April", 1, "'1 April' has no year: write it as 1 April 2013"},
	{"12 June", 0, "has no year"},
	{"April 18th", 0, "'April 18th' has no year"},
	{"27/10", 1, "'27/10' is not a date"},
	{"4/14", 1, "is not a date"},
	{"by April 2013", 1, "is not a date: write a day as 18/04/2013"},
	{"April/May 2013", 1, "is not a date"},
	{"Apr 2013 to Jun 2013", 1, "is not a date"},
	{"Year 1", 1, "is not a date"},
	{"12 months", 1, "is not a date"},
	{"Apr2013", 0, "is not a date"},
	{"18//04/2013", 0, "is not a date"},
	{"18/04-2013", 0, "is not a date"},
	{"18/04/201", 0, "is not a date"},
	{"18/04/20133", 0, "is not a date"},
	{"1/4/1899", 0, "is not a date"},
	{"1/4/2200", 0, "is not a date"},
	{"1899", 1, "'1899' is not a year between 1900 and 2199"},
	{"99999999999999999999", 1, "is not a date"},
	{"2013-04-01-02", 0, "is not a date"},
	{"-2013", 1, "is not a date"},
	{"2013-", 1, "is not a date"},
	{"Foo 2013", 0, "'Foo 2013' is not a date: 'Foo' is not a month name"},
	{"Febuary 2013", 0, "'Febuary' is not a month name (write January .. December"},
	{"18 Foo 2013", 0, "'Foo' is not a month name"},
	{"from 2012", 1, "is not a date"},
	{"\xa3" "2013", 1, "'\\xA3" "2013' is not a date"},
	{"18\xc2\xa0" "April 2013", 0, "is not a date"},
};

static void test_parse(void)
{
	struct fy_settings s = fy_settings_default();
	struct pmwb_error e;
	struct date_value v;

	for (size_t i = 0; i < N(accepts); i++) {
		const struct accept *a = &accepts[i];
		v.precision = DATE_YEAR + 1;
		v.first = v.last = v.day = -1;
		err_clear(&e);
		CHECK_INT(date_parse(&s, a->text, a->allow_period, &v, &e), PMWB_OK);
		if (e.msg[0])
			fprintf(stderr, "  input: \"%s\": %s\n", a->text, e.msg);
		CHECK_INT(v.precision, a->precision);
		CHECK_INT(v.first, a->first);
		CHECK_INT(v.last, a->last);
		CHECK_INT(v.day, a->day);
	}
	for (size_t i = 0; i < N(rejects); i++) {
		const struct reject *r = &rejects[i];
		err_clear(&e);
		CHECK_INT(date_parse(&s, r->text, r->allow_period, &v, &e), PMWB_INPUT);
		CHECK_CONTAINS(e.msg, r->fragment);
	}
	CHECK_INT(date_parse(&s, "18/04/2013 ", 0, &v, &e), PMWB_OK);
	CHECK_INT(date_parse(&s, "13/15", 1, &v, &e), PMWB_INPUT);
	CHECK_CONTAINS(e.msg, "'13/15' is not a date");
	CHECK_INT(date_parse(&s, "nope", 1, &v, NULL), PMWB_INPUT);
}

static void test_start_months(void)
{
	struct fy_settings jan = {.start_month = 1}, oct = {.start_month = 10};
	struct date_value v;
	struct pmwb_error e;

	CHECK_INT(date_parse(&jan, "2013/14 Q2", 1, &v, &e), PMWB_OK);
	CHECK_INT(v.first, M(2013, 4));
	CHECK_INT(v.last, M(2013, 6));
	CHECK_INT(date_parse(&jan, "2013/14", 1, &v, &e), PMWB_OK);
	CHECK_INT(v.first, M(2013, 1));
	CHECK_INT(v.last, M(2013, 12));
	CHECK_INT(date_parse(&oct, "2013/14 Q2", 1, &v, &e), PMWB_OK);
	CHECK_INT(v.first, M(2014, 1));
	CHECK_INT(v.last, M(2014, 3));
	CHECK_INT(date_parse(&oct, "2013-14", 1, &v, &e), PMWB_OK);
	CHECK_INT(v.first, M(2013, 10));
	CHECK_INT(v.last, M(2014, 9));
	/* NULL settings are the April default. */
	CHECK_INT(date_parse(NULL, "2013/14 Q4", 1, &v, &e), PMWB_OK);
	CHECK_INT(v.first, M(2014, 1));
}

static void test_parse_day(void)
{
	struct pmwb_error e;
	int y = 0, m = 0, d = 0;

	CHECK_INT(date_parse_day("18th April 2013", &y, &m, &d, &e), PMWB_OK);
	CHECK_INT(y, 2013);
	CHECK_INT(m, 4);
	CHECK_INT(d, 18);
	CHECK_INT(date_parse_day("2014-02-28", &y, &m, &d, &e), PMWB_OK);
	CHECK_INT(y * 10000 + m * 100 + d, 20140228);
	CHECK_INT(date_parse_day("Apr 2013", &y, &m, &d, &e), PMWB_INPUT);
	CHECK_CONTAINS(e.msg, "'Apr 2013' is a month, not a day");
	CHECK_INT(date_parse_day("2013/14", &y, &m, &d, &e), PMWB_INPUT);
	CHECK_CONTAINS(e.msg, "'2013/14' is a financial year, but a day is needed here");
	CHECK_INT(date_parse_day("2012", &y, &m, &d, &e), PMWB_INPUT);
	CHECK_CONTAINS(e.msg, "a year, but a day is needed here: write it as 18/04/2013");
	/* what cannot be read asks for a day, never offers a month */
	CHECK_INT(date_parse_day("next week", &y, &m, &d, &e), PMWB_INPUT);
	CHECK_STR(e.msg, "'next week' is not a date: write a day as 18/04/2013 or 18 April 2013");
	/* a date column Excel wrote as its day count */
	CHECK_INT(date_parse_day("41729", &y, &m, &d, &e), PMWB_INPUT);
	CHECK_CONTAINS(e.msg, "'41729' is not a date but looks like Excel's number for one: format");
	CHECK_INT(date_parse_day("417290", &y, &m, &d, &e), PMWB_INPUT);
	CHECK_CONTAINS(e.msg, "'417290' is not a date: write a day");
	CHECK_INT(date_parse_day("04/31/2013", &y, &m, &d, &e), PMWB_INPUT);
	CHECK_CONTAINS(e.msg, "31 is not a month");
	CHECK_INT(date_parse_day("", &y, &m, &d, &e), PMWB_INPUT);
	CHECK_CONTAINS(e.msg, "empty");
}

static void test_quarter_months(void)
{
	struct fy_settings s = fy_settings_default();
	fy_quarter q = -1, want;
	struct pmwb_error e;

	CHECK_INT(fy_parse_quarter("2013/14 Q1", &want, &e), PMWB_OK);
	CHECK(date_parse_quarter_months(&s, "Apr-Jun 2013", &q));
	CHECK_INT(q, want);
	CHECK(date_parse_quarter_months(&s, " april - june 13 ", &q));
	CHECK_INT(q, want);
	CHECK(date_parse_quarter_months(&s, "Q1 (Apr-Jun) 2013/14", &q));
	CHECK_INT(q, want);
	CHECK_INT(fy_parse_quarter("2013/14 Q4", &want, &e), PMWB_OK);
	CHECK(date_parse_quarter_months(&s, "Jan\xe2\x80\x93Mar 2014", &q)); /* en dash */
	CHECK_INT(q, want);
	CHECK(date_parse_quarter_months(&s, "Q4 2013/14 (January-March)", &q));
	CHECK_INT(q, want);
	CHECK_INT(fy_parse_quarter("2013/14 Q3", &want, &e), PMWB_OK);
	CHECK(date_parse_quarter_months(&s, "October-December 2013", &q));
	CHECK_INT(q, want);
	/* not a quarter of the year, not three months, the wrong quarter, no year */
	CHECK(!date_parse_quarter_months(&s, "May-Jul 2013", &q));
	CHECK(!date_parse_quarter_months(&s, "Apr-May 2013", &q));
	CHECK(!date_parse_quarter_months(&s, "Nov-Jan 2014", &q));
	CHECK(!date_parse_quarter_months(&s, "Q2 (Apr-Jun) 2013/14", &q));
	CHECK(!date_parse_quarter_months(&s, "Apr-Jun", &q));
	CHECK(!date_parse_quarter_months(&s, "Apr-Jun 201", &q));
	CHECK(!date_parse_quarter_months(&s, "Apr Jun 2013", &q));
	CHECK(!date_parse_quarter_months(&s, "Scope (Apr-Jun)", &q));
	CHECK(!date_parse_quarter_months(&s, "", &q));
	/* a January start: Jan-Mar is that year's first quarter */
	s.start_month = 1;
	CHECK(date_parse_quarter_months(&s, "Jan-Mar 2014", &q));
	CHECK_INT(fy_month_year(fy_quarter_first_month(&s, q)), 2014);
	CHECK_INT(fy_month_month(fy_quarter_first_month(&s, q)), 1);
	CHECK(date_parse_quarter_months(&s, "Apr-Jun 2013", &q));
	CHECK_INT(fy_month_month(fy_quarter_first_month(&s, q)), 4);
	CHECK(!date_parse_quarter_months(&s, "Feb-Apr 2014", &q));
}

static void test_calendar(void)
{
	static const struct {
		int y, m, d;
		long days;
	} known[] = {
		{1970, 1, 1, 0},       {1970, 1, 2, 1},     {1969, 12, 31, -1},
		{2000, 3, 1, 11017},   {2013, 4, 1, 15796}, {2000, 2, 29, 11016},
		{1900, 1, 1, -25567},  {2199, 12, 31, 84005}, {2016, 2, 29, 16860},
	};
	int y, m, d;

	CHECK(date_is_leap_year(2012));
	CHECK(date_is_leap_year(2000));
	CHECK(!date_is_leap_year(1900));
	CHECK(!date_is_leap_year(2100));
	CHECK(!date_is_leap_year(2013));
	CHECK_INT(date_days_in_month(2012, 2), 29);
	CHECK_INT(date_days_in_month(2013, 2), 28);
	CHECK_INT(date_days_in_month(2100, 2), 28);
	CHECK_INT(date_days_in_month(2013, 4), 30);
	CHECK_INT(date_days_in_month(2013, 12), 31);
	CHECK_INT(date_days_in_month(2013, 0), 0);
	CHECK_INT(date_days_in_month(2013, 13), 0);
	for (size_t i = 0; i < N(known); i++) {
		CHECK_INT(date_to_days(known[i].y, known[i].m, known[i].d), known[i].days);
		date_from_days(known[i].days, &y, &m, &d);
		CHECK_INT(y, known[i].y);
		CHECK_INT(m, known[i].m);
		CHECK_INT(d, known[i].d);
	}
	/* Every day from 1900 to 2199 round-trips and follows the one before. */
	{
		long prev = date_to_days(1899, 12, 31), bad = 0;
		for (int yy = 1900; yy <= 2199; yy++)
			for (int mm = 1; mm <= 12; mm++)
				for (int dd = 1; dd <= date_days_in_month(yy, mm); dd++) {
					long t = date_to_days(yy, mm, dd);
					date_from_days(t, &y, &m, &d);
					if (t != prev + 1 || y != yy || m != mm || d != dd)
						bad++;
					prev = t;
				}
		CHECK_INT(bad, 0);
	}
	CHECK_INT(date_to_days(2014, 3, 31) - date_to_days(2013, 4, 1), 364);
}

static void test_names_and_format(void)
{
	struct fy_settings s = fy_settings_default();
	struct date_value v;
	struct pmwb_error e;
	char buf[32];
	static const struct {
		const char *text;
		int month;
	} names[] = {
		{"January", 1}, {"jan", 1}, {"FEB", 2},   {"Sept", 9}, {"sep", 9}, {"September", 9},
		{"dec", 12},    {"Ju", 0},  {"Janu", 0}, {"", 0},     {"Septe", 0}, {"Mayo", 0},
	};

	for (size_t i = 0; i < N(names); i++)
		CHECK_INT(date_month_from_name(names[i].text, strlen(names[i].text)), names[i].month);
	CHECK_STR(date_month_name(4), "April");
	CHECK_STR(date_month_abbrev(9), "Sep");
	CHECK(date_month_name(0) == NULL);
	CHECK(date_month_abbrev(13) == NULL);

	date_format_iso(2013, 4, 18, buf, 11);
	CHECK_STR(buf, "2013-04-18");
	date_format_iso(2013, 2, 29, buf, sizeof(buf));
	CHECK_STR(buf, "?");
	date_format_iso(2013, 4, 1, buf, 5);
	CHECK_STR(buf, "2013");

	static const struct {
		const char *text;
		const char *want;
	} round[] = {
		{"18th April 2013", "18 Apr 2013"}, {"Sept 2014", "Sep 2014"},
		{"Q2 2013/14", "2013/14 Q2"},       {"2013-14", "2013/14"},
		{"2012", "2012"},                   {"1/1/00", "1 Jan 2000"},
	};
	for (size_t i = 0; i < N(round); i++) {
		CHECK_INT(date_parse(&s, round[i].text, 1, &v, &e), PMWB_OK);
		date_format(&s, &v, buf, 16);
		CHECK_STR(buf, round[i].want);
		/* What we print reads back as the same value. */
		struct date_value again;
		CHECK_INT(date_parse(&s, buf, 1, &again, &e), PMWB_OK);
		CHECK(again.precision == v.precision && again.first == v.first &&
		      again.last == v.last && again.day == v.day);
	}
}

/* No byte, anywhere in a date, crashes the parser or is accepted where it should not be. */
static void test_odd_bytes(void)
{
	struct fy_settings s = fy_settings_default();
	struct pmwb_error e;
	struct date_value v;
	char buf[32];

	for (int c = 1; c < 256; c++) {
		for (int pos = 0; pos < 3; pos++) {
			enum pmwb_status st;
			if (pos == 0)
				snprintf(buf, sizeof(buf), "%c18/04/2013", c);
			else if (pos == 1)
				snprintf(buf, sizeof(buf), "18/04%c2013", c);
			else
				snprintf(buf, sizeof(buf), "18 April 2013%c", c);
			st = date_parse(&s, buf, 1, &v, &e);
			CHECK(st == PMWB_OK || (st == PMWB_INPUT && e.msg[0]));
			/* Only the one right separator, or a blank at either end, is read. */
			if (st == PMWB_OK)
				CHECK(pos == 1 ? c == '/' : strchr(" \t\r\n", c) != NULL);
			if (st == PMWB_OK)
				CHECK(v.precision == DATE_DAY && v.day == 18 && v.first == M(2013, 4));
		}
	}
	CHECK_INT(date_parse(&s, "18/04\xff" "2013", 1, &v, &e), PMWB_INPUT);
	CHECK_CONTAINS(e.msg, "\\xFF");
}

/* Due dates: dated, undated words, free text kept, and a date's shape with a wrong value
 * refused.  The free texts are the client's own milestones (data/). */
static void test_parse_due(void)
{
	static const struct {
		const char *text;
		enum date_due kind;
	} cases[] = {
		{"31/03/2014", DATE_DUE_DATED},      {"Sept 2014", DATE_DUE_DATED},
		{"2013/14 Q2", DATE_DUE_DATED},      {"2014/15", DATE_DUE_DATED},
		{"2012", DATE_DUE_DATED},            {"TBC", DATE_DUE_UNDATED},
		{"tba", DATE_DUE_UNDATED},           {"To be confirmed", DATE_DUE_UNDATED},
		{"Ongoing", DATE_DUE_UNDATED},       {"On-going", DATE_DUE_UNDATED},
		{"N/A", DATE_DUE_UNDATED},           {"-", DATE_DUE_UNDATED},
		{"", DATE_DUE_UNDATED},              {"April/May 2013", DATE_DUE_TEXT},
		{"end Q2", DATE_DUE_TEXT},           {"by Dec 2012", DATE_DUE_TEXT},
		{"12 June", DATE_DUE_TEXT},          {"1 April", DATE_DUE_TEXT},
		{"October", DATE_DUE_TEXT},          {"27/10", DATE_DUE_TEXT},
		{"4/14", DATE_DUE_TEXT},             {"during 2013", DATE_DUE_TEXT},
		{"12 months", DATE_DUE_TEXT},        {"year three (2015/16)", DATE_DUE_TEXT},
		{"contract round 12/13", DATE_DUE_TEXT},
		{"from 2012", DATE_DUE_TEXT},        {"2013-15", DATE_DUE_TEXT},
	};
	static const struct {
		const char *text, *fragment;
	} refused[] = {
		{"31/02/2014", "February 2014 has 28 days"},
		{"Q5 2013/14", "is not a quarter"},
		{"Febuary 2014", "is not a month name"},
		{"2013/15", "is not a financial year"},
		{"2014-13-01", "13 is not a month"},
	};
	struct fy_settings fs = fy_settings_default();

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		enum date_due kind = (enum date_due)-1;
		struct date_value v;
		struct pmwb_error e;
		CHECK_INT(date_parse_due(&fs, cases[i].text, &kind, &v, &e), PMWB_OK);
		CHECK_INT(kind, cases[i].kind);
	}
	for (size_t i = 0; i < sizeof(refused) / sizeof(refused[0]); i++) {
		enum date_due kind;
		struct date_value v;
		struct pmwb_error e;
		CHECK_INT(date_parse_due(&fs, refused[i].text, &kind, &v, &e), PMWB_INPUT);
		CHECK_CONTAINS(e.msg, refused[i].fragment);
	}
}

/* Only a second field that cannot be a month marks a US date; day-first or ambiguous text
 * does not. */
static void test_month_first(void)
{
	int y = 0, m = 0, d = 0;

	CHECK(date_month_first(" 03/25/2014 ", &y, &m, &d));
	CHECK_INT(y, 2014);
	CHECK_INT(m, 3);
	CHECK_INT(d, 25);
	CHECK(date_month_first("12-31-14", &y, &m, &d));
	CHECK_INT(y, 2014);
	CHECK(!date_month_first("03/04/2014", &y, &m, &d));  /* either way round */
	CHECK(!date_month_first("25/03/2014", &y, &m, &d));  /* day first */
	CHECK(!date_month_first("02/30/2014", &y, &m, &d));  /* no day either way */
	CHECK(!date_month_first("03/25-2014", &y, &m, &d));  /* separators differ */
	CHECK(!date_month_first("03/25/201", &y, &m, &d));
	CHECK(!date_month_first("03/25", &y, &m, &d));
	CHECK(!date_month_first("2014-03-25", &y, &m, &d));
	CHECK(!date_month_first("", &y, &m, &d));
}

int main(void)
{
	test_month_first();
	test_parse_due();
	test_parse();
	test_start_months();
	test_parse_day();
	test_quarter_months();
	test_calendar();
	test_names_and_format();
	test_odd_bytes();
	return check_done();
}
