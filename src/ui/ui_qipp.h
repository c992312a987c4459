/* What the QIPP pane and the scheme view it opens share: the financial year and report month
 * being looked at (moving them in either view moves them in both), and the money formats both
 * show.  Private to ui/. */
#ifndef PMWB_UI_QIPP_H
#define PMWB_UI_QIPP_H

#include <stddef.h>

#include "pmwb/money.h"
#include "pmwb/qipp.h"
#include "ui_draw.h"
#include "ui_view.h"

struct store_qipp;
struct store_programme_when;

struct ui_qipp_period {
	int fy;
	fy_month first; /* the year's first month */
	fy_month asof;  /* the report month, first..first + 11 */
	int months;     /* asof - first + 1 */
	fy_month today; /* today's month: the year-to-date plan stops there, actuals too */
};

/* The period, set on first use from "today" ($PMWB_TODAY or the clock): the year holding
 * today's month, reported as of that month, as `pmwb report qipp` does by default. */
const struct ui_qipp_period *ui_qipp_period(struct ui_ctx *ctx);
/* [ ] and < >: move by years (keeping the month of the year) or months (crossing years);
 * returns UI flags and says where it went on the message line. */
int ui_qipp_period_step(struct ui_ctx *ctx, enum ui_action a);
/* "2013/14 at 2013-09". */
void ui_qipp_period_text(struct ui_ctx *ctx, char *buf, size_t size);

/* The RAG rules from the session's settings. */
struct qipp_rag_rules ui_qipp_rules(const struct ui_ctx *ctx);
/* What the Programmes pane and a programme's detail summarise: this quarter, and the QIPP
 * of its FY as of today's month under the session's rules. */
void ui_programme_when(struct ui_ctx *ctx, struct store_programme_when *w);
/* "2013-09-20". */
void ui_today_text(const struct ui_ctx *ctx, char *buf, size_t size);
/* How far over the year's plan (%) a typed figure may go. */
int ui_qipp_outlier_pct(const struct ui_ctx *ctx);
/* Points the read model at the period and the session's rules. */
void ui_qipp_set_store(struct ui_ctx *ctx, struct store_qipp *q);

/* "6,532" (£k), empty when !has; a percentage with one decimal ("-5.6"), empty for no plan. */
void ui_qipp_k(char *buf, size_t size, int has, money_pounds p);
/* The exact £k text of a figure, for a form to start from ("30.5" for 30,500 pounds): editing
 * it changes nothing by rounding; empty when !has. */
void ui_qipp_exact_k(char *buf, size_t size, int has, money_pounds p);
/* The same in `width` characters: in £m ("-10.3m") when the £k figure is wider. */
void ui_qipp_k_fit(char *buf, size_t size, int has, money_pounds p, int width);
void ui_qipp_pct(char *buf, size_t size, money_pounds variance, money_pounds plan);
/* "Green" "Amber" "Red" "not reported" and the colour each is shown in. */
const char *ui_qipp_rag_text(enum qipp_rag rag);
attr_t ui_qipp_rag_attr(enum qipp_rag rag);

/* The scheme view, opened from the pane with the scheme id; ui_qipp_scheme_arg_edit opens it
 * typing the report month at once. */
extern const struct ui_view_ops ui_scheme_ops;
long long ui_qipp_scheme_arg(long long scheme_id);
long long ui_qipp_scheme_arg_edit(long long scheme_id);

/* The scheme form (ui_schemeform.c): add a scheme (in the programme given, 0: none) or edit
 * one, with its plan for the pane's year; delete asks first.  Each returns UI_* flags. */
extern const struct ui_view_ops ui_schemeform_ops;
int ui_schemeform_add(struct ui_ctx *ctx, const char *programme_code);
int ui_schemeform_edit(struct ui_ctx *ctx, long long scheme_id);
int ui_schemeform_delete(struct ui_ctx *ctx, long long scheme_id);
/* a, E and D in the QIPP views: scheme_id 0 when no scheme is selected; programme_code the
 * selected programme's (NULL: none); can_delete 0 where a delete would leave the view on a
 * scheme that is gone (the scheme view), which then says where to delete it. */
int ui_schemeform_action(struct ui_ctx *ctx, enum ui_action a, long long scheme_id,
			 const char *programme_code, int can_delete);

#endif
