/* A programme opened from the Programmes pane: its people and summary, then its projects
 * (paged); Enter on a project opens it in the Gantt. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmwb/money.h"
#include "pmwb/store_query_metrics.h"
#include "pmwb/store_query_gantt.h"
#include "pmwb/store_query_programmes.h"
#include "ui_detail.h"
#include "ui_draw.h"
#include "ui_pager.h"
#include "ui_progform.h"
#include "ui_qipp.h"
#include "ui_view.h"

#define MEASURES_SHOWN 6

struct detail_view {
	struct store_programmes *q;
	struct store_gantt *g;
	struct store_programme_detail d;
	struct store_programme_row sum; /* risks and QIPP for the line under the people */
	struct store_gantt_programme prog;
	struct ui_pager pager;
	char title[STORE_NAME_MAX + STORE_CODE_MAX];
	int list_y, list_h;
	struct ui_ctx *ctx;
	/* The measures the plan states (metrics.csv): the first few, and how many there are. */
	char measure[MEASURES_SHOWN][200];
	int n_measures;
};

static enum pmwb_status fetch(void *state, const void *after, int backward, int n, void *out,
			      int *got, struct pmwb_error *e)
{
	struct detail_view *v = state;

	return store_gantt_projects(v->g, &v->prog, after, backward, NULL, n, out, got, e);
}

static void person(int y, int x, int w, const char *role, const char *who)
{
	char buf[STORE_PERSON_MAX + 32];

	snprintf(buf, sizeof(buf), "%-22s%s", role, who[0] ? who : "-");
	ui_put(y, x, w, 0, buf);
}

static char phase_now(const struct store_gantt_project *p, fy_quarter q)
{
	for (int i = 0; i < p->n_phases; i++)
		if (p->phase[i].start_q <= q && q <= p->phase[i].end_q)
			return p->phase[i].letter;
	return 0;
}

/* "Open risks  Low 0, Moderate 3, High 5 (3 Risks)" and "QIPP 2013/14  9 schemes, plan
 * £6,532k, forecast not reported (4 QIPP)": where the programme's risks and schemes are. */
static int draw_risks_qipp(const struct detail_view *v, const struct ui_ctx *ctx,
			   struct ui_rect r, int y)
{
	char buf[512], k[32], fy[16];
	int n = snprintf(buf, sizeof(buf), "%-22s", "Open risks");
	long total = 0;

	for (int b = 0; b < ctx->info.bands.n && n < (int)sizeof(buf) - 64; b++) {
		n += snprintf(buf + n, sizeof(buf) - (size_t)n, "%s%s %ld", b ? ", " : "",
			      ctx->info.bands.band[b].name, v->sum.band_count[b]);
		total += v->sum.band_count[b];
	}
	if (total)
		snprintf(buf + n, sizeof(buf) - (size_t)n, " (pane 3)");
	else
		snprintf(buf + n, sizeof(buf) - (size_t)n, "%s", ctx->info.bands.n ? "" : "none");
	ui_put(y++, r.x, r.w, 0, buf);
	fy_format(fy_quarter_fy(ctx->today_q), fy, sizeof(fy));
	n = snprintf(buf, sizeof(buf), "QIPP %-17s%d scheme%s", fy, v->sum.qipp.schemes,
		     v->sum.qipp.schemes == 1 ? "" : "s");
	if (v->sum.qipp.schemes) {
		money_format(v->sum.qipp.net, MONEY_THOUSANDS, k, sizeof(k));
		n += snprintf(buf + n, sizeof(buf) - (size_t)n, ", plan %s%sk", ui_glyph(UI_G_POUND), k);
		if (v->sum.qipp.has_forecast) {
			money_format(v->sum.qipp.forecast, MONEY_THOUSANDS, k, sizeof(k));
			snprintf(buf + n, sizeof(buf) - (size_t)n,
				 ", forecast %s%sk from %d reporting (pane 4)",
				 ui_glyph(UI_G_POUND), k, v->sum.qipp.reported);
		} else {
			snprintf(buf + n, sizeof(buf) - (size_t)n, ", forecast not reported");
		}
	}
	ui_put(y++, r.x, r.w, 0, buf);
	return y;
}

