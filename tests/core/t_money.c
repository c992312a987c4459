/* Money: what people type into a £ column, read exactly or refused; rounding and printing. */
#include "config.h"

#include <stdint.h>

#include "check.h"
#include "pmwb/money.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

struct accept {
	const char *text;
	enum money_unit unit;
	money_pounds want;
};

static const struct accept accepts[] = {
	{"1234", MONEY_POUNDS, 1234},
	{"1,234", MONEY_POUNDS, 1234},
	{"\xc2\xa3" "1,234", MONEY_POUNDS, 1234},
	{"-36", MONEY_POUNDS, -36},
	{"(36)", MONEY_POUNDS, -36},
	{"-\xc2\xa3" "36", MONEY_POUNDS, -36},
	{"\xc2\xa3-36", MONEY_POUNDS, -36},
	{"\xc2\xa3" "0", MONEY_POUNDS, 0},
	{"1.5", MONEY_THOUSANDS, 1500},
	{"1.41m", MONEY_POUNDS, 1410000},
	{"\xc2\xa3" "1.41m", MONEY_THOUSANDS, 1410000},
	{"250k", MONEY_POUNDS, 250000},
	{"\xc2\xa3" "250k", MONEY_MILLIONS, 250000},
	{"  1,234  ", MONEY_POUNDS, 1234},
	{"\xc2\xa0" "1,234\xc2\xa0", MONEY_POUNDS, 1234},
	/* The column's unit for a bare number. */
	{"1234", MONEY_THOUSANDS, 1234000},
	{"-1,278", MONEY_THOUSANDS, -1278000},
	{"6,532", MONEY_THOUSANDS, 6532000},
	{"2.5", MONEY_MILLIONS, 2500000},
	{"0.000001", MONEY_MILLIONS, 1},
	{"1.234", MONEY_THOUSANDS, 1234},
	{"36.00", MONEY_POUNDS, 36},
	{"1.50", MONEY_THOUSANDS, 1500},
	{"1.5000000000", MONEY_THOUSANDS, 1500},
	{"0", MONEY_POUNDS, 0},
	{"-0", MONEY_POUNDS, 0},
	{"007", MONEY_POUNDS, 7},
	{".5", MONEY_THOUSANDS, 500},
	{"+36", MONEY_POUNDS, 36},
	{"(\xc2\xa3" "36)", MONEY_POUNDS, -36},
	{"\xc2\xa3(36)", MONEY_POUNDS, -36},
	{"\xc2\xa3 ( 1,234 )", MONEY_THOUSANDS, -1234000},
	{"( 36 )", MONEY_POUNDS, -36},
	{"(1.5k)", MONEY_POUNDS, -1500},
	{"1.5 m", MONEY_POUNDS, 1500000},
	{"1.5M", MONEY_POUNDS, 1500000},
	{"10K", MONEY_POUNDS, 10000},
	{"\xc2\xa3 1,234", MONEY_POUNDS, 1234},
	{"- 36", MONEY_POUNDS, -36},
	{"GBP 6.53m", MONEY_POUNDS, 6530000},
	{"gbp1,000", MONEY_POUNDS, 1000},
	{"1,234,567", MONEY_POUNDS, 1234567},
	{"1,234,567.5", MONEY_THOUSANDS, 1234567500},
	{"123,456", MONEY_POUNDS, 123456},
	/* Excel's accounting format: zero is a dash */
	{"-", MONEY_THOUSANDS, 0},
	{" -   ", MONEY_THOUSANDS, 0},
	{"\xc2\xa3 -", MONEY_POUNDS, 0},
	{"\xc2\xa3-", MONEY_THOUSANDS, 0},
	{"\xc2\xa3   -   ", MONEY_THOUSANDS, 0},
	/* The limit itself, in each unit. */
	{"1000000000000000", MONEY_POUNDS, 1000000000000000LL},
	{"-1,000,000,000,000,000", MONEY_POUNDS, -1000000000000000LL},
	{"1000000000000", MONEY_THOUSANDS, 1000000000000000LL},
	{"1000000000", MONEY_MILLIONS, 1000000000000000LL},
	{"999999999.999999", MONEY_MILLIONS, 999999999999999LL},
};

