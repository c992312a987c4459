/* "Did you mean ...?": the candidate nearest to a name typed wrong ("Gynaecolgy" for
 * "Gynaecology", "Febuary" for "February"), by edit distance (insertions, deletions,
 * substitutions and swaps of two neighbours, case aside).  Offer every candidate, then ask
 * for the best; one far from what was typed is no suggestion. */
#ifndef PMWB_NEAREST_H
#define PMWB_NEAREST_H

#include <stddef.h>

#define NEAREST_MAX 128 /* longer names are never suggested */

struct nearest {
	char typed[NEAREST_MAX];
	char best[NEAREST_MAX];
	int distance; /* of best; -1 before any candidate */
	int tied;     /* another candidate is as near: no single suggestion */
};

void nearest_init(struct nearest *n, const char *typed);
void nearest_offer(struct nearest *n, const char *candidate, size_t len);
/* The suggestion, or NULL: none offered, none near enough (at most one edit in five
 * letters, rounded up), or two equally near. */
const char *nearest_best(const struct nearest *n);
/* Whether some candidate is that near, one or more: a name that may be a typo. */
int nearest_near(const struct nearest *n);
/* Edit distance as above, case aside; a name over NEAREST_MAX bytes is far (a large value). */
int nearest_distance(const char *a, size_t alen, const char *b, size_t blen);

#endif
