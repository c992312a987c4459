/* The QIPP pane: savings schemes grouped under their programmes (folding), for one financial
 * year as of a report month: gross and net plan, year-to-date plan and actual, the latest
 * full-year forecast, variance in £k and %, and the RAG, with the programme's totals on its
 * group row and the organisation's on the last line (when the file holds several
 * organisations' plans, the one the selected row belongs to, named).  Totals are summed in pounds and
 * rounded once, as `pmwb report qipp` does.  Rows come from the paged model in
 * ui_qipp_rows.c; Enter opens a scheme (ui_scheme.c). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "pmwb/text.h"
#include "ui_draw.h"
#include "ui_filter.h"
#include "ui_list.h"
#include "ui_qipp.h"
#include "ui_qipp_rows.h"
#include "ui_view.h"

enum { C_GROSS, C_NET, C_YTD_PLAN, C_YTD_ACTUAL, C_FORECAST, C_VAR, C_PCT, N_NUM };
#define RAG_W 12

struct layout {
	int title_y, head_y, list_y, list_h, total_y;
	int x, w, name_w, num_w;
	int num_x[N_NUM], rag_x, rag_w; /* num_x -1: not shown */
};

struct qipp_view {
	struct qipp_rows m;
	struct ui_groups groups; /* programmes, their schemes under them */
	struct ui_list list;
	struct qipp_sums total;
	int organisations;                      /* with schemes in the period */
	int total_known;                        /* total is for total_org (several organisations) */
	char total_org[STORE_NAME_MAX];
	char only_org[STORE_NAME_MAX];          /* f: one organisation's programmes ("" all) */
	int fy;
	fy_month asof;
	char filter_desc[256];   /* the filter as understood */
	struct layout lay;
};

static void compute_layout(struct qipp_view *v, struct ui_rect r)
{
	struct layout *l = &v->lay;
	int x, shown;

	l->title_y = r.y;
	l->head_y = r.y + 1;
	l->list_y = r.y + 3;
	l->list_h = r.h - 4 > 1 ? r.h - 4 : 1;
	l->total_y = r.y + r.h - 1;
	l->x = r.x;
	l->w = r.w;
	l->num_w = r.w >= 140 ? 8 : r.w >= 100 ? 7 : 6;
	/* Below 78 columns the gross plan goes (the net is what RAG is measured on). */
	shown = r.w >= 78 ? N_NUM : N_NUM - 1;
	l->name_w = r.w - shown * (l->num_w + 1) - 1 - RAG_W;
	if (l->name_w > 60)
		l->name_w = 60;
	if (l->name_w < 8)
		l->name_w = 8;
	x = r.x + l->name_w;
	for (int i = 0; i < N_NUM; i++) {
		if (i == C_GROSS && shown < N_NUM) {
			l->num_x[i] = -1;
			continue;
		}
		l->num_x[i] = x + 1;
		x += l->num_w + 1;
	}
	l->rag_x = x + 1;
	l->rag_w = r.x + r.w - l->rag_x < RAG_W ? r.x + r.w - l->rag_x : RAG_W;
	if (l->rag_w < 0)
		l->rag_w = 0;
}

/* The period's organisations; with one, its total at once (with several, the selected row's
 * organisation's when drawn). */
static enum pmwb_status read_totals(struct qipp_view *v, struct pmwb_error *e)
{
	v->total_known = 0;
	if (store_qipp_organisations(v->m.q, &v->organisations, e) != PMWB_OK)
		return e->status;
	if (v->only_org[0])
		snprintf(v->total_org, sizeof(v->total_org), "%s", v->only_org);
	if (v->organisations <= 1)
		return qipp_rows_total(&v->m, NULL, &v->total, e);
	return PMWB_OK;
}

