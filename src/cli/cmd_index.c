/* pmwb index: build the indexes the panes otherwise build on first use (store_index.h), for
 * a file that many will open after a big import, or a script that runs before them. */
#include "config.h"

#include "cli.h"
#include "pmwb/store.h"
#include "pmwb/store_index.h"

static int run_index(struct cli_context *ctx, int argc, char **argv)
{
	struct pmwb_error e;
	struct store *st;
	int rc, built;

	if (argc > 1)
		return cli_usage_error(ctx, "index", "unexpected argument '%s'", argv[1]);
	rc = cli_open_store(ctx, 0, &st);
	if (rc)
		return rc;
	err_clear(&e);
	if (store_index_build_all(st, &built, &e) != PMWB_OK) {
		store_close(st);
		return cli_report(ctx, &e);
	}
	store_close(st);
	if (built)
		fprintf(ctx->out, "index: built %d index%s\n", built, built == 1 ? "" : "es");
	else
		fprintf(ctx->out, "index: every index is already built\n");
	return 0;
}

const struct cli_command cmd_index = {
	.name = "index",
	.summary = "build the indexes the panes would build on first use",
	.usage = "Usage: pmwb [-f FILE] index\n"
		 "Build now the indexes that pmwb otherwise builds the first time they are needed:\n"
		 "one per sort of the Risks pane, and the one that deleting programmes uses.  On a\n"
		 "register of a million risks each takes a second or so; run this after a big\n"
		 "import so that nobody waits for it in the workbench.  Safe to run again.\n",
	.run = run_index,
};
