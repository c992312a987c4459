/* Likelihood and impact on the NPSA 5x5 matrix, as numbers or as the words registers use. */
#ifndef PMWB_SCALE_H
#define PMWB_SCALE_H

#include "pmwb/error.h"

enum scale_axis { SCALE_LIKELIHOOD, SCALE_IMPACT };

#define SCALE_MAX_OVERRIDES 16
#define SCALE_WORD_MAX 32

/* Word-to-level mapping for words registers use instead of numbers.  Default:
 * High=4, Medium=3, Low=2 (also "Med", "H", "M", "L"); overridable ("--scale High=5"). */
struct scale_map {
	int n;
	struct {
		char word[SCALE_WORD_MAX];
		int level;
	} entry[SCALE_MAX_OVERRIDES];
};

/* Fills in the seven default words. */
void scale_map_init(struct scale_map *m);
/* "WORD=N" with N 1-5; the word matched case-insensitively later.  Replaces an earlier entry
 * for the same word.  Blanks around either side are dropped ("Very High = 5"); the word must
 * have a letter and at most SCALE_WORD_MAX - 1 bytes; at most SCALE_MAX_OVERRIDES words in
 * all, defaults included.  Words are separate entries: "High=5" leaves "H" at 4.  An NPSA word
 * may only be mapped to its own level ("Moderate=3", useful for likelihood; "Major=5" is
 * refused), because scale_parse reads NPSA words first. */
enum pmwb_status scale_map_add(struct scale_map *m, const char *assignment, struct pmwb_error *e);

/* Parse a level: "1".."5", the NPSA words for the axis (likelihood: Rare, Unlikely, Possible,
 * Likely, Almost certain; impact: Negligible, Minor, Moderate, Major, Catastrophic), then the
 * map's words (m may be NULL for the defaults).  Case- and blank-insensitive.  *was_word is
 * set when the text was a word (so the caller keeps the original).  Rejects "6", "0", "2.5",
 * "Very High" (unless mapped) with a message saying which values are allowed.
 * "Blank-insensitive": blanks around the text are ignored and a run of blanks inside matches
 * one ("almost  certain").  was_word may be NULL. */
enum pmwb_status scale_parse(enum scale_axis axis, const struct scale_map *m, const char *text,
			     int *level, int *was_word, struct pmwb_error *e);

/* "Rare" ... "Almost certain" / "Negligible" ... "Catastrophic"; NULL outside 1-5. */
const char *scale_label(enum scale_axis axis, int level);

#endif
