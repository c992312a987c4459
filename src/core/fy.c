#include "config.h"

#include <stdio.h>

#include "pmwb/date.h"
#include "pmwb/fy.h"
#include "pmwb/text.h"
#include "scan.h"

/* Floor division, so that ordinals below zero (never stored, but reachable by arithmetic)
 * still map to the right year and month. */
static int floor_div(int a, int b)
{
	return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

static int floor_mod(int a, int b)
{
	return a - floor_div(a, b) * b;
}

/* A NULL or out-of-range setting means the default, so no caller can divide the year wrongly. */
static int start_of(const struct fy_settings *s)
{
	if (!s || s->start_month < 1 || s->start_month > 12)
		return FY_DEFAULT_START_MONTH;
	return s->start_month;
}

struct fy_settings fy_settings_default(void)
{
	struct fy_settings s = {.start_month = FY_DEFAULT_START_MONTH};
	return s;
}

fy_quarter fy_quarter_make(int fy, int q)
{
	return fy * 4 + (q - 1);
}

int fy_quarter_fy(fy_quarter qo)
{
	return floor_div(qo, 4);
}

int fy_quarter_num(fy_quarter qo)
{
	return floor_mod(qo, 4) + 1;
}

fy_month fy_month_make(int year, int month)
{
	return year * 12 + (month - 1);
}

int fy_month_year(fy_month mo)
{
	return floor_div(mo, 12);
}

int fy_month_month(fy_month mo)
{
	return floor_mod(mo, 12) + 1;
}

int fy_month_index(const struct fy_settings *s, fy_month mo)
{
	return floor_mod(fy_month_month(mo) - start_of(s), 12) + 1;
}

int fy_of_month(const struct fy_settings *s, fy_month mo)
{
	int year = fy_month_year(mo);

	return fy_month_month(mo) >= start_of(s) ? year : year - 1;
}

fy_quarter fy_quarter_of_month(const struct fy_settings *s, fy_month mo)
{
	return fy_quarter_make(fy_of_month(s, mo), (fy_month_index(s, mo) - 1) / 3 + 1);
}

fy_month fy_first_month(const struct fy_settings *s, int fy)
{
	return fy_month_make(fy, start_of(s));
}

fy_month fy_quarter_first_month(const struct fy_settings *s, fy_quarter qo)
{
	return fy_first_month(s, fy_quarter_fy(qo)) + (fy_quarter_num(qo) - 1) * 3;
}

static int fy_in_range(int fy)
{
	return fy >= FY_MIN_YEAR && fy <= FY_MAX_YEAR;
}

void fy_format(int fy, char *buf, unsigned size)
{
	if (size == 0)
		return;
	if (!fy_in_range(fy))
		snprintf(buf, size, "?");
	else
		snprintf(buf, size, "%04d/%02d", fy, (fy + 1) % 100);
}

void fy_quarter_format(fy_quarter qo, char *buf, unsigned size)
{
	int fy = fy_quarter_fy(qo);

	if (size == 0)
		return;
	if (!fy_in_range(fy))
		snprintf(buf, size, "?");
	else
		snprintf(buf, size, "%04d/%02d Q%d", fy, (fy + 1) % 100, fy_quarter_num(qo));
}

void fy_month_format(fy_month mo, char *buf, unsigned size)
{
	int year = fy_month_year(mo);

	if (size == 0)
		return;
	/* The last FY's final months fall in the year after FY_MAX_YEAR. */
	if (year < FY_MIN_YEAR || year > FY_MAX_YEAR + 1)
		snprintf(buf, size, "?");
	else
		snprintf(buf, size, "%04d-%02d", year, fy_month_month(mo));
}

/* Reading a FY: the scanner below leaves a reason in *why for the caller's message, so that
 * fy_parse and fy_parse_quarter (and date_parse) can each word the error for their context. */

static int is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* Digits at s[*i..n): how many (5 standing for five or more, so a huge number cannot
 * overflow) and the value of the first four. */
static int read_digits(const char *s, size_t n, size_t *i, int *value)
{
	int count = 0, v = 0;

	while (*i < n && is_digit((unsigned char)s[*i])) {
		if (count < 4)
			v = v * 10 + (s[*i] - '0');
		count++;
		(*i)++;
	}
	*value = v;
	return count > 5 ? 5 : count;
}

/* A separator between the two years: '/', '-', '_' or a UTF-8 en dash (word processors turn
 * "2013-14" into "2013–14").  Returns its length, or 0. */
static size_t separator_at(const char *s, size_t n, size_t i, char *kind)
{
	if (i < n && (s[i] == '/' || s[i] == '-' || s[i] == '_')) {
		*kind = s[i];
		return 1;
	}
	if (i + 2 < n && (unsigned char)s[i] == 0xe2 && (unsigned char)s[i + 1] == 0x80 &&
	    (unsigned char)s[i + 2] == 0x93) {
		*kind = '-';
		return 3;
	}
	return 0;
}

static const char fy_generic_why[] = "write it as 2013/14";

int fy_scan(const char *s, size_t n, int *fy, const char **why)
{
	size_t i = 0, sep;
	int first, second, nfirst, nsecond, year;
	char kind = 0;

	*why = fy_generic_why;
	if (n >= 2 && (s[0] == 'F' || s[0] == 'f') && (s[1] == 'Y' || s[1] == 'y')) {
		i = 2;
		while (i < n && (s[i] == ' ' || s[i] == '\t'))
			i++;
	}
	nfirst = read_digits(s, n, &i, &first);
	if (nfirst == 0)
		return 0;
	sep = separator_at(s, n, i, &kind);
	if (sep == 0) {
		if (i == n && nfirst == 4)
			*why = "a financial year has two years; write 2013/14 for April 2013 to March 2014";
		return 0;
	}
	i += sep;
	nsecond = read_digits(s, n, &i, &second);
	if (i != n || nsecond == 0)
		return 0;
	if (nfirst == 4 && (nsecond == 2 || nsecond == 4)) {
		year = first;
	} else if (nfirst == 2 && nsecond == 2 && kind == '/') {
		/* Two-digit years are this century's: "13/14" is 2013/14.  Only with '/', since
		 * "13-14" reads as a range of days or numbers as easily. */
		year = 2000 + first;
	} else {
		return 0;
	}
	if ((nsecond == 2 && second != (year + 1) % 100) || (nsecond == 4 && second != year + 1)) {
		*why = "the second year must be the one after the first, as in 2013/14";
		return 0;
	}
	if (!fy_in_range(year)) {
		*why = "the year is outside 1900/01 to 2199/00";
		return 0;
	}
	*fy = year;
	return 1;
}

enum pmwb_status fy_parse(const char *text, int *fy, struct pmwb_error *e)
{
	char q[TEXT_QUOTE_MAX];
	const char *why;
	size_t n;
	const char *s = text_trim(text, &n);

	if (n == 0)
		return err_set(e, PMWB_INPUT, "the financial year is empty: write it as 2013/14");
	if (fy_scan(s, n, fy, &why))
		return PMWB_OK;
	text_quote(q, sizeof(q), s, n);
	return err_set(e, PMWB_INPUT, "'%s' is not a financial year: %s", q, why);
}

/* "Q1" .. "Q4" (any case) at s[0..2): the quarter number, 0 when the letter is there but the
 * digit is not 1-4, -1 when this is not a Q at all. */
static int quarter_token(const char *s, size_t n)
{
	if (n < 2 || (s[0] != 'Q' && s[0] != 'q') || !is_digit((unsigned char)s[1]))
		return -1;
	if (n > 2 && is_digit((unsigned char)s[2]))
		return 0;
	return s[1] >= '1' && s[1] <= '4' ? s[1] - '0' : 0;
}

static size_t skip_blanks(const char *s, size_t n, size_t i)
{
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i;
}

int fy_scan_quarter(const char *s, size_t n, fy_quarter *qo, const char **why)
{
	const char *fys;
	size_t fyn;
	int q, fy;

	*why = "write it as 2013/14 Q1 .. Q4";
	if ((q = quarter_token(s, n)) >= 0) {
		/* "Q1 2013/14": the quarter first, then (after blanks) the year. */
		size_t i = skip_blanks(s, n, 2);
		if (i == 2 && i < n)
			return 0;
		fys = s + i;
		fyn = n - i;
	} else if (n > 2 && (q = quarter_token(s + n - 2, 2)) >= 0) {
		/* "2013/14 Q1" or "2013/14Q1". */
		fyn = n - 2;
		while (fyn > 0 && (s[fyn - 1] == ' ' || s[fyn - 1] == '\t'))
			fyn--;
		fys = s;
	} else {
		return 0;
	}
	if (q == 0)
		return 0;
	if (fyn == 0) {
		*why = "say which financial year, as in 2013/14 Q1";
		return 0;
	}
	if (!fy_scan(fys, fyn, &fy, why)) {
		if (*why == fy_generic_why)
			*why = "write it as 2013/14 Q1 .. Q4";
		return 0;
	}
	*qo = fy_quarter_make(fy, q);
	return 1;
}

enum pmwb_status fy_parse_quarter(const char *text, fy_quarter *qo, struct pmwb_error *e)
{
	char q[TEXT_QUOTE_MAX];
	const char *why;
	size_t n;
	const char *s = text_trim(text, &n);

	if (n == 0)
		return err_set(e, PMWB_INPUT, "the quarter is empty: write it as 2013/14 Q1 .. Q4");
	if (fy_scan_quarter(s, n, qo, &why))
		return PMWB_OK;
	text_quote(q, sizeof(q), s, n);
	return err_set(e, PMWB_INPUT, "'%s' is not a quarter: %s", q, why);
}

enum pmwb_status fy_parse_start_month(const char *text, int *month, struct pmwb_error *e)
{
	char q[TEXT_QUOTE_MAX];
	size_t n, i = 0;
	const char *s = text_trim(text, &n);
	int value, count;

	if (n == 0)
		return err_set(e, PMWB_INPUT,
			       "the financial year start month is empty: give 1-12 or a month name");
	count = read_digits(s, n, &i, &value);
	if (count > 0 && count <= 2 && i == n && value >= 1 && value <= 12) {
		*month = value;
		return PMWB_OK;
	}
	if (count == 0 && (value = date_month_from_name(s, n)) > 0) {
		*month = value;
		return PMWB_OK;
	}
	text_quote(q, sizeof(q), s, n);
	return err_set(e, PMWB_INPUT,
		       "'%s' is not a month for the financial year to start in: give 1-12 or a month "
		       "name such as April",
		       q);
}
