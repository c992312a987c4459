/* The risk form: add, edit or close one risk.  Each field is checked as it is typed
 * (likelihood and impact only 1-5 or the NPSA words), the score and band follow live, and F2
 * saves everything in one transaction with the history row and the audit entry (store/
 * store_risk_edit.c).  Esc leaves without writing anything.  Each change saved goes in the
 * session's undo journal (ui_undo.c). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "pmwb/date.h"
#include "pmwb/scale.h"
#include "pmwb/store_risk_edit.h"
#include "pmwb/store_risk_status.h"
#include "pmwb/text.h"
#include "ui_draw.h"
#include "ui_form.h"
#include "ui_risks.h"
#include "ui_undo_kinds.h"

enum {
	F_REF,
	F_PROGRAMME,
	F_TITLE,
	F_OWNER,
	F_LIKELIHOOD,
	F_IMPACT,
	F_INI_LIKELIHOOD,
	F_INI_IMPACT,
	F_RES_LIKELIHOOD,
	F_RES_IMPACT,
	F_TARGET,
	F_STATUS,
	F_RAISED,
	F_REVIEW,
	F_MITIGATION,
	F_COUNT
};

struct riskform_view {
	struct store_risks *q; /* programme look-ups while typing */
	struct ui_form form;
	int editing;           /* 0: a new risk */
	int closing;
	struct store_risk_record before;
	char title[160];
	int level[F_COUNT];    /* parsed likelihood/impact/target values, 0 when empty */
};

static long long focus_id;

long long ui_riskform_arg_add(void)
{
	return 0;
}

long long ui_riskform_arg_edit(long long id)
{
	return id * 2;
}

long long ui_riskform_arg_close(long long id)
{
	return id * 2 + 1;
}

long long ui_riskform_take_focus(void)
{
	long long id = focus_id;

	focus_id = 0;
	return id;
}

void ui_riskform_set_focus(long long id)
{
	focus_id = id;
}

/* Blanks around a value are never meant (a stray space would make a second "BCF"). */
static void copy_trimmed(char *dst, size_t size, const char *src)
{
	size_t len;
	const char *t = text_trim(src, &len);

	if (len >= size)
		len = size - 1;
	memcpy(dst, t, len);
	dst[len] = '\0';
}

static int blank(const char *s)
{
	size_t len;

	text_trim(s, &len);
	return len == 0;
}

/* Likelihood and impact: a number 1-5 or the NPSA word for the axis, nothing else (the
 * High/Medium/Low words some registers use are for import, where the mapping is stated). */
static void check_level(struct riskform_view *v, int field, enum scale_axis axis, int optional)
{
	struct ui_form_field *fl = &v->form.field[field];
	struct scale_map none = {.n = 0};
	struct pmwb_error e;
	int level = 0;

	fl->error[0] = fl->note[0] = '\0';
	v->level[field] = 0;
	if (!fl->text[0]) {
		if (!optional)
			snprintf(fl->error, sizeof(fl->error), "%s is needed: 1-5", fl->label);
		return;
	}
	err_clear(&e);
	if (scale_parse(axis, &none, fl->text, &level, NULL, &e) != PMWB_OK) {
		snprintf(fl->error, sizeof(fl->error), "%s: %.170s", fl->label, e.msg);
		return;
	}
	v->level[field] = level;
	snprintf(fl->note, sizeof(fl->note), "%d %s", level, scale_label(axis, level));
}

static void check_day(struct ui_form_field *fl)
{
	struct pmwb_error e;
	int y, m, d;
	char iso[11];

	fl->error[0] = fl->note[0] = '\0';
	if (!fl->text[0])
		return;
	err_clear(&e);
	if (date_parse_day(fl->text, &y, &m, &d, &e) != PMWB_OK) {
		snprintf(fl->error, sizeof(fl->error), "%s: %.170s", fl->label, e.msg);
		return;
	}
	date_format_iso(y, m, d, iso, sizeof(iso));
	snprintf(fl->note, sizeof(fl->note), "%s", iso);
}

