/* pmwb init: create the database (or upgrade it) and say where it is. */
#include "config.h"

#include "cli.h"
#include "pmwb/store.h"

static int run_init(struct cli_context *ctx, int argc, char **argv)
{
	struct pmwb_error e;
	struct store *st;
	int rc;

	(void)argv;
	if (argc > 1)
		return cli_usage_error(ctx, "init", "unexpected argument '%s'", argv[1]);
	rc = cli_open_store(ctx, STORE_CREATE, &st);
	if (rc)
		return rc;
	/* a damaged file must not pass for a good one: the quick check reads every page */
	err_clear(&e);
	if (store_check(st, 1, NULL, 0, &e) != PMWB_OK) {
		store_close(st);
		return cli_report(ctx, &e);
	}
	fprintf(ctx->out, "%s: schema version %d\n", ctx->db_path, store_file_version(st));
	store_close(st);
	return 0;
}

const struct cli_command cmd_init = {
	.name = "init",
	.summary = "create the database, or upgrade an older one",
	.usage = "Usage: pmwb [-f FILE] init\n"
		 "Create the database file (and its folder when it is the default one), or bring\n"
		 "an older file's schema up to date.  A file from a newer pmwb is left untouched.\n"
		 "Every page of an existing file is read for damage (SQLite's quick check).\n",
	.run = run_init,
};
