/* The risk detail view (Enter on a risk): every field the register holds, in full and
 * wrapped, the ones the form does not edit too (description, financial impact, the printed
 * score, where it was imported from), and its newest history.  Read-only: e edits in the
 * form, c closes or reopens, D deletes after asking here, with the whole risk in view; a key
 * it has no use for changes nothing.  D in the list opens this view with the question. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmwb/money.h"
#include "pmwb/scale.h"
#include "pmwb/store_risk_detail.h"
#include "ui_detail.h"
#include "ui_risks.h"

struct riskdetail_view {
	long long id;
	struct store_risk_detail d;
	struct ui_detail page;
	int asking;        /* the delete question is showing */
	int asked_by_list; /* D in the list opened this view: any answer goes back there */
	char title[80];
};

long long ui_riskdetail_arg(long long id)
{
	return id * 2;
}

long long ui_riskdetail_arg_delete(long long id)
{
	return id * 2 + 1;
}

static void level_text(char *buf, size_t size, enum scale_axis axis, int level, const char *word)
{
	if (!level) {
		snprintf(buf, size, "not rated");
		return;
	}
	snprintf(buf, size, "%d %s%s%s%s", level, scale_label(axis, level),
		 word[0] ? " (register: " : "", word, word[0] ? ")" : "");
}

static void rating_text(char *buf, size_t size, int l, int i, const char *word)
{
	size_t n;

	buf[0] = '\0';
	if (l && i)
		snprintf(buf, size, "likelihood %d x impact %d = %d", l, i, l * i);
	else if (l)
		snprintf(buf, size, "likelihood %d, impact not given", l);
	else if (i)
		snprintf(buf, size, "likelihood not given, impact %d", i);
	n = strlen(buf);
	if (word && word[0])
		snprintf(buf + n, size - n, "%s%s", n ? "; register: " : "", word);
}

static void score_text(struct ui_ctx *ctx, const struct store_risk_record *r, char *buf,
		       size_t size)
{
	const struct risk_bands *b = ui_risk_bands(ctx);
	int score = r->likelihood * r->impact, band = ui_risk_band(ctx, score),
	    esc = ui_risk_escalation_band(ctx, score);

	if (!score)
		snprintf(buf, size, "not rated (likelihood and impact both needed)");
	else if (band < 0)
		snprintf(buf, size, "%d, in no band", score);
	else
		snprintf(buf, size, "%d %s%s%s", score, b->band[band].name,
			 esc >= 0 ? ": escalated to " : "", esc >= 0 ? b->band[esc].authority : "");
}

static void draw_history(const struct riskdetail_view *v, struct ui_detail_pen *p)
{
	char buf[STORE_STATUS_MAX + 160];

	if (!v->d.history_total) {
		ui_detail_text(p, ui_attr(UI_ROLE_DIM),
			       "History: no change recorded yet (it starts at the first change).");
		return;
	}
	snprintf(buf, sizeof(buf), "History: %ld change%s, newest first%s", v->d.history_total,
		 v->d.history_total == 1 ? "" : "s",
		 v->d.history_total > v->d.n_history ? " (the latest shown)" : "");
	ui_detail_text(p, ui_attr(UI_ROLE_HEADER), buf);
	for (int i = 0; i < v->d.n_history; i++) {
		const struct store_risk_history_row *h = &v->d.history[i];
		char score[32];
		if (h->score)
			snprintf(score, sizeof(score), "%dx%d=%d", h->likelihood, h->impact, h->score);
		else
			snprintf(score, sizeof(score), "unrated");
		/* the note is what changed it ("close"), and for an import the file and line */
		int word = (int)strcspn(h->note, " ");
		snprintf(buf, sizeof(buf), "%.10s %-10.10s %-7s %-7.*s %s%s%s%s", h->at, h->who, score,
			 word, h->note, h->status, h->note[word] ? "  (" : "",
			 h->note[word] ? h->note + word + 1 : "", h->note[word] ? ")" : "");
		ui_detail_text(p, 0, buf);
	}
}

