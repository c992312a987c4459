/* The scheme view: one QIPP scheme's year month by month - the plan phased by month, the
 * full-year forecast reported each month and the month's actual - a bar chart of plan,
 * forecast and actual by month, and the linked project's phases.  e (or Enter) types the
 * selected month's forecast and actual: each field is checked as money as it is typed
 * (money_parse: "£1,234", "(36)", "1.41m"), F2 saves both in one transaction with an audit
 * row (store_qipp_edit.c), Esc leaves without writing anything. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmwb/store_qipp_edit.h"
#include "pmwb/text.h"
#include "ui_form.h"
#include "ui_qipp.h"
#include "ui_qipp_chart.h"
#include "ui_qipp_rows.h"
#include "ui_undo_kinds.h"

enum { F_FORECAST, F_ACTUAL, F_COUNT };

struct scheme_view {
	long long id;
	struct store_qipp *q;
	struct store_qipp_detail d;
	struct store_qipp_scheme s;          /* the year's figures as of the report month */
	struct qipp_sums sums;
	struct store_qipp_month_figures month[12];
	int fy, months;                      /* the period the figures are for */
	fy_month first, asof, today;
	char today_text[16];                 /* "2013-10-15", for the refusal of a later actual */
	int outlier_pct;                     /* the setting qipp_outlier_pct */
	int sel;                             /* selected month, 0-11 */
	int editing;
	fy_month edit_month;
	struct store_qipp_month_figures before;
	struct store_qipp_month_figures typed;
	struct ui_form form;
	char title[STORE_NAME_MAX];
};

long long ui_qipp_scheme_arg(long long scheme_id)
{
	return scheme_id * 2;
}

long long ui_qipp_scheme_arg_edit(long long scheme_id)
{
	return scheme_id * 2 + 1;
}