struct reject {
	const char *text;
	enum money_unit unit;
	const char *fragment;
};

static const struct reject rejects[] = {
	{"", MONEY_POUNDS, "the amount of money is empty"},
	{"   ", MONEY_POUNDS, "the amount of money is empty"},
	{"\xc2\xa0", MONEY_POUNDS, "empty"},
	{"1.5", MONEY_POUNDS, "'1.5' is not an amount of money: it has more decimals than whole "
			      "pounds allow"},
	{"1.2345", MONEY_THOUSANDS, "more decimals than whole pounds allow"},
	{"1.4150001m", MONEY_POUNDS, "more decimals"},
	{"0.0000001", MONEY_MILLIONS, "more decimals"},
	{"36.01", MONEY_POUNDS, "more decimals"},
	{"1,23", MONEY_POUNDS, "'1,23' is not an amount of money: the thousands separators are in "
			       "the wrong place"},
	{"1,2345", MONEY_POUNDS, "thousands separators"},
	{",123", MONEY_POUNDS, "thousands separators"},
	{"1,,234", MONEY_POUNDS, "thousands separators"},
	{"1234,567", MONEY_POUNDS, "thousands separators"},
	{"12,34,567", MONEY_POUNDS, "thousands separators"},
	{"1,234,", MONEY_POUNDS, "thousands separators"},
	{"1,234.5,6", MONEY_THOUSANDS, "text after the number"},
	{"--36", MONEY_POUNDS, "two signs"},
	{"-\xc2\xa3-36", MONEY_POUNDS, "two signs"},
	{"(-36)", MONEY_POUNDS, "two signs"},
	{"+-36", MONEY_POUNDS, "two signs"},
	{"36-", MONEY_POUNDS, "sign in the wrong place"},
	{"-(36)", MONEY_POUNDS, "is not an amount of money"},
	{"(36", MONEY_POUNDS, "the bracket is not closed"},
	{"\xc2\xa3(36", MONEY_POUNDS, "the bracket is not closed"},
	{"-\xc2\xa3(36)", MONEY_POUNDS, "is not an amount of money"},
	{"(\xc2\xa3(36))", MONEY_POUNDS, "is not an amount of money"},
	{"\xc2\xa3-(36)", MONEY_POUNDS, "is not an amount of money"},
	{"36)", MONEY_POUNDS, "sign in the wrong place"},
	{"abc", MONEY_POUNDS, "'abc' is not an amount of money"},
	{"\xc2\xa3", MONEY_POUNDS, "write a number"},
	{"-\xc2\xa3", MONEY_POUNDS, "write a number"},
	{"- -", MONEY_POUNDS, "two signs"},
	{"- \xc2\xa3 -", MONEY_POUNDS, "two signs"},
	{"1.", MONEY_POUNDS, "a decimal point needs digits after it"},
	{".", MONEY_POUNDS, "decimal point"},
	{"1e6", MONEY_POUNDS, "text after the number"},
	{"1 234", MONEY_POUNDS, "text after the number"},
	{"12km", MONEY_POUNDS, "text after the number"},
	{"1.5bn", MONEY_POUNDS, "text after the number"},
	{"99999999999999999999", MONEY_POUNDS, "'99999999999999999999' is not an amount of money: "
					       "it is beyond 10^15 pounds"},
	{"-99999999999999999999", MONEY_POUNDS, "beyond 10^15"},
	{"1000000000000001", MONEY_POUNDS, "beyond 10^15"},
	{"1000000000001", MONEY_THOUSANDS, "beyond 10^15"},
	{"1000000000.000001", MONEY_MILLIONS, "beyond 10^15"},
	{"1000000000001k", MONEY_MILLIONS, "beyond"},
	{"9223372036854775808", MONEY_POUNDS, "beyond"},
	/* Large enough that multiplying by the unit first would overflow int64. */
	{"99999999999999999999m", MONEY_POUNDS, "beyond"},
	{"9999999999999999", MONEY_MILLIONS, "beyond"},
	{"18446744073709552", MONEY_MILLIONS, "beyond"},
	{"-9999999999999999.5k", MONEY_POUNDS, "beyond"},
	{"184467440737095516160000", MONEY_POUNDS, "beyond"},
	/* Windows-1252 £ (a lone A3): the importer should have converted the file. */
	{"\xa3" "1,234", MONEY_POUNDS, "the file is not UTF-8"},
	{"\xa3" "1,234", MONEY_POUNDS, "'\\xA3" "1,234'"},
	{"1,234\xff", MONEY_POUNDS, "not UTF-8"},
	{"\xc3\x28", MONEY_POUNDS, "not UTF-8"},
	{"\xe2\x82\xac" "36", MONEY_POUNDS, "only pounds"},
	{"$36", MONEY_POUNDS, "only pounds"},
	{"36 \xe2\x82\xac", MONEY_POUNDS, "only pounds"},
	{"\xc2\xa3\xc2\xa3" "36", MONEY_POUNDS, "is not an amount of money"},
	{"1\x01", MONEY_POUNDS, "'1\\x01' is not an amount of money"},
	{"36", (enum money_unit)7, "unknown money unit"},
	{"36", (enum money_unit)0, "unknown money unit"},
};

