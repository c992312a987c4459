/* The project form: add or edit one project of the Gantt.  Each field is checked as it is
 * typed (a name needed, the value as money is written), and F2 saves the changed fields in
 * one transaction with the audit entry (store/store_project_edit.c); a colleague's change
 * meanwhile is refused, naming every field that changed.  Esc leaves without writing
 * anything.  Delete asks first, and again, saying how many, when milestones would go. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmwb/money.h"
#include "pmwb/store.h"
#include "pmwb/store_project_edit.h"
#include "pmwb/text.h"
#include "ui_delete.h"
#include "ui_draw.h"
#include "ui_form_page.h"
#include "ui_milestones.h"
#include "ui_projform.h"
#include "ui_undo_kinds.h"

/* In the record's order (pmwb/store_project_edit.h), so that field i is bit i of cut. */
enum { F_NAME, F_VALUE, F_SCOPE, F_DESCRIPTION, F_MEASURES, F_OUTCOMES, F_HII, F_COUNT };

struct projform_view {
	struct ui_form_page page;
	int editing; /* 0: a new project */
	struct store_project_record before, rec;
};

static struct {
	long long project_id, programme_id;
} focus;

long long ui_projform_take_focus(long long *programme_id)
{
	long long id = focus.project_id;

	*programme_id = focus.programme_id;
	focus.project_id = 0;
	return id;
}

static char *rec_text(struct store_project_record *r, int i)
{
	switch (i) {
	case F_NAME:
		return r->name;
	case F_SCOPE:
		return r->scope_refs;
	case F_DESCRIPTION:
		return r->description;
	case F_MEASURES:
		return r->success_measures;
	case F_OUTCOMES:
		return r->outcome_indicators;
	case F_HII:
		return r->high_impact_innovations;
	default:
		return NULL;
	}
}

/* The value as typed ("£1.2m", "250k", "1,200,000"), in pounds; empty is not given. */
static void check_value(struct projform_view *v, struct ui_form_field *fl)
{
	struct pmwb_error e;
	money_pounds p = 0;
	char shown[32];

	v->rec.value = 0;
	if (!fl->text[0])
		return;
	err_clear(&e);
	if (money_parse(fl->text, MONEY_POUNDS, &p, &e) != PMWB_OK) {
		snprintf(fl->error, sizeof(fl->error), "Value: %.180s", e.msg);
		return;
	}
	if (p <= 0) {
		snprintf(fl->error, sizeof(fl->error),
			 "Value: a project's value is more than nothing; leave it empty if not known");
		return;
	}
	money_format(p, MONEY_POUNDS, shown, sizeof(shown));
	snprintf(fl->note, sizeof(fl->note), "%s%s", ui_glyph(UI_G_POUND), shown);
	v->rec.value = p;
}

static void check_field(struct projform_view *v, int i)
{
	struct ui_form_field *fl = &v->page.form.field[i];
	char *dst = rec_text(&v->rec, i);

	fl->error[0] = fl->note[0] = '\0';
	if (i == F_VALUE) {
		check_value(v, fl);
		ui_form_check_fit(&v->page.form, i);
		return;
	}
	/* Long texts keep their own lines and blanks; the name and references are trimmed. */
	if (i == F_NAME || i == F_SCOPE)
		ui_form_trimmed(&v->page.form, i, dst, (size_t)fl->max_bytes + 1);
	else
		text_copy(dst, (size_t)fl->max_bytes + 1, fl->text);
	if (i == F_NAME && !dst[0])
		snprintf(fl->error, sizeof(fl->error), "a project needs a name");
	else if ((v->before.cut & (1u << i)) && strcmp(dst, rec_text(&v->before, i)))
		snprintf(fl->error, sizeof(fl->error),
			 "%s is longer in the file than the form holds (%d characters): change it "
			 "by import, or press Esc to keep it",
			 fl->label, fl->max_bytes);
	ui_form_check_fit(&v->page.form, i);
}

