/* What pmwb knows, from the command line (issue 14): pmwb log (the audit, newest first),
 * pmwb imports (the import runs) and pmwb history KIND [PROGRAMME] KEY (one record's story). */
#include "config.h"

#include <getopt.h>
#include <string.h>

#include "cli.h"
#include "pmwb/date.h"
#include "pmwb/report.h"
#include "pmwb/store.h"
#include "pmwb/store_history.h"
#include "pmwb/store_query_audit.h"
#include "pmwb/store_report.h"
#include "pmwb/text.h"

struct log_args {
	const char *since, *until, *who, *kind, *programme;
	enum report_format format;
	const struct store_audit_filter *filter; /* log: made of the above */
};

/* Options common to the three: --format, and for log its filters.  Returns the index of the
 * first operand, or -1 after a usage error (*rc set). */
static int parse(struct cli_context *ctx, const char *name, int filters, int argc, char **argv,
		 struct log_args *a, int *rc)
{
	static const struct option options[] = {
		{"since", required_argument, NULL, 's'},
		{"until", required_argument, NULL, 'u'},
		{"who", required_argument, NULL, 'w'},
		{"kind", required_argument, NULL, 'k'},
		{"programme", required_argument, NULL, 'p'},
		{"format", required_argument, NULL, 'F'},
		{NULL, 0, NULL, 0},
	};
	struct pmwb_error e;
	int c, idx = 0;

	memset(a, 0, sizeof(*a));
	optind = 0; /* 0, not 1: glibc starts afresh, permutation included */
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":", options, &idx)) != -1) {
		if (c != 'F' && c != ':' && c != '?' && !filters) {
			*rc = cli_usage_error(ctx, name, "--%s is an option of 'pmwb log'",
					      options[idx].name);
			return -1;
		}
		switch (c) {
		case 's':
			a->since = optarg;
			break;
		case 'u':
			a->until = optarg;
			break;
		case 'w':
			a->who = optarg;
			break;
		case 'k':
			a->kind = optarg;
			break;
		case 'p':
			a->programme = optarg;
			break;
		case 'F':
			if (report_parse_format(optarg, &a->format, &e) != PMWB_OK) {
				*rc = cli_usage_error(ctx, name, "%s", e.msg);
				return -1;
			}
			break;
		case ':':
			*rc = cli_usage_error(ctx, name, "option '%s' needs a value", argv[optind - 1]);
			return -1;
		default:
			*rc = cli_unknown_option(ctx, name, argv[optind - 1]);
			return -1;
		}
	}
	return optind;
}

/* --since and --until: a day, written as import reads days ("2013-10-15", "15/10/2013"). */
static int day_option(struct cli_context *ctx, const char *option, const char *text,
		      char out[11])
{
	struct pmwb_error e;
	int y, m, d;

	out[0] = '\0';
	if (!text)
		return 0;
	err_clear(&e);
	if (date_parse_day(text, &y, &m, &d, &e) != PMWB_OK)
		return cli_usage_error(ctx, "log", "%s '%s': %s", option, text, e.msg);
	snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
	return 0;
}

/* --kind and --programme name something the log holds, else one sentence says what it
 * holds. */
static int check_filters(struct cli_context *ctx, struct store *st, const struct log_args *a)
{
	struct pmwb_error e;
	char names[1024];
	int known;

	err_clear(&e);
	if (a->kind) {
		if (store_audit_entity_known(st, a->kind, &known, names, sizeof(names), &e) != PMWB_OK)
			return cli_report(ctx, &e);
		if (!known) {
			err_set(&e, PMWB_INPUT, "the audit log has no entries of kind '%s'; its kinds "
				"are: %s", a->kind, names[0] ? names : "(none yet)");
			return cli_report(ctx, &e);
		}
	}
	if (a->programme) {
		struct store_audit_filter f = {.programme = a->programme};
		struct store_audit_entry one;
		int got;
		if (store_programme_exists(st, a->programme, &known, &e) != PMWB_OK ||
		    (!known && store_audit_page(st, &f, 0, &one, 1, &got, &e) != PMWB_OK))
			return cli_report(ctx, &e);
		if (!known && !got) {
			err_set(&e, PMWB_INPUT, "no programme has the code '%s', and the audit log "
				"names none (see 'pmwb export programmes')", a->programme);
			return cli_report(ctx, &e);
		}
	}
	return 0;
}

/* Open the file to read, print, close: the exit status. */
static int with_store(struct cli_context *ctx, const struct log_args *a,
		      int (*print)(struct cli_context *ctx, struct store *st,
				   const struct log_args *a))
{
	struct store *st;
	int rc;

	if ((rc = cli_open_store(ctx, STORE_READER, &st)))
		return rc;
	rc = print(ctx, st, a);
	store_close(st);
	return rc;
}

static int print_log(struct cli_context *ctx, struct store *st, const struct log_args *a)
{
	struct pmwb_error e;
	int rc;

	if ((rc = check_filters(ctx, st, a)))
		return rc;
	err_clear(&e);
	return report_log(st, ctx->out, a->format, a->filter, &e) != PMWB_OK ? cli_report(ctx, &e)
									    : 0;
}

static int print_imports(struct cli_context *ctx, struct store *st, const struct log_args *a)
{
	struct pmwb_error e;

	err_clear(&e);
	return report_imports(st, ctx->out, a->format, &e) != PMWB_OK ? cli_report(ctx, &e) : 0;
}

