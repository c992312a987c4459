/* pmwb keys: the workbench's keys, from the one key table, for reading away from it (and,
 * with --man, the man page's KEYS section, which a test holds to this output). */
#include "config.h"

#include <string.h>

#include "cli.h"
#include "pmwb/ui.h"

static int run_keys(struct cli_context *ctx, int argc, char **argv)
{
	int man = 0;

	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--man") == 0)
			man = 1;
		else
			return cli_unknown_option(ctx, "keys", argv[i]);
	}
	/* The man page describes everyone's pmwb; the plain list is the reader's own keys. */
	ui_print_keys(ctx->out, man, !man);
	return 0;
}

const struct cli_command cmd_keys = {
	.name = "keys",
	.summary = "list the workbench's keys as you have them (the help pane, ?, in the workbench)",
	.usage = "Usage: pmwb keys [--man]\n"
		 "Every key of the workbench, view by view, from pmwb's one key table, with the\n"
		 "bindings of your preferences file (~/.config/pmwb/config) applied.  --man\n"
		 "prints the table's own keys as the man page's KEYS section.\n",
	.run = run_keys,
};
