/* The edits the undo journal knows: risks, programmes, projects, a project's phases and
 * milestones, a QIPP month and a setting.
 * Each says what a step changes and applies it through the store/ save that made the edit,
 * which refuses when someone else changed the record since. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmwb/store.h"
#include "pmwb/store_milestone_edit.h"
#include "pmwb/store_phase_edit.h"
#include "pmwb/store_programme_edit.h"
#include "pmwb/store_project_edit.h"
#include "pmwb/store_qipp_edit.h"
#include "pmwb/store_qipp_scheme_edit.h"
#include "pmwb/store_risk_edit.h"
#include "pmwb/store_settings.h"
#include "ui_gantt_edit.h"
#include "ui_progform.h"
#include "ui_qipp.h"
#include "ui_risks.h"
#include "ui_undo_kinds.h"

/* Appends ", " and the text to buf. */
static void add(char *buf, size_t size, const char *text)
{
	size_t n = strlen(buf);

	snprintf(buf + n, size - n, "%s%s", n ? ", " : "", text);
}

static void add_int(char *buf, size_t size, const char *name, int from, int to)
{
	char one[64], a[16] = "none", b[16] = "none";

	if (from == to)
		return;
	if (from)
		snprintf(a, sizeof(a), "%d", from);
	if (to)
		snprintf(b, sizeof(b), "%d", to);
	snprintf(one, sizeof(one), "%s %s -> %s", name, a, b);
	add(buf, size, one);
}

/* A text field that changed: with both values when they are short, else its name. */
static void add_name(char *buf, size_t size, const char *name, const char *from, const char *to)
{
	char one[96];

	if (!strcmp(from, to))
		return;
	if (strlen(from) > 24 || strlen(to) > 24) {
		add(buf, size, name);
		return;
	}
	snprintf(one, sizeof(one), "%s '%s' -> '%s'", name, from, to);
	add(buf, size, one);
}

/* What goes before " on KEY": the changes, or "edit" when none is named. */
static void on(char *buf, size_t size, const char *changes, const char *key)
{
	snprintf(buf, size, "%s on %s", changes[0] ? changes : "edit", key);
}

/* Risks */

static void risk_describe(const void *a, const void *b, char *buf, size_t size)
{
	const struct store_risk_record *from = a, *to = b, *r = to ? to : from;
	char key[STORE_CODE_MAX + STORE_REF_MAX + 2], changes[160] = "";

	/* "FR1" (corporate), "PROMISE-R2", "BCF 4": the ref, with its programme unless it says it */
	if (r->programme[0] && strncmp(r->ref, r->programme, strlen(r->programme)))
		snprintf(key, sizeof(key), "%s %s", r->programme, r->ref);
	else
		snprintf(key, sizeof(key), "%s", r->ref);
	if (!from || !to) {
		snprintf(buf, size, "risk %s %s", key, from ? "removed" : "added");
		return;
	}
	add_int(changes, sizeof(changes), "likelihood", from->likelihood, to->likelihood);
	add_int(changes, sizeof(changes), "impact", from->impact, to->impact);
	add_name(changes, sizeof(changes), "status", from->status, to->status);
	add_name(changes, sizeof(changes), "ref", from->ref, to->ref);
	add_name(changes, sizeof(changes), "programme", from->programme, to->programme);
	add_name(changes, sizeof(changes), "title", from->title, to->title);
	add_name(changes, sizeof(changes), "owner", from->owner, to->owner);
	add_int(changes, sizeof(changes), "initial L", from->initial_likelihood,
		to->initial_likelihood);
	add_int(changes, sizeof(changes), "initial I", from->initial_impact, to->initial_impact);
	add_int(changes, sizeof(changes), "residual L", from->residual_likelihood,
		to->residual_likelihood);
	add_int(changes, sizeof(changes), "residual I", from->residual_impact, to->residual_impact);
	add_int(changes, sizeof(changes), "target", from->target_score, to->target_score);
	add_name(changes, sizeof(changes), "raised", from->raised_date, to->raised_date);
	add_name(changes, sizeof(changes), "review", from->review_date, to->review_date);
	add_name(changes, sizeof(changes), "mitigation", from->mitigation, to->mitigation);
	on(buf, size, changes, key);
}

