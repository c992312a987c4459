#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pmwb/scale.h"
#include "pmwb/text.h"

static const char *const likelihood_words[5] = {
	"Rare", "Unlikely", "Possible", "Likely", "Almost certain",
};

static const char *const impact_words[5] = {
	"Negligible", "Minor", "Moderate", "Major", "Catastrophic",
};

static const struct {
	const char *word;
	int level;
} default_words[] = {
	{"High", 4}, {"Medium", 3}, {"Low", 2}, {"Med", 3}, {"H", 4}, {"M", 3}, {"L", 2},
};

const char *scale_label(enum scale_axis axis, int level)
{
	if (level < 1 || level > 5)
		return NULL;
	return axis == SCALE_IMPACT ? impact_words[level - 1] : likelihood_words[level - 1];
}

static char lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

static int is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* Equal ignoring case and how many blanks separate words: "almost  Certain" is "Almost
 * certain".  s[0..n) is already trimmed; word is one of ours or the map's. */
static int same_words(const char *s, size_t n, const char *word)
{
	size_t i = 0;

	while (i < n && *word) {
		if (is_blank(s[i])) {
			if (!is_blank(*word))
				return 0;
			while (i < n && is_blank(s[i]))
				i++;
			while (is_blank(*word))
				word++;
			continue;
		}
		if (lower(s[i]) != lower(*word))
			return 0;
		i++;
		word++;
	}
	return i == n && *word == '\0';
}

void scale_map_init(struct scale_map *m)
{
	m->n = 0;
	for (size_t i = 0; i < sizeof(default_words) / sizeof(default_words[0]); i++) {
		text_copy(m->entry[m->n].word, SCALE_WORD_MAX, default_words[i].word);
		m->entry[m->n].level = default_words[i].level;
		m->n++;
	}
}

static int has_letter(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z'))
			return 1;
	return 0;
}

enum pmwb_status scale_map_add(struct scale_map *m, const char *assignment, struct pmwb_error *e)
{
	char q[TEXT_QUOTE_MAX], left[SCALE_WORD_MAX * 4];
	const char *eq = strchr(assignment, '='), *word, *num;
	size_t wn, nn, full;
	int i;

	word = text_trim(assignment, &wn);
	text_quote(q, sizeof(q), word, wn);
	if (!eq)
		return err_set(e, PMWB_INPUT,
			       "'%s' is not a scale word: write it as WORD=N, e.g. High=5", q);
	/* Trim the two sides separately, so "Very High = 5" is the word "Very High". */
	full = (size_t)(eq - assignment);
	if (full >= sizeof(left))
		return err_set(e, PMWB_INPUT, "'%s': the word is longer than %d characters", q,
			       SCALE_WORD_MAX - 1);
	memcpy(left, assignment, full);
	left[full] = '\0';
	word = text_trim(left, &wn);
	num = text_trim(eq + 1, &nn);
	if (!has_letter(word, wn))
		return err_set(e, PMWB_INPUT,
			       "'%s' has no word before '=': write it as WORD=N, e.g. High=5", q);
	if (wn >= SCALE_WORD_MAX)
		return err_set(e, PMWB_INPUT, "'%s': the word is longer than %d characters", q,
			       SCALE_WORD_MAX - 1);
	if (nn != 1 || num[0] < '1' || num[0] > '5')
		return err_set(e, PMWB_INPUT, "'%s': the level after '=' must be 1-5", q);
	/* scale_parse tries the NPSA words first, so a mapping that disagrees with one would be
	 * silently ignored on that axis: refuse it instead. */
	for (i = 0; i < 5; i++) {
		if (same_words(word, wn, likelihood_words[i]) && num[0] - '0' != i + 1)
			return err_set(e, PMWB_INPUT, "'%s': %s is likelihood level %d on the NPSA "
						      "scale and cannot be mapped to another",
				       q, likelihood_words[i], i + 1);
		if (same_words(word, wn, impact_words[i]) && num[0] - '0' != i + 1)
			return err_set(e, PMWB_INPUT, "'%s': %s is impact level %d on the NPSA "
						      "scale and cannot be mapped to another",
				       q, impact_words[i], i + 1);
	}
	for (i = 0; i < m->n; i++)
		if (same_words(word, wn, m->entry[i].word))
			break;
	if (i == m->n) {
		if (m->n >= SCALE_MAX_OVERRIDES)
			return err_set(e, PMWB_INPUT, "'%s': there is no room for more than %d scale "
						      "words",
				       q, SCALE_MAX_OVERRIDES);
		m->n++;
	}
	memcpy(m->entry[i].word, word, wn);
	m->entry[i].word[wn] = '\0';
	m->entry[i].level = num[0] - '0';
	return PMWB_OK;
}

enum pmwb_status scale_parse(enum scale_axis axis, const struct scale_map *m, const char *text,
			     int *level, int *was_word, struct pmwb_error *e)
{
	struct scale_map defaults;
	const char *const *words = axis == SCALE_IMPACT ? impact_words : likelihood_words;
	const char *name = axis == SCALE_IMPACT ? "an impact" : "a likelihood";
	char q[TEXT_QUOTE_MAX], allowed[PMWB_ERR_MSG_MAX / 2];
	size_t n, used;
	const char *s = text_trim(text, &n);
	int dummy;

	if (!was_word)
		was_word = &dummy;
	if (!m) {
		scale_map_init(&defaults);
		m = &defaults;
	}
	if (n == 1 && s[0] >= '1' && s[0] <= '5') {
		*level = s[0] - '0';
		*was_word = 0;
		return PMWB_OK;
	}
	for (int i = 0; i < 5; i++)
		if (n > 0 && same_words(s, n, words[i])) {
			*level = i + 1;
			*was_word = 1;
			return PMWB_OK;
		}
	for (int i = 0; i < m->n; i++)
		if (n > 0 && same_words(s, n, m->entry[i].word)) {
			*level = m->entry[i].level;
			*was_word = 1;
			return PMWB_OK;
		}

	used = (size_t)snprintf(allowed, sizeof(allowed), "1-5, %s, %s, %s, %s, %s", words[0],
				words[1], words[2], words[3], words[4]);
	for (int i = 0; i < m->n && used < sizeof(allowed); i++)
		used += (size_t)snprintf(allowed + used, sizeof(allowed) - used, ", %s",
					 m->entry[i].word);
	if (n == 0)
		return err_set(e, PMWB_INPUT, "%s level is empty: use %s", name, allowed);
	text_quote(q, sizeof(q), s, n);
	return err_set(e, PMWB_INPUT, "'%s' is not %s level: use %s", q, name, allowed);
}
