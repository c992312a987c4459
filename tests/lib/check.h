/* Assertions for unit drivers: count failures, print where, exit non-zero at the end.
 * A driver's main() calls the cases and returns check_done(). */
#ifndef PMWB_TEST_CHECK_H
#define PMWB_TEST_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_failures;
static int check_count;

#define CHECK(cond)                                                                   \
	do {                                                                          \
		check_count++;                                                        \
		if (!(cond)) {                                                        \
			check_failures++;                                             \
			fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, \
				#cond);                                               \
		}                                                                     \
	} while (0)

#define CHECK_INT(got, want)                                                          \
	do {                                                                          \
		long long check_got_ = (long long)(got), check_want_ = (long long)(want); \
		check_count++;                                                        \
		if (check_got_ != check_want_) {                                      \
			check_failures++;                                             \
			fprintf(stderr, "%s:%d: %s is %lld, want %lld\n", __FILE__,   \
				__LINE__, #got, check_got_, check_want_);             \
		}                                                                     \
	} while (0)

#define CHECK_STR(got, want)                                                          \
	do {                                                                          \
		const char *check_got_ = (got), *check_want_ = (want);                \
		check_count++;                                                        \
		if (!check_got_ || strcmp(check_got_, check_want_) != 0) {            \
			check_failures++;                                             \
			fprintf(stderr, "%s:%d: %s is \"%s\", want \"%s\"\n", __FILE__, \
				__LINE__, #got, check_got_ ? check_got_ : "(null)",   \
				check_want_);                                         \
		}                                                                     \
	} while (0)

/* The message must contain `part` (case-sensitive). */
#define CHECK_CONTAINS(got, part)                                                     \
	do {                                                                          \
		const char *check_got_ = (got), *check_part_ = (part);                \
		check_count++;                                                        \
		if (!check_got_ || !strstr(check_got_, check_part_)) {                \
			check_failures++;                                             \
			fprintf(stderr, "%s:%d: %s is \"%s\", want it to contain \"%s\"\n", \
				__FILE__, __LINE__, #got, check_got_ ? check_got_ : "(null)", \
				check_part_);                                         \
		}                                                                     \
	} while (0)

static inline int check_done(void)
{
	fprintf(stderr, "%d checks, %d failed\n", check_count, check_failures);
	return check_failures ? 1 : 0;
}

#endif
