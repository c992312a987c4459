/* pmwb report KIND: the tables that go into board papers. */
#include "config.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "pmwb/date.h"
#include "pmwb/report.h"
#include "pmwb/store.h"
#include "pmwb/store_report.h"
#include "pmwb/store_query.h"
#include "pmwb/store_threshold.h"

/* Settings stored in the database shape every report: FY start month and RAG rules. */
static enum pmwb_status load_settings(struct store *st, struct fy_settings *fy,
				      struct qipp_rag_rules *rules, struct pmwb_error *e)
{
	char buf[32];
	int found;

	*fy = fy_settings_default();
	qipp_rag_rules_default(rules);
	if (store_setting_get(st, "fy_start_month", buf, sizeof(buf), &found, e) != PMWB_OK)
		return e->status;
	if (found && fy_parse_start_month(buf, &fy->start_month, e) != PMWB_OK)
		return err_set(e, PMWB_DB, "the setting fy_start_month ('%s') is not a month", buf);
	if (store_setting_get(st, "rag_green_pct", buf, sizeof(buf), &found, e) != PMWB_OK)
		return e->status;
	if (found)
		rules->green_pct = atoi(buf);
	if (store_setting_get(st, "rag_amber_pct", buf, sizeof(buf), &found, e) != PMWB_OK)
		return e->status;
	if (found)
		rules->amber_pct = atoi(buf);
	if (qipp_rag_rules_validate(rules, e) != PMWB_OK)
		return err_set(e, PMWB_DB, "the RAG settings in the database are not usable: %s", e->msg);
	return PMWB_OK;
}

int cli_today(struct cli_context *ctx, int *year, int *month, int *day)
{
	const char *fixed = getenv("PMWB_TODAY");
	struct pmwb_error e;

	if (fixed && *fixed) {
		err_clear(&e);
		if (date_parse_day(fixed, year, month, day, &e) != PMWB_OK) {
			fprintf(ctx->err, "pmwb: PMWB_TODAY: %s\n", e.msg);
			return 1;
		}
		return 0;
	}
	time_t now = time(NULL);
	struct tm tm;
	localtime_r(&now, &tm);
	*year = tm.tm_year + 1900;
	*month = tm.tm_mon + 1;
	*day = tm.tm_mday;
	return 0;
}

struct report_args {
	const char *fy;
	const char *month;
	const char *programme;
	const char *min_score;
	enum report_format format;
};

static int parse_args(struct cli_context *ctx, const char *name, int argc, char **argv,
		      struct report_args *a)
{
	static const struct option options[] = {
		{"fy", required_argument, NULL, 'y'},
		{"month", required_argument, NULL, 'm'},
		{"programme", required_argument, NULL, 'p'},
		{"format", required_argument, NULL, 'F'},
		{"min-score", required_argument, NULL, 's'},
		{NULL, 0, NULL, 0},
	};
	struct pmwb_error e;
	int c;

