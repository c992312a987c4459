/* The preferences file: found the XDG way, read line by line, each line applied by core. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmwb/prefs_file.h"

int prefs_file_path(char *buf, size_t size)
{
	const char *xdg = getenv("XDG_CONFIG_HOME");
	const char *home = getenv("HOME");
	int n;

	/* The XDG spec: an empty or relative value is to be ignored. */
	if (xdg && xdg[0] == '/')
		n = snprintf(buf, size, "%s/pmwb/config", xdg);
	else if (home && *home)
		n = snprintf(buf, size, "%s/.config/pmwb/config", home);
	else
		return 0;
	return n > 0 && (size_t)n < size;
}

/* The path as people write it, ~ for the home folder, so that a message about a line fits. */
static void shown_path(struct pmwb_prefs *p)
{
	const char *home = getenv("HOME");
	size_t n = home ? strlen(home) : 0;

	if (n > 1 && strncmp(p->path, home, n) == 0 && p->path[n] == '/')
		snprintf(p->shown, sizeof(p->shown), "~%s", p->path + n);
	else
		snprintf(p->shown, sizeof(p->shown), "%s", p->path);
}

void prefs_load(struct pmwb_prefs *p)
{
	char line[1024];
	FILE *f;
	int lineno = 0;

	prefs_default(p);
	if (!prefs_file_path(p->path, sizeof(p->path))) {
		p->path[0] = '\0';
		return;
	}
	shown_path(p);
	f = fopen(p->path, "r");
	if (!f) {
		if (errno != ENOENT) {
			char msg[256];
			snprintf(msg, sizeof(msg), "cannot be read (%s); the defaults are used",
				 strerror(errno));
			prefs_note_problem(p, 0, msg);
		}
		return;
	}
	while (fgets(line, sizeof(line), f)) {
		struct pmwb_error e = {0};
		size_t len = strlen(line);

		lineno++;
		if (len == sizeof(line) - 1 && line[len - 1] != '\n') {
			int c;
			while ((c = fgetc(f)) != EOF && c != '\n')
				;
			prefs_note_problem(p, lineno, "a line longer than 1,022 characters; ignored");
			continue;
		}
		if (prefs_apply_line(p, line, lineno, &e) != PMWB_OK)
			prefs_note_problem(p, lineno, e.msg);
	}
	fclose(f);
}
