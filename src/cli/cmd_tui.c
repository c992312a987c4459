/* pmwb tui (also what runs with no command): the workbench. */
#include "config.h"

#include <unistd.h>

#include "cli.h"
#include "pmwb/store.h"
#include "pmwb/ui.h"

static int run_tui(struct cli_context *ctx, int argc, char **argv)
{
	struct store *st;
	struct pmwb_error e;
	int rc;

	if (argc > 1)
		return cli_usage_error(ctx, "tui", "unexpected argument '%s'", argv[1]);
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(ctx->err, "pmwb: the workbench needs a terminal; use a command such as "
				  "'pmwb export' in scripts (see 'pmwb --help')\n");
		return 1;
	}
	rc = cli_open_store(ctx, STORE_READER, &st);
	if (rc)
		return rc;
	err_clear(&e);
	rc = ui_run(st, ctx->db_path, &e) == PMWB_OK ? 0 : cli_report(ctx, &e);
	store_close(st);
	return rc;
}

const struct cli_command cmd_tui = {
	.name = "tui",
	.summary = "open the workbench (the default when no command is given)",
	.usage = "Usage: pmwb [-f FILE] [tui]\n"
		 "Open the workbench on the database.  Press ? inside for the keys, q to quit.\n",
	.run = run_tui,
};