static void fill_form(struct projform_view *v)
{
	struct store_project_record *r = &v->before;
	struct ui_form *f = &v->page.form;
	char value[32] = "";

	if (r->value)
		money_format(r->value, MONEY_POUNDS, value, sizeof(value));
	memset(f, 0, sizeof(*f));
	ui_form_add(f, "Name", (int)sizeof(r->name) - 1, r->name);
	ui_form_add(f, "Value (GBP)", 30, value);
	ui_form_add(f, "Scope refs", (int)sizeof(r->scope_refs) - 1, r->scope_refs);
	ui_form_add(f, "Description", (int)sizeof(r->description) - 1, r->description);
	ui_form_add(f, "Success", (int)sizeof(r->success_measures) - 1, r->success_measures);
	ui_form_add(f, "Outcomes", (int)sizeof(r->outcome_indicators) - 1, r->outcome_indicators);
	ui_form_add(f, "Innovations", (int)sizeof(r->high_impact_innovations) - 1,
		    r->high_impact_innovations);
	v->rec = v->before;
	for (int i = 0; i < F_COUNT; i++)
		check_field(v, i);
}

static void projform_draw(void *state, struct ui_ctx *ctx, struct ui_rect r)
{
	struct projform_view *v = state;

	(void)ctx;
	ui_form_page_draw(&v->page, r);
}

static void page_check(void *owner, int field)
{
	check_field(owner, field);
}

static enum pmwb_status page_save(void *owner, struct ui_ctx *ctx, struct pmwb_error *e)
{
	struct projform_view *v = owner;

	return store_project_save(ctx->st, &v->rec, v->editing ? &v->before : NULL, e);
}

static void page_saved(void *owner, struct ui_ctx *ctx)
{
	struct projform_view *v = owner;

	ui_undo_project_saved(ctx, v->editing ? &v->before : NULL, v->rec.id);
	focus.project_id = v->rec.id;
	focus.programme_id = v->rec.programme_id;
	ui_message(ctx, "%s project %s in %s; u undoes it", v->editing ? "saved" : "added",
		   v->rec.name, v->rec.programme_code);
}

static int projform_key(void *state, struct ui_ctx *ctx, int key, int is_char, struct ui_rect r)
{
	struct projform_view *v = state;

	(void)r;
	return ui_form_page_key(&v->page, ctx, key, is_char);
}

static enum pmwb_status projform_open(struct ui_ctx *ctx, long long arg, void **state,
				      struct pmwb_error *e)
{
	struct projform_view *v = calloc(1, sizeof(*v));

	if (!v)
		return err_set(e, PMWB_NOMEM, "out of memory opening the project form");
	if (ui_check_writable(ctx, e) != PMWB_OK ||
	    (arg > 0 ? store_project_load(ctx->st, arg, &v->before, e)
		     : store_project_new(ctx->st, -arg, &v->before, e)) != PMWB_OK) {
		free(v);
		return e->status;
	}
	v->editing = arg > 0;
	v->page = (struct ui_form_page){.label_w = 13, .owner = v, .check = page_check,
					.save = page_save, .saved = page_saved,
					.hint = "F2 or Ctrl-O saves; Esc cancels without saving; Tab and "
						"arrows move between fields"};
	fill_form(v);
	ui_form_focus(&v->page.form, F_NAME);
	if (v->editing)
		snprintf(v->page.title, sizeof(v->page.title), "Edit project %s (programme %s)", v->before.name,
			 v->before.programme_code);
	else
		snprintf(v->page.title, sizeof(v->page.title), "New project in programme %s",
			 v->before.programme_code);
	*state = v;
	return PMWB_OK;
}

static void projform_close(void *state)
{
	free(state);
}

static const char *projform_title(void *state)
{
	struct projform_view *v = state;

	return v->editing ? "Edit project" : "New project";
}

const struct ui_view_ops ui_projform_ops = {
	.name = "Project form",
	.scope = UI_SCOPE_FORM,
	.open = projform_open,
	.close = projform_close,
	.reload = ui_form_view_reload,
	.draw = projform_draw,
	.action = ui_form_view_action,
	.key = projform_key,
	.title = projform_title,
	.help = "One project's fields, each checked as it is typed.  F2 saves the changes with "
		"an audit entry; Esc leaves no trace.",
};

/* Deleting: the project as it was when D was pressed, and what it held then. */
static struct {
	struct store_project_record rec;
	struct store_project_holdings held;
} doomed;

