/* The one rule for matching a written name against a stored one (pmwb/name_match.h). */
#include "config.h"

#include <string.h>

#include "pmwb/name_match.h"
#include "pmwb/text.h"

/* The name without the bracketed abbreviation at its end: "Better Care Fund (BCF)" is
 * "Better Care Fund"; 0 when it has none. */
static size_t short_name_len(const char *name)
{
	size_t n = strlen(name);

	while (n > 0 && name[n - 1] == ' ')
		n--;
	if (n == 0 || name[n - 1] != ')')
		return 0;
	while (n > 0 && name[n - 1] != '(')
		n--;
	return n > 1 ? n - 1 : 0;
}

int name_match_tier(const char *name, const char *want)
{
	char a[256], b[256];

	if (text_equal_nocase(name, strlen(name), want))
		return NAME_MATCH_EXACT;
	text_fold(want, strlen(want), b, sizeof(b));
	if (!b[0])
		return -1;
	text_fold(name, strlen(name), a, sizeof(a));
	if (strcmp(a, b) == 0)
		return NAME_MATCH_LETTERS;
	/* either side may carry the abbreviation: "Mental Health (MH)" for "Mental Health" */
	text_fold(name, short_name_len(name), a, sizeof(a));
	if (a[0] && strcmp(a, b) == 0)
		return NAME_MATCH_SHORT;
	text_fold(name, strlen(name), a, sizeof(a));
	text_fold(want, short_name_len(want), b, sizeof(b));
	if (b[0] && strcmp(a, b) == 0)
		return NAME_MATCH_SHORT;
	return -1;
}

int name_match_initials(const char *name, const char *want)
{
	char initials[64];
	size_t n = 0, w = strlen(want);
	int start = 1;

	if (w < 2 || w >= sizeof(initials))
		return -1;
	for (size_t i = 0; i < w; i++)
		if (want[i] < 'A' || want[i] > 'Z')
			return -1;
	for (const char *p = name; *p && n < sizeof(initials) - 1; p++) {
		int letter = (*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z');
		if (letter && start)
			initials[n++] = (char)(*p & ~0x20);
		start = *p == ' ';
	}
	initials[n] = '\0';
	/* the last words: a place name before the kind is often left out; the fewer left out,
	 * the closer ("CCG" is Bromley CCG before a partnership of a council and the CCG) */
	return n >= w && strcmp(initials + n - w, want) == 0 ? (int)(n - w) : -1;
}
