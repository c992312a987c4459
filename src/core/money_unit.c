/* The unit a column header states: "Plan 2013/14 (£)", "Forecast £'000", "2013/14 (£m)",
 * "Actual, GBP thousands".  A sheet's money is only as right as the unit it is read in, so
 * the header is read, never guessed past: a header that states two units, or one pmwb does
 * not hold (billions, pence), is refused rather than read in either. */
#include "config.h"

#include <string.h>

#include "pmwb/money.h"
#include "pmwb/text.h"

static int is_letter(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* A word of letters at s[i], whole: not inside a longer word. */
static int word_at(const char *s, size_t n, size_t i, const char *word)
{
	size_t len = strlen(word);

	return i + len <= n && text_equal_nocase(s + i, len, word) &&
	       (i == 0 || !is_letter((unsigned char)s[i - 1])) &&
	       (i + len == n || !is_letter((unsigned char)s[i + len]));
}

/* Blanks and apostrophes between a currency sign and its scale: "£ '000", "£’000". */
static size_t skip_filler(const char *s, size_t n, size_t i)
{
	for (;;) {
		if (i < n && (s[i] == ' ' || s[i] == '\'' || s[i] == '`'))
			i++;
		else if (i + 2 < n && (unsigned char)s[i] == 0xe2 && (unsigned char)s[i + 1] == 0x80 &&
			 ((unsigned char)s[i + 2] == 0x98 || (unsigned char)s[i + 2] == 0x99))
			i += 3; /* ‘ ’ as word processors write the apostrophe */
		else
			return i;
	}
}

/* "000" (or "000s") standing alone at s[i]: the thousands people write as '000. */
static int zeros_at(const char *s, size_t n, size_t i, size_t *end)
{
	if (i + 3 > n || strncmp(s + i, "000", 3) != 0 || (i + 3 < n && is_digit((unsigned char)s[i + 3])))
		return 0;
	*end = i + 3 < n && (s[i + 3] == 's' || s[i + 3] == 'S') ? i + 4 : i + 3;
	return 1;
}

/* A scale word or mark at s[i] (after a currency sign, or alone): its unit, or 0. */
static int scale_at(const char *s, size_t n, size_t i, size_t *end, int *unknown)
{
	static const struct {
		const char *word;
		int unit;
	} words[] = {
		{"thousands", MONEY_THOUSANDS}, {"thousand", MONEY_THOUSANDS},
		{"millions", MONEY_MILLIONS},   {"million", MONEY_MILLIONS},
		{"mn", MONEY_MILLIONS},         {"m", MONEY_MILLIONS},
		{"k", MONEY_THOUSANDS},         {"bn", -1},
		{"billions", -1},               {"billion", -1},
		{"pence", -1},                  {"p", -1},
	};
	size_t z;

	if (i + 7 <= n && strncmp(s + i, "000,000", 7) == 0) {
		*end = i + 7;
		return MONEY_MILLIONS;
	}
	if (zeros_at(s, n, i, &z)) {
		*end = z;
		return MONEY_THOUSANDS;
	}
	for (size_t w = 0; w < sizeof(words) / sizeof(words[0]); w++) {
		size_t len = strlen(words[w].word);
		/* a scale letter right after the sign may run on into digits: "£m" but also
		 * "£k2013"; only letters would make it another word */
		if (i + len <= n && text_equal_nocase(s + i, len, words[w].word) &&
		    (i + len == n || !is_letter((unsigned char)s[i + len]))) {
			*end = i + len;
			if (words[w].unit < 0) {
				*unknown = 1;
				return 0;
			}
			return words[w].unit;
		}
	}
	return 0;
}

/* The unit stated at s[i], or 0; *end just after it. */
static int unit_at(const char *s, size_t n, size_t i, size_t *end, int *unknown)
{
	size_t j, z;
	int u;

	if (i + 1 < n && (unsigned char)s[i] == 0xc2 && (unsigned char)s[i + 1] == 0xa3) {
		j = i + 2;
	} else if (i + 3 <= n && text_equal_nocase(s + i, 3, "gbp") &&
		   (i == 0 || !is_letter((unsigned char)s[i - 1]))) {
		/* "GBP", and "GBPm" run together, but not a word that starts so */
		j = i + 3;
		if (j < n && is_letter((unsigned char)s[j]))
			return scale_at(s, n, j, end, unknown);
	} else if (word_at(s, n, i, "pounds") || word_at(s, n, i, "sterling")) {
		*end = i + (s[i] == 'p' || s[i] == 'P' ? 6 : 8);
		return MONEY_POUNDS;
	} else if (word_at(s, n, i, "pence")) {
		*unknown = 1;
		return 0;
	} else if (word_at(s, n, i, "thousands") || word_at(s, n, i, "millions") ||
		   word_at(s, n, i, "thousand") || word_at(s, n, i, "million")) {
		return scale_at(s, n, i, end, unknown);
	} else if ((s[i] == '\'' || (i > 0 && s[i - 1] == '(' && s[i] == '0')) &&
		   zeros_at(s, n, s[i] == '\'' ? i + 1 : i, &z)) {
		/* '000, (000s): thousands without a sign */
		*end = z;
		return MONEY_THOUSANDS;
	} else {
		return 0;
	}
	/* after a currency sign: its scale, else pounds */
	j = skip_filler(s, n, j);
	u = scale_at(s, n, j, end, unknown);
	if (u || *unknown)
		return u;
	*end = j;
	return MONEY_POUNDS;
}

const char *money_unit_name(enum money_unit unit)
{
	switch (unit) {
	case MONEY_POUNDS:
		return "\xc2\xa3";
	case MONEY_THOUSANDS:
		return "\xc2\xa3'000";
	case MONEY_MILLIONS:
		return "\xc2\xa3m";
	}
	return "?";
}

enum pmwb_status money_unit_from_header(const char *header, enum money_unit *unit, char *rest,
					size_t rest_size, struct pmwb_error *e)
{
	size_t n = strlen(header), i = 0, end, kept = 0;
	int found = 0;
	char q[TEXT_QUOTE_MAX];

	*unit = (enum money_unit)0;
	if (rest && rest_size)
		rest[0] = '\0';
	while (i < n) {
		int unknown = 0, u = unit_at(header, n, i, &end, &unknown);
		if (unknown) {
			text_quote(q, sizeof(q), header, n);
			return err_set(e, PMWB_INPUT,
				       "the header '%s' states a unit pmwb does not read (it holds "
				       "money in \xc2\xa3, \xc2\xa3'000 or \xc2\xa3m); convert the "
				       "column, or name its unit so",
				       q);
		}
		if (!u) {
			if (rest && kept + 1 < rest_size) {
				rest[kept++] = header[i];
				rest[kept] = '\0';
			}
			i++;
			continue;
		}
		if (found && u != found) {
			text_quote(q, sizeof(q), header, n);
			return err_set(e, PMWB_INPUT,
				       "the header '%s' states two units, %s and %s; say one", q,
				       money_unit_name((enum money_unit)found),
				       money_unit_name((enum money_unit)u));
		}
		found = u;
		i = end > i ? end : i + 1;
	}
	*unit = (enum money_unit)found;
	return PMWB_OK;
}