/* The risk as the database holds it after a save (the register's words may have gone), or
 * rec as saved when it cannot be read back. */
static void risk_reread(struct ui_ctx *ctx, const struct store_risk_record *rec,
			struct store_risk_record *to)
{
	struct store_risk_record now;
	struct pmwb_error e;

	err_clear(&e);
	*to = store_risk_load(ctx->st, rec->id, &now, &e) == PMWB_OK ? now : *rec;
}

static enum pmwb_status risk_apply(struct ui_ctx *ctx, struct ui_undo_step *s, const void *f,
				   void *t, struct pmwb_error *e)
{
	const struct store_risk_record *from = f;
	struct store_risk_record rec, *to = t;

	if (!to)
		return store_risk_remove(ctx->st, from, e);
	rec = *to;
	if (!from)
		rec.id = 0;
	else if (to == s->before) /* its history rows go too: the trend is as before the edit */
		return store_risk_undo(ctx->st, &rec, from, s->mark, e);
	else if (store_risk_history_mark(ctx->st, from->id, &s->mark, e) != PMWB_OK)
		return e->status;
	if (store_risk_save(ctx->st, &rec, from, "redo", e) != PMWB_OK)
		return e->status;
	risk_reread(ctx, &rec, to);
	return PMWB_OK;
}

static void risk_show(struct ui_ctx *ctx, const void *rec, int gone)
{
	if (!gone)
		ui_riskform_set_focus(((const struct store_risk_record *)rec)->id);
	ctx->jump.pane = 2;
}

const struct ui_undo_kind ui_undo_risk = {
	.name = "risk",
	.size = sizeof(struct store_risk_record),
	.id_offset = offsetof(struct store_risk_record, id),
	.describe = risk_describe,
	.apply = risk_apply,
	.show = risk_show,
};

/* Programmes */

static void programme_describe(const void *a, const void *b, char *buf, size_t size)
{
	const struct store_programme_record *from = a, *to = b, *p = to ? to : from;
	char key[STORE_CODE_MAX + 16], changes[160] = "";

	snprintf(key, sizeof(key), "programme %s", p->code);
	if (!from || !to) {
		snprintf(buf, size, "%s %s", key, from ? "removed" : "added");
		return;
	}
	if (strcmp(from->code, to->code)) {
		snprintf(changes, sizeof(changes), "code %s -> %s", from->code, to->code);
		snprintf(buf, size, "%s", changes);
		return;
	}
	add_name(changes, sizeof(changes), "name", from->name, to->name);
	add_name(changes, sizeof(changes), "organisation", from->organisation, to->organisation);
	add_name(changes, sizeof(changes), "chair", from->chair, to->chair);
	add_name(changes, sizeof(changes), "SRO", from->sro, to->sro);
	add_name(changes, sizeof(changes), "lead", from->lead, to->lead);
	add_name(changes, sizeof(changes), "manager", from->manager, to->manager);
	if (from->start_fy != to->start_fy)
		add(changes, sizeof(changes), "start year");
	if (from->end_fy != to->end_fy)
		add(changes, sizeof(changes), "end year");
	add_name(changes, sizeof(changes), "summary", from->summary, to->summary);
	on(buf, size, changes, key);
}

static enum pmwb_status programme_apply(struct ui_ctx *ctx, struct ui_undo_step *s,
					const void *f, void *t, struct pmwb_error *e)
{
	const struct store_programme_record *from = f;
	struct store_programme_record rec, now, *to = t;
	struct pmwb_error ignored;

	(void)s;
	if (!to)
		return store_programme_delete(ctx->st, from, NULL, e);
	rec = *to;
	if (!from)
		rec.id = 0;
	if (store_programme_save(ctx->st, &rec, from, e) != PMWB_OK)
		return e->status;
	err_clear(&ignored);
	*to = store_programme_load(ctx->st, rec.id, &now, &ignored) == PMWB_OK ? now : rec;
	return PMWB_OK;
}

