#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pmwb/money.h"
#include "pmwb/text.h"

/* 10^15 pounds is far beyond any public budget and leaves int64 room for sums of many. */
#define MONEY_LIMIT 1000000000000000LL

static int unit_ok(int64_t unit)
{
	return unit == MONEY_POUNDS || unit == MONEY_THOUSANDS || unit == MONEY_MILLIONS;
}

static int is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

struct money_text {
	const char *s;
	size_t n, i;
	char q[TEXT_QUOTE_MAX];
	struct pmwb_error *e;
};

/* The text is quoted for the message only when there is one: most cells are good. */
static enum pmwb_status reject(struct money_text *m, const char *why)
{
	text_quote(m->q, sizeof(m->q), m->s, m->n);
	return err_set(m->e, PMWB_INPUT, "'%s' is not an amount of money: %s", m->q, why);
}

static void skip_blanks(struct money_text *m)
{
	while (m->i < m->n && (m->s[m->i] == ' ' || m->s[m->i] == '\t'))
		m->i++;
}

/* "£" (UTF-8) or "GBP" at the current place: 1 and moved past it, else 0. */
static int take_currency(struct money_text *m)
{
	const char *p = m->s + m->i;
	size_t left = m->n - m->i;

	if (left >= 2 && (unsigned char)p[0] == 0xc2 && (unsigned char)p[1] == 0xa3) {
		m->i += 2;
		return 1;
	}
	if (left >= 3 && text_equal_nocase(p, 3, "GBP")) {
		m->i += 3;
		return 1;
	}
	return 0;
}

/* Excel's accounting format shows zero as a dash ("£ -", " -   "), and a CSV export writes
 * what is shown; the sheet's own sums count it as nothing. */
static int is_accounting_zero(struct money_text *m)
{
	m->i = 0;
	take_currency(m);
	skip_blanks(m);
	if (m->i < m->n && m->s[m->i] == '-') {
		m->i++;
		skip_blanks(m);
		if (m->i == m->n)
			return 1;
	}
	m->i = 0;
	return 0;
}

static int take_sign(struct money_text *m, int *negative)
{
	if (m->i < m->n && (m->s[m->i] == '-' || m->s[m->i] == '+')) {
		*negative = m->s[m->i] == '-';
		m->i++;
		return 1;
	}
	return 0;
}

/* The number: digits, optionally grouped "1,234,567", optionally ".5".  *whole stops growing
 * past MONEY_LIMIT (the caller rejects it then); trailing zeros of the fraction are dropped. */
static enum pmwb_status take_number(struct money_text *m, int64_t *whole, int64_t *frac,
				    int *frac_digits)
{
	size_t group = 0, start = m->i;
	int grouped = 0, digits = 0;

	*whole = 0;
	*frac = 0;
	*frac_digits = 0;
	while (m->i < m->n) {
		unsigned char c = (unsigned char)m->s[m->i];
		if (is_digit(c)) {
			if (*whole <= MONEY_LIMIT)
				*whole = *whole * 10 + (c - '0');
			group++;
			digits++;
		} else if (c == ',') {
			/* The first group has 1-3 digits, every later one exactly 3. */
			if (group == 0 || (grouped && group != 3) || (!grouped && group > 3))
				return reject(m, "the thousands separators are in the wrong place");
			grouped = 1;
			group = 0;
		} else {
			break;
		}
		m->i++;
	}
	if (grouped && group != 3)
		return reject(m, "the thousands separators are in the wrong place");
	if (m->i < m->n && m->s[m->i] == '.') {
		int zeros = 0;

		m->i++;
		if (m->i == m->n || !is_digit((unsigned char)m->s[m->i]))
			return reject(m, "a decimal point needs digits after it");
		for (; m->i < m->n && is_digit((unsigned char)m->s[m->i]); m->i++) {
			if (m->s[m->i] == '0') {
				zeros++;
				continue;
			}
			/* Only 6 decimals can ever be whole pounds (of millions). */
			if (*frac_digits + zeros + 1 > 6)
				return reject(m, "it has more decimals than whole pounds allow");
			for (; zeros > 0; zeros--) {
				*frac *= 10;
				(*frac_digits)++;
			}
			*frac = *frac * 10 + (m->s[m->i] - '0');
			(*frac_digits)++;
		}
		digits++;
	}
	if (digits == 0 || m->i == start)
		return reject(m, "write a number such as 1,234 or £1.5m");
	return PMWB_OK;
}

enum pmwb_status money_parse(const char *text, enum money_unit unit, money_pounds *out,
			     struct pmwb_error *e)
{
	struct money_text m = {.e = e};
	int negative = 0, signs = 0, paren = 0, currency = 0, frac_digits, d;
	int64_t whole, frac, scale = unit, pow10 = 1, value;
	size_t bad;

