/* "Did you mean ...?": the nearest candidate to a name typed wrong, or none. */
#include "config.h"

#include <string.h>

#include "check.h"
#include "pmwb/name_match.h"
#include "pmwb/nearest.h"

static const char *suggest(const char *typed, const char *const *names, size_t n)
{
	static struct nearest near;

	nearest_init(&near, typed);
	for (size_t i = 0; i < n; i++)
		nearest_offer(&near, names[i], strlen(names[i]));
	return nearest_best(&near);
}

#define SUGGEST(typed, names) suggest(typed, names, sizeof(names) / sizeof(names[0]))

static void test_distance(void)
{
	CHECK_INT(nearest_distance("", 0, "", 0), 0);
	CHECK_INT(nearest_distance("abc", 3, "", 0), 3);
	CHECK_INT(nearest_distance("Gynaecolgy", 10, "Gynaecology", 11), 1);
	CHECK_INT(nearest_distance("Gynaecolgoy", 11, "Gynaecology", 11), 1); /* a swap */
	CHECK_INT(nearest_distance("febuary", 7, "February", 8), 1);          /* case aside */
	CHECK_INT(nearest_distance("kitten", 6, "sitting", 7), 3);
}

static void test_best(void)
{
	static const char *const projects[] = {"Gynaecology", "Dermatology", "Anticoagulation",
					       "Cardiology Redesign", "Gynaecology"};
	static const char *const two[] = {"Step up", "Step in"};
	static const char *const none[] = {"x"};

	CHECK_STR(SUGGEST("Gynaecolgy", projects), "Gynaecology");
	CHECK_STR(SUGGEST("gynaecology", projects), "Gynaecology"); /* the case differs */
	CHECK_STR(SUGGEST("Dermatolgoy", projects), "Dermatology");
	CHECK(SUGGEST("Gynaecology", projects) == NULL);  /* itself: no suggestion */
	CHECK(SUGGEST("Orthopaedics", projects) == NULL); /* nothing near */
	CHECK(SUGGEST("Step ip", two) == NULL);           /* two as near: no guess */
	{
		struct nearest near;
		nearest_init(&near, "Step ip");
		nearest_offer(&near, two[0], strlen(two[0]));
		nearest_offer(&near, two[1], strlen(two[1]));
		CHECK(nearest_near(&near)); /* ... but near enough to be a typo */
		nearest_init(&near, "Orthopaedics");
		nearest_offer(&near, projects[0], strlen(projects[0]));
		CHECK(!nearest_near(&near));
	}
	CHECK(SUGGEST("ab", none) == NULL);               /* one edit in two letters is far */
	CHECK(suggest("anything", NULL, 0) == NULL);
}

/* An organisation called by its kind's initials, as a register's programme column does. */
static void test_initials(void)
{
	CHECK_INT(name_match_initials("Bromley Clinical Commissioning Group", "CCG"), 1);
	CHECK_INT(name_match_initials("Bromley Clinical Commissioning Group", "BCCG"), 0);
	CHECK_INT(name_match_initials("London Borough of Bromley; Bromley Clinical Commissioning "
				      "Group", "CCG"), 5);
	CHECK_INT(name_match_initials("Bromley Clinical Commissioning Group", "ccg"), -1);
	CHECK_INT(name_match_initials("Bromley Clinical Commissioning Group", "CC"), -1);
	CHECK_INT(name_match_initials("B&NES CCG", "CCG"), -1);
	CHECK_INT(name_match_initials("Clinical Commissioning Group", "C"), -1);
}

int main(void)
{
	test_distance();
	test_best();
	test_initials();
	return check_done();
}