static const char *const month_names[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
					    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

static enum pmwb_status load(struct scheme_view *v, struct ui_ctx *ctx, struct pmwb_error *e)
{
	const struct ui_qipp_period *p = ui_qipp_period(ctx);
	int found;

	if (store_qipp_detail(v->q, v->id, &v->d, &found, e) != PMWB_OK)
		return e->status;
	if (!found)
		return err_set(e, PMWB_INPUT, "the scheme is no longer in the database");
	ui_qipp_set_store(ctx, v->q);
	if (store_qipp_scheme(v->q, v->id, &v->s, &found, e) != PMWB_OK)
		return e->status;
	if (store_qipp_months(v->q, v->id, p->first, v->month, e) != PMWB_OK)
		return e->status;
	v->sums = v->s.sums;
	v->today = p->today;
	ui_today_text(ctx, v->today_text, sizeof(v->today_text));
	v->outlier_pct = ui_qipp_outlier_pct(ctx);
	if (v->fy != p->fy || v->asof != p->asof)
		v->sel = p->months - 1; /* a new period opens at its report month */
	v->fy = p->fy;
	v->first = p->first;
	v->asof = p->asof;
	v->months = p->months;
	text_copy(v->title, sizeof(v->title), v->d.name);
	return PMWB_OK;
}

/* The exact £k text of a figure, so that editing a value changes nothing by rounding:
 * 30,500 pounds is "30.5". */
static void exact_k(char *buf, size_t size, int has, money_pounds p)
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

/* The forecast in force at month i (0-11): the latest reported at or before it, and never
 * later than the report month. */
static int forecast_at(const struct scheme_view *v, int i, money_pounds *f)
{
	int last = i < v->months - 1 ? i : v->months - 1;

	for (int k = last; k >= 0; k--)
		if (v->month[k].has_forecast) {
			*f = v->month[k].forecast;
			return 1;
		}
	return 0;
}

static void month_label(const struct scheme_view *v, int i, int wide, char *buf, size_t size)
{
	fy_month mo = v->first + i;

	if (wide)
		snprintf(buf, size, "%s %d", month_names[fy_month_month(mo) - 1], fy_month_year(mo));
	else
		snprintf(buf, size, "%s", month_names[fy_month_month(mo) - 1]);
}

static void draw_facts(struct scheme_view *v, struct ui_ctx *ctx, struct ui_rect r, int *y)
{
	struct qipp_rag_rules rules = ui_qipp_rules(ctx);
	enum qipp_rag rag = qipp_sums_rag(&rules, &v->sums);
	char buf[512], period[64], net[32], gross[32], ytdp[32], ytda[32], fc[32], var[32],
		pct[16];
	int x;

	ui_qipp_period_text(ctx, period, sizeof(period));
	snprintf(buf, sizeof(buf), "%s  (%s %s)  %s", v->d.name, v->d.prog.code, v->d.prog.name,
		 period);
	ui_put((*y)++, r.x, r.w, ui_attr(UI_ROLE_GROUP), buf);
	ui_qipp_k(net, sizeof(net), v->sums.has_net, v->sums.net);
	ui_qipp_k(gross, sizeof(gross), v->sums.has_gross, v->sums.gross);
	ui_qipp_k(ytdp, sizeof(ytdp), v->sums.has_ytd_plan, v->sums.ytd_plan);
	ui_qipp_k(ytda, sizeof(ytda), 1, v->sums.ytd_actual);
	ui_qipp_k(fc, sizeof(fc), v->sums.has_forecast, v->sums.forecast);
	ui_qipp_k(var, sizeof(var), qipp_sums_has_variance(&v->sums), qipp_sums_variance(&v->sums));
	pct[0] = '\0';
	if (qipp_sums_has_variance(&v->sums))
		ui_qipp_pct(pct, sizeof(pct), qipp_sums_variance(&v->sums), v->sums.net);
	/* The gross only where the plan gives one apart from the net. */
	snprintf(buf, sizeof(buf), "%sk: net %s%s%s  YTD plan %s actual %s  forecast %s var %s%s%s%s  ",
		 ui_glyph(UI_G_POUND), net[0] ? net : "-", gross[0] ? " gross " : "", gross, ytdp,
		 ytda, fc[0] ? fc : "-", var[0] ? var : "-", pct[0] ? " (" : "", pct,
		 pct[0] ? "%)" : "");
	x = ui_put(*y, r.x, r.w, 0, buf);
	if (x < r.w)
		ui_put(*y, r.x + x, r.w - x, ui_qipp_rag_attr(rag), ui_qipp_rag_text(rag));
	(*y)++;
	/* A move down since the month before leads the next line: it is what the delivery group
	 * will ask about. */
	x = 0;
	if (qipp_sums_moved_down(&rules, &v->sums)) {
		enum qipp_rag was = qipp_sums_prev_rag(&rules, &v->sums);
		snprintf(buf, sizeof(buf), "%s %s from %s a month before; ",
			 ui_draw_utf8() ? "\u2193" : "Down:", ui_qipp_rag_text(rag),
			 ui_qipp_rag_text(was));
		x = ui_put(*y, r.x, r.w, A_BOLD, buf);
	}
	snprintf(buf, sizeof(buf), "%s%s%s%s%s%s%s%s", v->d.area_of_spend[0] ? v->d.area_of_spend : "",
		 v->d.recurrence[0] ? "; " : "",
		 !strcmp(v->d.recurrence, "R") ? "recurrent" : v->d.recurrence[0] ? "non-recurrent" : "",
		 v->d.category[0] ? "; " : "", v->d.category, v->d.owner[0] ? "; owner " : "",
		 v->d.owner, v->d.description[0] ? "; " : "");
	if (v->d.description[0])
		snprintf(buf + strlen(buf), sizeof(buf) - strlen(buf), "%.200s", v->d.description);
	if (x < r.w)
		ui_put(*y, r.x + x, r.w - x, ui_attr(UI_ROLE_DIM), buf[0] == ';' ? buf + 2 : buf);
	(*y)++;
}

#define TABLE_W 28

static void draw_table(struct scheme_view *v, struct ui_rect r, int y, int wide)
{
	attr_t h = ui_attr(UI_ROLE_HEADER);
	int mw = wide ? 8 : 3, x = r.x, tw = mw + 24;
	char buf[32], k[32];
	money_pounds share, f = 0;
	struct pmwb_error e;
	int has;

	ui_put_pad(y, x, mw, h, wide ? "Month" : "Mon", 0);
	ui_put_pad(y, x + mw + 1, 7, h, "Plan", 1);
	ui_put_pad(y, x + mw + 9, 8, h, "Forecast", 1);
	ui_put_pad(y, x + mw + 18, 7, h, "Actual", 1);
	for (int i = 0; i < 12; i++) {
		int yy = y + 1 + i, sel = i == v->sel && !v->editing;
		attr_t a = sel ? ui_attr(UI_ROLE_SELECTED)
			       : i > v->months - 1 ? ui_attr(UI_ROLE_DIM)
			       : i == v->months - 1 ? A_BOLD : 0;
		if (v->editing && v->first + i == v->edit_month)
			a = ui_attr(UI_ROLE_SELECTED) | A_BOLD;
		ui_fill(yy, x, tw, a);
		month_label(v, i, wide, buf, sizeof(buf));
		ui_put(yy, x, mw, a, buf);
		err_clear(&e);
		k[0] = '\0';
		if (v->sums.has_net && qipp_month_plan(v->sums.net, i + 1, NULL, &share, &e) == PMWB_OK)
			ui_qipp_k(k, sizeof(k), 1, share);
		ui_put_pad(yy, x + mw + 1, 7, a, k, 1);
		ui_qipp_k(k, sizeof(k), v->month[i].has_forecast, v->month[i].forecast);
		ui_put_pad(yy, x + mw + 9, 8, a, k, 1);
		ui_qipp_k(k, sizeof(k), v->month[i].has_actual, v->month[i].actual);
		ui_put_pad(yy, x + mw + 18, 7, a, k, 1);
	}
	/* The year to date as of the report month: the same figures as the pane's row. */
	ui_put(y + 13, x, mw, A_BOLD, "YTD");
	ui_qipp_k(k, sizeof(k), v->sums.has_net, v->sums.ytd_plan);
	ui_put_pad(y + 13, x + mw + 1, 7, A_BOLD, k, 1);
	has = forecast_at(v, v->months - 1, &f);
	ui_qipp_k(k, sizeof(k), has, f);
	ui_put_pad(y + 13, x + mw + 9, 8, A_BOLD, k, 1);
	ui_qipp_k(k, sizeof(k), 1, v->sums.ytd_actual);
	ui_put_pad(y + 13, x + mw + 18, 7, A_BOLD, k, 1);
}

static void draw_chart(struct scheme_view *v, struct ui_ctx *ctx, struct ui_rect r, int y,
		       int table_w, int h)
{
	static const char *const names[QIPP_CHART_SERIES] = {"plan", "forecast", "actual"};
	struct qipp_chart c;
	struct ui_rect cr = {.y = y + 1, .x = r.x + table_w + 2, .h = h, .w = r.w - table_w - 3};
	struct pmwb_error e;
	money_pounds f = 0, top;
	char scale[32], legend[64];
	int x = cr.x;

	if (cr.w > 96)
		cr.w = 96;
	if (cr.w < QIPP_CHART_MONTHS * QIPP_CHART_SERIES) {
		ui_put(y, cr.x, r.x + r.w - cr.x, ui_attr(UI_ROLE_DIM), "(wider for the chart)");
		return;
	}
	/* The legend: each series' bar and what it is, left to right in each month. */
	for (int s = 0; s < QIPP_CHART_SERIES; s++) {
		char label[32];
		x += ui_put(y, x, cr.x + cr.w - x, ui_qipp_chart_attr(s), ui_qipp_chart_glyph(s, ctx->utf8));
		snprintf(label, sizeof(label), " %s  ", names[s]);
		x += ui_put(y, x, cr.x + cr.w - x, ui_attr(UI_ROLE_HEADER), label);
	}
	memset(&c, 0, sizeof(c));
	for (int i = 0; i < 12; i++) {
		err_clear(&e);
		if (v->sums.has_net &&
		    qipp_month_plan(v->sums.net, i + 1, NULL, &c.value[i][0], &e) == PMWB_OK)
			c.has[i][0] = 1;
		err_clear(&e);
		if (forecast_at(v, i, &f) && qipp_month_plan(f, i + 1, NULL, &c.value[i][1], &e) == PMWB_OK)
			c.has[i][1] = 1;
		c.has[i][2] = v->month[i].has_actual;
		c.value[i][2] = v->month[i].actual;
		month_label(v, i, 0, c.label[i], sizeof(c.label[i]));
		if (cr.w / QIPP_CHART_MONTHS < 4)
			c.label[i][1] = '\0';
		c.label_attr[i] = i == v->months - 1 ? A_BOLD : ui_attr(UI_ROLE_DIM);
	}
	top = 0;
	for (int i = 0; i < 12; i++)
		for (int k = 0; k < QIPP_CHART_SERIES; k++)
			if (c.has[i][k] && c.value[i][k] > top)
				top = c.value[i][k];
	ui_qipp_k(scale, sizeof(scale), 1, top);
	snprintf(legend, sizeof(legend), "top %s%sk a month", ui_glyph(UI_G_POUND), scale);
	ui_put(y, x, cr.x + cr.w - x, ui_attr(UI_ROLE_DIM), legend);
	ui_qipp_chart_draw(cr, &c, ctx->utf8);
}

static void phase_text(const struct store_qipp_phase *p, char *buf, size_t size)
{
	char a[16], b[16];

	fy_quarter_format(p->start_q, a, sizeof(a));
	fy_quarter_format(p->end_q, b, sizeof(b));
	if (p->start_q == p->end_q)
		snprintf(buf, size, "%c %s", p->letter, a);
	else if (fy_quarter_fy(p->start_q) == fy_quarter_fy(p->end_q))
		snprintf(buf, size, "%c %s-Q%d", p->letter, a, fy_quarter_num(p->end_q));
	else
		snprintf(buf, size, "%c %s - %s", p->letter, a, b);
}

static int draw_project(const struct scheme_view *v, struct ui_rect r, int y, int rows)
{
	char buf[2048];
	int n;

	if (!v->d.project_id)
		return ui_wrap(y, r.x, r.w, rows, ui_attr(UI_ROLE_DIM),
			       "No project is linked to this scheme, so there are no phases to show.");
	n = snprintf(buf, sizeof(buf), "Project %s, phases:", v->d.project_name);
	for (int i = 0; i < v->d.n_phases && n < (int)sizeof(buf) - 48; i++) {
		char p[48];
		phase_text(&v->d.phase[i], p, sizeof(p));
		n += snprintf(buf + n, sizeof(buf) - (size_t)n, "%s %s", i ? ";" : "", p);
	}
	if (v->d.n_phases == 0)
		snprintf(buf + n, sizeof(buf) - (size_t)n, " none planned");
	else if (v->d.more_phases)
		snprintf(buf + n, sizeof(buf) - (size_t)n, "; and more");
	return ui_wrap(y, r.x, r.w, rows, 0, buf);
}

static void scheme_draw(void *state, struct ui_ctx *ctx, struct ui_rect r)
{
	struct scheme_view *v = state;
	int y = r.y, end = r.y + r.h, wide = r.w >= 110, table_w = wide ? TABLE_W + 5 : TABLE_W;

	draw_facts(v, ctx, r, &y);
	if (y + 14 <= end) {
		/* A tall terminal gives the chart the rows under the table too, leaving three for
		 * the project and the hint. */
		int chart_h = end - y - 1 - 4 > 13 ? end - y - 1 - 4 : 13;
		draw_table(v, r, y, wide);
		draw_chart(v, ctx, r, y, table_w, chart_h);
		y += chart_h + 1 > 14 ? chart_h + 1 : 14;
	}
	if (v->editing) {
		struct ui_rect fr = {.y = end - 2, .x = r.x, .h = 2, .w = r.w};
		if (y < end - 2)
			y += draw_project(v, r, y, end - 2 - y);
		ui_form_draw(&v->form, fr, 13);
		return;
	}
	if (y < end - 1)
		y += draw_project(v, r, y, end - 1 - y);
	if (y < end) {
		char hint[160];
		snprintf(hint, sizeof(hint),
			 "e or Enter types the month's forecast and actual (%sk); the chart phases "
			 "the forecast as the plan", ui_glyph(UI_G_POUND));
		ui_put(end - 1, r.x, r.w, ui_attr(UI_ROLE_DIM), hint);
	}
}

/* "£1,200,000", "-£36,000". */
static void pounds_text(money_pounds p, char *buf, size_t size)
{
	char n[32], t[48];

	money_format(p < 0 ? -p : p, MONEY_POUNDS, n, sizeof(n));
	snprintf(t, sizeof(t), "%s%s%s", p < 0 ? "-" : "", ui_glyph(UI_G_POUND), n);
	text_copy(buf, size, t);
}

/* The figure must be one the month can have: an actual only once the month has begun, and
 * nothing far outside the year's plan (a £1.2m forecast typed for a £363k scheme). */
static void check_rules(struct scheme_view *v, int i, money_pounds p, struct ui_form_field *fl)
{
	char m[16], fig[40], plan[40], msg[UI_FORM_NOTE_MAX * 2];
	int pct = v->outlier_pct;

	if (i == F_ACTUAL && !qipp_actual_allowed(v->edit_month, v->today)) {
		fy_month_format(v->edit_month, m, sizeof(m));
		snprintf(msg, sizeof(msg),
			 "%s: %s is after today (%s): an actual can only be reported for a month "
			 "that has begun", fl->label, m, v->today_text);
	} else if (v->sums.has_net && qipp_is_outlier(v->sums.net, p, pct)) {
		pounds_text(p, fig, sizeof(fig));
		pounds_text(v->sums.net, plan, sizeof(plan));
		snprintf(msg, sizeof(msg),
			 "%s: %s is over %d%% of the year's plan (%s): check the figure", fl->label,
			 fig, pct, plan);
	} else {
		return;
	}
	text_copy(fl->error, sizeof(fl->error), msg);
}

/* Check a money field as typed; the note says what it was read as. */
static void check_field(struct scheme_view *v, int i)
{
	struct ui_form_field *fl = &v->form.field[i];
	struct pmwb_error e;
	money_pounds p = 0;
	int *has = i == F_FORECAST ? &v->typed.has_forecast : &v->typed.has_actual;
	money_pounds *val = i == F_FORECAST ? &v->typed.forecast : &v->typed.actual;
	size_t len;
	char pounds[32];

	fl->error[0] = fl->note[0] = '\0';
	*has = 0;
	text_trim(fl->text, &len);
	if (len == 0) {
		snprintf(fl->note, sizeof(fl->note), "empty: not reported");
		return;
	}
	err_clear(&e);
	if (money_parse(fl->text, MONEY_THOUSANDS, &p, &e) != PMWB_OK) {
		snprintf(fl->error, sizeof(fl->error), "%s: %.170s", fl->label, e.msg);
		return;
	}
	*has = 1;
	*val = p;
	/* Read back in pounds, so "1.41m" or "(36)" shows what will be saved. */
	pounds_text(p, pounds, sizeof(pounds));
	snprintf(fl->note, sizeof(fl->note), "%s", pounds);
	check_rules(v, i, p, fl);
}

/* The message line says what is wrong with the field being typed, or how to finish. */
static void say_state(struct scheme_view *v, struct ui_ctx *ctx)
{
	int err = v->form.field[v->form.cur].error[0] ? v->form.cur : ui_form_first_error(&v->form);
	char m[16];

	if (err >= 0) {
		ui_message(ctx, "%s", v->form.field[err].error);
		ctx->message_is_error = 1;
		return;
	}
	fy_month_format(v->edit_month, m, sizeof(m));
	ui_message(ctx, "%s %s: F2 saves, Esc cancels, Tab moves between forecast and actual",
		   v->d.name, m);
}

static int start_edit(struct scheme_view *v, struct ui_ctx *ctx)
{
	struct pmwb_error e;
	char f[48], a[48];

	err_clear(&e);
	if (ui_check_writable(ctx, &e) != PMWB_OK) {
		ui_error(ctx, &e);
		return UI_REDRAW;
	}
	v->edit_month = v->first + v->sel;
	if (store_qipp_month_get(ctx->st, v->id, v->edit_month, &v->before, &e) != PMWB_OK) {
		ui_error(ctx, &e);
		return UI_REDRAW;
	}
	exact_k(f, sizeof(f), v->before.has_forecast, v->before.forecast);
	exact_k(a, sizeof(a), v->before.has_actual, v->before.actual);
	memset(&v->form, 0, sizeof(v->form));
	memset(&v->typed, 0, sizeof(v->typed));
	ui_form_add(&v->form, "Forecast £k", 40, f);
	ui_form_add(&v->form, "Actual £k", 40, a);
	if (!ctx->utf8) {
		v->form.field[F_FORECAST].label = "Forecast k";
		v->form.field[F_ACTUAL].label = "Actual k";
	}
	check_field(v, F_FORECAST);
	check_field(v, F_ACTUAL);
	ui_form_focus(&v->form, F_FORECAST);
	v->editing = 1;
	say_state(v, ctx);
	return UI_REDRAW;
}

/* The month saved, as a step of the undo journal. */
static void remember(const struct scheme_view *v)
{
	struct ui_undo_qipp_month was = {.scheme_id = v->id, .month = v->edit_month}, now;

	text_copy(was.name, sizeof(was.name), v->d.name);
	now = was;
	was.f = v->before;
	now.f = v->typed;
	ui_undo_push(&ui_undo_qipp_month, &was, &now, 0);
}

static int save(struct scheme_view *v, struct ui_ctx *ctx)
{
	struct store_qipp_month_rules rules;
	struct pmwb_error e;
	char m[16], f[32], a[32];

	check_field(v, F_FORECAST);
	check_field(v, F_ACTUAL);
	if (ui_form_refuse(&v->form, ctx))
		return UI_REDRAW;
	err_clear(&e);
	rules.fy = v->fy;
	rules.today = v->today;
	rules.outlier_pct = v->outlier_pct;
	if (store_qipp_month_save(ctx->st, v->id, v->edit_month, &v->before, &v->typed, &rules,
				  &e) != PMWB_OK) {
		ui_error(ctx, &e);
		return UI_REDRAW;
	}
	v->editing = 0;
	remember(v);
	fy_month_format(v->edit_month, m, sizeof(m));
	ui_qipp_k(f, sizeof(f), v->typed.has_forecast, v->typed.forecast);
	ui_qipp_k(a, sizeof(a), v->typed.has_actual, v->typed.actual);
	ui_message(ctx, "saved %s %s: forecast %s, actual %s (%s'000); u undoes it", v->d.name, m,
		   f[0] ? f : "none", a[0] ? a : "none", ui_glyph(UI_G_POUND));
	/* The pane's rows and totals, and this view, re-read the new figures. */
	ctx->generation++;
	return UI_REDRAW;
}

static int scheme_key(void *state, struct ui_ctx *ctx, int key, int is_char, struct ui_rect r)
{
	struct scheme_view *v = state;

	(void)r;
	if (!v->editing)
		return -1;
	switch (ui_form_key(&v->form, key, is_char)) {
	case UI_FORM_EDITED:
		check_field(v, v->form.cur);
		say_state(v, ctx);
		return UI_REDRAW;
	case UI_FORM_MOVED:
		say_state(v, ctx);
		return UI_REDRAW;
	case UI_FORM_SAVE:
		return save(v, ctx);
	case UI_FORM_CANCEL:
		v->editing = 0;
		ui_message(ctx, "cancelled: nothing was saved");
		return UI_REDRAW;
	default:
		return UI_NONE; /* the form has the keyboard until it is saved or cancelled */
	}
}

static int scheme_action(void *state, struct ui_ctx *ctx, enum ui_action a, struct ui_rect r)
{
	struct scheme_view *v = state;

	(void)r;
	switch (a) {
	case UI_ACT_UP:
		v->sel = v->sel > 0 ? v->sel - 1 : 0;
		return UI_REDRAW;
	case UI_ACT_DOWN:
		v->sel = v->sel < 11 ? v->sel + 1 : 11;
		return UI_REDRAW;
	case UI_ACT_TOP:
	case UI_ACT_PAGE_UP:
		v->sel = 0;
		return UI_REDRAW;
	case UI_ACT_BOTTOM:
	case UI_ACT_PAGE_DOWN:
		v->sel = 11;
		return UI_REDRAW;
	case UI_ACT_ENTER:
	case UI_ACT_QIPP_EDIT:
		return start_edit(v, ctx);
	case UI_ACT_FY_PREV:
	case UI_ACT_FY_NEXT:
	case UI_ACT_MONTH_PREV:
	case UI_ACT_MONTH_NEXT:
		return ui_qipp_period_step(ctx, a);
	default:
		return UI_NONE;
	}
}

static int scheme_reload(void *state, struct ui_ctx *ctx)
{
	struct scheme_view *v = state;
	struct pmwb_error e;

	err_clear(&e);
	if (load(v, ctx, &e) != PMWB_OK)
		ui_error(ctx, &e);
	return UI_REDRAW;
}

static enum pmwb_status scheme_open(struct ui_ctx *ctx, long long arg, void **state,
				    struct pmwb_error *e)
{
	struct scheme_view *v = calloc(1, sizeof(*v));

	if (!v)
		return err_set(e, PMWB_NOMEM, "out of memory opening the scheme");
	v->id = arg / 2;
	v->fy = -1;
	if (store_qipp_open(ctx->st, &v->q, e) != PMWB_OK || load(v, ctx, e) != PMWB_OK) {
		store_qipp_close(v->q);
		free(v);
		return e->status;
	}
	if (arg % 2)
		start_edit(v, ctx);
	*state = v;
	return PMWB_OK;
}

static void scheme_close(void *state)
{
	struct scheme_view *v = state;

	if (!v)
		return;
	store_qipp_close(v->q);
	free(v);
}

static const char *scheme_title(void *state)
{
	struct scheme_view *v = state;

	return v->title;
}

const struct ui_view_ops ui_scheme_ops = {
	.name = "QIPP scheme",
	.scope = UI_SCOPE_MOVE | UI_SCOPE_DRILL | UI_SCOPE_BACK | UI_SCOPE_QIPP,
	.open = scheme_open,
	.close = scheme_close,
	.reload = scheme_reload,
	.draw = scheme_draw,
	.action = scheme_action,
	.key = scheme_key,
	.title = scheme_title,
	.help = "One scheme's year by month: plan, forecast and actual, a chart of them, and the "
		"linked project's phases; e types a month's figures, saved with the audit log.",
};
