/* The milestone form: a name and a due date, written any way the importer reads one ("15/09/
 * 2013", "Sept 2013", "2013/14 Q2", "Q2 2013/14", "TBC"), checked as it is typed with how it
 * was read shown beside it.  F2 saves in one transaction with the audit entry (store/
 * store_milestone_edit.c); a colleague's change meanwhile is refused, naming the fields. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmwb/date.h"
#include "pmwb/store.h"
#include "pmwb/store_milestone_edit.h"
#include "pmwb/text.h"
#include "ui_draw.h"
#include "ui_form_page.h"
#include "ui_milestones.h"
#include "ui_undo_kinds.h"

enum { F_NAME, F_DUE, F_COUNT };

struct msform_view {
	struct ui_form_page page;
	int editing;
	struct fy_settings fy;
	struct store_milestone_record before, rec;
};

static long long focus_id;

long long ui_msform_take_focus(void)
{
	long long id = focus_id;

	focus_id = 0;
	return id;
}

/* The due date: the months it covers when it is a date, none for TBC or words the Gantt
 * cannot place (kept as written, as the importer keeps them). */
static void check_due(struct msform_view *v, struct ui_form_field *fl)
{
	struct date_value dv;
	struct pmwb_error e;
	enum date_due kind;
	char shown[32];

	ui_form_trimmed(&v->page.form, F_DUE, v->rec.due_text, sizeof(v->rec.due_text));
	v->rec.due_first = v->rec.due_last = 0;
	err_clear(&e);
	if (date_parse_due(&v->fy, v->rec.due_text, &kind, &dv, &e) != PMWB_OK) {
		snprintf(fl->error, sizeof(fl->error), "Due: %.185s", e.msg);
		return;
	}
	if (kind == DATE_DUE_DATED) {
		v->rec.due_first = dv.first;
		v->rec.due_last = dv.last;
		date_format(&v->fy, &dv, shown, sizeof(shown));
		snprintf(fl->note, sizeof(fl->note), "%s", shown);
	} else if (kind == DATE_DUE_TEXT) {
		snprintf(fl->note, sizeof(fl->note),
			 "not a date pmwb can place: kept as written, off the grid");
	} else if (v->rec.due_text[0]) {
		snprintf(fl->note, sizeof(fl->note), "no date yet: never overdue");
	}
}

static void check_field(struct msform_view *v, int i)
{
	struct ui_form_field *fl = &v->page.form.field[i];

	fl->error[0] = fl->note[0] = '\0';
	if (i == F_DUE) {
		check_due(v, fl);
	} else {
		ui_form_trimmed(&v->page.form, F_NAME, v->rec.name, sizeof(v->rec.name));
		if (!v->rec.name[0])
			snprintf(fl->error, sizeof(fl->error), "a milestone needs a name");
	}
	ui_form_check_fit(&v->page.form, i);
}

static void msform_draw(void *state, struct ui_ctx *ctx, struct ui_rect r)
{
	struct msform_view *v = state;

	(void)ctx;
	ui_form_page_draw(&v->page, r);
}

static void page_check(void *owner, int field)
{
	check_field(owner, field);
}

static enum pmwb_status page_save(void *owner, struct ui_ctx *ctx, struct pmwb_error *e)
{
	struct msform_view *v = owner;

	return store_milestone_save(ctx->st, &v->rec, v->editing ? &v->before : NULL, e);
}

static void page_saved(void *owner, struct ui_ctx *ctx)
{
	struct msform_view *v = owner;

	focus_id = v->rec.id;
	ui_undo_milestone_saved(ctx, v->editing ? &v->before : NULL, v->rec.id);
	ui_message(ctx, "%s milestone %s%s%s; u undoes it", v->editing ? "saved" : "added",
		   v->rec.name, v->rec.due_text[0] ? ", due " : "", v->rec.due_text);
}

static int msform_key(void *state, struct ui_ctx *ctx, int key, int is_char, struct ui_rect r)
{
	struct msform_view *v = state;

	(void)r;
	return ui_form_page_key(&v->page, ctx, key, is_char);
}

static enum pmwb_status msform_open(struct ui_ctx *ctx, long long arg, void **state,
				    struct pmwb_error *e)
{
	struct msform_view *v = calloc(1, sizeof(*v));

	if (!v)
		return err_set(e, PMWB_NOMEM, "out of memory opening the milestone form");
	if (ui_check_writable(ctx, e) != PMWB_OK ||
	    (arg > 0 && store_milestone_load(ctx->st, arg, &v->before, e) != PMWB_OK)) {
		free(v);
		return e->status;
	}
	v->editing = arg > 0;
	v->fy = ctx->info.fy;
	v->page = (struct ui_form_page){
		.label_w = 8, .owner = v, .check = page_check, .save = page_save,
		.saved = page_saved,
		.hint = "Due: a day (15/09/2013), a month (Sept 2013), a quarter (2013/14 Q2) or "
			"TBC.  F2 or Ctrl-O saves; Esc cancels without saving."};
	if (!v->editing)
		v->before.project_id = -arg;
	ui_form_add(&v->page.form, "Name", (int)sizeof(v->before.name) - 1, v->before.name);
	ui_form_add(&v->page.form, "Due", (int)sizeof(v->before.due_text) - 1, v->before.due_text);
	v->rec = v->before;
	for (int i = 0; i < F_COUNT; i++)
		check_field(v, i);
	ui_form_focus(&v->page.form, F_NAME);
	if (v->editing)
		snprintf(v->page.title, sizeof(v->page.title), "Edit milestone %s", v->before.name);
	else
		snprintf(v->page.title, sizeof(v->page.title), "New milestone");
	*state = v;
	return PMWB_OK;
}

static void msform_close(void *state)
{
	free(state);
}

static const char *msform_title(void *state)
{
	struct msform_view *v = state;

	return v->editing ? "Edit milestone" : "New milestone";
}

const struct ui_view_ops ui_msform_ops = {
	.name = "Milestone form",
	.scope = UI_SCOPE_FORM,
	.open = msform_open,
	.close = msform_close,
	.reload = ui_form_view_reload,
	.draw = msform_draw,
	.action = ui_form_view_action,
	.key = msform_key,
	.title = msform_title,
	.help = "A milestone's name and due date, checked as they are typed.  F2 saves with an "
		"audit entry; Esc leaves no trace.",
};
