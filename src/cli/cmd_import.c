/* pmwb import KIND FILE... | pmwb import all DIR */
#include "config.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "pmwb/csvin.h"
#include "pmwb/import.h"
#include "pmwb/store.h"
#include "pmwb/store_settings.h"
#include "pmwb/text.h"

static void say_waiting(void *arg)
{
	struct cli_context *ctx = arg;

	fprintf(ctx->err, "pmwb: waiting for another pmwb to finish writing %s "
		"(Ctrl-C stops)\n", ctx->db_path);
	fflush(ctx->err);
}

/* The shared rules an import follows: the FY's start month (quarters, dates), how far a
 * total row may be from its rows, and the limit a QIPP month's figure is warned about past.
 * A bad stored value is said and its default used, as the reports do. */
static int import_settings(struct cli_context *ctx, struct store *st, struct import_options *o)
{
	struct pmwb_settings s;
	struct pmwb_error e;

	err_clear(&e);
	if (store_settings_load(st, &s, &e) != PMWB_OK)
		return cli_report(ctx, &e);
	if (s.problem[0])
		fprintf(ctx->err, "pmwb: warning: %s\n", s.problem);
	o->fy.start_month = s.value[SETTING_FY_START_MONTH];
	o->totals_tolerance_pct = s.value[SETTING_TOTALS_TOLERANCE_PCT];
	o->qipp_outlier_pct = s.value[SETTING_QIPP_OUTLIER_PCT];
	return 0;
}

/* Today, which a QIPP month's actual may not be after. */
static int cli_import_today(struct cli_context *ctx, struct store *st, struct import_options *o)
{
	int y, m, d;
	char text[32];

	if (cli_today(ctx, st, &y, &m, &d))
		return 1;
	o->today_month = fy_month_make(y, m);
	snprintf(text, sizeof(text), "%04d-%02d-%02d", y, m, d);
	text_copy(o->today, sizeof(o->today), text);
	return 0;
}

static int parse_delimiter(const char *s, char *out)
{
	if (strcmp(s, ",") == 0 || strcmp(s, "comma") == 0)
		*out = ',';
	else if (strcmp(s, ";") == 0 || strcmp(s, "semicolon") == 0)
		*out = ';';
	else if (strcmp(s, "tab") == 0 || strcmp(s, "\\t") == 0 || strcmp(s, "\t") == 0)
		*out = '\t';
	else
		return 0;
	return 1;
}

static int run_import(struct cli_context *ctx, int argc, char **argv)
{
	static const struct option options[] = {
		{"delimiter", required_argument, NULL, 'd'},
		{"encoding", required_argument, NULL, 'e'},
		{"header-row", required_argument, NULL, 'H'},
		{"map", required_argument, NULL, 'm'},
		{"scale", required_argument, NULL, 's'},
		{"dry-run", no_argument, NULL, 'n'},
		{"replace", no_argument, NULL, 'r'},
		{"max-errors", required_argument, NULL, 'E'},
		{"quiet", no_argument, NULL, 'q'},
		{"programme", required_argument, NULL, 'p'},
		{"accept-totals", no_argument, NULL, 'T'},
		{"organisation", required_argument, NULL, 'o'},
		{"organization", required_argument, NULL, 'o'},
		{"columns", no_argument, NULL, 'C'},
		{NULL, 0, NULL, 0},
	};
	struct import_options o;
	struct sigaction old[CLI_STOP_SIGNALS];
	struct pmwb_error e;
	struct store *st;
	enum pmwb_status status;
	char *end;
	int c, rc, columns = 0;

	import_options_init(&o);
	o.out = ctx->out;
	o.msg = ctx->err;
	err_clear(&e);
	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "nrq", options, NULL)) != -1) {
		switch (c) {
		case 'd':
			if (!parse_delimiter(optarg, &o.delimiter))
				return cli_usage_error(ctx, "import",
						       "--delimiter is ',' or ';' (or 'tab'), not '%s'",
						       optarg);
			break;
		case 'e':
			if (csvin_check_encoding(optarg, &e) != PMWB_OK)
				return cli_usage_error(ctx, "import", "%s", e.msg);
			o.encoding = optarg;
			break;
		case 'H':
			o.header_row = strtol(optarg, &end, 10);
			if (*end || o.header_row < 1)
				return cli_usage_error(ctx, "import",
						       "--header-row wants a line number, not '%s'",
						       optarg);
			break;
		case 'm':
			if (import_options_add_map(&o, optarg, &e) != PMWB_OK)
				return cli_usage_error(ctx, "import", "%s", e.msg);
			break;
		case 's':
			if (scale_map_add(&o.scale, optarg, &e) != PMWB_OK)
				return cli_usage_error(ctx, "import", "--scale: %s", e.msg);
			break;
		case 'n':
			o.dry_run = 1;
			break;
		case 'r':
			o.replace = 1;
			break;
		case 'E':
			o.max_errors = (int)strtol(optarg, &end, 10);
			if (*end || o.max_errors < 1)
				return cli_usage_error(ctx, "import",
						       "--max-errors wants a number, not '%s'", optarg);
			break;
		case 'q':
			o.quiet = 1;
			break;
		case 'C':
			columns = 1;
			break;
		case 'T':
			o.accept_totals = 1;
			break;
		case 'p':
			if (!optarg[0])
				return cli_usage_error(ctx, "import",
						       "--programme wants a programme's code or name");
			o.programme = optarg;
			break;
		case 'o':
			if (!optarg[0])
				return cli_usage_error(ctx, "import",
						       "--organisation wants an organisation's name");
			o.organisation = optarg;
			break;
		default:
			return cli_unknown_option(ctx, "import", argv[optind - 1]);
		}
	}
	if (optind >= argc)
		return cli_usage_error(ctx, "import", "say what to import: KIND FILE... (%s) or "
				       "all DIR", import_kind_list());
	if (strcmp(argv[optind], "all") != 0 && !import_kind_known(argv[optind]))
		return cli_usage_error(ctx, "import", "no kind '%s'; the kinds are %s",
				       argv[optind], import_kind_list());
	if (columns) {
		/* what a file of the kind may hold: no database needed */
		if (strcmp(argv[optind], "all") == 0 || optind + 1 < argc)
			return cli_usage_error(ctx, "import", "--columns takes one kind: pmwb "
					       "import KIND --columns");
		if (import_kind_columns(argv[optind], ctx->out, &e) != PMWB_OK)
			return cli_report(ctx, &e);
		return 0;
	}
	if (optind + 1 >= argc)
		return cli_usage_error(ctx, "import", "name the %s to import",
				       strcmp(argv[optind], "all") == 0 ? "folder" : "file");
	if (strcmp(argv[optind], "all") == 0 && optind + 2 < argc)
		return cli_usage_error(ctx, "import", "import all takes one folder");
	if (strcmp(argv[optind], "all") == 0 && o.programme)
		return cli_usage_error(ctx, "import", "--programme is for the files of one kind, "
				       "not for import all");

	rc = cli_open_store(ctx, STORE_CREATE, &st);
	if (rc)
		return rc;
	if ((rc = import_settings(ctx, st, &o)) != 0 || (rc = cli_import_today(ctx, st, &o)) != 0) {
		store_close(st);
		return rc;
	}
	/* never write into a damaged file: about 2 s at 1,000,000 risks (README) */
	if (store_check(st, 1, NULL, 0, &e) != PMWB_OK) {
		store_close(st);
		return cli_report(ctx, &e);
	}
	o.progress = isatty(fileno(ctx->err));
	o.interrupted = &cli_stopped;
	store_on_wait(st, say_waiting, ctx);
	cli_catch_stop_signals(st, old);
	if (strcmp(argv[optind], "all") == 0)
		status = import_dir(st, argv[optind + 1], &o, &e);
	else
		status = import_files(st, argv[optind], argv + optind + 1, argc - optind - 1, &o,
				      &e);
	cli_restore_signals(old);
	store_close(st);
	if (status != PMWB_OK)
		return cli_report(ctx, &e);
	if (cli_stopped)
		fprintf(ctx->err, "pmwb: the signal came after the import was committed: "
			"the import is complete\n");
	return 0;
}