static void test_parse(void)
{
	struct pmwb_error e;
	money_pounds p;

	for (size_t i = 0; i < N(accepts); i++) {
		p = -424242;
		err_clear(&e);
		CHECK_INT(money_parse(accepts[i].text, accepts[i].unit, &p, &e), PMWB_OK);
		CHECK_INT(p, accepts[i].want);
		if (p != accepts[i].want)
			fprintf(stderr, "  input \"%s\": %s\n", accepts[i].text, e.msg);
	}
	for (size_t i = 0; i < N(rejects); i++) {
		p = -424242;
		err_clear(&e);
		CHECK_INT(money_parse(rejects[i].text, rejects[i].unit, &p, &e), PMWB_INPUT);
		CHECK_CONTAINS(e.msg, rejects[i].fragment);
		CHECK_INT(p, -424242); /* untouched on failure */
	}
	CHECK_INT(money_parse("x", MONEY_POUNDS, &p, NULL), PMWB_INPUT);
}

/* Any single byte, alone or inside a number, is read or refused; nothing crashes. */
static void test_odd_bytes(void)
{
	struct pmwb_error e;
	money_pounds p;
	char buf[16];

	for (int c = 1; c < 256; c++) {
		enum pmwb_status st;

		snprintf(buf, sizeof(buf), "%c", c);
		st = money_parse(buf, MONEY_THOUSANDS, &p, &e);
		CHECK(st == PMWB_INPUT || (c >= '0' && c <= '9') || c == '-'); /* "-": zero */
		snprintf(buf, sizeof(buf), "1%c234", c);
		st = money_parse(buf, MONEY_POUNDS, &p, &e);
		CHECK(st == PMWB_INPUT || (c >= '0' && c <= '9') || c == ',' || c == '.');
		if (st == PMWB_INPUT)
			CHECK(e.msg[0] != '\0');
		snprintf(buf, sizeof(buf), "\xc2%c5", c);
		st = money_parse(buf, MONEY_POUNDS, &p, &e);
		CHECK(st == PMWB_INPUT || c == 0xa3 || c == 0xa0);
	}
}

static void test_round(void)
{
	static const struct {
		money_pounds p;
		enum money_unit unit;
		int64_t want;
	} cases[] = {
		{1500, MONEY_THOUSANDS, 2},     {-1500, MONEY_THOUSANDS, -2},
		{1499, MONEY_THOUSANDS, 1},     {-1499, MONEY_THOUSANDS, -1},
		{2500, MONEY_THOUSANDS, 3},     {-2500, MONEY_THOUSANDS, -3},
		{500, MONEY_THOUSANDS, 1},      {-500, MONEY_THOUSANDS, -1},
		{499, MONEY_THOUSANDS, 0},      {-499, MONEY_THOUSANDS, 0},
		{0, MONEY_THOUSANDS, 0},        {6532000, MONEY_THOUSANDS, 6532},
		{1410000, MONEY_MILLIONS, 1},   {1500000, MONEY_MILLIONS, 2},
		{-1500000, MONEY_MILLIONS, -2}, {1234, MONEY_POUNDS, 1234},
		{-7, MONEY_POUNDS, -7},         {INT64_MAX, MONEY_THOUSANDS, 9223372036854776LL},
		{INT64_MIN, MONEY_THOUSANDS, -9223372036854776LL},
		{INT64_MIN, MONEY_POUNDS, INT64_MIN},
	};
	for (size_t i = 0; i < N(cases); i++)
		CHECK_INT(money_round_to(cases[i].p, cases[i].unit), cases[i].want);
	CHECK_INT(money_round_to(1234, (enum money_unit)0), 1234);
}