static int delete_now(struct ui_ctx *ctx, long confirmed)
{
	struct pmwb_error e;

	err_clear(&e);
	if (ui_check_writable(ctx, &e) != PMWB_OK ||
	    store_project_delete(ctx->st, &doomed.rec, confirmed, &e) != PMWB_OK) {
		ui_error(ctx, &e);
		return UI_REDRAW;
	}
	ui_form_page_changed(ctx);
	if (confirmed > 0)
		ui_message(ctx, "deleted project %s of %s with its %ld milestone%s",
			   doomed.rec.name, doomed.rec.programme_code, confirmed,
			   confirmed == 1 ? "" : "s");
	else
		ui_message(ctx, "deleted project %s of %s", doomed.rec.name,
			   doomed.rec.programme_code);
	return UI_REDRAW;
}

static int delete_yes(struct ui_ctx *ctx, int all)
{
	return delete_now(ctx, all ? doomed.held.milestones : -1);
}

static int delete_ask(struct ui_ctx *ctx, long long id)
{
	struct ui_delete d = {.yes = delete_yes};
	struct pmwb_error e;
	long n;

	err_clear(&e);
	if (ui_check_writable(ctx, &e) != PMWB_OK ||
	    store_project_load(ctx->st, id, &doomed.rec, &e) != PMWB_OK ||
	    store_project_holdings(ctx->st, id, &doomed.held, &e) != PMWB_OK) {
		ui_error(ctx, &e);
		return UI_REDRAW;
	}
	n = doomed.held.milestones;
	d.holds = n != 0;
	snprintf(d.title, sizeof(d.title), "Delete a project");
	snprintf(d.title_all, sizeof(d.title_all), "Delete a project and its milestones");
	snprintf(d.no_message, sizeof(d.no_message), "not deleted: project %.100s is as it was",
		 doomed.rec.name);
	if (!n)
		snprintf(d.question, sizeof(d.question),
			 "Delete project %s of %s and its %ld phase%s? It has no milestones; u "
			 "cannot undo it.",
			 doomed.rec.name, doomed.rec.programme_code, doomed.held.phases,
			 doomed.held.phases == 1 ? "" : "s");
	else
		snprintf(d.question, sizeof(d.question),
			 "Project %s of %s has %ld milestone%s, so it is not deleted on its own.",
			 doomed.rec.name, doomed.rec.programme_code, n, n == 1 ? "" : "s");
	snprintf(d.question_all, sizeof(d.question_all),
		 "Delete project %s of %s, its phases and its %ld milestone%s for good? u cannot "
		 "undo it: the audit log keeps a record, but they come back only by import.",
		 doomed.rec.name, doomed.rec.programme_code, n, n == 1 ? "" : "s");
	snprintf(d.keys, sizeof(d.keys),
		 "A (capital) goes on to delete it with its %ld milestone%s; any other key keeps "
		 "everything",
		 n, n == 1 ? "" : "s");
	ui_delete_ask(ctx, &d);
	return UI_REDRAW;
}

int ui_projform_gantt_action(struct ui_ctx *ctx, enum ui_action a, long long programme_id,
			     long long project_id)
{
	struct pmwb_error e;

	err_clear(&e);
	if (!programme_id) {
		ui_message(ctx, "there is no programme to hold a project: add one in the "
				"Programmes pane (1, then a) or import a plan");
		return UI_REDRAW;
	}
	if (a != UI_ACT_MILESTONES && ui_check_writable(ctx, &e) != PMWB_OK) {
		ui_error(ctx, &e);
		return UI_REDRAW;
	}
	if (a == UI_ACT_PROJ_ADD) {
		ctx->push_ops = &ui_projform_ops;
		ctx->push_arg = -programme_id;
		return UI_REDRAW;
	}
	if (!project_id) {
		ui_message(ctx, "move to a project's row to %s (this is a programme's row: the "
				"Programmes pane edits programmes)",
			   a == UI_ACT_PROJ_EDIT ? "edit it" : a == UI_ACT_PROJ_DELETE
							      ? "delete it"
							      : "see its milestones");
		return UI_REDRAW;
	}
	if (a == UI_ACT_PROJ_DELETE)
		return delete_ask(ctx, project_id);
	ctx->push_ops = a == UI_ACT_PROJ_EDIT ? &ui_projform_ops : &ui_milestones_ops;
	ctx->push_arg = project_id;
	return UI_REDRAW;
}
