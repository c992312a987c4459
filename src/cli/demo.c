/* --demo: a private database built from the bundled demo data, so that trying pmwb never
 * touches the user's own file. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "cli.h"
#include "pmwb/store.h"

enum pmwb_status cli_demo_db(struct cli_context *ctx, char *path, size_t size,
			     struct pmwb_error *e)
{
	const char *dir = getenv("XDG_RUNTIME_DIR");
	int fd;

	(void)ctx;
	if (!dir || !*dir)
		dir = getenv("TMPDIR");
	if (!dir || !*dir)
		dir = "/tmp";
	if (snprintf(path, size, "%s/pmwb-demo-XXXXXX", dir) >= (int)size)
		return err_set(e, PMWB_IO, "the folder for the demo database has too long a name");
	/* mkstemp: a name no one else has, made 0600 by this user, never a file another user
	 * put there first in a shared temporary folder */
	fd = mkstemp(path);
	if (fd < 0)
		return err_set(e, PMWB_IO, "cannot create the demo database in %s", dir);
	cli_demo_keep(path);
	close(fd);
	return cli_demo_populate(ctx, path, e);
}