static int reload_period(struct qipp_view *v, struct ui_ctx *ctx)
{
	const struct ui_qipp_period *p = ui_qipp_period(ctx);
	struct pmwb_error e;

	err_clear(&e);
	v->fy = p->fy;
	v->asof = p->asof;
	v->m.rules = ui_qipp_rules(ctx);
	ui_qipp_set_store(ctx, v->m.q);
	if (read_totals(v, &e) != PMWB_OK) {
		ui_error(ctx, &e);
		return UI_REDRAW;
	}
	qipp_rows_forget(&v->m);
	ui_list_reload(&v->list, ctx);
	return UI_REDRAW;
}

/* With several organisations, the total (and the title's RAG counts) are those of the
 * organisation the selected row belongs to: one CCG's savings do not make another's. */
static void follow_organisation(struct qipp_view *v, struct ui_ctx *ctx)
{
	const struct qipp_row *sel;
	struct pmwb_error e;

	if (v->organisations <= 1 || v->list.pager.n == 0)
		return;
	sel = ui_list_selected(&v->list);
	if (v->total_known && !strcmp(v->total_org, sel->prog.organisation))
		return;
	err_clear(&e);
	snprintf(v->total_org, sizeof(v->total_org), "%s", sel->prog.organisation);
	v->total_known = 1;
	if (qipp_rows_total(&v->m, v->total_org, &v->total, &e) != PMWB_OK)
		ui_error(ctx, &e);
}

/* "Bromley CCG": the organisation the total counts, on one line, in the short form NHS
 * people use, so that it fits the name column and the title at 80x24. */
static void short_organisation(const struct qipp_view *v, const char *prefix, char *buf,
			       size_t size)
{
	static const char long_form[] = "Clinical Commissioning Group";
	char *at;

	snprintf(buf, size, "%s%s", prefix, v->total_org[0] ? v->total_org : "(no organisation)");
	for (char *p = buf; *p; p++)
		if (*p == '\n' || *p == '\r' || *p == '\t')
			*p = ' ';
	if ((at = strstr(buf, long_form)) != NULL) {
		memcpy(at, "CCG", 3);
		memmove(at + 3, at + sizeof(long_form) - 1, strlen(at + sizeof(long_form) - 1) + 1);
	}
}

/* Whether the totals and counts are one named organisation's: with several in the period,
 * the selected row's; or the one the filter shows. */
static int names_organisation(const struct qipp_view *v)
{
	return v->organisations > 1 || v->only_org[0];
}

static void total_label(const struct qipp_view *v, char *buf, size_t size)
{
	if (!names_organisation(v))
		snprintf(buf, size, "Organisation total");
	else
		short_organisation(v, "Total ", buf, size);
}