static void test_format(void)
{
	static const struct {
		money_pounds p;
		enum money_unit unit;
		const char *want;
	} plain[] = {
		{6532000, MONEY_THOUSANDS, "6,532"},
		{-1278000, MONEY_THOUSANDS, "-1,278"},
		{0, MONEY_THOUSANDS, "0"},
		{499, MONEY_THOUSANDS, "0"},
		{-499, MONEY_THOUSANDS, "0"},
		{-500, MONEY_THOUSANDS, "-1"},
		{999, MONEY_POUNDS, "999"},
		{1000, MONEY_POUNDS, "1,000"},
		{-100000, MONEY_POUNDS, "-100,000"},
		{1234567, MONEY_POUNDS, "1,234,567"},
		{1000000000000000LL, MONEY_POUNDS, "1,000,000,000,000,000"},
		{INT64_MAX, MONEY_POUNDS, "9,223,372,036,854,775,807"},
		{INT64_MIN, MONEY_POUNDS, "-9,223,372,036,854,775,808"},
		{1410000, MONEY_MILLIONS, "1"},
	};
	static const struct {
		money_pounds p;
		int ascii;
		const char *want;
	} millions[] = {
		{6532000, 0, "\xc2\xa3" "6.53m"},
		{6535000, 0, "\xc2\xa3" "6.54m"},
		{6534999, 0, "\xc2\xa3" "6.53m"},
		{-6535000, 0, "-\xc2\xa3" "6.54m"},
		{-6534999, 0, "-\xc2\xa3" "6.53m"},
		{6532000, 1, "GBP 6.53m"},
		{0, 0, "\xc2\xa3" "0.00m"},
		{-4999, 0, "\xc2\xa3" "0.00m"},
		{-5000, 1, "-GBP 0.01m"},
		{50000, 1, "GBP 0.05m"},
		{1234560000, 1, "GBP 1,234.56m"},
		{1000000000000000LL, 1, "GBP 1,000,000,000.00m"},
		{INT64_MIN, 1, "-GBP 9,223,372,036,854.78m"},
		{INT64_MAX, 1, "GBP 9,223,372,036,854.78m"},
	};
	char buf[40];

	for (size_t i = 0; i < N(plain); i++) {
		money_format(plain[i].p, plain[i].unit, buf, 32);
		CHECK_STR(buf, plain[i].want);
	}
	for (size_t i = 0; i < N(millions); i++) {
		money_format_millions(millions[i].p, millions[i].ascii, buf, 32);
		CHECK_STR(buf, millions[i].want);
	}
	money_format(1234567, MONEY_POUNDS, buf, 4);
	CHECK_STR(buf, "1,2");
	/* What money_format prints, money_parse reads back in the same unit (to the unit). */
	for (money_pounds p = -3000000; p <= 3000000; p += 12345) {
		money_pounds back;
		struct pmwb_error e;
		money_format(p, MONEY_THOUSANDS, buf, sizeof(buf));
		CHECK(money_parse(buf, MONEY_THOUSANDS, &back, &e) == PMWB_OK &&
		      back == money_round_to(p, MONEY_THOUSANDS) * 1000);
		money_format_millions(p, 0, buf, sizeof(buf));
		CHECK(money_parse(buf, MONEY_POUNDS, &back, &e) == PMWB_OK &&
		      back == (p >= 0 ? p + 5000 : p - 5000) / 10000 * 10000);
	}
}

