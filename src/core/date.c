#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pmwb/date.h"
#include "pmwb/nearest.h"
#include "pmwb/text.h"
#include "scan.h"

static const char *const month_names[12] = {
	"January", "February", "March",     "April",   "May",      "June",
	"July",    "August",   "September", "October", "November", "December",
};

static const char *const month_abbrevs[12] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};

int date_month_from_name(const char *s, size_t len)
{
	for (int m = 0; m < 12; m++)
		if (text_equal_nocase(s, len, month_names[m]) ||
		    text_equal_nocase(s, len, month_abbrevs[m]))
			return m + 1;
	return text_equal_nocase(s, len, "Sept") ? 9 : 0;
}

const char *date_month_name(int month)
{
	return month >= 1 && month <= 12 ? month_names[month - 1] : NULL;
}

const char *date_month_abbrev(int month)
{
	return month >= 1 && month <= 12 ? month_abbrevs[month - 1] : NULL;
}

int date_is_leap_year(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int date_days_in_month(int year, int month)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (month < 1 || month > 12)
		return 0;
	return month == 2 && date_is_leap_year(year) ? 29 : days[month - 1];
}

/* Days from civil, counting in 400-year eras that start on 1 March so that the leap day is
 * the last day of the year (H. Hinnant's method). */
long date_to_days(int year, int month, int day)
{
	long y = (long)year - (month <= 2);
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long mp = (month + 9) % 12;
	long doy = (153 * mp + 2) / 5 + day - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

void date_from_days(long days, int *year, int *month, int *day)
{
	long z = days + 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	long m = mp < 10 ? mp + 3 : mp - 9;

	*day = (int)(doy - (153 * mp + 2) / 5 + 1);
	*month = (int)m;
	*year = (int)(yoe + era * 400 + (m <= 2));
}

void date_format_iso(int year, int month, int day, char *buf, unsigned size)
{
	if (size == 0)
		return;
	if (year < 0 || year > 9999 || month < 1 || month > 12 || day < 1 ||
	    day > date_days_in_month(year, month))
		snprintf(buf, size, "?");
	else
		snprintf(buf, size, "%04d-%02d-%02d", year, month, day);
}

void date_format(const struct fy_settings *s, const struct date_value *v, char *buf,
		 unsigned size)
{
	int year = fy_month_year(v->first), month = fy_month_month(v->first);

	if (size == 0)
		return;
	switch (v->precision) {
	case DATE_DAY:
		snprintf(buf, size, "%d %s %04d", v->day, month_abbrevs[month - 1], year);
		break;
	case DATE_MONTH:
		snprintf(buf, size, "%s %04d", month_abbrevs[month - 1], year);
		break;
	case DATE_QUARTER:
		fy_quarter_format(fy_quarter_of_month(s, v->first), buf, size);
		break;
	case DATE_FY:
		fy_format(fy_of_month(s, v->first), buf, size);
		break;
	case DATE_YEAR:
		snprintf(buf, size, "%04d", year);
		break;
	default:
		snprintf(buf, size, "?");
	}
}

/* The text is cut into at most four numbers and words; what separates them is kept, because
 * "2013-04" and "2013/04" mean different things. */
enum tok_kind { TOK_NUM, TOK_WORD };

struct tok {
	enum tok_kind kind;
	const char *s; /* digits or letters */
	size_t len;
	int value;     /* TOK_NUM: the value of its first four digits */
	const char *suffix; /* TOK_NUM: letters written straight after ("18th"), or NULL */
	size_t suffix_len;
	char sep; /* before this token: 0 (first), ' ' (blanks only) or the one mark */
};

#define MAX_TOKS 4

static int is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static int is_letter(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_mark(char c)
{
	return c == '-' || c == '/' || c == '.' || c == ',' || c == '_';
}

/* 0 when the text has a character no date uses, too many parts, or two marks in a row. */
static int tokenize(const char *s, size_t n, struct tok *t, int *count)
{
	size_t i = 0;
	int k = 0;

	while (i < n) {
		char sep = 0;
		int blanks = 0;

		for (;;) {
			if (i < n && (s[i] == ' ' || s[i] == '\t')) {
				blanks = 1;
				i++;
			} else if (i < n && is_mark(s[i])) {
				if (sep)
					return 0;
				sep = s[i++];
			} else if (i + 2 < n && (unsigned char)s[i] == 0xe2 &&
				   (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x93) {
				if (sep)
					return 0;
				sep = '-';
				i += 3;
			} else {
				break;
			}
		}
		if (!sep && blanks)
			sep = ' ';
		if (i == n || k == MAX_TOKS || (k == 0 && sep))
			return 0;
		t[k].sep = sep;
		t[k].s = s + i;
		t[k].suffix = NULL;
		t[k].suffix_len = 0;
		t[k].value = 0;
		if (is_digit((unsigned char)s[i])) {
			t[k].kind = TOK_NUM;
			while (i < n && is_digit((unsigned char)s[i])) {
				if (i - (size_t)(t[k].s - s) < 4)
					t[k].value = t[k].value * 10 + (s[i] - '0');
				i++;
			}
			t[k].len = (size_t)(s + i - t[k].s);
			if (i < n && is_letter((unsigned char)s[i])) {
				t[k].suffix = s + i;
				while (i < n && is_letter((unsigned char)s[i]))
					i++;
				t[k].suffix_len = (size_t)(s + i - t[k].suffix);
			}
		} else if (is_letter((unsigned char)s[i])) {
			t[k].kind = TOK_WORD;
			while (i < n && is_letter((unsigned char)s[i]))
				i++;
			t[k].len = (size_t)(s + i - t[k].s);
		} else {
			return 0;
		}
		/* A word straight after a number is its suffix; a number straight after a word or
		 * number without a mark between ("Apr2013") is not a date form people use. */
		if (k > 0 && !t[k].sep)
			return 0;
		k++;
	}
	*count = k;
	return k > 0;
}

/* Ordinal suffixes must agree with the number: "1st", "22nd", "13th"; "1th" is a typo whose
 * meaning we will not guess. */
static int suffix_ok(const struct tok *t)
{
	const char *want;
	int v = t->value;

	if (!t->suffix)
		return 1;
	if (v % 100 >= 11 && v % 100 <= 13)
		want = "th";
	else if (v % 10 == 1)
		want = "st";
	else if (v % 10 == 2)
		want = "nd";
	else if (v % 10 == 3)
		want = "rd";
	else
		want = "th";
	return text_equal_nocase(t->suffix, t->suffix_len, want);
}

static int plain_num(const struct tok *t)
{
	return t->kind == TOK_NUM && !t->suffix;
}

/* A year written with 4 digits, or 2 meaning 20yy; 0 when it is neither or out of range. */
static int year_of(const struct tok *t)
{
	int y;

	if (!plain_num(t) || (t->len != 2 && t->len != 4))
		return 0;
	y = t->len == 2 ? 2000 + t->value : t->value;
	return y >= FY_MIN_YEAR && y <= FY_MAX_YEAR ? y : 0;
}

/* A day or month number: 1 or 2 digits. */
static int small_of(const struct tok *t)
{
	return t->kind == TOK_NUM && t->len <= 2 ? t->value : 0;
}

struct ctx {
	const struct fy_settings *s;
	int allow_period;
	int day_only; /* date_parse_day: the messages ask for a day */
	struct date_value *out;
	struct pmwb_error *e;
	char q[TEXT_QUOTE_MAX];
	/* set when the text is not shaped as any date pmwb reads (as against a date's shape
	 * with a wrong value, "31/02/2014"): date_parse_due keeps such text as written */
	int vague;
};

/* Five digits alone: what Excel stores for a date (days since 1900), written to CSV when the
 * column was not formatted as a date.  Not converted: a Mac workbook counts from 1904. */
static int looks_like_excel_serial(const char *q)
{
	for (int i = 0; i < 5; i++)
		if (!is_digit((unsigned char)q[i]))
			return 0;
	return q[5] == '\0';
}

static enum pmwb_status unreadable(struct ctx *c)
{
	c->vague = 1;
	if (looks_like_excel_serial(c->q))
		return err_set(c->e, PMWB_INPUT,
			       "'%s' is not a date but looks like Excel's number for one: format "
			       "the column as a date (18/04/2013) in Excel before saving as CSV",
			       c->q);
	if (c->day_only)
		return err_set(c->e, PMWB_INPUT,
			       "'%s' is not a date: write a day as 18/04/2013 or 18 April 2013", c->q);
	if (c->allow_period)
		return err_set(c->e, PMWB_INPUT,
			       "'%s' is not a date: write a day as 18/04/2013 or 18 April 2013, a "
			       "month as April 2013, a quarter as 2013/14 Q1, a financial year as "
			       "2013/14 or a year as 2013",
			       c->q);
	return err_set(c->e, PMWB_INPUT,
		       "'%s' is not a date: write a day as 18/04/2013 or 18 April 2013, or a month "
		       "as April 2013",
		       c->q);
}

static enum pmwb_status period_not_allowed(struct ctx *c, const char *what)
{
	if (c->day_only)
		return err_set(c->e, PMWB_INPUT,
			       "'%s' is %s, but a day is needed here: write it as 18/04/2013", c->q,
			       what);
	return err_set(c->e, PMWB_INPUT,
		       "'%s' is %s, but a day or month is needed here: write it as 18/04/2013 or "
		       "April 2013",
		       c->q, what);
}

static enum pmwb_status set_day(struct ctx *c, int year, int month, int day)
{
	if (month < 1 || month > 12) {
		if (day >= 1 && day <= 12 && month <= 31)
			return err_set(c->e, PMWB_INPUT,
				       "'%s' is not a date: %d is not a month (dates are day first, "
				       "as in 30/04/2013)",
				       c->q, month);
		return err_set(c->e, PMWB_INPUT, "'%s' is not a date: %d is not a month", c->q,
			       month);
	}
	if (day < 1 || day > date_days_in_month(year, month))
		return err_set(c->e, PMWB_INPUT, "'%s' is not a date: %s %d has %d days", c->q,
			       month_names[month - 1], year, date_days_in_month(year, month));
	c->out->precision = DATE_DAY;
	c->out->first = c->out->last = fy_month_make(year, month);
	c->out->day = day;
	return PMWB_OK;
}

static enum pmwb_status set_month(struct ctx *c, int year, int month)
{
	c->out->precision = DATE_MONTH;
	c->out->first = c->out->last = fy_month_make(year, month);
	c->out->day = 0;
	return PMWB_OK;
}

static enum pmwb_status set_fy(struct ctx *c, int fy)
{
	if (!c->allow_period)
		return period_not_allowed(c, "a financial year");
	c->out->precision = DATE_FY;
	c->out->first = fy_first_month(c->s, fy);
	c->out->last = c->out->first + 11;
	c->out->day = 0;
	return PMWB_OK;
}

/* "2013-04" or "2013-14": a month when the second number is 01-12, a FY when it is the next
 * year's last two digits, and neither guessed when it could be both ("2011-12"). */
static enum pmwb_status year_dash(struct ctx *c, const struct tok *t)
{
	int year = year_of(&t[0]), second = t[1].value;
	int as_month = t[1].len <= 2 && second >= 1 && second <= 12;
	int as_fy = t[1].len == 2 && second == (year + 1) % 100 && year <= FY_MAX_YEAR;

	if (as_month && as_fy && c->allow_period)
		return err_set(c->e, PMWB_INPUT,
			       "'%s' could be %s %d or the financial year %d/%02d: write %s %d for "
			       "the month or %d/%02d for the year",
			       c->q, month_names[second - 1], year, year, second,
			       month_abbrevs[second - 1], year, year, second);
	if (as_month)
		return set_month(c, year, second);
	if (as_fy)
		return set_fy(c, year);
	if (t[1].len == 4 && t[1].value == year + 1)
		return set_fy(c, year);
	/* "2013-15" may be a span of years: vague, kept as written where text may be */
	c->vague = t[1].len == 2 && second > (year + 1) % 100 && second > 12;
	if (t[1].len <= 2)
		return err_set(c->e, PMWB_INPUT,
			       "'%s' is not a date: %d is not a month, and a financial year's second "
			       "year must follow the first (write %d-04 for a month or %d/%02d for "
			       "the year)",
			       c->q, second, year, year, (year + 1) % 100);
	return unreadable(c);
}

/* "Febuary 2013": the year is there, so the word was meant as a month.  Unless it is far
 * from every month's name ("during 2013"): words about a year, which a milestone's due date
 * keeps as written (vague). */
static enum pmwb_status not_a_month(struct ctx *c, const struct tok *w)
{
	char q[TEXT_QUOTE_MAX];
	struct nearest near;

	text_quote(q, sizeof(q), w->s, w->len);
	nearest_init(&near, q);
	for (int m = 0; m < 12; m++)
		nearest_offer(&near, month_names[m], strlen(month_names[m]));
	c->vague = nearest_best(&near) == NULL;
	return err_set(c->e, PMWB_INPUT,
		       "'%s' is not a date: '%s' is not a month name (write January .. December, "
		       "Jan .. Dec or Sept)",
		       c->q, q);
}

static enum pmwb_status two_tokens(struct ctx *c, const struct tok *t)
{
	int year, month;

	if (t[0].kind == TOK_WORD && t[0].len >= 3 && !date_month_from_name(t[0].s, t[0].len) &&
	    t[1].kind == TOK_NUM && t[1].len == 4 && year_of(&t[1]))
		return not_a_month(c, &t[0]);

	if (t[0].kind == TOK_WORD && (month = date_month_from_name(t[0].s, t[0].len)) > 0) {
		if ((year = year_of(&t[1])) > 0)
			return set_month(c, year, month);
		c->vague = t[1].kind == TOK_NUM && t[1].len <= 2 && t[1].suffix;
		if (c->vague)
			return err_set(c->e, PMWB_INPUT,
				       "'%s' has no year: write it as %.*s %d 2013", c->q,
				       (int)t[0].len, t[0].s, t[1].value);
		return unreadable(c);
	}
	if (t[0].kind == TOK_NUM && t[0].len <= 2 && t[1].kind == TOK_WORD &&
	    date_month_from_name(t[1].s, t[1].len) > 0) {
		c->vague = 1; /* "12 June": no year, so no date, but words about one */
		return err_set(c->e, PMWB_INPUT, "'%s' has no year: write it as %.*s 2013", c->q,
			       (int)(t[1].s + t[1].len - t[0].s), t[0].s);
	}
	if (plain_num(&t[0]) && plain_num(&t[1]) && t[0].len == 4 && t[1].sep == '-' &&
	    year_of(&t[0]))
		return year_dash(c, t);
	return unreadable(c);
}

static enum pmwb_status three_tokens(struct ctx *c, const struct tok *t)
{
	int year, month, day;

	/* ISO 2013-04-18. */
	if (plain_num(&t[0]) && t[0].len == 4 && t[1].sep == '-' && t[2].sep == '-' &&
	    plain_num(&t[1]) && plain_num(&t[2]) && t[1].len <= 2 && t[2].len <= 2) {
		if (!(year = year_of(&t[0])))
			return unreadable(c);
		return set_day(c, year, t[1].value, t[2].value);
	}
	/* UK day first: 18/04/2013, 1/4/13, 18-04-2013, 18.04.2013. */
	if (plain_num(&t[0]) && plain_num(&t[1]) && t[0].len <= 2 && t[1].len <= 2 &&
	    t[1].sep == t[2].sep && (t[1].sep == '/' || t[1].sep == '-' || t[1].sep == '.')) {
		if (!(year = year_of(&t[2])))
			return unreadable(c);
		return set_day(c, year, t[1].value, t[0].value);
	}
	/* 18th April 2013, 1 Apr 2013, 01-Sep-13. */
	if (t[0].kind == TOK_NUM && t[0].len <= 2 && t[1].kind == TOK_WORD &&
	    (month = date_month_from_name(t[1].s, t[1].len)) > 0 && (year = year_of(&t[2])) > 0) {
		if (!suffix_ok(&t[0]))
			return unreadable(c);
		return set_day(c, year, month, t[0].value);
	}
	if (t[0].kind == TOK_NUM && t[0].len <= 2 && t[1].kind == TOK_WORD && t[1].len >= 3 &&
	    !date_month_from_name(t[1].s, t[1].len) && year_of(&t[2]))
		return not_a_month(c, &t[1]);
	/* April 18th, 2013 / April 18 2013: the month name makes the order clear. */
	if (t[0].kind == TOK_WORD && (month = date_month_from_name(t[0].s, t[0].len)) > 0 &&
	    (day = small_of(&t[1])) > 0 && t[2].len == 4 && (year = year_of(&t[2])) > 0) {
		if (!suffix_ok(&t[1]))
			return unreadable(c);
		return set_day(c, year, month, day);
	}
	return unreadable(c);
}

/* "Q1" / "q4" at s[0..2) not followed by a digit. */
static int quarter_at(const char *s, size_t n)
{
	return n >= 2 && (s[0] == 'Q' || s[0] == 'q') && is_digit((unsigned char)s[1]) &&
	       (n == 2 || !is_digit((unsigned char)s[2]));
}

/* Letters other than a quarter's Q and a FY's "FY": "end Q2", "by Q3 2013/14". */
static int has_words(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		size_t j = i;
		while (j < n && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z')))
			j++;
		if (j - i >= 2 && !(j - i == 2 && text_equal_nocase(s + i, 2, "FY")))
			return 1;
		i = j > i ? j - 1 : i;
	}
	return 0;
}

static enum pmwb_status parse_shaped(struct ctx *c, const char *text, struct date_value *out,
				     struct pmwb_error *e);

static enum pmwb_status parse(const struct fy_settings *s, const char *text, int allow_period,
			      int day_only, struct date_value *out, int *vague,
			      struct pmwb_error *e)
{
	struct ctx c = {.s = s, .allow_period = allow_period, .day_only = day_only, .out = out,
			.e = e};
	enum pmwb_status st = parse_shaped(&c, text, out, e);

	if (vague)
		*vague = st != PMWB_OK && c.vague;
	return st;
}

static enum pmwb_status parse_shaped(struct ctx *c, const char *text, struct date_value *out,
				     struct pmwb_error *e)
{
	const struct fy_settings *s = c->s;
	int allow_period = c->allow_period;
	struct tok t[MAX_TOKS];
	const char *why;
	size_t n;
	const char *str = text_trim(text, &n);
	int count, fy, year;
	fy_quarter qo;

	if (n == 0)
		return err_set(e, PMWB_INPUT,
			       "the date is empty: write it as 18/04/2013 or April 2013");
	text_quote(c->q, sizeof(c->q), str, n);

	if (quarter_at(str, n) || (n > 2 && quarter_at(str + n - 2, 2))) {
		if (!fy_scan_quarter(str, n, &qo, &why)) {
			c->vague = has_words(str, n); /* "end Q2": words about a quarter */
			return err_set(e, PMWB_INPUT, "'%s' is not a quarter: %s", c->q, why);
		}
		if (!allow_period)
			return period_not_allowed(c, "a quarter");
		out->precision = DATE_QUARTER;
		out->first = fy_quarter_first_month(s, qo);
		out->last = out->first + 2;
		out->day = 0;
		return PMWB_OK;
	}
	if (n > 2 && (str[0] == 'F' || str[0] == 'f') && (str[1] == 'Y' || str[1] == 'y') &&
	    (is_digit((unsigned char)str[2]) || str[2] == ' ')) {
		if (!fy_scan(str, n, &fy, &why))
			return err_set(e, PMWB_INPUT, "'%s' is not a financial year: %s", c->q, why);
		return set_fy(c, fy);
	}
	if (!tokenize(str, n, t, &count))
		return unreadable(c);
	if (count == 1 && t[0].kind == TOK_NUM && t[0].len == 4 && !t[0].suffix) {
		if (!(year = year_of(&t[0])))
			return err_set(e, PMWB_INPUT, "'%s' is not a year between %d and %d", c->q,
				       FY_MIN_YEAR, FY_MAX_YEAR);
		if (!allow_period)
			return period_not_allowed(c, "a year");
		out->precision = DATE_YEAR;
		out->first = fy_month_make(year, 1);
		out->last = fy_month_make(year, 12);
		out->day = 0;
		return PMWB_OK;
	}
	if (count == 1 && t[0].kind == TOK_WORD && date_month_from_name(t[0].s, t[0].len)) {
		c->vague = 1;
		return err_set(e, PMWB_INPUT, "'%s' has no year: write it as %s 2013", c->q, c->q);
	}
	/* "2013/14", "13/14", "2013-2014", "2013_14": a FY, except where year_dash must decide
	 * between a month and a FY. */
	if (count == 2 && plain_num(&t[0]) && plain_num(&t[1]) &&
	    !(t[1].sep == '-' && t[0].len == 4 && t[1].len <= 2)) {
		if (fy_scan(str, n, &fy, &why))
			return set_fy(c, fy);
		/* Only a four-digit first year says "financial year" clearly enough to explain
		 * the FY rules; "27/10" is more likely a day without its year. */
		if (t[1].sep == '/' && t[0].len == 4 && (t[1].len == 2 || t[1].len == 4))
			return err_set(e, PMWB_INPUT, "'%s' is not a financial year: %s", c->q, why);
		return unreadable(c);
	}
	if (count == 2)
		return two_tokens(c, t);
	if (count == 3)
		return three_tokens(c, t);
	return unreadable(c);
}

enum pmwb_status date_parse(const struct fy_settings *s, const char *text, int allow_period,
			    struct date_value *out, struct pmwb_error *e)
{
	return parse(s, text, allow_period, 0, out, NULL, e);
}

/* Words plans write for a date not yet known, once case and punctuation are gone. */
static int undated_word(const char *text)
{
	static const char *const words[] = {
		"tbc", "tba", "tbd", "tobeconfirmed", "tobeagreed", "tobedecided", "tobedetermined",
		"ongoing", "continuous", "continuing", "na", "none", "various", "",
	};
	char fold[32];
	size_t len = strlen(text);

	if (len >= sizeof(fold))
		return 0;
	text_fold(text, len, fold, sizeof(fold));
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strcmp(fold, words[i]) == 0)
			return 1;
	return 0;
}

enum pmwb_status date_parse_due(const struct fy_settings *s, const char *text,
				enum date_due *kind, struct date_value *out, struct pmwb_error *e)
{
	int vague = 0;
	size_t n;

	text_trim(text, &n);
	if (n == 0 || undated_word(text)) {
		*kind = DATE_DUE_UNDATED;
		return PMWB_OK;
	}
	if (parse(s, text, 1, 0, out, &vague, e) == PMWB_OK) {
		*kind = DATE_DUE_DATED;
		return PMWB_OK;
	}
	if (!vague)
		return PMWB_INPUT;
	*kind = DATE_DUE_TEXT;
	return PMWB_OK;
}

enum pmwb_status date_parse_day(const char *text, int *year, int *month, int *day,
				struct pmwb_error *e)
{
	struct date_value v;
	enum pmwb_status st = parse(NULL, text, 0, 1, &v, NULL, e);
	char q[TEXT_QUOTE_MAX];
	size_t n;
	const char *s;

	if (st != PMWB_OK)
		return st;
	if (v.precision != DATE_DAY) {
		s = text_trim(text, &n);
		text_quote(q, sizeof(q), s, n);
		return err_set(e, PMWB_INPUT,
			       "'%s' is a month, not a day: write the day too, as 18/04/2013", q);
	}
	*year = fy_month_year(v.first);
	*month = fy_month_month(v.first);
	*day = v.day;
	return PMWB_OK;
}

/* Digits at t[*i..n): their value (*i past them) and how many there were. */
static int take_number(const char *t, size_t n, size_t *i, int *value)
{
	int digits = 0;

	*value = 0;
	for (; *i < n && is_digit((unsigned char)t[*i]) && digits < 5; (*i)++, digits++)
		*value = *value * 10 + (t[*i] - '0');
	return digits;
}

int date_month_first(const char *text, int *year, int *month, int *day)
{
	size_t n, i = 0;
	const char *t = text_trim(text, &n);
	int a, b, y, yd;
	char sep;

	if (take_number(t, n, &i, &a) < 1 || i >= n || (t[i] != '/' && t[i] != '-' && t[i] != '.'))
		return 0;
	sep = t[i++];
	if (take_number(t, n, &i, &b) < 1 || i >= n || t[i] != sep)
		return 0;
	i++;
	yd = take_number(t, n, &i, &y);
	if (i != n || (yd != 2 && yd != 4))
		return 0;
	if (yd == 2)
		y += 2000;
	if (a < 1 || a > 12 || b <= 12 || b > date_days_in_month(y, a))
		return 0;
	*year = y;
	*month = a;
	*day = b;
	return 1;
}

/* A month's name at t[*i..n), blanks around it skipped: its number (*i past it), or 0. */
static int take_month_name(const char *t, size_t n, size_t *i)
{
	size_t from;
	int month;

	while (*i < n && t[*i] == ' ')
		(*i)++;
	for (from = *i; *i < n && ((t[*i] | 0x20) >= 'a' && (t[*i] | 0x20) <= 'z'); (*i)++)
		;
	month = date_month_from_name(t + from, *i - from);
	while (*i < n && t[*i] == ' ')
		(*i)++;
	return month;
}

/* "Apr-Jun", "April - June", "Jan\xe2\x80\x93Mar" at t[0..n): the first and last month's
 * numbers, or 0. */
static int month_range(const char *t, size_t n, int *m1, int *m2)
{
	size_t i = 0;

	if (!(*m1 = take_month_name(t, n, &i)))
		return 0;
	if (i < n && t[i] == '-')
		i++;
	else if (i + 3 <= n && memcmp(t + i, "\xe2\x80\x93", 3) == 0)
		i += 3;
	else
		return 0;
	return (*m2 = take_month_name(t, n, &i)) != 0 && i == n;
}

int date_parse_quarter_months(const struct fy_settings *s, const char *text, fy_quarter *q)
{
	size_t n;
	const char *t = text_trim(text, &n);
	const char *open = memchr(t, '(', n), *close;
	char rest[64];
	struct pmwb_error e;
	int m1, m2, year = 0, digits = 0;
	size_t i;
	fy_month first;

	if (open && (close = memchr(open, ')', n - (size_t)(open - t))) != NULL) {
		/* "Q1 (Apr-Jun) 2013/14": the quarter without its brackets, then the months */
		size_t head = (size_t)(open - t), tail = n - (size_t)(close + 1 - t);
		if (!month_range(open + 1, (size_t)(close - open - 1), &m1, &m2) ||
		    head + tail + 1 >= sizeof(rest))
			return 0;
		memcpy(rest, t, head);
		rest[head] = ' ';
		memcpy(rest + head + 1, close + 1, tail);
		rest[head + 1 + tail] = '\0';
		if (fy_parse_quarter(rest, q, &e) != PMWB_OK)
			return 0;
		first = fy_quarter_first_month(s, *q);
		return fy_month_month(first) == m1 && fy_month_month(first + 2) == m2;
	}
	/* "Apr-Jun 2013": the months, then the calendar year they are in */
	for (i = n; i > 0 && is_digit((unsigned char)t[i - 1]); i--)
		digits++;
	if (digits != 2 && digits != 4)
		return 0;
	for (size_t k = i; k < n; k++)
		year = year * 10 + (t[k] - '0');
	if (digits == 2)
		year += 2000;
	while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == ','))
		i--;
	if (year < FY_MIN_YEAR || year > FY_MAX_YEAR || !month_range(t, i, &m1, &m2) || m2 != m1 + 2)
		return 0;
	first = fy_month_make(year, m1);
	*q = fy_quarter_of_month(s, first);
	return fy_quarter_first_month(s, *q) == first;
}