static void draw_header(const struct qipp_view *v, struct ui_ctx *ctx)
{
	/* Labels over a pair of columns are centred on the pair; "Forecast" over its own. */
	static const char *const top[N_NUM] = {"Plan", "", "YTD", "", "Forecast", "Variance", ""};
	static const char *const bottom[N_NUM] = {"Gross", "Net", "plan", "actual", "FY",
						  "", "%"};
	const struct layout *l = &v->lay;
	attr_t h = ui_attr(UI_ROLE_HEADER);
	char buf[400], period[64], k[16];
	const struct qipp_sums *t = &v->total;

	ui_qipp_period_text(ctx, period, sizeof(period));
	if (!names_organisation(v)) {
		snprintf(buf, sizeof(buf),
			 "QIPP %s (%s'000)   Red %d  Amber %d  Green %d  not reported %d", period,
			 ui_glyph(UI_G_POUND), t->n_rag[QIPP_RED], t->n_rag[QIPP_AMBER],
			 t->n_rag[QIPP_GREEN], t->n_rag[QIPP_NOT_REPORTED]);
	} else {
		/* the counts are one organisation's (the selected row's): say whose */
		char org[160];
		short_organisation(v, "", org, sizeof(org));
		snprintf(buf, sizeof(buf), "QIPP %s (%s'000)  Red %d Amber %d Green %d n/r %d: %s",
			 period, ui_glyph(UI_G_POUND), t->n_rag[QIPP_RED], t->n_rag[QIPP_AMBER],
			 t->n_rag[QIPP_GREEN], t->n_rag[QIPP_NOT_REPORTED], org);
	}
	ui_put(l->title_y, l->x, l->w, A_BOLD, buf);
	ui_put_pad(l->head_y + 1, l->x, l->name_w, h, "Programme / scheme", 0);
	for (int i = 0; i < N_NUM; i++) {
		int w = l->num_w, x = l->num_x[i];
		if (x < 0)
			continue;
		if (top[i][0] || (i == C_NET && l->num_x[C_GROSS] < 0)) {
			const char *label = i == C_NET ? "Plan" : top[i];
			int tw = ui_text_width(label), span = 2 * w + 1;
			if (i == C_NET || i == C_FORECAST)
				ui_put(l->head_y, x + w - tw, tw, h, label);
			else
				ui_put(l->head_y, x + (span - tw) / 2, tw, h, label);
		}
		snprintf(k, sizeof(k), "%s", i == C_VAR ? "" : bottom[i]);
		if (i == C_VAR)
			snprintf(k, sizeof(k), "%sk", ui_glyph(UI_G_POUND));
		ui_put_pad(l->head_y + 1, x, w, h, k, 1);
	}
	ui_put_pad(l->head_y + 1, l->rag_x, l->rag_w, h, "RAG", 0);
}

/* The numbers and RAG of one line; attr a for the numbers.  A RAG a level down on the month
 * before carries an arrow, as the exception report lists it. */
static void draw_figures(const struct qipp_view *v, int y, const struct qipp_sums *s,
			 enum qipp_rag rag, attr_t a)
{
	char rag_text[32];
	const struct layout *l = &v->lay;
	char cell[N_NUM][32];
	money_pounds var = qipp_sums_variance(s);
	int w = l->num_w, has_var = qipp_sums_has_variance(s);

	ui_qipp_k_fit(cell[C_GROSS], sizeof(cell[0]), s->has_gross, s->gross, w);
	ui_qipp_k_fit(cell[C_NET], sizeof(cell[0]), s->has_net, s->net, w);
	ui_qipp_k_fit(cell[C_YTD_PLAN], sizeof(cell[0]), s->has_ytd_plan, s->ytd_plan, w);
	ui_qipp_k_fit(cell[C_YTD_ACTUAL], sizeof(cell[0]), 1, s->ytd_actual, w);
	ui_qipp_k_fit(cell[C_FORECAST], sizeof(cell[0]), s->has_forecast, s->forecast, w);
	ui_qipp_k_fit(cell[C_VAR], sizeof(cell[0]), has_var, var, w);
	cell[C_PCT][0] = '\0';
	if (has_var)
		ui_qipp_pct(cell[C_PCT], sizeof(cell[0]), var, s->net);
	for (int i = 0; i < N_NUM; i++) {
		if (l->num_x[i] < 0)
			continue;
		ui_put(y, l->num_x[i] - 1, 1, a, " ");
		ui_put_pad(y, l->num_x[i], l->num_w, a, cell[i], 1);
	}
	ui_put(y, l->rag_x - 1, 1, a, " ");
	snprintf(rag_text, sizeof(rag_text), "%s%s", ui_qipp_rag_text(rag),
		 qipp_sums_moved_down(&v->m.rules, s) ? (ui_draw_utf8() ? " \u2193" : " v") : "");
	ui_put_pad(y, l->rag_x, l->rag_w, rag == QIPP_NOT_REPORTED ? a | ui_qipp_rag_attr(rag)
								: ui_qipp_rag_attr(rag),
		   rag_text, 0);
}

