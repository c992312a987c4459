/* What a user names to import, as Excel and Windows write it: a kind's file in any case
 * (Risks.CSV), and a kind's fields listed for a --map that names none of them. */
#include "config.h"

#include <dirent.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "import_impl.h"

int import_find_file(const char *dir, const char *file, char *path, size_t size)
{
	DIR *dh = opendir(dir);
	struct dirent *d;
	int found = 0;

	if (!dh)
		return 0;
	while ((d = readdir(dh)) != NULL) {
		if (strcasecmp(d->d_name, file) != 0)
			continue;
		snprintf(path, size, "%s/%s", dir, d->d_name);
		found = 1;
		if (strcmp(d->d_name, file) == 0)
			break; /* the name as pmwb writes it wins over another case of it */
	}
	closedir(dh);
	return found;
}

void import_field_names(const struct import_kind *k, char *buf, size_t size)
{
	buf[0] = '\0';
	for (int i = 0; i < k->nfields; i++) {
		size_t n = strlen(buf);
		if (!(k->fields[i].flags & IMPORT_DERIVED))
			snprintf(buf + n, size - n, "%s%s", n ? ", " : "", k->fields[i].name);
	}
}