const struct cli_command cmd_import = {
	.name = "import",
	.summary = "import spreadsheets (CSV): programmes, delivery, risks, qipp ...",
	.usage =
		"Usage: pmwb [-f FILE] import [OPTIONS] KIND CSV...\n"
		"       pmwb [-f FILE] import [OPTIONS] all FOLDER\n"
		"       pmwb import KIND --columns\n"
		"Import CSV files of one KIND: programmes, delivery, phases, milestones, risks,\n"
		"qipp, qipp-months, thresholds, metrics, statuses (which risk status words mean\n"
		"closed: Status, State open|closed).  'all FOLDER' imports every file of a\n"
		"folder named after its kind (programmes.csv, delivery.csv, ...) in the order they\n"
		"depend on each other.  Everything is imported in one transaction: if any row is\n"
		"wrong, every wrong row is reported as FILE:LINE:COLUMN and nothing is imported.\n"
		"Rows are matched to what the database holds by their key (programme code;\n"
		"programme and project; programme and risk ref; programme and scheme), so\n"
		"importing the same file again changes nothing.  A CSV named - is read from\n"
		"standard input.\n"
		"\n"
		"Options:\n"
		"  --dry-run              check the files and say what would change; write nothing\n"
		"  --replace              delete the rows the files cover but do not list: of\n"
		"                         their programmes (or --programme's), their\n"
		"                         organisations' own (corporate) rows and programmes,\n"
		"                         every threshold; says what it deletes (and with\n"
		"                         --dry-run what it would); never deletes a programme\n"
		"                         that still has projects, risks or schemes\n"
		"  --delimiter ,|;|tab    the separator (default: found from the header line)\n"
		"  --encoding NAME        the files' encoding when it is not UTF-8: windows-1252\n"
		"                         (Excel's \"CSV (Comma delimited)\"), latin1, utf-16\n"
		"                         (Excel's \"Unicode Text\", with or without a BOM)\n"
		"                         or another name 'iconv -l' lists\n"
		"  --header-row N         the header is on line N (default: found in the first 10)\n"
		"  --map 'Header=field'   read a column the names do not match (repeatable)\n"
		"  --columns              list KIND's fields and the header names each is read\n"
		"                         from, and import nothing\n"
		"  --scale 'WORD=N'       a likelihood/impact word's level 1-5 (repeatable;\n"
		"                         defaults High=4, Medium=3, Low=2)\n"
		"  --programme CODE       the programme of every row, for a sheet that has no\n"
		"                         programme column (a programme's own risk register)\n"
		"  --accept-totals        a total row further from its rows than the\n"
		"                         totals_tolerance_pct setting allows (default 1%) is a\n"
		"                         warning, not an error\n"
		"  --organisation NAME    whose the rows without a programme are (a corporate\n"
		"                         risk register, organisation-level metrics); needed\n"
		"                         when the database holds several organisations and\n"
		"                         the file has no organisation column\n"
		"  --max-errors N         print at most N bad rows (default 50)\n"
		"  -q, --quiet            no notices (unknown columns, skipped title rows)\n"
		"\n"
		"Exit status: 0 imported, 1 usage error, 2 bad input (nothing imported),\n"
		"3 database error.\n",
	.run = run_import,
};
