/* The QIPP scheme form: add or edit one scheme with its plan (gross and net, in £'000) for
 * the year the QIPP pane shows; [ and ] in the pane choose another year's plan.  Each field
 * is checked as it is typed (a programme that exists, a name, R or NR, money as people
 * write it), F2 saves in one transaction with the audit entry (store/
 * store_qipp_scheme_edit.c), refused naming every field a colleague changed meanwhile; Esc
 * leaves without writing anything.  Delete asks first (ui_confirm.h). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "pmwb/fy.h"
#include "pmwb/store_qipp_scheme_edit.h"
#include "pmwb/text.h"
#include "ui_confirm.h"
#include "ui_form.h"
#include "ui_qipp.h"
#include "ui_undo_kinds.h"

enum { F_PROGRAMME, F_NAME, F_AREA, F_RECURRENCE, F_CATEGORY, F_OWNER, F_DESCRIPTION,
       F_GROSS, F_NET, F_COUNT };

struct schemeform_view {
	struct ui_form form;
	int editing;
	struct store_qipp_scheme_record before, rec;
	char title[STORE_NAME_MAX + STORE_CODE_MAX + 64];
	char gross_label[32], net_label[32];
};

/* What the next open() starts from (set by ui_schemeform_add/_edit). */
static struct store_qipp_scheme_record pending;
static int pending_editing;

static void check_money(struct ui_form_field *fl, int *has, money_pounds *val)
{
	struct pmwb_error e;
	char n[40];
	size_t len;

	*has = 0;
	text_trim(fl->text, &len);
	if (!len) {
		snprintf(fl->note, sizeof(fl->note), "empty: not planned");
		return;
	}
	err_clear(&e);
	if (money_parse(fl->text, MONEY_THOUSANDS, val, &e) != PMWB_OK) {
		snprintf(fl->error, sizeof(fl->error), "%s: %.170s", fl->label, e.msg);
		return;
	}
	*has = 1;
	money_format(*val, MONEY_POUNDS, n, sizeof(n));
	snprintf(fl->note, sizeof(fl->note), "%s%s", ui_glyph(UI_G_POUND), n);
}

static void check_field(struct schemeform_view *v, struct ui_ctx *ctx, int i)
{
	struct ui_form_field *fl = &v->form.field[i];
	struct store_qipp_scheme_record *r = &v->rec;
	struct pmwb_error e;
	char code[STORE_CODE_MAX];
	int found = 0;

	fl->error[0] = fl->note[0] = '\0';
	switch (i) {
	case F_PROGRAMME:
		ui_form_trimmed(&v->form, i, r->programme, sizeof(r->programme));
		err_clear(&e);
		if (!r->programme[0])
			snprintf(fl->error, sizeof(fl->error), "a scheme belongs to a programme: its code");
		else if (store_qipp_scheme_programme(ctx->st, r->programme, code, sizeof(code), &found,
						     &e) != PMWB_OK)
			snprintf(fl->error, sizeof(fl->error), "%.190s", e.msg);
		else if (!found)
			snprintf(fl->error, sizeof(fl->error), "there is no programme '%.40s'",
				 r->programme);
		break;
	case F_NAME:
		ui_form_trimmed(&v->form, i, r->name, sizeof(r->name));
		if (!r->name[0])
			snprintf(fl->error, sizeof(fl->error), "a scheme needs a name");
		break;
	case F_RECURRENCE: {
		char t[32];
		ui_form_trimmed(&v->form, i, t, sizeof(t));
		if (!t[0] || !strcasecmp(t, "R") || !strcasecmp(t, "recurrent") ||
		    !strcasecmp(t, "NR") || !strcasecmp(t, "non-recurrent")) {
			snprintf(r->recurrence, sizeof(r->recurrence), "%s",
				 !t[0] ? "" : (t[0] == 'r' || t[0] == 'R') ? "R" : "NR");
			snprintf(fl->note, sizeof(fl->note), "%s",
				 !t[0] ? "empty: not said" : r->recurrence[0] == 'R' ? "recurrent"
										    : "non-recurrent");
		} else {
			snprintf(fl->error, sizeof(fl->error),
				 "Recurrent: '%.40s' is not R (recurrent) or NR (non-recurrent)", t);
		}
		break;
	}
	case F_AREA:
		ui_form_trimmed(&v->form, i, r->area_of_spend, sizeof(r->area_of_spend));
		break;
	case F_CATEGORY:
		ui_form_trimmed(&v->form, i, r->category, sizeof(r->category));
		break;
	case F_OWNER:
		ui_form_trimmed(&v->form, i, r->owner, sizeof(r->owner));
		break;
	case F_DESCRIPTION:
		ui_form_trimmed(&v->form, i, r->description, sizeof(r->description));
		break;
	case F_GROSS:
		check_money(fl, &r->has_gross, &r->gross);
		break;
	case F_NET:
		check_money(fl, &r->has_net, &r->net);
		break;
	default:
		break;
	}
	ui_form_check_fit(&v->form, i);
}