static void draw_row(const struct qipp_view *v, int i)
{
	const struct layout *l = &v->lay;
	const struct qipp_row *row = ui_list_row(&v->list, i);
	int y = l->list_y + i, sel = i == v->list.pager.sel;
	char name[STORE_NAME_MAX + STORE_CODE_MAX + 16];
	attr_t a;

	if (row->kind == QIPP_ROW_GROUP) {
		snprintf(name, sizeof(name), "%s %s %s",
			 ui_glyph(ui_groups_folded(&v->groups, row->prog.id) ? UI_G_FOLDED : UI_G_UNFOLDED),
			 row->prog.code, row->prog.name);
		a = sel ? ui_attr(UI_ROLE_SELECTED) | A_BOLD : ui_attr(UI_ROLE_GROUP);
	} else {
		snprintf(name, sizeof(name), "  %s", row->scheme.name);
		a = ui_attr(sel ? UI_ROLE_SELECTED : UI_ROLE_NORMAL);
	}
	ui_put_pad(y, l->x, l->name_w, a, name, 0);
	draw_figures(v, y, &row->sums, qipp_sums_rag(&v->m.rules, &row->sums), a);
}

static void qipp_draw(void *state, struct ui_ctx *ctx, struct ui_rect r)
{
	struct qipp_view *v = state;
	const struct ui_qipp_period *p = ui_qipp_period(ctx);
	char fy[16], label[STORE_NAME_MAX + 16];

	compute_layout(v, r);
	if (v->fy != p->fy || v->asof != p->asof)
		reload_period(v, ctx);
	ui_list_place(&v->list, ctx, v->lay.list_y, v->lay.list_h);
	follow_organisation(v, ctx);
	draw_header(v, ctx);
	if (v->list.pager.n == 0) {
		char buf[512];
		fy_format(p->fy, fy, sizeof(fy));
		if (v->filter_desc[0])
			snprintf(buf, sizeof(buf),
				 "No scheme in %s matches the filter (%s); f then Enter on an empty "
				 "line clears it.", fy, v->filter_desc);
		else
			snprintf(buf, sizeof(buf),
				 "No QIPP scheme has a plan or a month reported in %s: [ ] shows "
				 "another year; 'pmwb import qipp FILE' loads a plan.", fy);
		ui_wrap(v->lay.list_y, v->lay.x, v->lay.w, 3, ui_attr(UI_ROLE_DIM), buf);
		return;
	}
	for (int i = 0; i < v->list.pager.n; i++)
		draw_row(v, i);
	total_label(v, label, sizeof(label));
	ui_put_pad(v->lay.total_y, v->lay.x, v->lay.name_w, A_BOLD, label, 0);
	draw_figures(v, v->lay.total_y, &v->total, qipp_sums_rag(&v->m.rules, &v->total), A_BOLD);
}

static int open_scheme(struct qipp_view *v, struct ui_ctx *ctx, const struct qipp_row *row,
		       int edit)
{
	if (!row)
		return UI_NONE;
	if (row->kind != QIPP_ROW_SCHEME) {
		if (!edit)
			return ui_groups_fold(&v->groups, &v->list, ctx, row, 0);
		ui_message(ctx, "select a scheme to type its month (a programme's totals follow)");
		return UI_REDRAW;
	}
	ctx->push_ops = &ui_scheme_ops;
	ctx->push_arg = edit ? ui_qipp_scheme_arg_edit(row->scheme.id)
			     : ui_qipp_scheme_arg(row->scheme.id);
	return UI_REDRAW;
}