	memset(a, 0, sizeof(*a));
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":", options, NULL)) != -1) {
		switch (c) {
		case 'y':
			a->fy = optarg;
			break;
		case 'm':
			a->month = optarg;
			break;
		case 'p':
			a->programme = optarg;
			break;
		case 's':
			a->min_score = optarg;
			break;
		case 'F':
			if (report_parse_format(optarg, &a->format, &e) != PMWB_OK)
				return cli_usage_error(ctx, name, "%s", e.msg);
			break;
		case ':':
			return cli_usage_error(ctx, name, "option '%s' needs a value", argv[optind - 1]);
		default:
			return cli_usage_error(ctx, name, "unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind < argc)
		return cli_usage_error(ctx, name, "unexpected argument '%s'", argv[optind]);
	return 0;
}

/* --fy and --month: either may be given; the other follows from it or from today. */
static int resolve_period(struct cli_context *ctx, const char *name, const struct report_args *a,
			  const struct fy_settings *fs, int *fy, fy_month *asof)
{
	struct pmwb_error e;
	int y, m, d;

	err_clear(&e);
	if (a->month) {
		struct date_value v;
		if (date_parse(fs, a->month, 0, &v, &e) != PMWB_OK)
			return cli_usage_error(ctx, name, "--month: %s", e.msg);
		*asof = v.first;
		*fy = fy_of_month(fs, *asof);
		if (a->fy) {
			int given;
			if (fy_parse(a->fy, &given, &e) != PMWB_OK)
				return cli_usage_error(ctx, name, "--fy: %s", e.msg);
			if (given != *fy)
				return cli_usage_error(ctx, name, "--month %s is not in --fy %s", a->month,
						       a->fy);
		}
		return 0;
	}
	if (cli_today(ctx, &y, &m, &d))
		return 1;
	fy_month today = fy_month_make(y, m);
	if (a->fy) {
		if (fy_parse(a->fy, fy, &e) != PMWB_OK)
			return cli_usage_error(ctx, name, "--fy: %s", e.msg);
		fy_month first = fy_first_month(fs, *fy);
		/* A past year is reported at its end, a future one at its start. */
		*asof = today < first ? first : today > first + 11 ? first + 11 : today;
	} else {
		*asof = today;
		*fy = fy_of_month(fs, today);
	}
	return 0;
}

/* --programme CODE, or "corporate" for the organisation's own register. */
static int check_programme(struct cli_context *ctx, struct store *st, const char **code)
{
	struct pmwb_error e;
	int exists;

	err_clear(&e);
	if (!*code)
		return 0;
	if (strcmp(*code, "corporate") == 0) {
		*code = "";
		return 0;
	}
	if (store_programme_exists(st, *code, &exists, &e) != PMWB_OK)
		return cli_report(ctx, &e);
	if (!exists) {
		err_set(&e, PMWB_INPUT, "no programme has the code '%s' (see 'pmwb export programmes')",
			*code);
		return cli_report(ctx, &e);
	}
	return 0;
}

static int risk_options(struct cli_context *ctx, struct store *st, const char *name, int argc,
			char **argv, struct report_risk_options *o)
{
	struct report_args a;
	struct pmwb_error e;
	int rc, y, m, d;

	if ((rc = parse_args(ctx, name, argc, argv, &a)))
		return rc;
	if (a.fy || a.month)
		return cli_usage_error(ctx, name, "--fy and --month are for the QIPP reports");
	memset(o, 0, sizeof(*o));
	if (a.min_score) {
		char *end;
		long v = strtol(a.min_score, &end, 10);
		if (end == a.min_score || *end || v < 1 || v > 25)
			return cli_usage_error(ctx, name, "--min-score '%s' is not a score from 1 to 25",
					       a.min_score);
		o->min_score = (int)v;
	}
	o->programme = a.programme;
	if ((rc = check_programme(ctx, st, &o->programme)))
		return rc;
	o->format = a.format;
	err_clear(&e);
	if (store_threshold_bands(st, &o->bands, &e) != PMWB_OK)
		return cli_report(ctx, &e);
	if (cli_today(ctx, &y, &m, &d))
		return 1;
	o->today_days = date_to_days(y, m, d);
	return 0;
}

static int run_risks(struct cli_context *ctx, struct store *st, int argc, char **argv)
{
	struct report_risk_options o;
	struct pmwb_error e;
	int rc;

	if ((rc = risk_options(ctx, st, "report risks", argc, argv, &o)))
		return rc;
	err_clear(&e);
	if (report_risks(st, ctx->out, &o, &e) != PMWB_OK)
		return cli_report(ctx, &e);
	return 0;
}

static int run_heatmap(struct cli_context *ctx, struct store *st, int argc, char **argv)
{
	struct report_risk_options o;
	struct pmwb_error e;
	int rc;

	if ((rc = risk_options(ctx, st, "report heatmap", argc, argv, &o)))
		return rc;
	err_clear(&e);
	if (report_heatmap(st, ctx->out, &o, &e) != PMWB_OK)
		return cli_report(ctx, &e);
	return 0;
}

static int run_qipp(struct cli_context *ctx, struct store *st, int argc, char **argv)
{
	struct report_args a;
	struct report_qipp_options o;
	struct pmwb_error e;
	int rc;

	if ((rc = parse_args(ctx, "report qipp", argc, argv, &a)))
		return rc;
	memset(&o, 0, sizeof(o));
	err_clear(&e);
	if (load_settings(st, &o.fy_settings, &o.rules, &e) != PMWB_OK)
		return cli_report(ctx, &e);
	if ((rc = resolve_period(ctx, "report qipp", &a, &o.fy_settings, &o.fy, &o.asof)))
		return rc;
	if (a.min_score)
		return cli_usage_error(ctx, "report qipp", "--min-score is for the risk reports");
	if ((rc = check_programme(ctx, st, &a.programme)))
		return rc;
	if (a.programme && !*a.programme)
		return cli_usage_error(ctx, "report qipp", "QIPP schemes belong to programmes; "
							    "there is no corporate QIPP");
	o.programme = a.programme;
	o.format = a.format;
	if (report_qipp(st, ctx->out, &o, &e) != PMWB_OK)
		return cli_report(ctx, &e);
	return 0;
}

static int run_exceptions(struct cli_context *ctx, struct store *st, int argc, char **argv)
{
	const char *name = "report exceptions";
	struct report_args a;
	struct report_exceptions_options o;
	struct pmwb_error e;
	int rc;

	if ((rc = parse_args(ctx, name, argc, argv, &a)))
		return rc;
	if (a.min_score || a.programme)
		return cli_usage_error(ctx, name, "the exception report covers every programme; "
						  "it takes --month, --fy and --format");
	if (a.format == REPORT_CSV)
		return cli_usage_error(ctx, name, "the exception report is text or md; for CSV use "
						  "'pmwb report qipp' and 'pmwb report risks'");
	memset(&o, 0, sizeof(o));
	err_clear(&e);
	if (load_settings(st, &o.fy_settings, &o.rules, &e) != PMWB_OK)
		return cli_report(ctx, &e);
	if ((rc = resolve_period(ctx, name, &a, &o.fy_settings, &o.fy, &o.asof)))
		return rc;
	if (store_threshold_bands(st, &o.bands, &e) != PMWB_OK)
		return cli_report(ctx, &e);
	o.format = a.format;
	if (report_exceptions(st, ctx->out, &o, &e) != PMWB_OK)
		return cli_report(ctx, &e);
	return 0;
}

static const struct {
	const char *name;
	int (*run)(struct cli_context *ctx, struct store *st, int argc, char **argv);
} reports[] = {
	{"qipp", run_qipp},
	{"risks", run_risks},
	{"heatmap", run_heatmap},
	{"exceptions", run_exceptions},
};

static int run_report(struct cli_context *ctx, int argc, char **argv)
{
	struct store *st;
	int rc;

	if (argc < 2)
		return cli_usage_error(ctx, "report", "say which report: qipp, risks, heatmap or exceptions");
	for (size_t i = 0; i < sizeof(reports) / sizeof(reports[0]); i++) {
		if (strcmp(argv[1], reports[i].name) != 0)
			continue;
		if ((rc = cli_open_store(ctx, STORE_CREATE, &st)))
			return rc;
		rc = reports[i].run(ctx, st, argc - 1, argv + 1);
		store_close(st);
		return rc;
	}
	return cli_usage_error(ctx, "report", "unknown report '%s'", argv[1]);
}

const struct cli_command cmd_report = {
	.name = "report",
	.summary = "print a report for a board paper (qipp, risks, heatmap, exceptions)",
	.usage = "Usage: pmwb [-f FILE] report REPORT [OPTIONS]\n"
		 "Print a report as aligned text (the default), CSV or Markdown.\n"
		 "\n"
		 "  qipp [--fy 2013/14] [--month 2013-09] [--programme CODE] [--format text|csv|md]\n"
		 "      Every QIPP scheme's gross and net plan for the year, the year-to-date plan\n"
		 "      (phased evenly) and actual, the latest full-year forecast, variance and RAG,\n"
		 "      with a total per programme and per organisation (and one for all, when\n"
		 "      the file holds several organisations' plans), in GBP thousands.\n"
		 "      The year defaults to the one holding today; the month to today's month,\n"
		 "      or the year's last month for a past year.  CSV columns: programme, scheme,\n"
		 "      fy, gross_plan_k, net_plan_k, ytd_plan_k, ytd_actual_k, forecast_k,\n"
		 "      variance_k, variance_pct, rag.\n"
		 "\n"
		 "  risks [--programme CODE|corporate] [--min-score N] [--format text|csv|md]\n"
		 "      The risk register by score, highest first: likelihood, impact, score, band,\n"
		 "      the authority an escalated risk goes to, the trend since its last change,\n"
		 "      review date (past ones marked !) and status.  'corporate' is the\n"
		 "      organisation's own register (risks with no programme).  CSV columns: ref,\n"
		 "      programme, risk, owner, likelihood, impact, score, band, escalated_to,\n"
		 "      trend, review_date, status, residual_likelihood, residual_impact,\n"
		 "      residual_score, target_score, likelihood_word, impact_word,\n"
		 "      initial_likelihood, initial_impact, initial_score.\n"
		 "\n"
		 "  heatmap [--programme CODE|corporate] [--min-score N] [--format text|csv|md]\n"
		 "      Counts of scored risks on the 5x5 matrix, impact up and likelihood across,\n"
		 "      each cell marked with its band.\n"
		 "\n"
		 "  exceptions [--month 2013-09] [--fy 2013/14] [--format text|md]\n"
		 "      The monthly exception report for the programme delivery group: QIPP\n"
		 "      schemes rated Red or Amber (with variance and owner), schemes that moved\n"
		 "      down a RAG level since the month before, schemes with no report for the\n"
		 "      month, programmes forecasting below plan, projects behind their baseline\n"
		 "      plan (the phases first imported for them) in the month's quarter, open\n"
		 "      escalated risks grouped by the authority they go to, and each\n"
		 "      organisation's totals.\n",
	.run = run_report,
};
