#include "config.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "test_signal.h"

void io_test_signal(const char *phase)
{
	static const struct {
		const char *name;
		int sig;
	} sigs[] = {{"INT", SIGINT}, {"TERM", SIGTERM}, {"HUP", SIGHUP}};
	const char *want = getenv("PMWB_TEST_SIGNAL");
	const char *at = want ? strchr(want, '@') : NULL;

	if (!at || strcmp(at + 1, phase) != 0)
		return;
	for (size_t i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		if (strlen(sigs[i].name) == (size_t)(at - want) &&
		    !strncmp(want, sigs[i].name, (size_t)(at - want)))
			raise(sigs[i].sig);
}