/* "Elective inpatient activity  49,668 -> -  (2012/13 forecast outturn, activity count)" */
static void on_measure(void *ctx, const struct store_metric_row *m)
{
	struct detail_view *v = ctx;

	if (v->n_measures < MEASURES_SHOWN)
		snprintf(v->measure[v->n_measures], sizeof(v->measure[0]), "%s  %s -> %s%s%s%s%s%s",
			 m->name, m->baseline[0] ? m->baseline : "-",
			 m->target[0] ? m->target : "-", m->period[0] || m->unit[0] ? "  (" : "",
			 m->period, m->period[0] && m->unit[0] ? ", " : "", m->unit,
			 m->period[0] || m->unit[0] ? ")" : "");
	v->n_measures++;
}

static void load_measures(struct detail_view *v, struct ui_ctx *ctx)
{
	struct pmwb_error e;

	err_clear(&e);
	v->n_measures = 0;
	if (store_metrics_each(ctx->st, v->d.code, on_measure, v, &e) != PMWB_OK)
		ui_error(ctx, &e);
}

/* The plan's measures: a heading and as many as fit above the projects (at least 7 rows). */
static int draw_measures(const struct detail_view *v, struct ui_rect r, int y)
{
	char buf[96];

	if (!v->n_measures || r.y + r.h - y - 9 <= 0)
		return y;
	snprintf(buf, sizeof(buf), "%-22s%d: baseline -> target (pmwb report metrics)",
		 "Measures", v->n_measures);
	ui_put(y++, r.x, r.w, 0, buf);
	for (int i = 0; i < v->n_measures && i < MEASURES_SHOWN && r.y + r.h - y - 8 > 0; i++)
		ui_put(y++, r.x + 2, r.w - 2, ui_attr(UI_ROLE_DIM), v->measure[i]);
	return y;
}

