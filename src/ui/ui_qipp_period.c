/* The QIPP views' shared year and report month, and the money formats they show. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pmwb/qipp_sums.h"
#include "pmwb/store_query_programmes.h"
#include "pmwb/store_query_qipp.h"
#include "ui_qipp.h"

static struct ui_qipp_period period;
static int period_set;

static void set_month(struct ui_ctx *ctx, fy_month asof)
{
	period.asof = asof;
	period.fy = fy_of_month(&ctx->info.fy, asof);
	period.first = fy_first_month(&ctx->info.fy, period.fy);
	period.months = asof - period.first + 1;
}

static fy_month today_month(const struct ui_ctx *ctx)
{
	return fy_month_make(ctx->info.today.year, ctx->info.today.month);
}

void ui_today_text(const struct ui_ctx *ctx, char *buf, size_t size)
{
	const struct store_today *t = &ctx->info.today;

	snprintf(buf, size, "%04d-%02d-%02d", t->year, t->month, t->day);
}

int ui_qipp_outlier_pct(const struct ui_ctx *ctx)
{
	return ctx->info.settings.value[SETTING_QIPP_OUTLIER_PCT];
}

const struct ui_qipp_period *ui_qipp_period(struct ui_ctx *ctx)
{
	if (!period_set) {
		period.today = today_month(ctx);
		set_month(ctx, period.today);
		period_set = 1;
	}
	return &period;
}

void ui_qipp_set_store(struct ui_ctx *ctx, struct store_qipp *q)
{
	const struct ui_qipp_period *p = ui_qipp_period(ctx);
	struct qipp_rag_rules rules = ui_qipp_rules(ctx);

	store_qipp_set_period(q, p->fy, p->first, p->asof, p->today);
	store_qipp_set_rules(q, &rules);
}

void ui_programme_when(struct ui_ctx *ctx, struct store_programme_when *w)
{
	memset(w, 0, sizeof(*w));
	w->quarter = ctx->today_q;
	w->fy = fy_quarter_fy(ctx->today_q);
	w->fy_first_month = fy_first_month(&ctx->info.fy, w->fy);
	w->today = ui_qipp_period(ctx)->today;
	w->rules = ui_qipp_rules(ctx);
	w->bands = &ctx->info.bands;
}

void ui_qipp_period_text(struct ui_ctx *ctx, char *buf, size_t size)
{
	const struct ui_qipp_period *p = ui_qipp_period(ctx);
	char fy[16], m[16];

	fy_format(p->fy, fy, sizeof(fy));
	fy_month_format(p->asof, m, sizeof(m));
	snprintf(buf, size, "%s at %s", fy, m);
}

int ui_qipp_period_step(struct ui_ctx *ctx, enum ui_action a)
{
	const struct ui_qipp_period *p = ui_qipp_period(ctx);
	fy_month to = p->asof;
	char text[64];

	switch (a) {
	case UI_ACT_FY_PREV:
		to -= 12;
		break;
	case UI_ACT_FY_NEXT:
		to += 12;
		break;
	case UI_ACT_MONTH_PREV:
		to -= 1;
		break;
	case UI_ACT_MONTH_NEXT:
		to += 1;
		break;
	default:
		return UI_NONE;
	}
	if (fy_month_year(to) < FY_MIN_YEAR || fy_month_year(to) > FY_MAX_YEAR) {
		ui_message(ctx, "no financial year that far away");
		return UI_REDRAW;
	}
	set_month(ctx, to);
	ui_qipp_period_text(ctx, text, sizeof(text));
	ui_message(ctx, "QIPP %s: [ ] change the year, < > the report month", text);
	/* Every open view re-reads for the new period (the loop reloads on the next draw). */
	ctx->generation++;
	return UI_REDRAW;
}

struct qipp_rag_rules ui_qipp_rules(const struct ui_ctx *ctx)
{
	return settings_rag_rules(&ctx->info.settings);
}

void ui_qipp_k(char *buf, size_t size, int has, money_pounds p)
{
	if (!has) {
		buf[0] = '\0';
		return;
	}
	money_format(p, MONEY_THOUSANDS, buf, (unsigned)size);
}

/* The exact £k text of a figure, so that editing a value changes nothing by rounding:
 * 30,500 pounds is "30.5". */
void ui_qipp_exact_k(char *buf, size_t size, int has, money_pounds p)
{
	money_pounds a = p < 0 ? -p : p;
	char whole[32], frac[8];

	if (!has) {
		buf[0] = '\0';
		return;
	}
	money_format((a / 1000) * 1000, MONEY_THOUSANDS, whole, sizeof(whole));
	if (a % 1000 == 0) {
		snprintf(buf, size, "%s%s", p < 0 ? "-" : "", whole);
		return;
	}
	snprintf(frac, sizeof(frac), "%03d", (int)(a % 1000));
	for (int i = 2; i > 0 && frac[i] == '0'; i--)
		frac[i] = '\0';
	snprintf(buf, size, "%s%s.%s", p < 0 ? "-" : "", whole, frac);
}

void ui_qipp_k_fit(char *buf, size_t size, int has, money_pounds p, int width)
{
	long long a = p < 0 ? -(long long)p : (long long)p, tenths;

	ui_qipp_k(buf, size, has, p);
	if (!has || (int)strlen(buf) <= width)
		return;
	/* £m with one decimal, rounded half away from zero: -10,309 (£k) is -10.3m */
	tenths = (a + 50000) / 100000;
	snprintf(buf, size, "%s%lld.%lldm", p < 0 ? "-" : "", tenths / 10, tenths % 10);
}

void ui_qipp_pct(char *buf, size_t size, money_pounds variance, money_pounds plan)
{
	int tenths, a;

	if (!qipp_variance_tenths(variance, plan, &tenths)) {
		buf[0] = '\0';
		return;
	}
	a = tenths < 0 ? -tenths : tenths;
	snprintf(buf, size, "%s%d.%d", tenths < 0 ? "-" : "", a / 10, a % 10);
}

const char *ui_qipp_rag_text(enum qipp_rag rag)
{
	return rag == QIPP_NOT_REPORTED ? "not reported" : qipp_rag_name(rag);
}

attr_t ui_qipp_rag_attr(enum qipp_rag rag)
{
	switch (rag) {
	case QIPP_RED:
		return ui_attr(UI_ROLE_RAG_RED);
	case QIPP_AMBER:
		return ui_attr(UI_ROLE_RAG_AMBER);
	case QIPP_GREEN:
		return ui_attr(UI_ROLE_RAG_GREEN);
	default:
		return ui_attr(UI_ROLE_DIM);
	}
}
