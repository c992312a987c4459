/* The personal preferences table (include/pmwb/prefs.h) and the reading of one line. */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "pmwb/prefs.h"

struct pref_def {
	const char *name, *words, *help;
};

static const struct pref_def defs[PREF_COUNT] = {
#define PMWB_PREF_DEF(id, nm, w, hl) [PREF_##id] = {.name = nm, .words = w, .help = hl},
	PMWB_PREF_LIST(PMWB_PREF_DEF)
#undef PMWB_PREF_DEF
};

void prefs_default(struct pmwb_prefs *p)
{
	memset(p, 0, sizeof(*p));
}

int prefs_find(const char *name)
{
	for (int i = 0; i < PREF_COUNT; i++)
		if (strcasecmp(defs[i].name, name) == 0)
			return i;
	return -1;
}

const char *prefs_name(enum pref_id id)
{
	return defs[id].name;
}

const char *prefs_help(enum pref_id id)
{
	return defs[id].help;
}

const char *prefs_words(enum pref_id id)
{
	return defs[id].words;
}

/* Word i of a space-separated list into buf; 0 past the end. */
static int nth_word(const char *list, int i, char *buf, size_t size)
{
	const char *s = list;

	for (;;) {
		size_t n;
		while (*s == ' ')
			s++;
		if (!*s)
			return 0;
		n = strcspn(s, " ");
		if (i-- == 0) {
			snprintf(buf, size, "%.*s", (int)n, s);
			return 1;
		}
		s += n;
	}
}

void prefs_value_word(const struct pmwb_prefs *p, enum pref_id id, char *buf, size_t size)
{
	if (!nth_word(defs[id].words, p->value[id], buf, size))
		snprintf(buf, size, "?");
}

/* Splits a line into words at blanks; returns how many (at most max), or -1 when a word
 * is too long. */
static int split(const char *line, char words[][PREFS_WORD_MAX], int max, int *more)
{
	int n = 0;
	const char *s = line;

	*more = 0;
	for (;;) {
		size_t len;
		while (isspace((unsigned char)*s))
			s++;
		if (!*s || *s == '#')
			return n;
		len = 0;
		while (s[len] && !isspace((unsigned char)s[len]))
			len++;
		if (len >= PREFS_WORD_MAX)
			return -1;
		if (n == max) {
			*more = 1;
			return n;
		}
		memcpy(words[n], s, len);
		words[n++][len] = '\0';
		s += len;
	}
}

static enum pmwb_status apply_binding(struct pmwb_prefs *p, char words[][PREFS_WORD_MAX], int n,
				      int more, int lineno, struct pmwb_error *e)
{
	struct pref_binding *b;

	if (n < 3)
		return err_set(e, PMWB_INPUT,
			       "'bind' needs an action and at least one key, e.g. 'bind down j Down'");
	if (more)
		return err_set(e, PMWB_INPUT, "'bind %s' gives more than %d keys", words[1],
			       PREFS_BIND_KEYS_MAX);
	if (p->nbindings == PREFS_BINDINGS_MAX)
		return err_set(e, PMWB_INPUT, "more than %d bindings; this one is ignored",
			       PREFS_BINDINGS_MAX);
	b = &p->binding[p->nbindings++];
	memset(b, 0, sizeof(*b));
	snprintf(b->action, sizeof(b->action), "%s", words[1]);
	for (int i = 2; i < n; i++)
		snprintf(b->keys[b->nkeys++], sizeof(b->keys[0]), "%s", words[i]);
	b->line = lineno;
	return PMWB_OK;
}

enum pmwb_status prefs_apply_line(struct pmwb_prefs *p, const char *line, int lineno,
				  struct pmwb_error *e)
{
	char words[2 + PREFS_BIND_KEYS_MAX][PREFS_WORD_MAX];
	char word[PREFS_WORD_MAX];
	int more, n = split(line, words, 2 + PREFS_BIND_KEYS_MAX, &more), id;

	if (n < 0)
		return err_set(e, PMWB_INPUT, "a word longer than %d characters",
			       PREFS_WORD_MAX - 1);
	if (n == 0)
		return PMWB_OK;
	if (strcasecmp(words[0], "bind") == 0)
		return apply_binding(p, words, n, more, lineno, e);
	id = prefs_find(words[0]);
	if (id < 0)
		return err_set(e, PMWB_INPUT,
			       "unknown preference '%s'",
			       words[0]);
	if (n != 2 || more)
		return err_set(e, PMWB_INPUT, "'%s' takes one value: %s", defs[id].name,
			       defs[id].words);
	for (int i = 0; nth_word(defs[id].words, i, word, sizeof(word)); i++)
		if (strcasecmp(word, words[1]) == 0) {
			p->value[id] = i;
			return PMWB_OK;
		}
	return err_set(e, PMWB_INPUT, "%s cannot be '%s': it is one of %s", defs[id].name, words[1],
		       defs[id].words);
}

void prefs_note_problem(struct pmwb_prefs *p, int lineno, const char *message)
{
	if (p->bad_lines++ > 0)
		return;
	if (lineno > 0)
		snprintf(p->problem, sizeof(p->problem), "%s:%d: %s", p->shown, lineno, message);
	else
		snprintf(p->problem, sizeof(p->problem), "%s %s", p->shown, message);
}