static void detail_draw(void *state, struct ui_ctx *ctx, struct ui_rect r)
{
	struct detail_view *v = state;
	struct pmwb_error e;
	char buf[256], a[16], b[16], q[16];
	int y = r.y, half = r.w >= 120 ? r.w / 2 : r.w;

	snprintf(buf, sizeof(buf), "%s  %s", v->d.code, v->d.name);
	ui_put(y++, r.x, r.w, ui_attr(UI_ROLE_GROUP), buf);
	if (v->d.organisation[0])
		ui_put(y++, r.x, r.w, ui_attr(UI_ROLE_DIM), v->d.organisation);
	/* People in two columns when the terminal is wide, one otherwise. */
	person(y, r.x, half, "Chair", v->d.chair);
	person(half < r.w ? y : y + 1, r.x + (half < r.w ? half : 0), half,
	       "SRO", v->d.sro);
	y += half < r.w ? 1 : 2;
	person(y, r.x, half, "Programme lead", v->d.lead);
	person(half < r.w ? y : y + 1, r.x + (half < r.w ? half : 0), half,
	       "Programme manager", v->d.manager);
	y += half < r.w ? 1 : 2;
	if (v->d.has_start_fy) {
		fy_format(v->d.start_fy, a, sizeof(a));
		fy_format(v->d.has_end_fy ? v->d.end_fy : v->d.start_fy, b, sizeof(b));
		snprintf(buf, sizeof(buf), "%-22s%s to %s", "Years", a, b);
		ui_put(y++, r.x, r.w, 0, buf);
	}
	y = draw_risks_qipp(v, ctx, r, y);
	/* The summary in full, leaving the projects a few rows at least. */
	if (v->d.summary[0] && r.y + r.h - y - 7 > 0)
		y += ui_wrap(y, r.x, r.w, r.y + r.h - y - 7, ui_attr(UI_ROLE_DIM), v->d.summary);
	y = draw_measures(v, r, y);
	y++;
	fy_quarter_format(ctx->today_q, q, sizeof(q));
	snprintf(buf, sizeof(buf), "Phase %s", q);
	ui_fill(y, r.x, r.w, ui_attr(UI_ROLE_HEADER));
	ui_put_pad(y, r.x, r.w - 27, ui_attr(UI_ROLE_HEADER), "Projects (Enter opens in the Gantt)", 0);
	ui_put_pad(y, r.x + r.w - 27, 8, ui_attr(UI_ROLE_HEADER), "Value", 1);
	ui_put_pad(y, r.x + r.w - 18, 18, ui_attr(UI_ROLE_HEADER), buf, 1);
	y++;
	v->list_y = y;
	v->list_h = r.y + r.h - y > 1 ? r.y + r.h - y : 1;
	err_clear(&e);
	if (v->pager.height != v->list_h &&
	    (v->pager.height == 0 ? ui_pager_top(&v->pager, v->list_h, &e)
				  : ui_pager_reload(&v->pager, v->list_h, &e)) != PMWB_OK)
		ui_error(ctx, &e);
	if (v->pager.n == 0)
		ui_put(y, r.x, r.w, ui_attr(UI_ROLE_DIM), "No projects.");
	for (int i = 0; i < v->pager.n && i < v->list_h; i++) {
		const struct store_gantt_project *p = ui_pager_row(&v->pager, i);
		attr_t at = ui_attr(i == v->pager.sel ? UI_ROLE_SELECTED : UI_ROLE_NORMAL);
		char val[32] = "", ph[2] = {phase_now(p, ctx->today_q), 0};
		ui_fill(y + i, r.x, r.w, at);
		ui_put(y + i, r.x, r.w - 28, at, p->name);
		if (p->has_value) {
			money_format(p->value, MONEY_THOUSANDS, val, sizeof(val));
			/* "-£108k", not "£-108k". */
			snprintf(buf, sizeof(buf), "%s%s%sk", val[0] == '-' ? "-" : "", ui_glyph(UI_G_POUND),
				 val[0] == '-' ? val + 1 : val);
			ui_put_pad(y + i, r.x + r.w - 27, 8, at, buf, 1);
		}
		if (ph[0])
			ui_put(y + i, r.x + r.w - 2, 1, ui_attr(ui_phase_role(ph[0])), ph);
	}
}

static int detail_action(void *state, struct ui_ctx *ctx, enum ui_action a, struct ui_rect r)
{
	struct detail_view *v = state;
	const struct store_gantt_project *p = ui_pager_selected(&v->pager);
	struct pmwb_error e;
	int h = v->list_h > 0 ? v->list_h : r.h;

	err_clear(&e);
	switch (a) {
	case UI_ACT_UP:
		ui_pager_move(&v->pager, -1, &e);
		break;
	case UI_ACT_DOWN:
		ui_pager_move(&v->pager, 1, &e);
		break;
	case UI_ACT_PAGE_UP:
	case UI_ACT_HALF_UP:
		ui_pager_scroll(&v->pager, a == UI_ACT_PAGE_UP ? -h : -(h / 2 + 1), &e);
		break;
	case UI_ACT_PAGE_DOWN:
	case UI_ACT_HALF_DOWN:
		ui_pager_scroll(&v->pager, a == UI_ACT_PAGE_DOWN ? h : h / 2 + 1, &e);
		break;
	case UI_ACT_TOP:
		ui_pager_top(&v->pager, h, &e);
		break;
	case UI_ACT_BOTTOM:
		ui_pager_bottom(&v->pager, h, &e);
		break;
	case UI_ACT_PROG_EDIT:
	case UI_ACT_PROG_ADD:
		ctx->push_ops = &ui_progform_ops;
		ctx->push_arg = a == UI_ACT_PROG_EDIT ? v->prog.id : 0;
		return UI_REDRAW;
	case UI_ACT_PROG_DELETE:
		ui_message(ctx, "a programme is deleted from the Programmes list: Esc goes back there, then D");
		return UI_REDRAW;
	case UI_ACT_ENTER:
		if (!p)
			return UI_NONE;
		ctx->jump.pane = 1;
		ctx->jump.programme_id = v->prog.id;
		ctx->jump.project_id = p->id;
		return UI_REDRAW;
	default:
		return UI_NONE;
	}
	if (e.status != PMWB_OK)
		ui_error(ctx, &e);
	return UI_REDRAW;
}

