/* pmwb [-f DB] [--demo] [COMMAND [ARGS]] */
#include "config.h"

#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "pmwb/store.h"

static void print_help(FILE *out)
{
	fprintf(out,
		"Usage: pmwb [-f FILE] [--demo] [COMMAND [ARGS...]]\n"
		"Programme-management workbench: a portfolio of programmes, their Gantt plan,\n"
		"risk register and QIPP savings, kept in one SQLite file.\n"
		"\n"
		"With no COMMAND, opens the workbench (the terminal user interface).\n"
		"\n"
		"Options:\n"
		"  -f, --file FILE  the database (default: $PMWB_DB, else\n"
		"                   $XDG_DATA_HOME/pmwb/portfolio.db; init and import create it)\n"
		"      --demo       use a fresh database built from the bundled demo data,\n"
		"                   never your own file\n"
		"  -h, --help       show this help\n"
		"  -V, --version    show the version\n"
		"\n"
		"Commands:\n");
	for (size_t i = 0; cli_commands[i]; i++)
		fprintf(out, "  %-10s %s\n", cli_commands[i]->name, cli_commands[i]->summary);
	fprintf(out,
		"\n"
		"'pmwb COMMAND --help' describes a command.\n"
		"The audit log names who made each change: $PMWB_USER when set, else the login\n"
		"name.\n"
		"Exit status: 0 success, 1 usage error, 2 data or input error, 3 database error.\n");
}

static int run_command(struct cli_context *ctx, int argc, char **argv)
{
	const struct cli_command *cmd;

	if (argc == 0) {
		char *tui_argv[] = {(char *)"tui", NULL};
		return cli_find_command("tui")->run(ctx, 1, tui_argv);
	}
	cmd = cli_find_command(argv[0]);
	if (!cmd)
		return cli_usage_error(ctx, NULL, "unknown command '%s'", argv[0]);
	if (cli_wants_help(argc, argv)) {
		if (cmd->usage)
			fputs(cmd->usage, ctx->out);
		if (cmd->help_more)
			cmd->help_more(ctx->out, argc, argv);
		return 0;
	}
	return cmd->run(ctx, argc, argv);
}

/* The demo database is scratch: nothing of it outlives the run, however it ends (but
 * SIGKILL).  The names are made before any signal may need them: unlink() is all the
 * handler does before it dies of the signal as it would have. */
static char demo_files[4][4096 + 16];

static void remove_demo_db(void)
{
	for (size_t i = 0; i < sizeof(demo_files) / sizeof(demo_files[0]); i++)
		if (demo_files[i][0])
			unlink(demo_files[i]);
}

static void demo_killed(int sig)
{
	remove_demo_db();
	signal(sig, SIG_DFL);
	raise(sig);
}

void cli_demo_keep(const char *path)
{
	static const char *const tails[] = {"", "-wal", "-shm", "-journal"};
	struct sigaction sa;

	for (size_t i = 0; i < sizeof(tails) / sizeof(tails[0]); i++)
		snprintf(demo_files[i], sizeof(demo_files[i]), "%s%s", path, tails[i]);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = demo_killed;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

int main(int argc, char **argv)
{
	static const struct option options[] = {
		{"file", required_argument, NULL, 'f'},
		{"demo", no_argument, NULL, 'D'},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{NULL, 0, NULL, 0},
	};
	struct cli_context ctx = {.out = stdout, .err = stderr};
	const char *explicit_path = NULL;
	int c;

	opterr = 0;
	/* "+": stop at the command name so its own options reach it. */
	while ((c = getopt_long(argc, argv, "+:f:hV", options, NULL)) != -1) {
		switch (c) {
		case 'f':
			explicit_path = optarg;
			break;
		case 'D':
			ctx.demo = 1;
			break;
		case 'h':
			print_help(stdout);
			return 0;
		case 'V':
			printf("pmwb %s\n", PACKAGE_VERSION);
			return 0;
		case ':':
			return cli_usage_error(&ctx, NULL, "option '%s' needs a value", argv[optind - 1]);
		default:
			return cli_usage_error(&ctx, NULL, "unknown option '%s'", argv[optind - 1]);
		}
	}
	if (ctx.demo && explicit_path)
		return cli_usage_error(&ctx, NULL, "--demo and -f cannot be used together");

	static char path[4096];
	struct pmwb_error e;
	int is_default = 0;

	err_clear(&e);
	if (ctx.demo) {
		if (cli_demo_db(&ctx, path, sizeof(path), &e) != PMWB_OK) {
			remove_demo_db();
			return cli_report(&ctx, &e);
		}
	} else if (cli_db_path(explicit_path, path, sizeof(path), &is_default, &e) != PMWB_OK) {
		return cli_report(&ctx, &e);
	}
	ctx.db_path = path;
	ctx.db_is_default = is_default;

	int rc = run_command(&ctx, argc - optind, argv + optind);
	if (ctx.demo)
		remove_demo_db();
	return rc;
}
