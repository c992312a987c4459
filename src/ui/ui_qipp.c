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

#include "pmwb/store_organisation.h"
#include "ui_draw.h"
#include "ui_pager.h"
#include "ui_qipp.h"
#include "ui_qipp_rows.h"
#include "ui_search.h"
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
	struct ui_pager pager;
	struct qipp_sums total;
	int organisations;                      /* with schemes in the period */
	int total_known;                        /* total is for total_org (several organisations) */
	char total_org[STORE_NAME_MAX];
	char only_org[STORE_NAME_MAX];          /* f: one organisation's programmes ("" all) */
	int fy;
	fy_month asof;
	struct qipp_row origin;  /* where a search began, for Esc */
	struct ui_search search;
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

static int goto_row(struct qipp_view *v, struct ui_ctx *ctx, const struct qipp_row *row);

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
	if (v->pager.height && ui_pager_reload(&v->pager, v->pager.height, &e) != PMWB_OK)
		ui_error(ctx, &e);
	return UI_REDRAW;
}

/* With several organisations, the total (and the title's RAG counts) are those of the
 * organisation the selected row belongs to: one CCG's savings do not make another's. */
static void follow_organisation(struct qipp_view *v, struct ui_ctx *ctx)
{
	const struct qipp_row *sel;
	struct pmwb_error e;

	if (v->organisations <= 1 || v->pager.n == 0)
		return;
	sel = ui_pager_row(&v->pager, v->pager.sel);
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
	const struct qipp_row *row = ui_pager_row(&v->pager, i);
	int y = l->list_y + i, sel = i == v->pager.sel;
	char name[STORE_NAME_MAX + STORE_CODE_MAX + 16];
	attr_t a;

	if (row->kind == QIPP_ROW_GROUP) {
		snprintf(name, sizeof(name), "%s %s %s",
			 ui_glyph(qipp_rows_folded(&v->m, row->prog.id) ? UI_G_FOLDED : UI_G_UNFOLDED),
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
	struct pmwb_error e;
	char fy[16], label[STORE_NAME_MAX + 16];

	compute_layout(v, r);
	err_clear(&e);
	if (v->fy != p->fy || v->asof != p->asof)
		reload_period(v, ctx);
	if (v->pager.height != v->lay.list_h) {
		if (v->pager.height == 0)
			ui_pager_top(&v->pager, v->lay.list_h, &e);
		else
			ui_pager_reload(&v->pager, v->lay.list_h, &e);
		if (e.status != PMWB_OK)
			ui_error(ctx, &e);
	}
	follow_organisation(v, ctx);
	draw_header(v, ctx);
	if (v->pager.n == 0) {
		char buf[256];
		fy_format(p->fy, fy, sizeof(fy));
		snprintf(buf, sizeof(buf),
			 "No QIPP scheme has a plan or a month reported in %s: [ ] shows another "
			 "year; 'pmwb import qipp FILE' loads a plan.", fy);
		ui_wrap(v->lay.list_y, v->lay.x, v->lay.w, 3, ui_attr(UI_ROLE_DIM), buf);
		return;
	}
	for (int i = 0; i < v->pager.n; i++)
		draw_row(v, i);
	total_label(v, label, sizeof(label));
	ui_put_pad(v->lay.total_y, v->lay.x, v->lay.name_w, A_BOLD, label, 0);
	draw_figures(v, v->lay.total_y, &v->total, qipp_sums_rag(&v->m.rules, &v->total), A_BOLD);
}

/* Select a programme's group row after a fold changed which rows exist. */
static int refold(struct qipp_view *v, struct ui_ctx *ctx, long long prog_id)
{
	struct qipp_row group;
	struct pmwb_error e;
	int found = 0;

	err_clear(&e);
	if (ui_pager_reload(&v->pager, v->lay.list_h, &e) == PMWB_OK) {
		for (int i = 0; i < v->pager.n; i++) {
			const struct qipp_row *r = ui_pager_row(&v->pager, i);
			if (r->kind == QIPP_ROW_GROUP && r->prog.id == prog_id) {
				v->pager.sel = i;
				return UI_REDRAW;
			}
		}
		if (qipp_rows_group(&v->m, prog_id, &group, &found, &e) == PMWB_OK && found)
			ui_pager_goto(&v->pager, &group, v->lay.list_h, &e);
	}
	if (e.status != PMWB_OK)
		ui_error(ctx, &e);
	return UI_REDRAW;
}

static int fold(struct qipp_view *v, struct ui_ctx *ctx, const struct qipp_row *row)
{
	struct pmwb_error e;
	long long id = row->prog.id;
	int now = row->kind == QIPP_ROW_GROUP ? !qipp_rows_folded(&v->m, id) : 1;

	err_clear(&e);
	if (qipp_rows_set_folded(&v->m, id, now, &e) != PMWB_OK) {
		ui_error(ctx, &e);
		return UI_REDRAW;
	}
	return refold(v, ctx, id);
}

static int open_scheme(struct qipp_view *v, struct ui_ctx *ctx, const struct qipp_row *row,
		       int edit)
{
	(void)v;
	if (!row)
		return UI_NONE;
	if (row->kind != QIPP_ROW_SCHEME) {
		if (!edit)
			return fold(v, ctx, row);
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
	struct qipp_row *row = ui_pager_selected(&v->pager);
	struct pmwb_error e;
	int h = v->lay.list_h > 0 ? v->lay.list_h : r.h;

	err_clear(&e);
	switch (a) {
	case UI_ACT_UP:
		ui_pager_move(&v->pager, -1, &e);
		break;
	case UI_ACT_DOWN:
		ui_pager_move(&v->pager, 1, &e);
		break;
	case UI_ACT_PAGE_UP:
		ui_pager_scroll(&v->pager, -h, &e);
		break;
	case UI_ACT_PAGE_DOWN:
		ui_pager_scroll(&v->pager, h, &e);
		break;
	case UI_ACT_HALF_UP:
		ui_pager_scroll(&v->pager, -(h / 2 > 0 ? h / 2 : 1), &e);
		break;
	case UI_ACT_HALF_DOWN:
		ui_pager_scroll(&v->pager, h / 2 > 0 ? h / 2 : 1, &e);
		break;
	case UI_ACT_TOP:
		ui_pager_top(&v->pager, h, &e);
		break;
	case UI_ACT_BOTTOM:
		ui_pager_bottom(&v->pager, h, &e);
		break;
	case UI_ACT_FOLD:
		return row ? fold(v, ctx, row) : UI_NONE;
	case UI_ACT_FOLD_ALL:
		qipp_rows_fold_all(&v->m, !v->m.folds.all);
		ui_message(ctx, "%s", v->m.folds.all ? "every programme folded: O unfolds them"
						    : "every programme unfolded");
		if (row)
			return refold(v, ctx, row->prog.id);
		ui_pager_top(&v->pager, h, &e);
		break;
	case UI_ACT_ENTER:
		return open_scheme(v, ctx, row, 0);
	case UI_ACT_QIPP_EDIT:
		return open_scheme(v, ctx, row, 1);
	case UI_ACT_SCHEME_ADD:
	case UI_ACT_SCHEME_EDIT:
	case UI_ACT_SCHEME_DELETE:
		return ui_schemeform_action(ctx, a, row && row->kind == QIPP_ROW_SCHEME ? row->scheme.id : 0,
					    row ? row->prog.code : NULL, 1);
	case UI_ACT_FY_PREV:
	case UI_ACT_FY_NEXT:
	case UI_ACT_MONTH_PREV:
	case UI_ACT_MONTH_NEXT:
		return ui_qipp_period_step(ctx, a);
	default:
		return UI_NONE;
	}
	if (e.status != PMWB_OK)
		ui_error(ctx, &e);
	return UI_REDRAW;
}

static int goto_row(struct qipp_view *v, struct ui_ctx *ctx, const struct qipp_row *row)
{
	struct qipp_row copy = *row;
	struct pmwb_error e;

	err_clear(&e);
	/* A match inside a folded programme unfolds it. */
	if (row->kind == QIPP_ROW_SCHEME && qipp_rows_folded(&v->m, row->prog.id))
		qipp_rows_set_folded(&v->m, row->prog.id, 0, &e);
	if (e.status == PMWB_OK)
		ui_pager_goto(&v->pager, &copy, v->lay.list_h > 0 ? v->lay.list_h : 1, &e);
	if (e.status != PMWB_OK)
		ui_error(ctx, &e);
	return UI_REDRAW;
}

/* f narrows the pane to one organisation's programmes (its name as import matches it): the
 * rows, the totals and the Red/Amber/Green counts alike; an empty line shows them all. */
static int qipp_filter(void *state, struct ui_ctx *ctx, const char *text)
{
	struct qipp_view *v = state;
	enum store_organisation_match match = STORE_ORGANISATION_NONE;
	char names[512], name[STORE_NAME_MAX] = "";
	struct pmwb_error e;
	long long id = 0;

	err_clear(&e);
	if (text[0] && store_organisation_lookup(ctx->st, text, &id, name, sizeof(name), &match,
						 names, sizeof(names), &e) != PMWB_OK) {
		ui_error(ctx, &e);
		return UI_REDRAW;
	}
	if (text[0] && match != STORE_ORGANISATION_FOUND) {
		ui_message(ctx, "the QIPP filter is an organisation; no one goes by \"%s\": %s", text,
			   names[0] ? names : "the file has none");
		return UI_REDRAW;
	}
	snprintf(v->only_org, sizeof(v->only_org), "%s", name);
	store_qipp_set_organisation(v->m.q, name[0] ? name : NULL);
	if (name[0])
		ui_message(ctx, "showing %s's programmes; f then Enter on an empty line shows all", name);
	else
		ui_message(ctx, "filter cleared");
	return reload_period(v, ctx);
}

/* / searches programme codes and names and scheme names and owners as you type, folded
 * programmes too; n and N go on; Esc goes back to where the search began. */
static int qipp_search(void *state, struct ui_ctx *ctx, const char *text, enum ui_search_how how,
		       struct ui_rect r)
{
	struct qipp_view *v = state;
	struct qipp_row *sel = ui_pager_selected(&v->pager), found_row;
	struct pmwb_error e;
	int found = 0, begin, backward = how == UI_SEARCH_PREV;
	enum ui_search_next next;

	(void)r;
	err_clear(&e);
	next = ui_search_step(&v->search, ctx, text, how, &begin);
	/* The first character typed: remember where the search began, even if it finds nothing. */
	if (begin && sel)
		v->origin = *sel;
	if (next == UI_SEARCH_DONE)
		return UI_REDRAW;
	if (next == UI_SEARCH_RESTORE)
		return v->pager.n ? goto_row(v, ctx, &v->origin) : UI_REDRAW;
	const struct qipp_row *from = how == UI_SEARCH_TYPE ? (v->pager.n ? &v->origin : NULL) : sel;
	if (qipp_rows_find(&v->m, from, backward, how == UI_SEARCH_TYPE, v->search.text, &found_row,
			   &found, &e) == PMWB_OK && !found && from) {
		/* Wrap round to the other end, like less and vi. */
		if (qipp_rows_find(&v->m, NULL, backward, 1, v->search.text, &found_row, &found, &e) ==
			    PMWB_OK && found && how != UI_SEARCH_TYPE)
			ui_message(ctx, "search wrapped round");
	}
	if (e.status != PMWB_OK) {
		ui_error(ctx, &e);
		return UI_REDRAW;
	}
	if (!found) {
		ui_message(ctx, "no programme or scheme in this year matches \"%s\"", v->search.text);
		return UI_REDRAW;
	}
	return goto_row(v, ctx, &found_row);
}

static int qipp_click(void *state, struct ui_ctx *ctx, int y, int x, struct ui_rect r)
{
	struct qipp_view *v = state;
	int i = y - v->lay.list_y;

	(void)x;
	(void)r;
	if (i < 0 || i >= v->pager.n)
		return UI_NONE;
	if (i == v->pager.sel)
		return open_scheme(v, ctx, ui_pager_row(&v->pager, i), 0);
	v->pager.sel = i;
	return UI_REDRAW;
}

static int qipp_reload(void *state, struct ui_ctx *ctx)
{
	struct qipp_view *v = state;
	long long focus = ui_schemeform_take_focus();
	int flags = reload_period(v, ctx);

	/* A scheme just added or edited in the form is selected wherever it now sorts. */
	if (focus) {
		struct store_qipp_scheme s;
		struct store_qipp_detail *d = malloc(sizeof(*d));
		struct qipp_row row;
		struct pmwb_error e;
		int found = 0;
		err_clear(&e);
		if (d && store_qipp_detail(v->m.q, focus, d, &found, &e) == PMWB_OK && found &&
		    store_qipp_scheme(v->m.q, focus, &s, &found, &e) == PMWB_OK && found &&
		    qipp_rows_scheme(&v->m, &d->prog, &s, &row, &e) == PMWB_OK)
			flags |= goto_row(v, ctx, &row);
		free(d);
	}
	return flags;
}

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
	ui_pager_init(&v->pager, sizeof(struct qipp_row), qipp_rows_fetch, &v->m);
	v->fy = p->fy;
	v->asof = p->asof;
	v->m.rules = ui_qipp_rules(ctx);
	ui_qipp_set_store(ctx, v->m.q);
	if (read_totals(v, e) != PMWB_OK) {
		ui_pager_free(&v->pager);
		store_qipp_close(v->m.q);
		free(v);
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
	ui_pager_free(&v->pager);
	qipp_rows_free(&v->m);
	store_qipp_close(v->m.q);
	free(v);
}

const struct ui_view_ops ui_qipp_ops = {
	.name = "QIPP",
	.scope = UI_SCOPE_MOVE | UI_SCOPE_DRILL | UI_SCOPE_QIPP | UI_SCOPE_QIPP_GROUPS,
	.open = qipp_open,
	.close = qipp_close,
	.reload = qipp_reload,
	.draw = qipp_draw,
	.action = qipp_action,
	.click = qipp_click,
	.search = qipp_search,
	.filter = qipp_filter,
	.help = "Savings schemes under their programmes for a year as of a report month: plan, "
		"year to date, forecast, variance and RAG, with programme and organisation totals.",
};
