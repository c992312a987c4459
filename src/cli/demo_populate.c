/* Filling the demo database from the bundled client plans: every folder of the data
 * directory, in name order, each imported like `pmwb import all FOLDER`, but for folders
 * marked NOT-IN-DEMO. */
#include "config.h"

#include <dirent.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "pmwb/import.h"
#include "pmwb/store.h"

/* $PMWB_DATA_DIR, else the source tree's data/ when this binary runs from the build tree
 * (tests, trying pmwb before installing), else the installed copy. */
static const char *data_dir(void)
{
	const char *env = getenv("PMWB_DATA_DIR");
	char exe[PATH_MAX];
	ssize_t n;

	if (env && *env)
		return env;
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		size_t len = strlen(PMWB_BUILDDIR);
		exe[n] = '\0';
		if (strncmp(exe, PMWB_BUILDDIR, len) == 0 && exe[len] == '/')
			return PMWB_SRC_DATADIR;
	}
	return PMWB_DATADIR;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

enum pmwb_status cli_demo_populate(struct cli_context *ctx, const char *path,
				   struct pmwb_error *e)
{
	const char *dir = data_dir();
	struct import_options o;
	struct store *st;
	struct dirent *d;
	char *names[64];
	int n = 0;
	enum pmwb_status status = PMWB_OK;
	DIR *dh;

	dh = opendir(dir);
	if (!dh)
		return err_set(e, PMWB_IO,
			       "the demo data is missing (%s); set PMWB_DATA_DIR to its folder", dir);
	while ((d = readdir(dh)) != NULL && n < 64) {
		char sub[PATH_MAX];
		struct stat sb;
		if (d->d_name[0] == '.')
			continue;
		snprintf(sub, sizeof(sub), "%s/%s", dir, d->d_name);
		if (stat(sub, &sb) != 0 || !S_ISDIR(sb.st_mode))
			continue;
		/* Summary tables that restate other folders' money (a consolidated plan, an
		 * overview) check totals in the tests; in the workbench they would count it twice. */
		snprintf(sub, sizeof(sub), "%s/%s/NOT-IN-DEMO", dir, d->d_name);
		if (stat(sub, &sb) == 0)
			continue;
		if (!(names[n] = strdup(d->d_name))) {
			status = err_set(e, PMWB_NOMEM, "out of memory reading %s", dir);
			break;
		}
		n++;
	}
	closedir(dh);
	if (status != PMWB_OK)
		goto out;
	qsort(names, (size_t)n, sizeof(names[0]), by_name);

	if (store_open(path, STORE_CREATE | STORE_SCRATCH, &st, e) != PMWB_OK)
		goto out;
	import_options_init(&o);
	o.out = NULL;
	o.msg = ctx->err;
	o.quiet = 2; /* the documents' own total mismatches are for `pmwb import`, not a demo */
	for (int i = 0; i < n && status == PMWB_OK; i++) {
		char sub[PATH_MAX];
		snprintf(sub, sizeof(sub), "%s/%s", dir, names[i]);
		status = import_dir(st, sub, &o, e);
	}
	store_close(st);
out:
	for (int i = 0; i < n; i++)
		free(names[i]);
	return e->status == PMWB_OK ? status : e->status;
}