static void fill_form(struct schemeform_view *v, struct ui_ctx *ctx)
{
	const struct store_qipp_scheme_record *r = &v->before;
	struct ui_form *f = &v->form;
	char g[48], n[48], fy[16];

	fy_format(r->fy, fy, sizeof(fy));
	snprintf(v->gross_label, sizeof(v->gross_label), "Gross %s", fy);
	snprintf(v->net_label, sizeof(v->net_label), "Net %s", fy);
	ui_qipp_exact_k(g, sizeof(g), r->has_gross, r->gross);
	ui_qipp_exact_k(n, sizeof(n), r->has_net, r->net);
	memset(f, 0, sizeof(*f));
	ui_form_add(f, "Programme", STORE_CODE_MAX - 1, r->programme);
	ui_form_add(f, "Name", STORE_NAME_MAX - 1, r->name);
	ui_form_add(f, "Area of spend", STORE_NAME_MAX - 1, r->area_of_spend);
	ui_form_add(f, "Recurrent", 20, r->recurrence);
	ui_form_add(f, "Category", STORE_NAME_MAX - 1, r->category);
	ui_form_add(f, "Owner", STORE_NAME_MAX - 1, r->owner);
	ui_form_add(f, "Description", STORE_QIPP_SCHEME_TEXT_MAX - 1, r->description);
	ui_form_add(f, v->gross_label, 40, g);
	ui_form_add(f, v->net_label, 40, n);
	v->rec = *r;
	for (int i = 0; i < F_COUNT; i++)
		check_field(v, ctx, i);
}

static void schemeform_draw(void *state, struct ui_ctx *ctx, struct ui_rect r)
{
	struct schemeform_view *v = state;
	struct ui_rect fr = {.y = r.y + 2, .x = r.x + 1, .h = r.h - 5, .w = r.w - 2};
	int err = v->form.field[v->form.cur].error[0] ? v->form.cur : ui_form_first_error(&v->form);
	int y;
	char hint[160];

	(void)ctx;
	ui_put(r.y, r.x, r.w, ui_attr(UI_ROLE_GROUP), v->title);
	ui_form_draw(&v->form, fr, 14);
	y = fr.y + (v->form.n < fr.h ? v->form.n : fr.h) + 1;
	if (err >= 0)
		ui_put(y, r.x + 1, r.w - 2, ui_attr(UI_ROLE_ERROR), v->form.field[err].error);
	snprintf(hint, sizeof(hint),
		 "plans in %s'000 for the pane's year ([ ] there for another); F2 saves; Esc cancels",
		 ui_glyph(UI_G_POUND));
	ui_put(y + 1, r.x + 1, r.w - 2, ui_attr(UI_ROLE_DIM), hint);
}

static int save(struct schemeform_view *v, struct ui_ctx *ctx)
{
	struct pmwb_error e;

	for (int i = 0; i < F_COUNT; i++)
		check_field(v, ctx, i);
	if (ui_form_refuse(&v->form, ctx))
		return UI_REDRAW;
	err_clear(&e);
	if (store_qipp_scheme_save(ctx->st, &v->rec, v->editing ? &v->before : NULL, &e) != PMWB_OK) {
		ui_error(ctx, &e);
		return UI_REDRAW;
	}
	ui_undo_qipp_scheme_saved(ctx, v->editing ? &v->before : NULL, v->rec.id, v->rec.fy);
	ui_message(ctx, "%s scheme %s in %s; u undoes it", v->editing ? "saved" : "added",
		   v->rec.name, v->rec.programme);
	ctx->generation++;
	return UI_POP;
}

static int schemeform_key(void *state, struct ui_ctx *ctx, int key, int is_char, struct ui_rect r)
{
	struct schemeform_view *v = state;
	enum ui_form_event ev = ui_form_key(&v->form, key, is_char);

	(void)r;
	if (ev == UI_FORM_SAVE)
		return save(v, ctx);
	if (ev == UI_FORM_EDITED)
		check_field(v, ctx, v->form.cur);
	return ui_form_event_flags(ctx, ev);
}

static enum pmwb_status schemeform_open(struct ui_ctx *ctx, long long arg, void **state,
					struct pmwb_error *e)
{
	struct schemeform_view *v = calloc(1, sizeof(*v));
	char fy[16];

	(void)arg;
	if (!v)
		return err_set(e, PMWB_NOMEM, "out of memory opening the scheme form");
	v->editing = pending_editing;
	v->before = pending;
	fill_form(v, ctx);
	fy_format(v->before.fy, fy, sizeof(fy));
	if (v->editing) {
		snprintf(v->title, sizeof(v->title), "Edit scheme %s (%s), plan %s", v->before.name,
			 v->before.programme, fy);
		ui_form_focus(&v->form, F_NAME);
	} else {
		snprintf(v->title, sizeof(v->title), "New QIPP scheme, plan %s", fy);
		ui_form_focus(&v->form, v->before.programme[0] ? F_NAME : F_PROGRAMME);
	}
	*state = v;
	return PMWB_OK;
}