static void programme_show(struct ui_ctx *ctx, const void *rec, int gone)
{
	if (!gone)
		ui_progform_set_focus(((const struct store_programme_record *)rec)->id);
	ctx->jump.pane = 0;
}

const struct ui_undo_kind ui_undo_programme = {
	.name = "programme",
	.size = sizeof(struct store_programme_record),
	.id_offset = offsetof(struct store_programme_record, id),
	.describe = programme_describe,
	.apply = programme_apply,
	.show = programme_show,
};

/* A project's phases */

/* The phases of a that b lacks, "Review (2013/14 Q2-Q4), Design (2014/15 Q1)", or "". */
static void phases_missing(const struct phase_plan *a, const struct phase_plan *b, char *buf,
			   size_t size)
{
	char one[64];

	buf[0] = '\0';
	for (int i = 0; i < a->n; i++) {
		int found = 0;
		for (int j = 0; j < b->n && !found; j++)
			found = !memcmp(&a->ph[i], &b->ph[j], sizeof(a->ph[i]));
		if (found)
			continue;
		gantt_edit_describe(&a->ph[i], one, sizeof(one));
		add(buf, size, one);
	}
}

static void phases_describe(const void *a, const void *b, char *buf, size_t size)
{
	const struct ui_undo_phases *from = a, *to = b;
	char went[96], came[96];

	/* The phases as they are now, which is what the grid shows: the message line of an
	 * 80-column terminal has no room for both sides (the audit row has them). */
	phases_missing(&from->plan, &to->plan, went, sizeof(went));
	phases_missing(&to->plan, &from->plan, came, sizeof(came));
	if (came[0])
		snprintf(buf, size, "%s on %s", came, to->name);
	else
		snprintf(buf, size, "%s cleared on %s", went, to->name);
}

static enum pmwb_status phases_apply(struct ui_ctx *ctx, struct ui_undo_step *s, const void *f,
				     void *t, struct pmwb_error *e)
{
	const struct ui_undo_phases *from = f, *to = t;

	return store_phase_plan_save(ctx->st, to->project_id, &from->plan, &to->plan,
				     to == s->before ? "undo" : "redo", e);
}

static void phases_show(struct ui_ctx *ctx, const void *rec, int gone)
{
	const struct ui_undo_phases *p = rec;

	(void)gone;
	ctx->jump.pane = 1;
	ctx->jump.programme_id = p->programme_id;
	ctx->jump.project_id = p->project_id;
}

const struct ui_undo_kind ui_undo_phases = {
	.name = "phases",
	.size = sizeof(struct ui_undo_phases),
	.id_offset = offsetof(struct ui_undo_phases, project_id),
	.describe = phases_describe,
	.apply = phases_apply,
	.show = phases_show,
};

/* A QIPP month */

static void add_k(char *buf, size_t size, const char *name, int has_a, money_pounds a, int has_b,
		  money_pounds b)
{
	char one[96], x[32], y[32];

	if (has_a == has_b && (!has_a || a == b))
		return;
	ui_qipp_k(x, sizeof(x), has_a, a);
	ui_qipp_k(y, sizeof(y), has_b, b);
	snprintf(one, sizeof(one), "%s %s%s -> %s%s", name, has_a ? x : "none", has_a ? "k" : "",
		 has_b ? y : "none", has_b ? "k" : "");
	add(buf, size, one);
}

