/* Where the database lives. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

enum pmwb_status cli_db_path(const char *explicit_path, char *buf, size_t size, int *is_default,
			     struct pmwb_error *e)
{
	const char *env = getenv("PMWB_DB");
	const char *xdg = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");
	int n;

	*is_default = 0;
	if (explicit_path) {
		if (!*explicit_path)
			return err_set(e, PMWB_USAGE, "the database file name given with -f is empty");
		n = snprintf(buf, size, "%s", explicit_path);
	} else if (env && *env) {
		n = snprintf(buf, size, "%s", env);
	} else {
		*is_default = 1;
		if (xdg && *xdg == '/')
			n = snprintf(buf, size, "%s/pmwb/portfolio.db", xdg);
		else if (home && *home)
			n = snprintf(buf, size, "%s/.local/share/pmwb/portfolio.db", home);
		else
			return err_set(e, PMWB_USAGE,
				       "no database given and neither XDG_DATA_HOME nor HOME is set; "
				       "use -f FILE or set PMWB_DB");
	}
	if (n < 0 || (size_t)n >= size)
		return err_set(e, PMWB_USAGE, "the database path is too long");
	return PMWB_OK;
}

enum pmwb_status cli_make_parent_dirs(const char *path, struct pmwb_error *e)
{
	char dir[4096];
	char *slash;

	if (snprintf(dir, sizeof(dir), "%s", path) >= (int)sizeof(dir))
		return err_set(e, PMWB_USAGE, "the database path is too long");
	slash = strrchr(dir, '/');
	if (!slash || slash == dir)
		return PMWB_OK;
	*slash = '\0';
	for (char *p = dir + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(dir, 0700) != 0 && errno != EEXIST)
			return err_set(e, PMWB_IO, "cannot create the folder %s: %s", dir, strerror(errno));
		*p = '/';
	}
	if (mkdir(dir, 0700) != 0 && errno != EEXIST)
		return err_set(e, PMWB_IO, "cannot create the folder %s: %s", dir, strerror(errno));
	return PMWB_OK;
}