static int qipp_action(void *state, struct ui_ctx *ctx, enum ui_action a, struct ui_rect r)
{
	struct qipp_view *v = state;
	struct qipp_row *row = ui_list_selected(&v->list);
	int f;

	(void)r;
	switch (a) {
	case UI_ACT_FOLD:
		return row ? ui_groups_fold(&v->groups, &v->list, ctx, row, 0) : UI_NONE;
	case UI_ACT_FOLD_ALL:
		f = ui_groups_fold(&v->groups, &v->list, ctx, row, 1);
		ui_message(ctx, "%s", v->groups.folds.all ? "every programme folded: O unfolds them"
							  : "every programme unfolded");
		return f;
	case UI_ACT_SORT:
		v->m.sort = (v->m.sort + 1) % QIPP_SORT_COUNT;
		qipp_rows_forget(&v->m);
		ui_message(ctx, "schemes in %s%s", qipp_sort_names[v->m.sort],
			   ui_list_order_note(&v->list));
		return ui_list_resorted(&v->list, ctx);
	case UI_ACT_ENTER:
		return open_scheme(v, ctx, row, 0);
	case UI_ACT_QIPP_EDIT:
		return open_scheme(v, ctx, row, 1);
	case UI_ACT_FY_PREV:
	case UI_ACT_FY_NEXT:
	case UI_ACT_MONTH_PREV:
	case UI_ACT_MONTH_NEXT:
		return ui_qipp_period_step(ctx, a);
	default:
		/* Moving and reversing: the same in every list. */
		f = ui_list_action(&v->list, ctx, a);
		return f < 0 ? UI_NONE : f;
	}
}

static const char *const rag_words[] = {"unreported", "red", "amber", "green"}; /* enum order */

static int rag_named(const char *word)
{
	for (int i = 0; i < 4; i++)
		if (!strcasecmp(word, rag_words[i]))
			return i;
	return -1;
}

/* f: terms that combine: an organisation's programmes (org:"NAME", or the line naming one
 * alone), schemes rated red, amber, green or unreported, and other words matched in scheme
 * names and owners.  The rows, the totals and the counts follow the organisation; an empty
 * line shows everything. */
static int qipp_filter(void *state, struct ui_ctx *ctx, const char *text)
{
	struct qipp_view *v = state;
	char name[STORE_NAME_MAX] = "", key[32], val[STORE_NAME_MAX], words[128] = "";
	char desc[sizeof(v->filter_desc)] = "", d[STORE_NAME_MAX + 32];
	unsigned mask = 0;
	const char *p = text;
	long long id;

	/* The line naming an organisation, blanks and all, is that organisation, as before. */
	if (text[0] && !strpbrk(text, ":=\"") && ui_filter_organisation(ctx, text, &id, NULL, 0))
		p = NULL;
	ctx->message[0] = '\0';
	if (!p) {
		ui_filter_organisation(ctx, text, &id, name, sizeof(name));
		snprintf(d, sizeof(d), "%s's programmes", name);
		ui_filter_describe(desc, sizeof(desc), d);
	}
	while (p && (p = ui_filter_next(p, key, sizeof(key), val, sizeof(val)))) {
		int rag = (!key[0] || ui_filter_key(key, "rag", "r")) ? rag_named(val) : -1;
		if (ui_filter_key(key, "organisation", "org")) {
			if (!ui_filter_organisation(ctx, val, &id, name, sizeof(name))) {
				ctx->message_is_error = 1;
				return UI_REDRAW;
			}
			snprintf(d, sizeof(d), "%s's programmes", name);
			ui_filter_describe(desc, sizeof(desc), d);
		} else if (rag >= 0) {
			mask |= 1u << rag;
			ui_filter_describe(desc, sizeof(desc), rag_words[rag]);
		} else if (!key[0] || ui_filter_key(key, "text", "t")) {
			size_t n = strlen(words), k = strlen(val);
			if (n + k + 2 < sizeof(words)) {
				if (n)
					words[n++] = ' ';
				memcpy(words + n, val, k + 1);
			}
		} else {
			ui_message(ctx, "\"%s:\" is not a QIPP filter; use org:, or red, amber, green, "
					"unreported, or words in a scheme's name or owner", key);
			ctx->message_is_error = 1;
			return UI_REDRAW;
		}
	}
	if (words[0]) {
		snprintf(d, sizeof(d), "schemes with \"%s\"", words);
		ui_filter_describe(desc, sizeof(desc), d);
	}
	snprintf(v->only_org, sizeof(v->only_org), "%s", name);
	store_qipp_set_organisation(v->m.q, name[0] ? name : NULL);
	v->m.rag_mask = mask;
	text_copy(v->m.text, sizeof(v->m.text), words);
	text_copy(v->list.filter, sizeof(v->list.filter), text);
	text_copy(v->filter_desc, sizeof(v->filter_desc), desc);
	if (desc[0])
		ui_message(ctx, "showing %s; f then Enter on an empty line shows all", desc);
	else
		ui_message(ctx, "filter cleared");
	reload_period(v, ctx);
	return ui_list_top(&v->list, ctx);
}