static void month_describe(const void *a, const void *b, char *buf, size_t size)
{
	const struct ui_undo_qipp_month *from = a, *to = b;
	char changes[160] = "", m[16], key[STORE_NAME_MAX + 32];

	add_k(changes, sizeof(changes), "forecast", from->f.has_forecast, from->f.forecast,
	      to->f.has_forecast, to->f.forecast);
	add_k(changes, sizeof(changes), "actual", from->f.has_actual, from->f.actual,
	      to->f.has_actual, to->f.actual);
	fy_month_format(to->month, m, sizeof(m));
	snprintf(key, sizeof(key), "%s %s", to->name, m);
	on(buf, size, changes, key);
}

static enum pmwb_status month_apply(struct ui_ctx *ctx, struct ui_undo_step *s, const void *f,
				    void *t, struct pmwb_error *e)
{
	const struct ui_undo_qipp_month *from = f, *to = t;

	(void)s;
	return store_qipp_month_save(ctx->st, to->scheme_id, to->month, &from->f, &to->f, NULL, e);
}

static void month_show(struct ui_ctx *ctx, const void *rec, int gone)
{
	(void)rec;
	(void)gone;
	ctx->jump.pane = 3;
}

const struct ui_undo_kind ui_undo_qipp_month = {
	.name = "QIPP month",
	.size = sizeof(struct ui_undo_qipp_month),
	.id_offset = offsetof(struct ui_undo_qipp_month, scheme_id),
	.describe = month_describe,
	.apply = month_apply,
	.show = month_show,
};

/* A shared setting */

enum pmwb_status ui_undo_setting_read(struct ui_ctx *ctx, int setting,
				      struct ui_undo_setting *out, struct pmwb_error *e)
{
	memset(out, 0, sizeof(*out));
	out->id = setting;
	return store_setting_get(ctx->st, settings_def((enum setting_id)setting)->name, out->text,
				 sizeof(out->text), &out->is_set, e);
}

static void setting_describe(const void *a, const void *b, char *buf, size_t size)
{
	const struct ui_undo_setting *from = a, *to = b;

	snprintf(buf, size, "setting %s %s -> %s", settings_def((enum setting_id)to->id)->name,
		 from->is_set ? from->text : "(default)", to->is_set ? to->text : "(default)");
}

static enum pmwb_status setting_apply(struct ui_ctx *ctx, struct ui_undo_step *s,
				      const void *f, void *t, struct pmwb_error *e)
{
	const struct ui_undo_setting *from = f, *to = t;

	(void)s;
	return store_settings_replace(ctx->st, (enum setting_id)to->id,
				      from->is_set ? from->text : NULL, to->is_set ? to->text : NULL,
				      e);
}

/* The settings view, when open, shows the value again; the panes follow the rule. */
static void setting_show(struct ui_ctx *ctx, const void *rec, int gone)
{
	(void)ctx;
	(void)rec;
	(void)gone;
}

const struct ui_undo_kind ui_undo_setting = {
	.name = "setting",
	.size = sizeof(struct ui_undo_setting),
	.id_offset = offsetof(struct ui_undo_setting, id),
	.describe = setting_describe,
	.apply = setting_apply,
	.show = setting_show,
};

/* Projects */

static void project_describe(const void *a, const void *b, char *buf, size_t size)
{
	const struct store_project_record *from = a, *to = b, *p = to ? to : from;
	char key[STORE_NAME_MAX + STORE_CODE_MAX + 16], changes[160] = "";

	snprintf(key, sizeof(key), "project %s in %s", p->name, p->programme_code);
	if (!from || !to) {
		snprintf(buf, size, "%s %s", key, from ? "removed" : "added");
		return;
	}
	add_name(changes, sizeof(changes), "name", from->name, to->name);
	if (from->value != to->value)
		add(changes, sizeof(changes), "value");
	add_name(changes, sizeof(changes), "scope refs", from->scope_refs, to->scope_refs);
	add_name(changes, sizeof(changes), "description", from->description, to->description);
	add_name(changes, sizeof(changes), "success measures", from->success_measures,
		 to->success_measures);
	add_name(changes, sizeof(changes), "outcome indicators", from->outcome_indicators,
		 to->outcome_indicators);
	add_name(changes, sizeof(changes), "innovations", from->high_impact_innovations,
		 to->high_impact_innovations);
	on(buf, size, changes, key);
}

