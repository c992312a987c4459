/* The command line: global options, then one subcommand per file (cmd_*.c). */
#ifndef PMWB_CLI_H
#define PMWB_CLI_H

#include <signal.h>
#include <stdio.h>

#include "pmwb/error.h"
#include "pmwb/fy.h"
#include "pmwb/qipp.h"

struct store;

struct cli_context {
	const char *db_path; /* resolved: -f, $PMWB_DB, or the XDG default */
	int db_is_default;   /* db_path is the XDG default, not one the user named */
	int demo;            /* --demo: a fresh database built from the bundled demo data */
	FILE *out;
	FILE *err;
};

struct cli_command {
	const char *name;
	const char *summary; /* one line for `pmwb --help` */
	const char *usage;   /* full text for `pmwb COMMAND --help` */
	/* Optional: the part of the help made from a table, after usage (NULL: none); argv is
	 * the command's words, for a help that depends on them ('report NAME --help'). */
	void (*help_more)(FILE *out, int argc, char **argv);
	/* argv[0] is the command name.  Returns the process exit status. */
	int (*run)(struct cli_context *ctx, int argc, char **argv);
};

extern const struct cli_command *const cli_commands[];

const struct cli_command *cli_find_command(const char *name);

/* Print "pmwb: message" (with the file:line:column the error carries) and return its exit status. */
int cli_report(struct cli_context *ctx, const struct pmwb_error *e);
/* Print "pmwb: COMMAND: message; try 'pmwb COMMAND --help'" and return 1. */
int cli_usage_error(struct cli_context *ctx, const char *command, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* The usage error for an option a command does not know; for -f and --demo, which are
 * pmwb's own and go before the command, it says so. */
int cli_unknown_option(struct cli_context *ctx, const char *command, const char *option);
/* 1 when argv holds --help or -h before any "--". */
int cli_wants_help(int argc, char **argv);

/* Open the context's database with store_open's flags (with STORE_CREATE, the default
 * path's folder is made too); a missing file is refused with what to do about it. */
int cli_open_store(struct cli_context *ctx, int flags, struct store **out);

/* Ctrl-C, SIGTERM and SIGHUP during a long write (import, export -o): caught alike, the
 * flag set and st's work interrupted (store_interrupt), so that the command stops, undoes
 * what it had begun and says so, exit status 2. */
#define CLI_STOP_SIGNALS 3
extern volatile sig_atomic_t cli_stopped;
void cli_catch_stop_signals(struct store *st, struct sigaction old[CLI_STOP_SIGNALS]);
void cli_restore_signals(const struct sigaction old[CLI_STOP_SIGNALS]);

/* Resolve the database path: explicit, else $PMWB_DB, else $XDG_DATA_HOME/pmwb/portfolio.db,
 * else $HOME/.local/share/pmwb/portfolio.db.  *is_default is set for the last two. */
enum pmwb_status cli_db_path(const char *explicit_path, char *buf, size_t size, int *is_default,
			     struct pmwb_error *e);
/* mkdir -p of the folder holding path. */
enum pmwb_status cli_make_parent_dirs(const char *path, struct pmwb_error *e);

/* Today's date as store_today decides it ($PMWB_TODAY, else the file's as_of, else the
 * clock).  Returns non-zero (after saying why) when PMWB_TODAY is bad. */
int cli_today(struct cli_context *ctx, struct store *st, int *year, int *month, int *day);

/* The FY start month and RAG rules stored in the database (reports, qipp-totals). */
enum pmwb_status cli_load_settings(struct cli_context *ctx, struct store *st,
				   struct fy_settings *fy, struct qipp_rag_rules *rules,
				   struct pmwb_error *e);

/* --demo: make a fresh database file from the bundled demo data; path receives its name.
 * cli_demo_keep(path) is called as soon as the file exists, so that it is removed however
 * the run ends. */
void cli_demo_keep(const char *path);
enum pmwb_status cli_demo_db(struct cli_context *ctx, char *path, size_t size,
			     struct pmwb_error *e);
/* Fill the new demo database at path from the data folder (DATADIR, or $PMWB_DATA_DIR). */
enum pmwb_status cli_demo_populate(struct cli_context *ctx, const char *path,
				   struct pmwb_error *e);

#endif