/* / searches programme codes and names and scheme names and owners as you type, folded
 * programmes too; n and N go on; Esc goes back to where the search began. */
static int qipp_search(void *state, struct ui_ctx *ctx, const char *text, enum ui_search_how how,
		       struct ui_rect r)
{
	struct qipp_view *v = state;

	(void)r;
	return ui_list_search(&v->list, ctx, text, how);
}

static int qipp_click(void *state, struct ui_ctx *ctx, int y, int x, struct ui_rect r)
{
	struct qipp_view *v = state;

	(void)x;
	(void)r;
	switch (ui_list_click(&v->list, y)) {
	case 0:
		return UI_NONE;
	case 2: /* the selected row again: open it, as Enter does */
		return open_scheme(v, ctx, ui_list_selected(&v->list), 0);
	default:
		return UI_REDRAW;
	}
}

static int qipp_reload(void *state, struct ui_ctx *ctx)
{
	return reload_period(state, ctx);
}

static void qipp_close(void *state);

static enum pmwb_status qipp_open(struct ui_ctx *ctx, long long arg, void **state,
				  struct pmwb_error *e)
{
	struct qipp_view *v = calloc(1, sizeof(*v));
	const struct ui_qipp_period *p = ui_qipp_period(ctx);

	(void)arg;
	if (!v)
		return err_set(e, PMWB_NOMEM, "out of memory opening the QIPP pane");
	if (store_qipp_open(ctx->st, &v->m.q, e) != PMWB_OK) {
		free(v);
		return e->status;
	}
	v->fy = p->fy;
	v->asof = p->asof;
	v->m.rules = ui_qipp_rules(ctx);
	ui_qipp_set_store(ctx, v->m.q);
	if (ui_groups_init(&v->groups, &qipp_rows_ops, &v->m, e) != PMWB_OK ||
	    ui_list_init(&v->list, &qipp_list_ops, &v->groups, e) != PMWB_OK || read_totals(v, e) != PMWB_OK) {
		qipp_close(v);
		return e->status;
	}
	*state = v;
	return PMWB_OK;
}

static void qipp_close(void *state)
{
	struct qipp_view *v = state;

	if (!v)
		return;
	ui_list_free(&v->list);
	ui_groups_free(&v->groups);
	qipp_rows_free(&v->m);
	store_qipp_close(v->m.q);
	free(v);
}

const struct ui_view_ops ui_qipp_ops = {
	.name = "QIPP",
	.scope = UI_SCOPE_MOVE | UI_SCOPE_FIND | UI_SCOPE_DRILL | UI_SCOPE_QIPP |
		 UI_SCOPE_QIPP_GROUPS,
	.open = qipp_open,
	.close = qipp_close,
	.reload = qipp_reload,
	.draw = qipp_draw,
	.action = qipp_action,
	.click = qipp_click,
	.search = qipp_search,
	.filter = qipp_filter,
	.filter_words = "(org:\"NAME\" red amber green unreported, words in a scheme or owner)",
	.help = "Savings schemes under their programmes for a year as of a report month: plan, "
		"year to date, forecast, variance and RAG, with programme and organisation totals.",
};