static void check_field(struct riskform_view *v, struct ui_ctx *ctx, int i)
{
	struct ui_form_field *fl = &v->form.field[i];
	struct pmwb_error e;
	char code[STORE_CODE_MAX], want[STORE_CODE_MAX], *end;
	long long pid;
	int found = 0;
	long n;

	switch (i) {
	case F_LIKELIHOOD:
		check_level(v, i, SCALE_LIKELIHOOD, 1);
		return;
	case F_IMPACT:
		check_level(v, i, SCALE_IMPACT, 1);
		return;
	case F_INI_LIKELIHOOD:
	case F_RES_LIKELIHOOD:
		check_level(v, i, SCALE_LIKELIHOOD, 1);
		return;
	case F_INI_IMPACT:
	case F_RES_IMPACT:
		check_level(v, i, SCALE_IMPACT, 1);
		return;
	case F_RAISED:
	case F_REVIEW:
		check_day(fl);
		return;
	default:
		break;
	}
	fl->error[0] = fl->note[0] = '\0';
	switch (i) {
	case F_REF:
		if (blank(fl->text))
			snprintf(fl->error, sizeof(fl->error), "a risk needs a ref, such as R12");
		break;
	case F_TITLE:
		if (blank(fl->text))
			snprintf(fl->error, sizeof(fl->error), "a risk needs a title saying what could happen");
		break;
	case F_PROGRAMME:
		if (blank(fl->text)) {
			snprintf(fl->note, sizeof(fl->note), "empty: the corporate register");
			break;
		}
		err_clear(&e);
		copy_trimmed(want, sizeof(want), fl->text);
		if (store_risks_programme(v->q, want, &pid, code, sizeof(code), &found, &e) !=
		    PMWB_OK)
			snprintf(fl->error, sizeof(fl->error), "%.190s", e.msg);
		else if (!found)
			snprintf(fl->error, sizeof(fl->error),
				 "there is no programme '%.40s'; leave it empty for the corporate register",
				 fl->text);
		break;
	case F_TARGET:
		v->level[i] = 0;
		if (!fl->text[0])
			break;
		n = strtol(fl->text, &end, 10);
		if (end == fl->text || *end || n < 1 || n > 25)
			snprintf(fl->error, sizeof(fl->error),
				 "Target score: '%.40s' is not a score 1-25", fl->text);
		else
			v->level[i] = (int)n;
		break;
	case F_STATUS:
		if (blank(fl->text))
			snprintf(fl->error, sizeof(fl->error), "a status is needed: open, closed, ...");
		break;
	default:
		break;
	}
	(void)ctx;
}

static void level_text(char *buf, size_t size, int level)
{
	if (level)
		snprintf(buf, size, "%d", level);
	else
		buf[0] = '\0';
}

static void fill_form(struct riskform_view *v, struct ui_ctx *ctx, const struct store_risk_record *r)
{
	struct ui_form *f = &v->form;
	char l[8], i[8], il[8], ii[8], rl[8], ri[8], t[8];

	level_text(l, sizeof(l), r->likelihood);
	level_text(i, sizeof(i), r->impact);
	level_text(il, sizeof(il), r->initial_likelihood);
	level_text(ii, sizeof(ii), r->initial_impact);
	level_text(rl, sizeof(rl), r->residual_likelihood);
	level_text(ri, sizeof(ri), r->residual_impact);
	level_text(t, sizeof(t), r->target_score);
	memset(f, 0, sizeof(*f));
	ui_form_add(f, "Ref", STORE_REF_MAX - 1, r->ref);
	ui_form_add(f, "Programme", STORE_CODE_MAX - 1, r->programme);
	ui_form_add(f, "Risk", STORE_RISK_TEXT_MAX - 1, r->title);
	ui_form_add(f, "Owner", STORE_RISK_TEXT_MAX - 1, r->owner);
	ui_form_add(f, "Likelihood", 20, l);
	ui_form_add(f, "Impact", 20, i);
	ui_form_add(f, "Initial L", 20, il);
	ui_form_add(f, "Initial I", 20, ii);
	ui_form_add(f, "Residual L", 20, rl);
	ui_form_add(f, "Residual I", 20, ri);
	ui_form_add(f, "Target score", 4, t);
	ui_form_add(f, "Status", STORE_STATUS_MAX - 1, r->status[0] ? r->status : "open");
	ui_form_add(f, "Raised", 30, r->raised_date);
	ui_form_add(f, "Review by", 30, r->review_date);
	ui_form_add(f, "Mitigation", STORE_RISK_LONG_MAX - 1, r->mitigation);
	for (int k = 0; k < F_COUNT; k++)
		check_field(v, ctx, k);
	/* The register's own word stays beside the number it was read as. */
	if (r->likelihood_word[0])
		snprintf(f->field[F_LIKELIHOOD].note + strlen(f->field[F_LIKELIHOOD].note),
			 UI_FORM_NOTE_MAX - strlen(f->field[F_LIKELIHOOD].note),
			 " (register: %s)", r->likelihood_word);
	if (r->impact_word[0])
		snprintf(f->field[F_IMPACT].note + strlen(f->field[F_IMPACT].note),
			 UI_FORM_NOTE_MAX - strlen(f->field[F_IMPACT].note), " (register: %s)",
			 r->impact_word);
}

