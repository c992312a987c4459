/* pmwb backup FILE: a consistent copy of the database, while others use it. */
#include "config.h"

#include "cli.h"
#include "pmwb/store.h"

static int run_backup(struct cli_context *ctx, int argc, char **argv)
{
	struct pmwb_error e;
	struct store *st;
	int rc;

	if (argc < 2)
		return cli_usage_error(ctx, "backup", "name the file to write the copy to");
	if (argc > 2)
		return cli_usage_error(ctx, "backup", "unexpected argument '%s'", argv[2]);
	rc = cli_open_store(ctx, STORE_READER, &st);
	if (rc)
		return rc;
	err_clear(&e);
	if (store_backup(st, argv[1], &e) != PMWB_OK) {
		store_close(st);
		return cli_report(ctx, &e);
	}
	store_close(st);
	fprintf(ctx->out, "%s: a copy of %s\n", argv[1], ctx->db_path);
	return 0;
}

const struct cli_command cmd_backup = {
	.name = "backup",
	.summary = "write a consistent copy of the database, while others use it",
	.usage = "Usage: pmwb [-f FILE] backup COPY\n"
		 "Write a copy of the database to COPY (replacing it whole if it exists) as it\n"
		 "stood at one moment, while others go on reading and writing it (SQLite's\n"
		 "online backup).  Copying the file with cp while someone writes can give a\n"
		 "damaged copy; this cannot.\n"
		 "\n"
		 "Exit status: 0 written, 1 usage error, 2 COPY could not be written,\n"
		 "3 database error.\n",
	.run = run_backup,
};
