/* How a name typed in a sheet matches a name pmwb holds (a programme's, an organisation's):
 * one rule for every lookup, strictest first, so that a register's spelling finds the same
 * record wherever it is read. */
#ifndef PMWB_NAME_MATCH_H
#define PMWB_NAME_MATCH_H

enum name_match_tier {
	NAME_MATCH_EXACT,   /* the same name in any case */
	NAME_MATCH_LETTERS, /* the same letters and digits ("Childrens" for "Children's") */
	NAME_MATCH_SHORT,   /* either without its bracketed abbreviation at the end */
	NAME_MATCH_TIERS
};

/* The strictest tier in which name matches want, or -1. */
int name_match_tier(const char *name, const char *want);

/* want is written in capitals as the initials of the last words of name, as a sheet calls an
 * organisation by its kind: "CCG" (or "BCCG") for "Bromley Clinical Commissioning Group".
 * Returns how many words before them it leaves out (the fewer, the closer), or -1.  Looser
 * than any tier, so only for organisations, which are few and named in full. */
int name_match_initials(const char *name, const char *want);

#endif
