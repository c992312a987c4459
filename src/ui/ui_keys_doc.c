/* The key table as a document: the help pane's lines and `pmwb keys` (text, or the man page's
 * KEYS section) are one walk over the table, scope by scope, so they cannot disagree. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pmwb/prefs_file.h"
#include "pmwb/ui.h"
#include "ui_keys.h"

static const unsigned scope_order[] = {UI_SCOPE_GLOBAL, UI_SCOPE_MOVE, UI_SCOPE_DRILL,
				       UI_SCOPE_BACK, UI_SCOPE_FIND, UI_SCOPE_PROGRAMMES,
				       UI_SCOPE_GANTT, UI_SCOPE_PLAN, UI_SCOPE_MILESTONES, UI_SCOPE_RISKS, UI_SCOPE_CELLS,
				       UI_SCOPE_QIPP_GROUPS, UI_SCOPE_QIPP, UI_SCOPE_FORM};
#define N_SCOPES (int)(sizeof(scope_order) / sizeof(scope_order[0]))

int ui_keys_help_line(int i, char *key, size_t key_size, const char **text, int *kind)
{
	int n = 0;

	for (int s = 0; s < N_SCOPES; s++) {
		/* "Opening" covers both DRILL and BACK: one heading. */
		if (scope_order[s] != UI_SCOPE_BACK) {
			if (s > 0 && n++ == i) {
				key[0] = '\0';
				*text = "";
				*kind = UI_KEYS_LINE_BLANK;
				return 1;
			}
			if (n++ == i) {
				snprintf(key, key_size, "%s", ui_scope_name(scope_order[s]));
				*text = "";
				*kind = UI_KEYS_LINE_HEADING;
				return 1;
			}
		}
		for (int k = 0; k < ui_key_table_size; k++) {
			/* An entry of several scopes is listed under each. */
			if (!(ui_key_table[k].scope & scope_order[s]))
				continue;
			if (n++ == i) {
				ui_key_entry_names(&ui_key_table[k], key, key_size);
				*text = ui_key_table[k].help;
				*kind = UI_KEYS_LINE_KEY;
				return 1;
			}
		}
	}
	return 0;
}

/* Text for troff: a leading dot or quote would be a request, a backslash an escape. */
static void put_roff(FILE *out, const char *s)
{
	if (*s == '.' || *s == '\'')
		fputs("\\&", out);
	for (; *s; s++) {
		if (*s == '\\')
			fputs("\\e", out);
		else if (*s == '-')
			fputs("\\-", out);
		else
			fputc(*s, out);
	}
}

void ui_print_keys(FILE *out, int man, int with_prefs)
{
	char key[128], problem[PREFS_PATH_MAX + PMWB_ERR_MSG_MAX] = "";
	const char *text;
	int kind;

	if (with_prefs) {
		static struct pmwb_prefs prefs;
		prefs_load(&prefs);
		if (ui_keys_bind(&prefs, problem, sizeof(problem)) && problem[0])
			fprintf(stderr, "pmwb: %s (ignored)\n", problem);
		if (prefs.problem[0])
			fprintf(stderr, "pmwb: %s (ignored)\n", prefs.problem);
	}
	for (int i = 0; ui_keys_help_line(i, key, sizeof(key), &text, &kind); i++) {
		if (!man) {
			if (kind == UI_KEYS_LINE_KEY)
				fprintf(out, "  %-16s %s\n", key, text);
			else
				fprintf(out, "%s\n", key);
			continue;
		}
		if (kind == UI_KEYS_LINE_HEADING) {
			fputs(".SS ", out);
			put_roff(out, key);
			fputc('\n', out);
		} else if (kind == UI_KEYS_LINE_KEY) {
			fputs(".TP\n.B ", out);
			put_roff(out, key);
			fputc('\n', out);
			put_roff(out, text);
			fputc('\n', out);
		}
	}
	if (with_prefs)
		ui_keys_unbind();
}
