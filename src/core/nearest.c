/* The nearest name to one typed wrong (pmwb/nearest.h): optimal string alignment distance,
 * three rows of at most NEAREST_MAX + 1 cells. */
#include "config.h"

#include <string.h>

#include "pmwb/nearest.h"
#include "pmwb/text.h"

static int lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int min3(int a, int b, int c)
{
	int m = a < b ? a : b;
	return m < c ? m : c;
}

int nearest_distance(const char *a, size_t alen, const char *b, size_t blen)
{
	int rows[3][NEAREST_MAX + 1];
	int *prev2 = rows[0], *prev = rows[1], *cur = rows[2];

	if (alen > NEAREST_MAX || blen > NEAREST_MAX)
		return 1 << 20;
	for (size_t j = 0; j <= blen; j++)
		prev[j] = (int)j;
	for (size_t i = 1; i <= alen; i++) {
		int *t;
		cur[0] = (int)i;
		for (size_t j = 1; j <= blen; j++) {
			int same = lower((unsigned char)a[i - 1]) == lower((unsigned char)b[j - 1]);
			cur[j] = min3(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + !same);
			/* two neighbours swapped ("Gynaecolgoy") count as one edit */
			if (i > 1 && j > 1 &&
			    lower((unsigned char)a[i - 1]) == lower((unsigned char)b[j - 2]) &&
			    lower((unsigned char)a[i - 2]) == lower((unsigned char)b[j - 1]) &&
			    prev2[j - 2] + 1 < cur[j])
				cur[j] = prev2[j - 2] + 1;
		}
		t = prev2;
		prev2 = prev;
		prev = cur;
		cur = t;
	}
	return prev[blen];
}

void nearest_init(struct nearest *n, const char *typed)
{
	memset(n, 0, sizeof(*n));
	text_copy(n->typed, sizeof(n->typed), typed);
	n->distance = -1;
}

void nearest_offer(struct nearest *n, const char *candidate, size_t len)
{
	int d;

	if (len >= NEAREST_MAX)
		return;
	d = nearest_distance(n->typed, strlen(n->typed), candidate, len);
	if (n->distance >= 0 && d == n->distance) {
		/* the same name twice is no tie */
		if (!(strlen(n->best) == len && strncmp(n->best, candidate, len) == 0))
			n->tied = 1;
		return;
	}
	if (n->distance >= 0 && d >= n->distance)
		return;
	memcpy(n->best, candidate, len);
	n->best[len] = '\0';
	n->distance = d;
	n->tied = 0;
}

int nearest_near(const struct nearest *n)
{
	/* one edit in five letters, rounded up */
	return n->distance >= 0 && n->distance <= (int)(strlen(n->typed) + 4) / 5;
}

const char *nearest_best(const struct nearest *n)
{
	/* the name itself is no suggestion; the same name in another case is */
	if (!nearest_near(n) || n->tied || strcmp(n->best, n->typed) == 0)
		return NULL;
	return n->best;
}
