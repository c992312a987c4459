/* pmwb config: the shared settings (pmwb/settings.h), listed, read and changed by name. */
#include "config.h"

#include <string.h>

#include "cli.h"
#include "pmwb/prefs.h"
#include "pmwb/prefs_file.h"
#include "pmwb/store.h"
#include "pmwb/store_settings.h"
#include "pmwb/ui.h"

/* The person's own preferences, which `config` does not change: they are in their file. */
static void print_prefs(FILE *out)
{
	char path[PREFS_PATH_MAX];
	int col = 0;

	if (!prefs_file_path(path, sizeof(path)))
		snprintf(path, sizeof(path), "$XDG_CONFIG_HOME/pmwb/config");
	fprintf(out, "\nYour own preferences are lines 'NAME VALUE' in %s,\n"
		     "read when the workbench starts:\n", path);
	for (int i = 0; i < PREF_COUNT; i++)
		fprintf(out, "  %-22s %s (default %.*s)\n  %-22s %s\n", prefs_name((enum pref_id)i),
			prefs_words((enum pref_id)i),
			(int)strcspn(prefs_words((enum pref_id)i), " "),
			prefs_words((enum pref_id)i), "", prefs_help((enum pref_id)i));
	fprintf(out, "  %-22s %s\n  %-22s %s\n  %-22s", "bind ACTION KEY...",
		"e.g. 'bind down j Down', 'bind form-save Ctrl-W'", "",
		"the action gets those keys (up to 4) in every view; actions:", "");
	for (int i = 0; ui_bindable_action(i); i++) {
		const char *name = ui_bindable_action(i);
		if (col + (int)strlen(name) + 1 > 54) {
			fprintf(out, "\n  %-22s", "");
			col = 0;
		}
		col += fprintf(out, " %s", name);
	}
	fprintf(out, "\n");
}

static void print_table(FILE *out, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	for (int i = 0; i < SETTING_COUNT; i++) {
		const struct setting_def *d = settings_def((enum setting_id)i);
		char range[80];

		settings_range((enum setting_id)i, range, sizeof(range));
		fprintf(out, "  %-22s %s\n  %-22s %s\n", d->name, range, "", d->help);
	}
	print_prefs(out);
}

static int list(struct cli_context *ctx, struct store *st, const struct pmwb_settings *s)
{
	struct pmwb_error e;
	char buf[32];
	int is_set;

	err_clear(&e);
	for (int i = 0; i < SETTING_COUNT; i++) {
		if (store_settings_is_set(st, (enum setting_id)i, &is_set, &e) != PMWB_OK)
			return cli_report(ctx, &e);
		settings_format((enum setting_id)i, s->value[i], buf, sizeof(buf));
		fprintf(ctx->out, "%s=%s%s\n", settings_def((enum setting_id)i)->name, buf,
			is_set ? "" : "  (default)");
	}
	return 0;
}

static int find(struct cli_context *ctx, const char *name, enum setting_id *id)
{
	int i = settings_find(name);

	if (i < 0)
		return cli_usage_error(ctx, "config", "there is no setting '%s' ('pmwb config list' "
						      "shows them all)", name);
	*id = (enum setting_id)i;
	return 0;
}

/* Check the words before opening anything: a mistyped command changes nothing. */
static int check_args(struct cli_context *ctx, int argc, char **argv, enum setting_id *id)
{
	static const struct {
		const char *verb;
		int args;
	} verbs[] = {{"list", 0}, {"get", 1}, {"set", 2}, {"reset", 1}};

	if (argc < 2)
		return cli_usage_error(ctx, "config", "say list, get NAME, set NAME VALUE or reset NAME");
	for (size_t v = 0; v < sizeof(verbs) / sizeof(verbs[0]); v++) {
		if (strcmp(argv[1], verbs[v].verb))
			continue;
		if (argc - 2 != verbs[v].args)
			return cli_usage_error(ctx, "config", "'config %s' takes %d argument%s",
					       verbs[v].verb, verbs[v].args,
					       verbs[v].args == 1 ? "" : "s");
		return verbs[v].args ? find(ctx, argv[2], id) : 0;
	}
	return cli_usage_error(ctx, "config", "unknown action '%s'", argv[1]);
}

static int run_config(struct cli_context *ctx, int argc, char **argv)
{
	enum setting_id id = 0;
	struct pmwb_settings s;
	struct pmwb_error e;
	struct store *st;
	char buf[32];
	int rc, writes;

	if ((rc = check_args(ctx, argc, argv, &id)))
		return rc;
	/* list and get only read, so they work on a file the user may not write */
	writes = !strcmp(argv[1], "set") || !strcmp(argv[1], "reset");
	if ((rc = cli_open_store(ctx, writes ? 0 : STORE_READER, &st)))
		return rc;
	err_clear(&e);
	if (!strcmp(argv[1], "set"))
		rc = store_settings_set(st, id, argv[3], &e) != PMWB_OK;
	else if (!strcmp(argv[1], "reset"))
		rc = store_settings_reset(st, id, &e) != PMWB_OK;
	if (rc || store_settings_load(st, &s, &e) != PMWB_OK) {
		store_close(st);
		return cli_report(ctx, &e);
	}
	if (s.problem[0])
		fprintf(ctx->err, "pmwb: warning: %s\n", s.problem);
	if (!strcmp(argv[1], "list")) {
		rc = list(ctx, st, &s);
	} else {
		settings_format(id, s.value[id], buf, sizeof(buf));
		fprintf(ctx->out, "%s=%s\n", settings_def(id)->name, buf);
	}
	store_close(st);
	return rc;
}

const struct cli_command cmd_config = {
	.name = "config",
	.summary = "list, read or change the settings shared by everyone using the file",
	.usage = "Usage: pmwb [-f FILE] config list | get NAME | set NAME VALUE | reset NAME\n"
		 "The rules everyone using this database shares: the financial year's first\n"
		 "month, the RAG tolerances, what an import accepts.  'list' shows each value\n"
		 "('(default)' when the file holds none of its own); 'set' checks the value\n"
		 "against its range and the other settings and writes it to the audit log;\n"
		 "'reset' goes back to the default.  A bad value stored by other means is\n"
		 "reported once by every command and its default used meanwhile.\n"
		 "\nSettings:\n",
	.help_more = print_table,
	.run = run_config,
};