static void draw_fields(struct riskdetail_view *v, struct ui_ctx *ctx, struct ui_detail_pen *p)
{
	const struct store_risk_detail *d = &v->d;
	const struct store_risk_record *r = &d->r;
	char buf[STORE_RISK_DETAIL_TEXT_MAX + 64], n[48];

	ui_detail_field(p, "Ref", r->ref);
	if (r->programme[0])
		snprintf(buf, sizeof(buf), "%s %s", r->programme, d->programme_name);
	else
		snprintf(buf, sizeof(buf), "corporate register");
	ui_detail_field(p, "Register", buf);
	ui_detail_field(p, "Organisation", d->organisation);
	ui_detail_field(p, "Risk", d->title);
	ui_detail_field(p, "Description", d->description);
	ui_detail_field(p, "Owner", d->owner);
	score_text(ctx, r, buf, sizeof(buf));
	ui_detail_field(p, "Score", buf);
	level_text(buf, sizeof(buf), SCALE_LIKELIHOOD, r->likelihood, r->likelihood_word);
	ui_detail_field(p, "Likelihood", buf);
	level_text(buf, sizeof(buf), SCALE_IMPACT, r->impact, r->impact_word);
	ui_detail_field(p, "Impact", buf);
	rating_text(buf, sizeof(buf), r->initial_likelihood, r->initial_impact, NULL);
	ui_detail_field(p, "Initial rating", buf);
	rating_text(buf, sizeof(buf), r->residual_likelihood, r->residual_impact, d->residual_rating);
	ui_detail_field(p, "Residual rating", buf);
	buf[0] = '\0';
	if (r->target_score)
		snprintf(buf, sizeof(buf), "%d", r->target_score);
	ui_detail_field(p, "Target score", buf);
	ui_detail_field(p, "Printed score", d->printed_score);
	buf[0] = '\0';
	if (d->has_financial_impact) {
		money_format(d->financial_impact < 0 ? -d->financial_impact : d->financial_impact,
			     MONEY_POUNDS, n, sizeof(n));
		snprintf(buf, sizeof(buf), "%s%s%s", d->financial_impact < 0 ? "-" : "",
			 ui_glyph(UI_G_POUND), n);
	}
	ui_detail_field(p, "Financial impact", buf);
	snprintf(buf, sizeof(buf), "%s  [%s]", d->status, d->closed ? "closed" : "open");
	ui_detail_field(p, "Status", buf);
	ui_detail_field(p, "Raised", r->raised_date);
	ui_detail_field(p, "Review by", r->review_date);
	ui_detail_field(p, "Mitigation", d->mitigation);
	ui_detail_field(p, "Source", d->source);
	buf[0] = '\0';
	if (d->src_file[0] && d->src_line)
		snprintf(buf, sizeof(buf), "%s:%ld", d->src_file, d->src_line);
	else if (d->src_file[0])
		snprintf(buf, sizeof(buf), "%s", d->src_file);
	ui_detail_field(p, "Imported from", buf);
}

static void riskdetail_draw(void *state, struct ui_ctx *ctx, struct ui_rect r)
{
	struct riskdetail_view *v = state;
	struct ui_rect body = {.y = r.y + 1, .x = r.x + 1, .h = r.h - 1, .w = r.w - 2};
	struct ui_detail_pen p;
	char head[400];

	snprintf(head, sizeof(head), "Risk %s %s%s, %s", v->d.r.ref,
		 v->d.r.programme[0] ? "in " : "(corporate)", v->d.r.programme,
		 v->d.closed ? "closed" : "open");
	ui_put(r.y, r.x, r.w, ui_attr(UI_ROLE_GROUP), head);
	if (v->asking) {
		/* The question stays in view under the title while the risk is read. */
		char q[300];
		snprintf(q, sizeof(q),
			 "Delete risk %s and its %ld history row%s? u cannot undo it. y deletes "
			 "it (the audit log keeps every field); any other key keeps it.",
			 v->d.r.ref, v->d.history_total, v->d.history_total == 1 ? "" : "s");
		body.y += ui_wrap(body.y, body.x, body.w, 2, ui_attr(UI_ROLE_ERROR) | A_BOLD, q);
		body.h = r.y + r.h - body.y;
	}
	ui_detail_begin(&p, &v->page, body, 18);
	draw_fields(v, ctx, &p);
	ui_detail_text(&p, 0, "");
	draw_history(v, &p);
	ui_detail_end(&p);
}

