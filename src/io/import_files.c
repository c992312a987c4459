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

/* aliases "A|B|C" written "A, B, C" */
static void put_aliases(FILE *out, const char *aliases)
{
	for (const char *p = aliases; *p; p++)
		if (*p == '|')
			fputs(", ", out);
		else
			fputc(*p, out);
}

enum pmwb_status import_kind_columns(const char *kind, FILE *out, struct pmwb_error *e)
{
	const struct import_kind *k = import_kind_find(kind);

	if (!k)
		return err_set(e, PMWB_USAGE, "no kind '%s'; the kinds are %s", kind,
			       import_kind_list());
	fprintf(out, "%s (%s): each field, and the header names it is read from besides its own\n"
		"(in any case, spaces and punctuation aside; * a file must have it):\n",
		k->name, k->file);
	for (int i = 0; i < k->nfields; i++) {
		const struct import_field *f = &k->fields[i];
		if (f->flags & IMPORT_DERIVED)
			continue;
		fprintf(out, "  %-24s %s", f->name, f->flags & IMPORT_REQUIRED ? "* " : "  ");
		if (f->aliases)
			put_aliases(out, f->aliases);
		if (f->flags & IMPORT_MONEY)
			fprintf(out, "%s(money: £'000 unless its header states a unit)",
				f->aliases ? " " : "");
		fputc('\n', out);
	}
	if (k->classify)
		fputs(k->dynamic_money
			      ? "  and a column per financial year: fy2013_14_plan_k, 'Plan 2013/14', "
				"'2013/14 gross', 'fy2012_13_forecast_k' ...\n"
			      : "  and a column per quarter: '2013/14 Q1', 'Q1 13/14', 'Apr-Jun 2013' ...\n",
		      out);
	fputs("A header this does not name is read with --map 'Header Text=field'.\n", out);
	return PMWB_OK;
}
