/* How the reports write money, percentages and coverage. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pmwb/store_query_qipp.h"
#include "pmwb/text.h"
#include "report_format.h"

void report_format_coverage(char *buf, size_t size, const struct qipp_sums *s)
{
	snprintf(buf, size, "%d of %d", s->reported, s->schemes);
}

void report_format_k(enum report_format f, char *buf, size_t size, int has, money_pounds p)
{
	if (!has) {
		buf[0] = '\0';
		return;
	}
	if (f == REPORT_CSV)
		snprintf(buf, size, "%lld", (long long)money_round_to(p, MONEY_THOUSANDS));
	else
		money_format(p, MONEY_THOUSANDS, buf, (unsigned)size);
}

void report_format_variance_pct(char *buf, size_t size, money_pounds variance, money_pounds plan)
{
	int tenths;

	if (!qipp_variance_tenths(variance, plan, &tenths)) {
		buf[0] = '\0';
		return;
	}
	snprintf(buf, size, "%s%d.%d", tenths < 0 ? "-" : "", (tenths < 0 ? -tenths : tenths) / 10,
		 (tenths < 0 ? -tenths : tenths) % 10);
}

const char *report_rag_text(enum report_format f, enum qipp_rag rag)
{
	if (rag == QIPP_NOT_REPORTED)
		return f == REPORT_TEXT ? "n/r" : "not reported";
	return qipp_rag_name(rag);
}

void report_one_line(char *buf, size_t size, const char *organisation)
{
	text_copy(buf, size, organisation[0] ? organisation : "(no organisation)");
	for (char *p = buf; *p; p++)
		if (*p == '\n' || *p == '\r' || *p == '\t')
			*p = ' ';
}

enum pmwb_status report_open_qipp(struct store *st, const struct report_qipp_period *p,
				  char fy_text[16], char month_text[16], struct store_qipp **q,
				  struct pmwb_error *e)
{
	fy_month first = fy_first_month(p->fy_settings, p->fy);

	fy_format(p->fy, fy_text, 16);
	fy_month_format(p->asof, month_text, 16);
	if (p->asof < first || p->asof > first + 11)
		return err_set(e, PMWB_USAGE, "the month %s is not in the financial year %s",
			       month_text, fy_text);
	if (store_qipp_open(st, q, e) != PMWB_OK)
		return e->status;
	store_qipp_set_period(*q, p->fy, first, p->asof, p->today);
	store_qipp_set_rules(*q, p->rules);
	store_qipp_set_organisation(*q, p->organisation);
	return PMWB_OK;
}
