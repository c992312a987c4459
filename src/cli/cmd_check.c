/* pmwb check: look for damage in the database file. */
#include "config.h"

#include "cli.h"
#include "pmwb/store.h"

static int run_check(struct cli_context *ctx, int argc, char **argv)
{
	struct pmwb_error e;
	struct store *st;
	char problems[4096];
	int rc;

	if (argc > 1)
		return cli_usage_error(ctx, "check", "unexpected argument '%s'", argv[1]);
	rc = cli_open_store(ctx, STORE_READER, &st);
	if (rc)
		return rc;
	err_clear(&e);
	if (store_check(st, 0, problems, sizeof(problems), &e) != PMWB_OK) {
		fputs(problems, ctx->out);
		store_close(st);
		return cli_report(ctx, &e);
	}
	fprintf(ctx->out, "%s: no damage found (integrity and foreign keys checked)\n",
		ctx->db_path);
	store_close(st);
	return 0;
}

const struct cli_command cmd_check = {
	.name = "check",
	.summary = "look for damage in the database file",
	.usage = "Usage: pmwb [-f FILE] check\n"
		 "Read every page of the database file (SQLite's integrity check) and every\n"
		 "reference between its rows (its foreign-key check), and list what is wrong.\n"
		 "Writes nothing.  A damaged file is best replaced by your last backup of it.\n"
		 "\n"
		 "Exit status: 0 no damage found, 1 usage error, 3 damaged (or not readable).\n",
	.run = run_check,
};