/* The form's values as a record (only called when every field checks). */
static void read_form(const struct riskform_view *v, struct store_risk_record *r)
{
	const struct ui_form *f = &v->form;

	*r = v->before;
	copy_trimmed(r->ref, sizeof(r->ref), f->field[F_REF].text);
	copy_trimmed(r->programme, sizeof(r->programme), f->field[F_PROGRAMME].text);
	copy_trimmed(r->title, sizeof(r->title), f->field[F_TITLE].text);
	copy_trimmed(r->owner, sizeof(r->owner), f->field[F_OWNER].text);
	r->likelihood = v->level[F_LIKELIHOOD];
	r->impact = v->level[F_IMPACT];
	r->initial_likelihood = v->level[F_INI_LIKELIHOOD];
	r->initial_impact = v->level[F_INI_IMPACT];
	r->residual_likelihood = v->level[F_RES_LIKELIHOOD];
	r->residual_impact = v->level[F_RES_IMPACT];
	r->target_score = v->level[F_TARGET];
	copy_trimmed(r->status, sizeof(r->status), f->field[F_STATUS].text);
	/* Dates are kept as ISO days, whatever way they were typed. */
	text_copy(r->raised_date, sizeof(r->raised_date), f->field[F_RAISED].note);
	text_copy(r->review_date, sizeof(r->review_date), f->field[F_REVIEW].note);
	text_copy(r->mitigation, sizeof(r->mitigation), f->field[F_MITIGATION].text);
}

static void describe_score(struct ui_ctx *ctx, int score, char *buf, size_t size)
{
	const struct risk_bands *b = ui_risk_bands(ctx);
	int band = risk_band_index(b, score), esc = ui_risk_escalation_band(ctx, score);

	if (score <= 0) {
		snprintf(buf, size, "not rated (likelihood and impact both needed for a score)");
		return;
	}
	if (band < 0) {
		snprintf(buf, size, "%d, in no band", score);
		return;
	}
	if (esc >= 0)
		snprintf(buf, size, "%d %s: escalated to %s; %s", score, b->band[band].name,
			 b->band[esc].authority, b->band[band].action);
	else
		snprintf(buf, size, "%d %s: %s; %s", score, b->band[band].name,
			 b->band[band].authority, b->band[band].action);
}

static void riskform_draw(void *state, struct ui_ctx *ctx, struct ui_rect r)
{
	struct riskform_view *v = state;
	int score = risk_score(v->level[F_LIKELIHOOD], v->level[F_IMPACT]);
	int band = ui_risk_band(ctx, score), err = ui_form_first_error(&v->form);
	struct ui_rect fr = {.y = r.y + 2, .x = r.x + 1, .h = r.h - 6, .w = r.w - 2};
	char buf[512];

	ui_put(r.y, r.x, r.w, ui_attr(UI_ROLE_GROUP), v->title);
	ui_form_draw(&v->form, fr, 13);
	int y = fr.y + (v->form.n < fr.h ? v->form.n : fr.h) + 1;
	ui_put(y, r.x + 1, 14, A_BOLD, "Score");
	describe_score(ctx, score, buf, sizeof(buf));
	ui_put(y, r.x + 16, r.w - 17, band >= 0 ? ui_attr(ui_band_role(band)) : 0, buf);
	/* The current field's problem first: that is what the user is typing. */
	if (v->form.field[v->form.cur].error[0])
		err = v->form.cur;
	if (err >= 0)
		ui_put(y + 1, r.x + 1, r.w - 2, ui_attr(UI_ROLE_ERROR), v->form.field[err].error);
	ui_put(y + 2, r.x + 1, r.w - 2, ui_attr(UI_ROLE_DIM),
	       "F2 or Ctrl-O saves; Esc cancels without saving; Tab and arrows move between fields");
}

