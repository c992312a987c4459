/* Risk scores and bands: score = likelihood x impact; bands and escalation thresholds are
 * data (stored in the database), with the NPSA defaults here. */
#ifndef PMWB_RISK_H
#define PMWB_RISK_H

#include "pmwb/error.h"

#define RISK_MAX_BANDS 8
#define RISK_NAME_MAX 32
#define RISK_TEXT_MAX 128

struct risk_band {
	char name[RISK_NAME_MAX];
	int min_score;
	int max_score;
	char authority[RISK_TEXT_MAX];
	char action[RISK_TEXT_MAX];
	int escalated; /* reaching this band escalates the risk to `authority` */
};

struct risk_bands {
	int n; /* ordered by min_score */
	struct risk_band band[RISK_MAX_BANDS];
};

/* 0 when either is outside 1-5 (an unscored risk). */
int risk_score(int likelihood, int impact);

/* Low 1-3 (Individuals and team managers; local control), Moderate 4-6 (Managers; record on the
 * register), High 8-12 (Senior manager; action required), Extreme 15-25 (Risk committee;
 * escalate to the corporate risk register, escalated). */
void risk_bands_default(struct risk_bands *b);

/* Sorts by min_score and checks: 1 <= min <= max <= 25, no two bands overlap, and every score
 * the 5x5 matrix can produce (1,2,3,4,5,6,8,9,10,12,15,16,20,25) falls in exactly one band.
 * The message names the bands that overlap or the score left uncovered.  Also refused: n
 * outside 1..RISK_MAX_BANDS, a band with no name (or one filling name[] unterminated), two
 * bands of the same name (ignoring case), and a band that holds none of those scores (such
 * as 13-14), which could never be shown.  Gaps at scores the matrix cannot give (7, 11, 13,
 * 14, 17-19, 21-24) are allowed. */
enum pmwb_status risk_bands_validate(struct risk_bands *b, struct pmwb_error *e);

/* Index of the band holding score, or -1 (score 0 or not covered). */
int risk_band_index(const struct risk_bands *b, int score);

/* Trend of a score since the previous review: -1 down, 0 same, +1 up; 0 when either score is
 * 0 (unscored), since there is no trend without two scores. */
int risk_trend(int previous_score, int current_score);

#endif
