/* pmwb report KIND: the tables that go into board papers. */
#include "config.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "pmwb/date.h"
#include "pmwb/report.h"
#include "pmwb/store.h"
#include "pmwb/store_report.h"
#include "pmwb/store_query.h"
#include "pmwb/store_organisation.h"
#include "pmwb/store_settings.h"
#include "pmwb/text.h"
#include "pmwb/store_threshold.h"

/* The shared settings shape every report: FY start month and RAG rules.  A bad stored value
 * is said once on stderr and its default used, as the workbench does. */
enum pmwb_status cli_load_settings(struct cli_context *ctx, struct store *st,
				   struct fy_settings *fy, struct qipp_rag_rules *rules,
				   struct pmwb_error *e)
{
	struct pmwb_settings s;

	if (store_settings_load(st, &s, e) != PMWB_OK)
		return e->status;
	if (s.problem[0])
		fprintf(ctx->err, "pmwb: warning: %s\n", s.problem);
	*fy = settings_fy(&s);
	*rules = settings_rag_rules(&s);
	return PMWB_OK;
}

int cli_today(struct cli_context *ctx, struct store *st, int *year, int *month, int *day)
{
	struct store_today t;
	struct pmwb_error e;

	err_clear(&e);
	if (store_today(st, &t, &e) != PMWB_OK)
		return cli_report(ctx, &e);
	if (t.problem[0]) {
		fprintf(ctx->err, "pmwb: %s\n", t.problem);
		return 1;
	}
	*year = t.year;
	*month = t.month;
	*day = t.day;
	return 0;
}

struct report_args {
	const char *fy;
	const char *month;
	const char *programme;
	const char *organisation;
	const char *min_score;
	const char *from, *to, *width; /* report gantt */
	enum report_format format;
	char organisation_name[256]; /* --organisation as the file names it */
	long long organisation_id;
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
		{"organisation", required_argument, NULL, 'o'},
		{"organization", required_argument, NULL, 'o'},
		{"from", required_argument, NULL, 'a'},
		{"to", required_argument, NULL, 'b'},
		{"width", required_argument, NULL, 'w'},
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
		case 'o':
			a->organisation = optarg;
			break;
		case 'a':
			a->from = optarg;
			break;
		case 'b':
			a->to = optarg;
			break;
		case 'w':
			a->width = optarg;
			break;
		case 'F':
			if (report_parse_format(optarg, &a->format, &e) != PMWB_OK)
				return cli_usage_error(ctx, name, "%s", e.msg);
			break;
		case ':':
			return cli_usage_error(ctx, name, "option '%s' needs a value", argv[optind - 1]);
		default:
			return cli_unknown_option(ctx, name, argv[optind - 1]);
		}
	}
	if (optind < argc)
		return cli_usage_error(ctx, name, "unexpected argument '%s'", argv[optind]);
	return 0;
}