static enum pmwb_status project_apply(struct ui_ctx *ctx, struct ui_undo_step *s,
				      const void *f, void *t, struct pmwb_error *e)
{
	const struct store_project_record *from = f;
	struct store_project_record *to = t, *rec = malloc(sizeof(*rec)), *now;
	struct pmwb_error ignored;
	enum pmwb_status status;

	(void)s;
	if (!to) {
		free(rec);
		return store_project_delete(ctx->st, from, 0, e);
	}
	if (!rec)
		return err_set(e, PMWB_NOMEM, "out of memory undoing a project's change");
	*rec = *to;
	if (!from)
		rec->id = 0;
	status = store_project_save(ctx->st, rec, from, e);
	if (status == PMWB_OK) {
		now = malloc(sizeof(*now));
		err_clear(&ignored);
		if (now && store_project_load(ctx->st, rec->id, now, &ignored) == PMWB_OK)
			*to = *now;
		else
			*to = *rec;
		free(now);
	}
	free(rec);
	return status;
}

static void project_show(struct ui_ctx *ctx, const void *rec, int gone)
{
	const struct store_project_record *p = rec;

	ctx->jump.pane = 1;
	ctx->jump.programme_id = p->programme_id;
	ctx->jump.project_id = gone ? 0 : p->id;
}

const struct ui_undo_kind ui_undo_project = {
	.name = "project",
	.size = sizeof(struct store_project_record),
	.id_offset = offsetof(struct store_project_record, id),
	.describe = project_describe,
	.apply = project_apply,
	.show = project_show,
};

void ui_undo_project_saved(struct ui_ctx *ctx, const struct store_project_record *before,
			   long long id)
{
	struct store_project_record *now = malloc(sizeof(*now));
	struct pmwb_error e;

	err_clear(&e);
	if (now && store_project_load(ctx->st, id, now, &e) == PMWB_OK)
		ui_undo_push(&ui_undo_project, before, now, 0);
	free(now);
}

/* Milestones */

static void milestone_describe(const void *a, const void *b, char *buf, size_t size)
{
	const struct store_milestone_record *from = a, *to = b, *m = to ? to : from;
	char key[STORE_NAME_MAX + 16], changes[160] = "";

	snprintf(key, sizeof(key), "milestone %s", m->name);
	if (!from || !to) {
		snprintf(buf, size, "%s %s", key, from ? "removed" : "added");
		return;
	}
	add_name(changes, sizeof(changes), "name", from->name, to->name);
	add_name(changes, sizeof(changes), "due", from->due_text, to->due_text);
	if (from->done != to->done)
		add(changes, sizeof(changes), to->done ? "done" : "not done");
	on(buf, size, changes, key);
}

static enum pmwb_status milestone_apply(struct ui_ctx *ctx, struct ui_undo_step *s,
					const void *f, void *t, struct pmwb_error *e)
{
	const struct store_milestone_record *from = f;
	struct store_milestone_record rec, *to = t;

	(void)s;
	if (!to)
		return store_milestone_delete(ctx->st, from, e);
	rec = *to;
	if (!from)
		rec.id = 0;
	else if (from->done != to->done) /* x changes done alone, the form never does */
		return store_milestone_set_done(ctx->st, from, to->done, e);
	if (store_milestone_save(ctx->st, &rec, from, e) != PMWB_OK)
		return e->status;
	to->id = rec.id;
	return PMWB_OK;
}

/* The Gantt with the milestone's project selected: m opens its milestones again. */
static void milestone_show(struct ui_ctx *ctx, const void *rec, int gone)
{
	const struct store_milestone_record *m = rec;

	(void)gone;
	ctx->jump.pane = 1;
	ctx->jump.programme_id = m->programme_id;
	ctx->jump.project_id = m->project_id;
}