static int detail_click(void *state, struct ui_ctx *ctx, int y, int x, struct ui_rect r)
{
	struct detail_view *v = state;
	int i = y - v->list_y;

	(void)x;
	if (i < 0 || i >= v->pager.n)
		return UI_NONE;
	if (i == v->pager.sel)
		return detail_action(state, ctx, UI_ACT_ENTER, r);
	v->pager.sel = i;
	return UI_REDRAW;
}

static int detail_reload(void *state, struct ui_ctx *ctx)
{
	struct detail_view *v = state;
	struct pmwb_error e;

	err_clear(&e);
	/* after an edit (e) the people and summary too */
	if (store_programme_detail(v->q, v->prog.id, &v->d, &e) != PMWB_OK ||
	    (v->pager.height && ui_pager_reload(&v->pager, v->pager.height, &e) != PMWB_OK))
		ui_error(ctx, &e);
	load_measures(v, ctx);
	snprintf(v->title, sizeof(v->title), "%s", v->d.name);
	return UI_REDRAW;
}

static int detail_key(void *state, struct ui_ctx *ctx, int key, int is_char, struct ui_rect r)
{
	(void)state;
	(void)ctx;
	(void)r;
	return ui_detail_stray_key(key, is_char, ui_progdetail_ops.scope);
}

static void detail_close(void *state)
{
	struct detail_view *v = state;

	if (!v)
		return;
	ui_pager_free(&v->pager);
	store_gantt_close(v->g);
	store_programmes_close(v->q);
	free(v);
}

static enum pmwb_status detail_open(struct ui_ctx *ctx, long long id, void **state,
				    struct pmwb_error *e)
{
	struct detail_view *v = calloc(1, sizeof(*v));

	if (!v)
		return err_set(e, PMWB_NOMEM, "out of memory opening a programme");
	v->ctx = ctx;
	if (store_programmes_open(ctx->st, &v->q, e) != PMWB_OK ||
	    store_programme_detail(v->q, id, &v->d, e) != PMWB_OK ||
	    store_gantt_open(ctx->st, &v->g, e) != PMWB_OK) {
		detail_close(v);
		return e->status;
	}
	/* This quarter and FY, as the Programmes pane counts them. */
	struct store_programme_when w;

	ui_programme_when(ctx, &w);
	if (store_programme_summary(v->q, id, &w, &v->sum, e) != PMWB_OK) {
		detail_close(v);
		return e->status;
	}
	v->prog.id = id;
	v->prog.self_match = 1;
	snprintf(v->prog.code, sizeof(v->prog.code), "%s", v->d.code);
	snprintf(v->prog.name, sizeof(v->prog.name), "%s", v->d.name);
	snprintf(v->title, sizeof(v->title), "%s", v->d.name);
	ui_pager_init(&v->pager, sizeof(struct store_gantt_project), fetch, v);
	load_measures(v, ctx);
	*state = v;
	return PMWB_OK;
}

static const char *detail_title(void *state)
{
	return ((struct detail_view *)state)->title;
}

const struct ui_view_ops ui_progdetail_ops = {
	.name = "Programme",
	.scope = UI_SCOPE_MOVE | UI_SCOPE_DRILL | UI_SCOPE_BACK | UI_SCOPE_PROGRAMMES,
	.open = detail_open,
	.key = detail_key,
	.close = detail_close,
	.reload = detail_reload,
	.draw = detail_draw,
	.action = detail_action,
	.click = detail_click,
	.title = detail_title,
	.help = "A programme's people, summary and projects; Enter opens a project in the Gantt, "
		"e edits the programme.",
};