static int run_log(struct cli_context *ctx, int argc, char **argv)
{
	struct store_audit_filter f;
	struct log_args a;
	int rc = 0, first = parse(ctx, "log", 1, argc, argv, &a, &rc);

	if (first < 0)
		return rc;
	if (first < argc)
		return cli_usage_error(ctx, "log", "unexpected argument '%s'", argv[first]);
	memset(&f, 0, sizeof(f));
	if ((rc = day_option(ctx, "--since", a.since, f.since)) ||
	    (rc = day_option(ctx, "--until", a.until, f.until)))
		return rc;
	if (f.since[0] && f.until[0] && strcmp(f.since, f.until) > 0)
		return cli_usage_error(ctx, "log", "--since %s is after --until %s", f.since, f.until);
	f.who = a.who;
	f.entity = a.kind;
	f.programme = a.programme;
	a.filter = &f;
	return with_store(ctx, &a, print_log);
}

static int run_imports(struct cli_context *ctx, int argc, char **argv)
{
	struct log_args a;
	int rc = 0, first = parse(ctx, "imports", 0, argc, argv, &a, &rc);

	if (first < 0)
		return rc;
	if (first < argc)
		return cli_usage_error(ctx, "imports", "unexpected argument '%s'", argv[first]);
	return with_store(ctx, &a, print_imports);
}

static int run_history(struct cli_context *ctx, int argc, char **argv)
{
	enum store_history_kind kind;
	struct store_record r;
	struct log_args a;
	struct pmwb_error e;
	struct store *st;
	const char *programme = NULL, *key;
	char names[512];
	int rc = 0, found, first = parse(ctx, "history", 0, argc, argv, &a, &rc);

	if (first < 0)
		return rc;
	if (argc - first < 2 || argc - first > 3)
		return cli_usage_error(ctx, "history", "say what: KIND [PROGRAMME] KEY, e.g. "
					       "'pmwb history risk PROMISE-R2'");
	if (store_history_kind_parse(argv[first], &kind))
		return cli_usage_error(ctx, "history", "no kind '%s'; the kinds are %s",
				       argv[first], store_history_kinds());
	if (argc - first == 3)
		programme = argv[first + 1];
	key = argv[argc - 1];
	if ((rc = cli_open_store(ctx, STORE_READER, &st)))
		return rc;
	err_clear(&e);
	if (store_history_find(st, kind, programme, key, &r, &found, names, sizeof(names), &e) !=
	    PMWB_OK) {
		rc = cli_report(ctx, &e);
	} else if (found == 0) {
		err_set(&e, PMWB_INPUT, "no %s has the key '%s'%s%s (see 'pmwb export %s')",
			argv[first], key, programme ? " in " : "", programme ? programme : "",
			kind == STORE_HISTORY_RISK ? "risks" : kind == STORE_HISTORY_PROJECT ? "phases"
			: kind == STORE_HISTORY_SCHEME ? "qipp" : "programmes");
		rc = cli_report(ctx, &e);
	} else if (found > 1) {
		err_set(&e, PMWB_INPUT, "%d %ss have the key '%s' (%s): name the programme, as "
			"'pmwb history %s PROGRAMME %s' ('corporate' for a corporate register)",
			found, argv[first], key, names, argv[first], key);
		rc = cli_report(ctx, &e);
	} else if (report_history(st, ctx->out, a.format, &r, &e) != PMWB_OK) {
		rc = cli_report(ctx, &e);
	}
	store_close(st);
	return rc;
}

const struct cli_command cmd_log = {
	.name = "log",
	.summary = "the audit log, newest first: who changed what, and when",
	.usage = "Usage: pmwb [-f FILE] log [--since DATE] [--until DATE] [--who NAME] [--kind KIND]\n"
		 "                          [--programme CODE] [--format text|md|csv]\n"
		 "Every change pmwb has written, newest first: when, who, the kind of record and\n"
		 "its key, the action and the change (before -> after).  Imports, edits in the\n"
		 "workbench, undo and settings are all here; nothing in pmwb changes or deletes\n"
		 "an entry.  Who is the login name, or $PMWB_USER when set.\n"
		 "\n"
		 "Options:\n"
		 "  --since DATE         entries on or after this day (2013-10-15)\n"
		 "  --until DATE         entries on or before this day\n"
		 "  --who NAME           one person's entries\n"
		 "  --kind KIND          one kind of record as the log names it (risk, phase,\n"
		 "                       programme, setting, qipp_month, an import kind ...)\n"
		 "  --programme CODE     the entries about one programme\n"
		 "  --format text|md|csv aligned text (the default), Markdown or CSV\n",
	.run = run_log,
};

const struct cli_command cmd_imports = {
	.name = "imports",
	.summary = "the import runs: each file read, its counts, units and warnings",
	.usage = "Usage: pmwb [-f FILE] imports [--format text|md|csv]\n"
		 "Every file pmwb has imported (since schema version 10), newest first: when, who,\n"
		 "the kind, the file's name, size and SHA-256, its rows and what they did (new,\n"
		 "updated, unchanged, deleted by --replace), the unit each money column was read\n"
		 "in, and every warning and notice the import gave, each printed total checked\n"
		 "among them.\n",
	.run = run_imports,
};

const struct cli_command cmd_history = {
	.name = "history",
	.summary = "one record's story: where it came from and every change to it",
	.usage = "Usage: pmwb [-f FILE] history KIND [PROGRAMME] KEY [--format text|md|csv]\n"
		 "One record's story: the file, line and import run it came from (or that it was\n"
		 "typed in the workbench), then for a risk its score and status over time, for a\n"
		 "project its phases against the baseline plan, for a QIPP scheme its plan years\n"
		 "and months as imported or typed; then its audit entries, newest first.\n"
		 "\n"
		 "KIND is risk, project, scheme (or qipp) or programme; KEY its ref, name or code.\n"
		 "When two registers or programmes share a key, PROGRAMME says which ('corporate'\n"
		 "for an organisation's own register).  Example: pmwb history risk PROMISE-R2\n",
	.run = run_history,
};