/* --fy and --month: either may be given; the other follows from it or from today. */
static int resolve_period(struct cli_context *ctx, struct store *st, const char *name, const struct report_args *a,
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
	if (cli_today(ctx, st, &y, &m, &d))
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

/* --organisation NAME: the organisation as the file names it (matched as import matches
 * it), so that a report narrowed to "b&nes ccg" says "B&NES CCG". */
static int check_organisation(struct cli_context *ctx, struct store *st, struct report_args *a)
{
	enum store_organisation_match match;
	struct pmwb_error e;
	char names[512];
	long long id;

	err_clear(&e);
	if (!a->organisation)
		return 0;
	if (store_organisation_lookup(st, a->organisation, &id, a->organisation_name,
				      sizeof(a->organisation_name), &match, names, sizeof(names),
				      &e) != PMWB_OK)
		return cli_report(ctx, &e);
	if (match == STORE_ORGANISATION_FOUND) {
		a->organisation = a->organisation_name;
		a->organisation_id = id;
		return 0;
	}
	if (match == STORE_ORGANISATION_AMBIGUOUS)
		err_set(&e, PMWB_INPUT, "--organisation '%s' could be any of %s: write it in full",
			a->organisation, names);
	else
		err_set(&e, PMWB_INPUT, "no organisation goes by the name '%s' (see 'pmwb export "
					"programmes', column organisation)",
			a->organisation);
	return cli_report(ctx, &e);
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
	if ((rc = check_programme(ctx, st, &o->programme)) || (rc = check_organisation(ctx, st, &a)))
		return rc;
	text_copy(o->organisation, sizeof(o->organisation), a.organisation ? a.organisation : "");
	o->organisation_id = a.organisation_id;
	o->format = a.format;
	err_clear(&e);
	if (store_threshold_bands(st, &o->bands, &e) != PMWB_OK)
		return cli_report(ctx, &e);
	if (cli_today(ctx, st, &y, &m, &d))
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

/* Today's month: the year-to-date plan stops there. */
static int today_month(struct cli_context *ctx, struct store *st, fy_month *out)
{
	int y, m, d;

	if (cli_today(ctx, st, &y, &m, &d))
		return 1;
	*out = fy_month_make(y, m);
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
	if (cli_load_settings(ctx, st, &o.fy_settings, &o.rules, &e) != PMWB_OK)
		return cli_report(ctx, &e);
	if ((rc = resolve_period(ctx, st, "report qipp", &a, &o.fy_settings, &o.fy, &o.asof)) ||
	    (rc = today_month(ctx, st, &o.today)))
		return rc;
	if (a.min_score)
		return cli_usage_error(ctx, "report qipp", "--min-score is for the risk reports");
	if ((rc = check_programme(ctx, st, &a.programme)) || (rc = check_organisation(ctx, st, &a)))
		return rc;
	if (a.programme && !*a.programme)
		return cli_usage_error(ctx, "report qipp", "QIPP schemes belong to programmes; "
							    "there is no corporate QIPP");
	o.programme = a.programme;
	o.organisation = a.organisation;
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
						  "it takes --month, --fy, --organisation and --format");
	if (a.format == REPORT_CSV)
		return cli_usage_error(ctx, name, "the exception report is text or md; for CSV use "
						  "'pmwb report qipp' and 'pmwb report risks'");
	memset(&o, 0, sizeof(o));
	err_clear(&e);
	if (cli_load_settings(ctx, st, &o.fy_settings, &o.rules, &e) != PMWB_OK)
		return cli_report(ctx, &e);
	if ((rc = resolve_period(ctx, st, name, &a, &o.fy_settings, &o.fy, &o.asof)) ||
	    (rc = today_month(ctx, st, &o.today)))
		return rc;
	if (store_threshold_bands(st, &o.bands, &e) != PMWB_OK)
		return cli_report(ctx, &e);
	if ((rc = check_organisation(ctx, st, &a)))
		return rc;
	o.organisation = a.organisation;
	o.organisation_id = a.organisation_id;
	o.format = a.format;
	if (report_exceptions(st, ctx->out, &o, &e) != PMWB_OK)
		return cli_report(ctx, &e);
	return 0;
}

/* The options of report_args a report takes; any other one given is refused, saying what
 * the report takes. */
enum { OPT_FY = 1, OPT_MONTH = 2, OPT_PROGRAMME = 4, OPT_ORGANISATION = 8, OPT_MIN_SCORE = 16 };
static int only_options(struct cli_context *ctx, const char *name, const struct report_args *a,
			unsigned allowed, const char *takes)
{
	unsigned given = (a->fy ? OPT_FY : 0) | (a->month ? OPT_MONTH : 0) |
			 (a->programme ? OPT_PROGRAMME : 0) |
			 (a->organisation ? OPT_ORGANISATION : 0) | (a->min_score ? OPT_MIN_SCORE : 0);

	return given & ~allowed ? cli_usage_error(ctx, name, "%s", takes) : 0;
}

static int run_metrics(struct cli_context *ctx, struct store *st, int argc, char **argv)
{
	const char *name = "report metrics";
	struct report_args a;
	struct pmwb_error e;
	int rc;

	if ((rc = parse_args(ctx, name, argc, argv, &a)) ||
	    (rc = only_options(ctx, name, &a, OPT_PROGRAMME,
			       "the metrics report takes --programme and --format")) ||
	    (rc = check_programme(ctx, st, &a.programme)))
		return rc;
	err_clear(&e);
	if (report_metrics(st, ctx->out, a.programme, a.format, &e) != PMWB_OK)
		return cli_report(ctx, &e);
	return 0;
}

static int run_reconciliation(struct cli_context *ctx, struct store *st, int argc, char **argv)
{
	const char *name = "report reconciliation";
	struct report_args a;
	struct pmwb_error e;
	int rc;

	if ((rc = parse_args(ctx, name, argc, argv, &a)) ||
	    (rc = only_options(ctx, name, &a, OPT_ORGANISATION,
			       "it takes --organisation and --format")) ||
	    (rc = check_organisation(ctx, st, &a)))
		return rc;
	err_clear(&e);
	if (report_reconciliation(st, ctx->out, a.format, a.organisation, &e) != PMWB_OK)
		return cli_report(ctx, &e);
	return 0;
}

static int run_programmes(struct cli_context *ctx, struct store *st, int argc, char **argv)
{
	const char *name = "report programmes";
	struct report_programmes_options o;
	struct report_args a;
	struct pmwb_error e;
	int rc;

	if ((rc = parse_args(ctx, name, argc, argv, &a)) ||
	    (rc = only_options(ctx, name, &a, 0, "it covers every programme as of today; it "
						"takes --format")))
		return rc;
	memset(&o, 0, sizeof(o));
	err_clear(&e);
	if (cli_load_settings(ctx, st, &o.fy_settings, &o.rules, &e) != PMWB_OK ||
	    store_threshold_bands(st, &o.bands, &e) != PMWB_OK)
		return cli_report(ctx, &e);
	if ((rc = today_month(ctx, st, &o.today)))
		return rc;
	o.format = a.format;
	if (report_programmes(st, ctx->out, &o, &e) != PMWB_OK)
		return cli_report(ctx, &e);
	return 0;
}

/* --from and --to: quarters ("2013/14 Q1", "Q1 2013/14"); by default the plan's span. */
static int gantt_range(struct cli_context *ctx, struct store *st, const char *name,
		       const struct report_args *a, struct report_gantt_options *o)
{
	struct store_session_info info;
	struct pmwb_error e;

	err_clear(&e);
	if (store_session_info(st, &info, &e) != PMWB_OK)
		return cli_report(ctx, &e);
	o->fy_settings = info.fy;
	o->from = info.has_span ? info.first_q : fy_quarter_make(2013, 1);
	o->to = info.has_span ? info.last_q : o->from + 3;
	if (a->from && fy_parse_quarter(a->from, &o->from, &e) != PMWB_OK)
		return cli_usage_error(ctx, name, "--from: %s", e.msg);
	if (a->to && fy_parse_quarter(a->to, &o->to, &e) != PMWB_OK)
		return cli_usage_error(ctx, name, "--to: %s", e.msg);
	if (o->to < o->from)
		return cli_usage_error(ctx, name, "--to %s is before --from %s", a->to ? a->to : "",
				       a->from ? a->from : "");
	return 0;
}

static int run_gantt(struct cli_context *ctx, struct store *st, int argc, char **argv)
{
	const char *name = "report gantt";
	struct report_gantt_options o;
	struct report_args a;
	struct pmwb_error e;
	int rc;

	if ((rc = parse_args(ctx, name, argc, argv, &a)) ||
	    (rc = only_options(ctx, name, &a, OPT_PROGRAMME, "it takes --programme, --from, "
							     "--to, --width and --format")))
		return rc;
	memset(&o, 0, sizeof(o));
	o.width = 80;
	if (a.width && strcmp(a.width, "80") != 0 && strcmp(a.width, "132") != 0)
		return cli_usage_error(ctx, name, "--width is 80 or 132, not '%s'", a.width);
	if (a.width)
		o.width = atoi(a.width);
	if (a.programme && strcmp(a.programme, "corporate") == 0)
		return cli_usage_error(ctx, name, "a plan belongs to a programme: give its code");
	if ((rc = check_programme(ctx, st, &a.programme)) ||
	    (rc = gantt_range(ctx, st, name, &a, &o)))
		return rc;
	o.programme = a.programme;
	o.format = a.format;
	err_clear(&e);
	if (report_gantt(st, ctx->out, &o, &e) != PMWB_OK)
		return cli_report(ctx, &e);
	return 0;
}

/* Every report, once: how it runs and what its --help says.  'pmwb report --help' lists
 * them and 'pmwb report NAME --help' describes one, both from here; the columns come from
 * the report's own table in io/, so its help cannot drift from what it writes. */
struct report_def {
	const char *name;
	const char *synopsis; /* its options, as on a usage line */
	const char *about;    /* what it covers, in lines of at most 74 characters */
	const char *options;  /* one option a line, what it does and its default */
	const struct report_column *(*columns)(int *n); /* its CSV's columns, or NULL */
	int text_table;       /* its text is that table, less the columns of width 0 */
	int (*run)(struct cli_context *ctx, struct store *st, int argc, char **argv);
};

/* Options more than one report takes, said once. */
#define OPTION_FY "  --fy 2013/14         the financial year (default: the one holding today)\n"
#define OPTION_MONTH                                                                     \
	"  --month 2013-09      the report month, year to date up to its end (default:\n" \
	"                       today's month, or the year's last for a past year)\n"
#define OPTION_RISK_PROGRAMME                                                          \
	"  --programme CODE     one programme's register; 'corporate' is the\n"        \
	"                       organisation's own (risks with no programme)\n"
#define OPTION_ORGANISATION                                                            \
	"  --organisation NAME  one organisation's programmes (and corporate register)\n"
#define OPTION_MIN_SCORE "  --min-score N        only risks scoring N (1-25) or more\n"
#define OPTION_FORMAT_ALL "  --format text|csv|md "
#define SYNOPSIS_RISKS                                                                 \
	"[--programme CODE|corporate] [--organisation NAME] [--min-score N] [--format text|csv|md]"

static const struct report_def reports[] = {
	{.name = "qipp",
	 .synopsis = "[--fy 2013/14] [--month 2013-09] [--programme CODE] [--organisation NAME] [--format text|csv|md]",
	 .about = "Every QIPP scheme's gross and net plan for the year, the year-to-date plan\n"
		  "(phased evenly) and actual, the latest full-year forecast, variance and RAG,\n"
		  "with a total per programme and per organisation (and one for all, when\n"
		  "the file holds several organisations' plans), in GBP thousands.  Each\n"
		  "total says how many of its schemes reported, and holds their forecasts\n"
		  "against its whole plan: a scheme that did not report forecasts nothing.\n",
	 .options = OPTION_FY OPTION_MONTH
		    "  --programme CODE     one programme's schemes only\n"
		    OPTION_ORGANISATION
		    OPTION_FORMAT_ALL "aligned text (the default), CSV or Markdown\n",
	 .columns = report_qipp_columns,
	 .text_table = 1,
	 .run = run_qipp},
	{.name = "risks",
	 .synopsis = SYNOPSIS_RISKS,
	 .about = "The open risks by score, highest first (those the Risks pane counts; which\n"
		  "status words mean closed: pmwb export statuses): likelihood, impact,\n"
		  "score, band, the authority an escalated risk goes to, the trend since its\n"
		  "last change, review date (past ones marked !), status and mitigation (in\n"
		  "text on lines under each risk); residual and target figures and the\n"
		  "register's own words where a risk has them.\n",
	 .options = OPTION_RISK_PROGRAMME OPTION_ORGANISATION OPTION_MIN_SCORE
		    OPTION_FORMAT_ALL "aligned text (the default), CSV or Markdown\n",
	 .columns = report_risks_columns,
	 .text_table = 1,
	 .run = run_risks},
	{.name = "heatmap",
	 .synopsis = SYNOPSIS_RISKS,
	 .about = "Counts of open scored risks on the 5x5 matrix (the pane's heat map), impact\n"
		  "up and likelihood across, each cell marked with its band; CSV has a row per\n"
		  "cell.\n",
	 .options = OPTION_RISK_PROGRAMME OPTION_ORGANISATION OPTION_MIN_SCORE
		    OPTION_FORMAT_ALL "a grid as text (the default) or Markdown, or CSV\n",
	 .columns = report_heatmap_columns,
	 .run = run_heatmap},
	{.name = "exceptions",
	 .synopsis = "[--month 2013-09] [--fy 2013/14] [--organisation NAME] [--format text|md]",
	 .about = "The monthly exception report for the programme delivery group: QIPP\n"
		  "schemes rated Red or Amber (with variance and owner), schemes that moved\n"
		  "down a RAG level since the month before, schemes with no report for the\n"
		  "month, programmes forecasting below plan, projects behind their baseline\n"
		  "plan (the phases first imported for them) in the month's quarter, open\n"
		  "escalated risks grouped by the authority they go to, and each\n"
		  "organisation's totals.  It covers every programme, or one organisation's.\n",
	 .options = OPTION_MONTH OPTION_FY OPTION_ORGANISATION
		    "  --format text|md     aligned text (the default) or Markdown\n",
	 .run = run_exceptions},
	{.name = "metrics",
	 .synopsis = "[--programme CODE|corporate] [--format text|csv|md]",
	 .about = "The measures each plan states (pmwb import metrics): baseline, target,\n"
		  "period and unit, by programme in plan order, then the organisations' own\n"
		  "measures (a plan's corporate ones, marked (org.)).\n",
	 .options = "  --programme CODE     one programme's measures; 'corporate' is the\n"
		    "                       organisations' own\n"
		    OPTION_FORMAT_ALL "aligned text (the default), CSV or Markdown\n",
	 .columns = report_metrics_columns,
	 .text_table = 1,
	 .run = run_metrics},
	{.name = "programmes",
	 .synopsis = "[--format text|csv|md]",
	 .about = "The Programmes pane's summary, one row a programme in the plan's order: SRO\n"
		  "and lead, projects, phases in progress this quarter, open risks in each band,\n"
		  "and the year's QIPP net plan, forecast and RAG with how many schemes\n"
		  "reported, from the same read model the pane pages through.\n",
	 .options = OPTION_FORMAT_ALL "aligned text (the default), CSV or Markdown\n",
	 .run = run_programmes},
	{.name = "gantt",
	 .synopsis = "[--programme CODE] [--from Q] [--to Q] [--width 80|132] [--format text|csv|md]",
	 .about = "The Gantt pane's quarter grid, printable: each programme, then its projects,\n"
		  "with the phase under way in each quarter (S Scope, D Design, P Procure,\n"
		  "I Implement, R Review), * where a milestone falls due, ! an overdue one.\n"
		  "In text, the quarters that do not fit the width follow in a further block.\n",
	 .options = "  --programme CODE     one programme's plan\n"
		    "  --from Q, --to Q     the quarters shown, as 2013/14 Q1 (default: the plan's\n"
		    "                       whole span)\n"
		    "  --width 80|132       the text's width (default 80)\n"
		    OPTION_FORMAT_ALL "a grid as text (the default), or a column a quarter in\n"
		    "                       CSV or Markdown\n",
	 .run = run_gantt},
	{.name = "reconciliation",
	 .synopsis = "[--organisation NAME] [--format text|csv|md]",
	 .about = "Every printed total pmwb has seen in an imported sheet (a \"Total\" row of a\n"
		  "QIPP plan or delivery table) against the sum of the rows it covered as they\n"
		  "are now: agree, differ (the document's own slip, such as a total of 432 over\n"
		  "rows of 433), or rows changed since (edited, re-imported or deleted after the\n"
		  "import).  Figures are in the unit the sheet printed.\n",
	 .options = OPTION_ORGANISATION
		    OPTION_FORMAT_ALL "aligned text (the default), CSV or Markdown\n",
	 .columns = report_reconciliation_columns,
	 .text_table = 1,
	 .run = run_reconciliation},
};

#define N_REPORTS (sizeof(reports) / sizeof(reports[0]))

static const struct report_def *find_report(const char *name)
{
	for (size_t i = 0; i < N_REPORTS; i++)
		if (strcmp(name, reports[i].name) == 0)
			return &reports[i];
	return NULL;
}

/* text, each of its lines led by indent spaces */
static void put_indented(FILE *out, const char *text, int indent)
{
	for (const char *p = text; *p;) {
		const char *nl = strchr(p, '\n');
		int len = nl ? (int)(nl - p) : (int)strlen(p);
		fprintf(out, "%*s%.*s\n", indent, "", len, p);
		p += len + (nl ? 1 : 0);
	}
}

static void describe(FILE *out, const struct report_def *r)
{
	int n;

	fprintf(out, "Usage: pmwb [-f FILE] report %s %s\n", r->name, r->synopsis);
	fputs(r->about, out);
	fprintf(out, "\nOptions:\n%s", r->options);
	if (!r->columns)
		return;
	const struct report_column *cols = r->columns(&n);
	fprintf(out, "\nCSV columns%s:\n",
		r->text_table ? ", and their headings in text and Markdown (* not in text)" : "");
	for (int i = 0; i < n; i++)
		if (r->text_table)
			fprintf(out, "  %-20s %s%s\n", cols[i].csv_name, cols[i].title,
				cols[i].width == 0 ? " *" : "");
		else
			fprintf(out, "  %s\n", cols[i].csv_name);
}

static void report_help(FILE *out, int argc, char **argv)
{
	const struct report_def *r = argc > 1 ? find_report(argv[1]) : NULL;

	if (r) {
		describe(out, r);
		return;
	}
	fputs("Usage: pmwb [-f FILE] report REPORT [OPTIONS]\n"
	      "Print a report as aligned text (the default), CSV or Markdown.\n",
	      out);
	for (size_t i = 0; i < N_REPORTS; i++) {
		fprintf(out, "\n  %s %s\n", reports[i].name, reports[i].synopsis);
		put_indented(out, reports[i].about, 6);
	}
	fputs("\n'pmwb report REPORT --help' gives a report's options and columns.\n", out);
}

static int run_report(struct cli_context *ctx, int argc, char **argv)
{
	const struct report_def *r;
	struct report_args a;
	struct store *st;
	char name[32];
	int rc;

	if (argc < 2) {
		char names[200] = "";
		for (size_t i = 0; i < N_REPORTS; i++)
			snprintf(names + strlen(names), sizeof(names) - strlen(names), "%s%s",
				 i == 0 ? "" : i + 1 < N_REPORTS ? ", " : " or ", reports[i].name);
		return cli_usage_error(ctx, "report", "say which report: %s", names);
	}
	if (!(r = find_report(argv[1])))
		return cli_usage_error(ctx, "report", "unknown report '%s'", argv[1]);
	/* A mistyped option is said before the file is looked at (the report reads them again
	 * once it has the file, for what it needs from it). */
	snprintf(name, sizeof(name), "report %s", r->name);
	if ((rc = parse_args(ctx, name, argc - 1, argv + 1, &a)))
		return rc;
	if ((a.from || a.to || a.width) && r->run != run_gantt)
		return cli_usage_error(ctx, name, "--from, --to and --width are for 'pmwb report "
						  "gantt'");
	if ((rc = cli_open_store(ctx, STORE_READER, &st)))
		return rc;
	rc = r->run(ctx, st, argc - 1, argv + 1);
	store_close(st);
	return rc;
}

const struct cli_command cmd_report = {
	.name = "report",
	.summary = "print a report for a board paper (qipp, risks, heatmap, exceptions, "
		   "metrics, programmes, gantt, reconciliation)",
	.help_more = report_help,
	.run = run_report,
};
