/* Filling the demo database: lands with the importer (import issue). */
#include "config.h"

#include "cli.h"
#include "pmwb/store.h"

enum pmwb_status cli_demo_populate(struct cli_context *ctx, const char *path,
				   struct pmwb_error *e)
{
	struct store *st;

	(void)ctx;
	if (store_open(path, STORE_CREATE, &st, e) != PMWB_OK)
		return e->status;
	store_close(st);
	return PMWB_OK;
}
