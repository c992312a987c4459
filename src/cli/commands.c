/* The subcommand table and the helpers every command shares. */
#include "config.h"

#include <stdarg.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "pmwb/store.h"

extern const struct cli_command cmd_init;
extern const struct cli_command cmd_tui;
extern const struct cli_command cmd_import;
extern const struct cli_command cmd_export;
extern const struct cli_command cmd_report;
extern const struct cli_command cmd_index;
extern const struct cli_command cmd_config;
extern const struct cli_command cmd_check;
extern const struct cli_command cmd_backup;
extern const struct cli_command cmd_keys;
extern const struct cli_command cmd_log;
extern const struct cli_command cmd_imports;
extern const struct cli_command cmd_history;

const struct cli_command *const cli_commands[] = {
	&cmd_init,
	&cmd_tui,
	&cmd_import,
	&cmd_export,
	&cmd_report,
	&cmd_index,
	&cmd_config,
	&cmd_check,
	&cmd_backup,
	&cmd_keys,
	&cmd_log,
	&cmd_imports,
	&cmd_history,
	NULL,
};

const struct cli_command *cli_find_command(const char *name)
{
	for (size_t i = 0; cli_commands[i]; i++)
		if (strcmp(cli_commands[i]->name, name) == 0)
			return cli_commands[i];
	return NULL;
}

volatile sig_atomic_t cli_stopped;
static struct store *volatile stopping;
static const int stop_signals[CLI_STOP_SIGNALS] = {SIGINT, SIGTERM, SIGHUP};

static void on_stop_signal(int sig)
{
	(void)sig;
	cli_stopped = 1;
	if (stopping)
		store_interrupt(stopping);
}

void cli_catch_stop_signals(struct store *st, struct sigaction old[CLI_STOP_SIGNALS])
{
	struct sigaction sa;

	cli_stopped = 0;
	stopping = st;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_stop_signal;
	sigemptyset(&sa.sa_mask);
	for (int i = 0; i < CLI_STOP_SIGNALS; i++)
		sigaction(stop_signals[i], &sa, &old[i]);
}

void cli_restore_signals(const struct sigaction old[CLI_STOP_SIGNALS])
{
	for (int i = 0; i < CLI_STOP_SIGNALS; i++)
		sigaction(stop_signals[i], &old[i], NULL);
	stopping = NULL;
}

int cli_report(struct cli_context *ctx, const struct pmwb_error *e)
{
	char buf[PMWB_ERR_MSG_MAX + PMWB_ERR_FILE_MAX + 64];

	err_format(e, buf, sizeof(buf));
	fprintf(ctx->err, "pmwb: %s\n", buf);
	return err_exit_code(e->status);
}

int cli_usage_error(struct cli_context *ctx, const char *command, const char *fmt, ...)
{
	va_list ap;

	fputs("pmwb: ", ctx->err);
	if (command)
		fprintf(ctx->err, "%s: ", command);
	va_start(ap, fmt);
	vfprintf(ctx->err, fmt, ap);
	va_end(ap);
	if (command)
		fprintf(ctx->err, "; try 'pmwb %s --help'\n", command);
	else
		fputs("; try 'pmwb --help'\n", ctx->err);
	return 1;
}

int cli_unknown_option(struct cli_context *ctx, const char *command, const char *option)
{
	if (strncmp(option, "-f", 2) == 0 || strncmp(option, "--file", 6) == 0)
		return cli_usage_error(ctx, command, "-f FILE goes before the command: 'pmwb -f FILE %s ...'",
				       command);
	if (strcmp(option, "--demo") == 0)
		return cli_usage_error(ctx, command, "--demo goes before the command: 'pmwb --demo %s ...'",
				       command);
	return cli_usage_error(ctx, command, "unknown option '%s'", option);
}

int cli_wants_help(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			return 0;
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
			return 1;
	}
	return 0;
}

/* A folder anyone may write (0777) lets anyone replace the file, or put their own -wal and
 * -shm beside it before pmwb makes them: said, not refused (a shared folder is the user's
 * choice to make). */
static void warn_loose_folder(struct cli_context *ctx)
{
	char dir[4096];
	const char *slash = strrchr(ctx->db_path, '/');
	struct stat sb;

	if (ctx->demo)
		return;
	if (!slash)
		snprintf(dir, sizeof(dir), ".");
	else
		snprintf(dir, sizeof(dir), "%.*s", slash == ctx->db_path ? 1 : (int)(slash - ctx->db_path),
			 ctx->db_path);
	/* a sticky folder (/tmp) lets no one else rename or remove the file */
	if (stat(dir, &sb) == 0 && (sb.st_mode & S_IWOTH) && !(sb.st_mode & S_ISVTX))
		fprintf(ctx->err,
			"pmwb: warning: the folder %s may be written by everyone on this machine, "
			"who could replace %s or the files SQLite keeps beside it; keep the "
			"database in a folder only you or your group may write (chmod o-w %s)\n",
			dir, ctx->db_path, dir);
}

int cli_open_store(struct cli_context *ctx, int flags, struct store **out)
{
	struct pmwb_error e;

	err_clear(&e);
	if ((flags & STORE_CREATE) && ctx->db_is_default &&
	    cli_make_parent_dirs(ctx->db_path, &e) != PMWB_OK)
		return cli_report(ctx, &e);
	if (store_open(ctx->db_path, flags, out, &e) == PMWB_OK) {
		warn_loose_folder(ctx);
		return 0;
	}
	if (e.status == PMWB_DB_MISSING && ctx->db_is_default)
		err_set(&e, e.status,
			"no database yet at %s: create it with 'pmwb init' (empty) or 'pmwb import "
			"all FOLDER' (from your spreadsheets), or try 'pmwb --demo'",
			ctx->db_path);
	else if (e.status == PMWB_DB_MISSING)
		err_set(&e, e.status,
			"no such database %s: check the name, or create it with 'pmwb -f %s init' "
			"(empty) or 'pmwb -f %s import' (from your spreadsheets)",
			ctx->db_path, ctx->db_path, ctx->db_path);
	return cli_report(ctx, &e);
}