const struct ui_undo_kind ui_undo_milestone = {
	.name = "milestone",
	.size = sizeof(struct store_milestone_record),
	.id_offset = offsetof(struct store_milestone_record, id),
	.describe = milestone_describe,
	.apply = milestone_apply,
	.show = milestone_show,
};

void ui_undo_milestone_saved(struct ui_ctx *ctx, const struct store_milestone_record *before,
			     long long id)
{
	struct store_milestone_record was, now;
	struct pmwb_error e;

	err_clear(&e);
	if (store_milestone_load(ctx->st, id, &now, &e) != PMWB_OK)
		return;
	if (before) {
		was = *before;
		was.overdue = now.overdue; /* as the list read it: not part of the record */
	}
	ui_undo_push(&ui_undo_milestone, before ? &was : NULL, &now, 0);
}

/* QIPP schemes */

static void scheme_describe(const void *a, const void *b, char *buf, size_t size)
{
	const struct store_qipp_scheme_record *from = a, *to = b, *r = to ? to : from;
	char key[STORE_NAME_MAX + STORE_CODE_MAX + 16], changes[160] = "";

	snprintf(key, sizeof(key), "scheme %s in %s", r->name, r->programme);
	if (!from || !to) {
		snprintf(buf, size, "%s %s", key, from ? "removed" : "added");
		return;
	}
	add_name(changes, sizeof(changes), "programme", from->programme, to->programme);
	add_name(changes, sizeof(changes), "name", from->name, to->name);
	add_name(changes, sizeof(changes), "area of spend", from->area_of_spend,
		 to->area_of_spend);
	add_name(changes, sizeof(changes), "recurrence", from->recurrence, to->recurrence);
	add_name(changes, sizeof(changes), "category", from->category, to->category);
	add_name(changes, sizeof(changes), "owner", from->owner, to->owner);
	add_name(changes, sizeof(changes), "description", from->description, to->description);
	add_k(changes, sizeof(changes), "gross plan", from->has_gross, from->gross, to->has_gross,
	      to->gross);
	add_k(changes, sizeof(changes), "net plan", from->has_net, from->net, to->has_net, to->net);
	on(buf, size, changes, key);
}

static enum pmwb_status scheme_apply(struct ui_ctx *ctx, struct ui_undo_step *s, const void *f,
				     void *t, struct pmwb_error *e)
{
	const struct store_qipp_scheme_record *from = f;
	struct store_qipp_scheme_record *to = t, *rec;
	enum pmwb_status status;

	(void)s;
	if (!to)
		return store_qipp_scheme_delete(ctx->st, from, e);
	rec = malloc(sizeof(*rec));
	if (!rec)
		return err_set(e, PMWB_NOMEM, "out of memory undoing a scheme's change");
	*rec = *to;
	if (!from)
		rec->id = 0;
	status = store_qipp_scheme_save(ctx->st, rec, from, e);
	if (status == PMWB_OK)
		to->id = rec->id;
	free(rec);
	return status;
}

static void scheme_show(struct ui_ctx *ctx, const void *rec, int gone)
{
	(void)rec;
	(void)gone;
	ctx->jump.pane = 3;
}

const struct ui_undo_kind ui_undo_qipp_scheme = {
	.name = "QIPP scheme",
	.size = sizeof(struct store_qipp_scheme_record),
	.id_offset = offsetof(struct store_qipp_scheme_record, id),
	.describe = scheme_describe,
	.apply = scheme_apply,
	.show = scheme_show,
};

void ui_undo_qipp_scheme_saved(struct ui_ctx *ctx, const struct store_qipp_scheme_record *before,
			       long long id, int fy)
{
	struct store_qipp_scheme_record *now = malloc(sizeof(*now));
	struct pmwb_error e;

	err_clear(&e);
	if (now && store_qipp_scheme_load(ctx->st, id, fy, now, &e) == PMWB_OK)
		ui_undo_push(&ui_undo_qipp_scheme, before, now, 0);
	free(now);
}