static int save(struct riskform_view *v, struct ui_ctx *ctx)
{
	struct store_risk_record rec, saved;
	struct pmwb_error e;
	int old_score = risk_score(v->before.likelihood, v->before.impact);
	int now_closed = 0, was_closed = 0;
	long long mark = 0;
	const char *action;

	for (int k = 0; k < F_COUNT; k++)
		check_field(v, ctx, k);
	if (ui_form_refuse(&v->form, ctx))
		return UI_REDRAW;
	read_form(v, &rec);
	err_clear(&e);
	if (v->editing && (store_risk_status_closed(ctx->st, rec.status, &now_closed, &e) != PMWB_OK ||
			   store_risk_status_closed(ctx->st, v->before.status, &was_closed, &e) != PMWB_OK)) {
		ui_error(ctx, &e);
		return UI_REDRAW;
	}
	if (!v->editing)
		action = "add";
	else if (now_closed && !was_closed)
		action = "close";
	else
		action = "edit";
	if ((v->editing && store_risk_history_mark(ctx->st, v->before.id, &mark, &e) != PMWB_OK) ||
	    store_risk_save(ctx->st, &rec, v->editing ? &v->before : NULL, action, &e) != PMWB_OK ||
	    store_risk_load(ctx->st, rec.id, &saved, &e) != PMWB_OK) {
		ui_error(ctx, &e);
		return UI_REDRAW;
	}
	ui_undo_push(&ui_undo_risk, v->editing ? &v->before : NULL, &saved, mark);
	focus_id = saved.id;
	ctx->generation++;
	int score = risk_score(saved.likelihood, saved.impact);
	if (!v->editing)
		ui_message(ctx, "added risk %s (score %d); u undoes it", saved.ref, score);
	else if (score != old_score)
		ui_message(ctx, "saved risk %s: score %d -> %d; u undoes it", saved.ref, old_score,
			   score);
	else
		ui_message(ctx, "saved risk %s (%s); u undoes it", saved.ref, action);
	return UI_POP;
}

static int riskform_key(void *state, struct ui_ctx *ctx, int key, int is_char, struct ui_rect r)
{
	struct riskform_view *v = state;
	enum ui_form_event ev = ui_form_key(&v->form, key, is_char);

	(void)r;
	if (ev == UI_FORM_SAVE)
		return save(v, ctx);
	if (ev == UI_FORM_EDITED)
		check_field(v, ctx, v->form.cur);
	return ui_form_event_flags(ctx, ev);
}

static enum pmwb_status riskform_open(struct ui_ctx *ctx, long long arg, void **state,
				      struct pmwb_error *e)
{
	struct riskform_view *v = calloc(1, sizeof(*v));
	long long id = arg / 2;

	if (!v)
		return err_set(e, PMWB_NOMEM, "out of memory opening the risk form");
	if (ui_check_writable(ctx, e) != PMWB_OK)
		goto fail;
	if (store_risks_open(ctx->st, &v->q, e) != PMWB_OK)
		goto fail;
	v->editing = id > 0;
	v->closing = id > 0 && (arg % 2) == 1;
	if (v->editing && store_risk_load(ctx->st, id, &v->before, e) != PMWB_OK)
		goto fail;
	fill_form(v, ctx, &v->before);
	if (v->closing) {
		ui_form_set(&v->form, F_STATUS, "closed");
		check_field(v, ctx, F_STATUS);
		ui_form_focus(&v->form, F_STATUS);
		snprintf(v->title, sizeof(v->title), "Close risk %s%s%s: F2 saves it as closed",
			 v->before.ref, v->before.programme[0] ? " in " : " (corporate)",
			 v->before.programme);
	} else if (v->editing) {
		ui_form_focus(&v->form, F_LIKELIHOOD);
		snprintf(v->title, sizeof(v->title), "Edit risk %s%s%s", v->before.ref,
			 v->before.programme[0] ? " in " : " (corporate)", v->before.programme);
	} else {
		ui_form_focus(&v->form, F_REF);
		snprintf(v->title, sizeof(v->title), "New risk");
	}
	*state = v;
	return PMWB_OK;
fail:
	store_risks_close(v->q);
	free(v);
	return e->status;
}

static void riskform_close(void *state)
{
	struct riskform_view *v = state;

	if (!v)
		return;
	store_risks_close(v->q);
	free(v);
}

static const char *riskform_title(void *state)
{
	struct riskform_view *v = state;

	return v->editing ? (v->closing ? "Close risk" : "Edit risk") : "New risk";
}

const struct ui_view_ops ui_riskform_ops = {
	.name = "Risk form",
	.scope = UI_SCOPE_FORM,
	.open = riskform_open,
	.close = riskform_close,
	.reload = ui_form_view_reload,
	.draw = riskform_draw,
	.action = ui_form_view_action,
	.key = riskform_key,
	.title = riskform_title,
	.help = "One risk's fields, each checked as it is typed; the score and band follow the "
		"likelihood and impact.  F2 saves with history and audit; Esc leaves no trace.",
};