static void schemeform_close(void *state)
{
	free(state);
}

static const char *schemeform_title(void *state)
{
	return ((struct schemeform_view *)state)->editing ? "Edit scheme" : "New scheme";
}

const struct ui_view_ops ui_schemeform_ops = {
	.name = "Scheme form",
	.scope = UI_SCOPE_FORM,
	.open = schemeform_open,
	.close = schemeform_close,
	.reload = ui_form_view_reload,
	.draw = schemeform_draw,
	.action = ui_form_view_action,
	.key = schemeform_key,
	.title = schemeform_title,
	.help = "One QIPP scheme's fields and its plan for the pane's year, each checked as it is "
		"typed; F2 saves with the audit log, Esc leaves no trace.",
};

int ui_schemeform_add(struct ui_ctx *ctx, const char *programme_code)
{
	struct pmwb_error e;

	err_clear(&e);
	if (ui_check_writable(ctx, &e) != PMWB_OK) {
		ui_error(ctx, &e);
		return UI_REDRAW;
	}
	memset(&pending, 0, sizeof(pending));
	text_copy(pending.programme, sizeof(pending.programme), programme_code ? programme_code : "");
	pending.fy = ui_qipp_period(ctx)->fy;
	pending_editing = 0;
	ctx->push_ops = &ui_schemeform_ops;
	ctx->push_arg = 0;
	return UI_REDRAW;
}

/* Loads the scheme with the pane's year's plan into pending; 0 with the error said. */
static int load_pending(struct ui_ctx *ctx, long long id)
{
	struct pmwb_error e;

	err_clear(&e);
	if (ui_check_writable(ctx, &e) != PMWB_OK ||
	    store_qipp_scheme_load(ctx->st, id, ui_qipp_period(ctx)->fy, &pending, &e) != PMWB_OK) {
		ui_error(ctx, &e);
		return 0;
	}
	return 1;
}

int ui_schemeform_edit(struct ui_ctx *ctx, long long scheme_id)
{
	if (!load_pending(ctx, scheme_id))
		return UI_REDRAW;
	pending_editing = 1;
	ctx->push_ops = &ui_schemeform_ops;
	ctx->push_arg = 0;
	return UI_REDRAW;
}

static struct store_qipp_scheme_record doomed;

static int delete_yes(struct ui_ctx *ctx, void *data)
{
	struct pmwb_error e;

	(void)data;
	err_clear(&e);
	if (store_qipp_scheme_delete(ctx->st, &doomed, &e) != PMWB_OK) {
		ui_error(ctx, &e);
		return UI_REDRAW;
	}
	ui_message(ctx, "deleted scheme %s in %s with its plans and months; the audit log keeps it",
		   doomed.name, doomed.programme);
	ctx->generation++;
	return UI_REDRAW;
}

int ui_schemeform_delete(struct ui_ctx *ctx, long long scheme_id)
{
	struct ui_confirm c = {.yes_key = 'y', .on_yes = delete_yes};

	if (!load_pending(ctx, scheme_id))
		return UI_REDRAW;
	doomed = pending;
	snprintf(c.title, sizeof(c.title), "Delete a QIPP scheme");
	snprintf(c.question, sizeof(c.question),
		 "Delete scheme %s in %s, with every year's plan and every month's forecast and "
		 "actual? u cannot undo it.",
		 doomed.name, doomed.programme);
	snprintf(c.keys, sizeof(c.keys), "y deletes it (the audit log keeps it); any other key keeps it");
	snprintf(c.no_message, sizeof(c.no_message), "kept scheme %.100s: nothing was deleted",
		 doomed.name);
	ui_confirm_ask(ctx, &c);
	return UI_REDRAW;
}

int ui_schemeform_action(struct ui_ctx *ctx, enum ui_action a, long long scheme_id,
			 const char *programme_code, int can_delete)
{
	switch (a) {
	case UI_ACT_SCHEME_ADD:
		return ui_schemeform_add(ctx, programme_code);
	case UI_ACT_SCHEME_EDIT:
	case UI_ACT_SCHEME_DELETE:
		if (!scheme_id) {
			ui_message(ctx, "select a scheme first (a adds one)");
			return UI_REDRAW;
		}
		if (a == UI_ACT_SCHEME_EDIT)
			return ui_schemeform_edit(ctx, scheme_id);
		if (!can_delete) {
			ui_message(ctx, "a scheme is deleted from the QIPP list: Esc goes back there, then D");
			return UI_REDRAW;
		}
		return ui_schemeform_delete(ctx, scheme_id);
	default:
		return UI_NONE;
	}
}