#define POUND "\xc2\xa3"

/* Units a header states, as sheets write them; 0: none stated. */
static void test_header_unit(void)
{
	static const struct {
		const char *header;
		int unit;
		const char *rest;
	} cases[] = {
		{"Plan 2013/14 (" POUND ")", MONEY_POUNDS, "Plan 2013/14 ()"},
		{"Plan 2013/14 " POUND "'000", MONEY_THOUSANDS, "Plan 2013/14 "},
		{"Plan 2013/14 " POUND "\xe2\x80\x99" "000", MONEY_THOUSANDS, "Plan 2013/14 "},
		{"Forecast " POUND "000s", MONEY_THOUSANDS, "Forecast "},
		{"Forecast " POUND " 000", MONEY_THOUSANDS, "Forecast "},
		{"Actual " POUND "k", MONEY_THOUSANDS, "Actual "},
		{"Actual (" POUND "K)", MONEY_THOUSANDS, "Actual ()"},
		{"2013/14 (" POUND "m)", MONEY_MILLIONS, "2013/14 ()"},
		{"2013/14 " POUND " millions", MONEY_MILLIONS, "2013/14 "},
		{"2013/14 " POUND "000,000", MONEY_MILLIONS, "2013/14 "},
		{"Plan, GBP thousands", MONEY_THOUSANDS, "Plan, "},
		{"Plan GBP'000", MONEY_THOUSANDS, "Plan "},
		{"Plan GBPm", MONEY_MILLIONS, "Plan "},
		{"Plan (GBP)", MONEY_POUNDS, "Plan ()"},
		{"Value in pounds", MONEY_POUNDS, "Value in "},
		{"Value (thousands)", MONEY_THOUSANDS, "Value ()"},
		{"Value '000", MONEY_THOUSANDS, "Value "},
		{"Value (000s)", MONEY_THOUSANDS, "Value ()"},
		{"Value in millions", MONEY_MILLIONS, "Value in "},
		{POUND "m 2013/14 (" POUND "m)", MONEY_MILLIONS, " 2013/14 ()"},
		/* no unit: the kind's own */
		{"fy2013_14_plan_k", 0, "fy2013_14_plan_k"},
		{"Plan 2013/14", 0, "Plan 2013/14"},
		{"Milestone", 0, "Milestone"},
		{"2013/14 000", 0, "2013/14 000"},
		{"Gbpx", 0, "Gbpx"},
	};
	static const struct {
		const char *header, *fragment;
	} refused[] = {
		{"Plan " POUND "bn", "a unit pmwb does not read"},
		{"Plan (pence)", "a unit pmwb does not read"},
		{"Plan " POUND "'000 (" POUND "m)", "two units, " POUND "'000 and " POUND "m"},
		{"Plan " POUND " (thousands)", "two units"},
	};
	for (size_t i = 0; i < N(cases); i++) {
		enum money_unit u = (enum money_unit)-1;
		struct pmwb_error e;
		char rest[64];
		CHECK_INT(money_unit_from_header(cases[i].header, &u, rest, sizeof(rest), &e), PMWB_OK);
		CHECK_INT(u, cases[i].unit);
		CHECK_STR(rest, cases[i].rest);
	}
	for (size_t i = 0; i < N(refused); i++) {
		enum money_unit u;
		struct pmwb_error e;
		CHECK_INT(money_unit_from_header(refused[i].header, &u, NULL, 0, &e), PMWB_INPUT);
		CHECK_CONTAINS(e.msg, refused[i].fragment);
		CHECK_CONTAINS(e.msg, refused[i].header);
	}
	CHECK_STR(money_unit_name(MONEY_POUNDS), POUND);
	CHECK_STR(money_unit_name(MONEY_THOUSANDS), POUND "'000");
	CHECK_STR(money_unit_name(MONEY_MILLIONS), POUND "m");
	CHECK_STR(money_unit_name((enum money_unit)7), "?");
}

int main(void)
{
	test_header_unit();
	test_parse();
	test_odd_bytes();
	test_round();
	test_format();
	return check_done();
}