	m.s = text_trim(text, &m.n);
	if (!unit_ok(unit)) {
		text_quote(m.q, sizeof(m.q), m.s, m.n);
		return err_set(e, PMWB_INPUT, "'%s': unknown money unit %d", m.q, (int)unit);
	}
	if (m.n == 0)
		return err_set(e, PMWB_INPUT, "the amount of money is empty");
	if (!text_is_utf8(m.s, m.n, &bad)) {
		if ((unsigned char)m.s[bad] == 0xa3)
			return reject(&m, "the file is not UTF-8 (a lone byte A3 is a Windows-1252 "
					  "£); import it with its encoding");
		return reject(&m, "the text is not UTF-8; import the file with its encoding");
	}

	if (is_accounting_zero(&m)) {
		*out = 0;
		return PMWB_OK;
	}
	/* Sign, parenthesis and £ in any of the orders people write: -£36, £-36, (£36). */
	if (m.s[0] == '(') {
		paren = 1;
		m.i++;
		skip_blanks(&m);
	}
	signs += take_sign(&m, &negative);
	skip_blanks(&m);
	currency = take_currency(&m);
	skip_blanks(&m);
	/* "£(36)": Excel's bracketed negative with the sign outside. */
	if (currency && !paren && !signs && m.i < m.n && m.s[m.i] == '(') {
		paren = 1;
		m.i++;
		skip_blanks(&m);
	}
	signs += take_sign(&m, &negative);
	skip_blanks(&m);
	if (signs > 1 || (paren && signs))
		return reject(&m, "it has two signs");
	if (!currency && m.i < m.n && ((unsigned char)m.s[m.i] >= 0x80 || m.s[m.i] == '$'))
		return reject(&m, "only pounds (£) are accepted");
	if (take_number(&m, &whole, &frac, &frac_digits) != PMWB_OK)
		return PMWB_INPUT;
	skip_blanks(&m);
	if (m.i < m.n && (m.s[m.i] == 'm' || m.s[m.i] == 'M')) {
		scale = MONEY_MILLIONS;
		m.i++;
	} else if (m.i < m.n && (m.s[m.i] == 'k' || m.s[m.i] == 'K')) {
		scale = MONEY_THOUSANDS;
		m.i++;
	}
	skip_blanks(&m);
	if (paren) {
		if (m.i == m.n || m.s[m.i] != ')')
			return reject(&m, "the bracket is not closed");
		negative = 1;
		m.i++;
	}
	if (m.i < m.n) {
		if (m.s[m.i] == '-' || m.s[m.i] == '+' || m.s[m.i] == '(' || m.s[m.i] == ')')
			return reject(&m, "it has two signs or a sign in the wrong place");
		if (!currency && (unsigned char)m.s[m.i] >= 0x80)
			return reject(&m, "only pounds (£) are accepted");
		return reject(&m, "it has text after the number");
	}

	if (whole > MONEY_LIMIT / scale)
		return reject(&m, "it is beyond 10^15 pounds");
	for (d = 0; d < frac_digits; d++)
		pow10 *= 10;
	if ((frac * scale) % pow10 != 0)
		return reject(&m, "it has more decimals than whole pounds allow");
	value = whole * scale + frac * scale / pow10;
	if (value > MONEY_LIMIT)
		return reject(&m, "it is beyond 10^15 pounds");
	*out = negative ? -value : value;
	return PMWB_OK;
}

int64_t money_round_to(money_pounds p, enum money_unit unit)
{
	int64_t q, r;

	if (!unit_ok(unit))
		return p;
	q = p / unit;
	r = p % unit;
	/* |r| < unit <= 10^6, so doubling it cannot overflow. */
	if (r >= 0 ? 2 * r >= unit : -2 * r >= unit)
		q += r >= 0 ? 1 : -1;
	return q;
}

/* Digits of v with commas every three, written at buf (size >= 27). */
static void group_digits(uint64_t v, char *buf)
{
	char rev[32];
	int n = 0, k = 0;

	do {
		if (n > 0 && n % 3 == 0)
			rev[k++] = ',';
		rev[k++] = (char)('0' + v % 10);
		v /= 10;
		n++;
	} while (v > 0);
	for (int i = 0; i < k; i++)
		buf[i] = rev[k - 1 - i];
	buf[k] = '\0';
}

/* Magnitude without overflow for INT64_MIN. */
static uint64_t magnitude(int64_t v)
{
	return v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
}

void money_format(money_pounds p, enum money_unit unit, char *buf, unsigned size)
{
	char digits[32];
	int64_t v = money_round_to(p, unit);

	if (size == 0)
		return;
	group_digits(magnitude(v), digits);
	snprintf(buf, size, "%s%s", v < 0 ? "-" : "", digits);
}

void money_format_millions(money_pounds p, int ascii, char *buf, unsigned size)
{
	char digits[32];
	/* Hundredths of a million, i.e. units of £10,000, rounded half away from zero. */
	int64_t q = p / 10000, r = p % 10000;
	uint64_t mag;

	if (size == 0)
		return;
	if (r >= 0 ? r >= 5000 : r <= -5000)
		q += r >= 0 ? 1 : -1;
	mag = magnitude(q);
	group_digits(mag / 100, digits);
	snprintf(buf, size, "%s%s%s.%02um", q < 0 ? "-" : "", ascii ? "GBP " : "\xc2\xa3", digits,
		 (unsigned)(mag % 100));
}
