/* pmwb export KIND [-o FILE] */
#include "config.h"

#include <getopt.h>
#include <string.h>

#include "cli.h"
#include "pmwb/date.h"
#include "pmwb/export.h"
#include "pmwb/store.h"

/* qipp-totals follows the stored settings and today, and --month when given. */
static int qipp_totals_options(struct cli_context *ctx, struct store *st, const char *month,
			       struct export_options *o)
{
	struct date_value v;
	struct pmwb_error e;
	int y, m, d;

	err_clear(&e);
	if (cli_load_settings(ctx, st, &o->fy, &o->rules, &e) != PMWB_OK)
		return cli_report(ctx, &e);
	if (cli_today(ctx, st, &y, &m, &d))
		return 1;
	o->today = fy_month_make(y, m);
	if (!month)
		return 0;
	if (date_parse(&o->fy, month, 0, &v, &e) != PMWB_OK)
		return cli_usage_error(ctx, "export", "--month: %s", e.msg);
	o->month = v.first;
	return 0;
}

static int run_export(struct cli_context *ctx, int argc, char **argv)
{
	static const struct option options[] = {
		{"output", required_argument, NULL, 'o'},
		{"with-source", no_argument, NULL, 'S'},
		{"bom", no_argument, NULL, 'B'},
		{"month", required_argument, NULL, 'M'},
		{NULL, 0, NULL, 0},
	};
	const char *month = NULL;
	struct export_options o = {.out = ctx->out};
	struct sigaction old[CLI_STOP_SIGNALS];
	enum pmwb_status status;
	struct pmwb_error e;
	struct store *st;
	int c, rc;

	err_clear(&e);
	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "o:", options, NULL)) != -1) {
		switch (c) {
		case 'o':
			o.output = optarg;
			break;
		case 'S':
			o.with_source = 1;
			break;
		case 'B':
			o.bom = 1;
			break;
		case 'M':
			month = optarg;
			break;
		case ':':
			return cli_usage_error(ctx, "export", "-o needs a file name");
		default:
			return cli_unknown_option(ctx, "export", argv[optind - 1]);
		}
	}
	if (optind >= argc)
		return cli_usage_error(ctx, "export", "say which kind to export: %s",
				       export_kind_list());
	if (!export_kind_known(argv[optind]))
		return cli_usage_error(ctx, "export", "no kind '%s'; the kinds are %s", argv[optind],
				       export_kind_list());
	if (optind + 1 < argc)
		return cli_usage_error(ctx, "export", "unexpected argument '%s'", argv[optind + 1]);
	if (month && strcmp(argv[optind], "qipp-totals") != 0)
		return cli_usage_error(ctx, "export", "--month is for qipp-totals");
	rc = cli_open_store(ctx, STORE_READER, &st);
	if (rc)
		return rc;
	if (!strcmp(argv[optind], "qipp-totals") &&
	    (rc = qipp_totals_options(ctx, st, month, &o)) != 0) {
		store_close(st);
		return rc;
	}
	/* a signal stops the export and removes its temporary file */
	if (o.output) {
		o.interrupted = &cli_stopped;
		cli_catch_stop_signals(st, old);
	}
	status = export_kind(st, argv[optind], &o, &e);
	if (o.output)
		cli_restore_signals(old);
	store_close(st);
	return status == PMWB_OK ? 0 : cli_report(ctx, &e);
}

const struct cli_command cmd_export = {
	.name = "export",
	.summary = "write a kind as CSV (the columns import reads, plus derived ones)",
	.usage =
		"Usage: pmwb [-f FILE] export [-o FILE] [--with-source] [--bom] [--month M] KIND\n"
		"Write KIND as CSV to standard output or to FILE (written to a temporary file\n"
		"and renamed, so FILE is never half-written).  KIND is one of programmes,\n"
		"delivery, phases, milestones, risks, qipp, qipp-months, thresholds, metrics,\n"
		"statuses (the risk status words and whether each means open or closed),\n"
		"and the totals qipp-totals and delivery-totals.  qipp-totals gives, per\n"
		"programme and financial year and for all programmes, the figures the QIPP pane\n"
		"and 'pmwb report qipp' total: schemes and how many reported, plan, forecast,\n"
		"year to date, variance and RAG, each year as of its last month or today's,\n"
		"whichever is earlier (as_of says which).\n"
		"The columns are the ones import reads, plus derived ones (a risk's\n"
		"state, computed_score and band, a scheme's total_plan_k); money is in £'000.\n"
		"Cells a spreadsheet would run as a formula start with an apostrophe.\n"
		"\n"
		"  -o, --output FILE   write to FILE instead of standard output\n"
		"      --with-source   add src_file and src_line: where each row came from\n"
		"      --bom           start with a UTF-8 byte order mark, without which Excel\n"
		"                      shows £ and accented letters wrong when it opens the file\n"
		"      --month M       qipp-totals: only the year of month M, as of M\n",
	.run = run_export,
};