static int delete_now(struct riskdetail_view *v, struct ui_ctx *ctx)
{
	struct pmwb_error e;

	err_clear(&e);
	if (ui_check_writable(ctx, &e) != PMWB_OK || store_risk_delete(ctx->st, &v->d.r, &e) != PMWB_OK) {
		ui_error(ctx, &e);
		v->asking = 0;
		return v->asked_by_list ? UI_POP : UI_REDRAW;
	}
	ui_message(ctx, "deleted risk %s%s%s and its history; the audit log keeps every field",
		   v->d.r.ref, v->d.r.programme[0] ? " in " : " (corporate)", v->d.r.programme);
	ctx->generation++;
	return UI_POP;
}

static int riskdetail_key(void *state, struct ui_ctx *ctx, int key, int is_char, struct ui_rect r)
{
	struct riskdetail_view *v = state;

	(void)r;
	if (v->asking) {
		if (is_char && key == 'y')
			return delete_now(v, ctx);
		v->asking = 0;
		ui_message(ctx, "kept risk %s: nothing was deleted", v->d.r.ref);
		return v->asked_by_list ? UI_POP : UI_REDRAW;
	}
	return ui_detail_stray_key(key, is_char, ui_riskdetail_ops.scope);
}

static int riskdetail_action(void *state, struct ui_ctx *ctx, enum ui_action a, struct ui_rect r)
{
	struct riskdetail_view *v = state;
	struct pmwb_error e;

	(void)r;
	if (ui_detail_scroll(&v->page, a))
		return UI_REDRAW;
	switch (a) {
	case UI_ACT_RISK_EDIT:
		ctx->push_ops = &ui_riskform_ops;
		ctx->push_arg = ui_riskform_arg_edit(v->id);
		return UI_REDRAW;
	case UI_ACT_RISK_CLOSE:
		ctx->push_ops = &ui_riskform_ops;
		ctx->push_arg = ui_riskform_arg_close(v->id);
		return UI_REDRAW;
	case UI_ACT_RISK_DELETE:
		err_clear(&e);
		if (ui_check_writable(ctx, &e) != PMWB_OK) {
			ui_error(ctx, &e);
			return UI_REDRAW;
		}
		v->asking = 1;
		return UI_REDRAW;
	case UI_ACT_RISK_ADD:
		ctx->push_ops = &ui_riskform_ops;
		ctx->push_arg = ui_riskform_arg_add();
		return UI_REDRAW;
	case UI_ACT_HEATMAP:
	case UI_ACT_ESCALATION:
		ui_message(ctx, "the heat map (m) and the escalation list (E) open from the risk "
				"list: Esc goes back to it");
		return UI_REDRAW;
	default:
		return UI_NONE;
	}
}

static int riskdetail_reload(void *state, struct ui_ctx *ctx)
{
	struct riskdetail_view *v = state;
	struct pmwb_error e;

	err_clear(&e);
	if (store_risk_detail_load(ctx->st, v->id, &v->d, &e) != PMWB_OK)
		ui_error(ctx, &e);
	return UI_REDRAW;
}

static enum pmwb_status riskdetail_open(struct ui_ctx *ctx, long long arg, void **state,
					struct pmwb_error *e)
{
	struct riskdetail_view *v = calloc(1, sizeof(*v));

	if (!v)
		return err_set(e, PMWB_NOMEM, "out of memory opening a risk");
	v->id = arg / 2;
	v->asking = v->asked_by_list = (int)(arg % 2);
	if ((v->asking && ui_check_writable(ctx, e) != PMWB_OK) ||
	    store_risk_detail_load(ctx->st, v->id, &v->d, e) != PMWB_OK) {
		free(v);
		return e->status;
	}
	snprintf(v->title, sizeof(v->title), "Risk %s", v->d.r.ref);
	*state = v;
	return PMWB_OK;
}

static void riskdetail_close(void *state)
{
	free(state);
}

static const char *riskdetail_title(void *state)
{
	return ((struct riskdetail_view *)state)->title;
}

const struct ui_view_ops ui_riskdetail_ops = {
	.name = "Risk",
	.scope = UI_SCOPE_MOVE | UI_SCOPE_BACK | UI_SCOPE_RISKS,
	.open = riskdetail_open,
	.close = riskdetail_close,
	.reload = riskdetail_reload,
	.draw = riskdetail_draw,
	.action = riskdetail_action,
	.key = riskdetail_key,
	.title = riskdetail_title,
	.help = "One risk in full, read-only: every field wrapped to the width and its newest "
		"history.  e edits it, c closes or reopens it, D deletes it (asking first).",
};
