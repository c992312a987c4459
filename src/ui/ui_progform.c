/* The programme form: add or edit one programme.  Each field is checked as it is typed (code
 * and name needed, years as 2013/14 by core's parser, the end not before the start), and F2
 * saves the changed fields in one transaction with the audit entry (store/
 * store_programme_edit.c); a colleague's change meanwhile is refused, naming every field
 * that changed.  Esc leaves without writing anything.  Delete asks first (ui_confirm.h). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmwb/fy.h"
#include "pmwb/store.h"
#include "pmwb/store_programme_edit.h"
#include "pmwb/text.h"
#include "ui_delete.h"
#include "ui_draw.h"
#include "ui_form_page.h"
#include "ui_progform.h"
#include "ui_undo_kinds.h"

/* In the record's order (pmwb/store_programme_edit.h), so that field i is bit i of cut. */
enum {
	F_CODE,
	F_NAME,
	F_ORGANISATION,
	F_CHAIR,
	F_SRO,
	F_LEAD,
	F_MANAGER,
	F_START,
	F_END,
	F_SUMMARY,
	F_COUNT
};

struct progform_view {
	struct ui_form_page page;
	int editing; /* 0: a new programme */
	struct store_programme_record before, rec;
};

static long long focus_id;

long long ui_progform_take_focus(void)
{
	long long id = focus_id;

	focus_id = 0;
	return id;
}

void ui_progform_set_focus(long long id)
{
	focus_id = id;
}

/* A change saved, as a step of the undo journal: the programme as the database now holds
 * it (or gone, after). */
static void remember(struct ui_ctx *ctx, const struct store_programme_record *before,
		     long long id)
{
	struct store_programme_record *now = calloc(1, sizeof(*now));
	struct pmwb_error e;

	err_clear(&e);
	if (now && id && store_programme_load(ctx->st, id, now, &e) == PMWB_OK)
		ui_undo_push(&ui_undo_programme, before, now, 0);
	else if (!id)
		ui_undo_push(&ui_undo_programme, before, NULL, 0);
	free(now);
}

/* A year as typed ("2013/14", "FY2013/14"), or 0 for an empty field; -1 when it is bad (the
 * field's error says why). */
static int check_year(struct ui_form_field *fl)
{
	struct pmwb_error e;
	char buf[16];
	int fy;

	if (!fl->text[0])
		return 0;
	err_clear(&e);
	if (fy_parse(fl->text, &fy, &e) != PMWB_OK) {
		snprintf(fl->error, sizeof(fl->error), "%s: %.170s", fl->label, e.msg);
		return -1;
	}
	fy_format(fy, buf, sizeof(buf));
	/* How it was read, when typed another way ("FY13/14", "2013-14") */
	if (strcmp(buf, fl->text))
		snprintf(fl->note, sizeof(fl->note), "%s", buf);
	return fy;
}

static void check_years(struct progform_view *v)
{
	struct ui_form_field *start = &v->page.form.field[F_START], *end = &v->page.form.field[F_END];
	int from, to;

	start->error[0] = start->note[0] = end->error[0] = end->note[0] = '\0';
	from = check_year(start);
	to = check_year(end);
	if (from > 0 && to > 0 && to < from) {
		char a[16], b[16];
		fy_format(to, a, sizeof(a));
		fy_format(from, b, sizeof(b));
		snprintf(end->error, sizeof(end->error), "End FY %s is before Start FY %s", a, b);
	}
	v->rec.start_fy = from > 0 ? from : 0;
	v->rec.end_fy = to > 0 ? to : 0;
}

static char *rec_text(struct store_programme_record *r, int i)
{
	switch (i) {
	case F_CODE:
		return r->code;
	case F_NAME:
		return r->name;
	case F_ORGANISATION:
		return r->organisation;
	case F_CHAIR:
		return r->chair;
	case F_SRO:
		return r->sro;
	case F_LEAD:
		return r->lead;
	case F_MANAGER:
		return r->manager;
	case F_SUMMARY:
		return r->summary;
	default:
		return NULL;
	}
}

static void check_field(struct progform_view *v, int i)
{
	struct ui_form_field *fl = &v->page.form.field[i];
	char *dst = rec_text(&v->rec, i);

	if (i == F_START || i == F_END) {
		check_years(v);
		ui_form_check_fit(&v->page.form, F_START);
		ui_form_check_fit(&v->page.form, F_END);
		return;
	}
	fl->error[0] = fl->note[0] = '\0';
	/* The summary keeps its own lines and blanks; the rest are names and codes. */
	if (i == F_SUMMARY)
		text_copy(dst, (size_t)fl->max_bytes + 1, fl->text);
	else
		ui_form_trimmed(&v->page.form, i, dst, (size_t)fl->max_bytes + 1);
	if (i == F_CODE && !dst[0])
		snprintf(fl->error, sizeof(fl->error), "a programme needs a code, such as BCF");
	else if (i == F_NAME && !dst[0])
		snprintf(fl->error, sizeof(fl->error), "a programme needs a name");
	else if ((v->before.cut & (1u << i)) && strcmp(dst, rec_text(&v->before, i)))
		snprintf(fl->error, sizeof(fl->error),
			 "%s is longer in the file than the form holds (%d characters): change it "
			 "by import, or press Esc to keep it",
			 fl->label, fl->max_bytes);
	ui_form_check_fit(&v->page.form, i);
}

static void fill_form(struct progform_view *v)
{
	struct store_programme_record *r = &v->before;
	struct ui_form *f = &v->page.form;
	char from[16] = "", to[16] = "";

	if (r->start_fy)
		fy_format(r->start_fy, from, sizeof(from));
	if (r->end_fy)
		fy_format(r->end_fy, to, sizeof(to));
	memset(f, 0, sizeof(*f));
	ui_form_add(f, "Code", (int)sizeof(r->code) - 1, r->code);
	ui_form_add(f, "Name", (int)sizeof(r->name) - 1, r->name);
	ui_form_add(f, "Organisation", (int)sizeof(r->organisation) - 1, r->organisation);
	ui_form_add(f, "Chair", (int)sizeof(r->chair) - 1, r->chair);
	ui_form_add(f, "SRO", (int)sizeof(r->sro) - 1, r->sro);
	ui_form_add(f, "Lead", (int)sizeof(r->lead) - 1, r->lead);
	ui_form_add(f, "Manager", (int)sizeof(r->manager) - 1, r->manager);
	ui_form_add(f, "Start FY", 20, from);
	ui_form_add(f, "End FY", 20, to);
	ui_form_add(f, "Summary", (int)sizeof(r->summary) - 1, r->summary);
	v->rec = v->before;
	for (int i = 0; i < F_COUNT; i++)
		check_field(v, i);
}

static void progform_draw(void *state, struct ui_ctx *ctx, struct ui_rect r)
{
	struct progform_view *v = state;

	(void)ctx;
	ui_form_page_draw(&v->page, r);
}

static void page_check(void *owner, int field)
{
	check_field(owner, field);
}

static enum pmwb_status page_save(void *owner, struct ui_ctx *ctx, struct pmwb_error *e)
{
	struct progform_view *v = owner;

	return store_programme_save(ctx->st, &v->rec, v->editing ? &v->before : NULL, e);
}

static void page_saved(void *owner, struct ui_ctx *ctx)
{
	struct progform_view *v = owner;

	remember(ctx, v->editing ? &v->before : NULL, v->rec.id);
	focus_id = v->rec.id;
	ui_message(ctx, "%s programme %s (%s); u undoes it", v->editing ? "saved" : "added",
		   v->rec.code, v->rec.name);
}

static int progform_key(void *state, struct ui_ctx *ctx, int key, int is_char, struct ui_rect r)
{
	struct progform_view *v = state;

	(void)r;
	return ui_form_page_key(&v->page, ctx, key, is_char);
}

static enum pmwb_status progform_open(struct ui_ctx *ctx, long long id, void **state,
				      struct pmwb_error *e)
{
	struct progform_view *v = calloc(1, sizeof(*v));

	if (!v)
		return err_set(e, PMWB_NOMEM, "out of memory opening the programme form");
	if (ui_check_writable(ctx, e) != PMWB_OK ||
	    (id > 0 && store_programme_load(ctx->st, id, &v->before, e) != PMWB_OK)) {
		free(v);
		return e->status;
	}
	v->editing = id > 0;
	v->page = (struct ui_form_page){.label_w = 13, .owner = v, .check = page_check,
					.save = page_save, .saved = page_saved,
					.hint = "F2 or Ctrl-O saves; Esc cancels without saving; Tab and "
						"arrows move between fields"};
	fill_form(v);
	if (v->editing) {
		ui_form_focus(&v->page.form, F_NAME);
		snprintf(v->page.title, sizeof(v->page.title), "Edit programme %s", v->before.code);
	} else {
		ui_form_focus(&v->page.form, F_CODE);
		snprintf(v->page.title, sizeof(v->page.title), "New programme");
	}
	*state = v;
	return PMWB_OK;
}

static void progform_close(void *state)
{
	free(state);
}

static const char *progform_title(void *state)
{
	struct progform_view *v = state;

	return v->editing ? "Edit programme" : "New programme";
}

const struct ui_view_ops ui_progform_ops = {
	.name = "Programme form",
	.scope = UI_SCOPE_FORM,
	.open = progform_open,
	.close = progform_close,
	.reload = ui_form_view_reload,
	.draw = progform_draw,
	.action = ui_form_view_action,
	.key = progform_key,
	.title = progform_title,
	.help = "One programme's fields, each checked as it is typed.  F2 saves the changes "
		"with an audit entry; Esc leaves no trace.",
};

/* Deleting: the programme as it was when D was pressed, and what it held then. */
static struct {
	struct store_programme_record rec;
	struct store_programme_holdings held;
	char what[256];
} doomed;

static int delete_now(struct ui_ctx *ctx, const struct store_programme_holdings *confirmed)
{
	struct pmwb_error e;

	err_clear(&e);
	if (ui_check_writable(ctx, &e) != PMWB_OK ||
	    store_programme_delete(ctx->st, &doomed.rec, confirmed, &e) != PMWB_OK) {
		ui_error(ctx, &e);
		return UI_REDRAW;
	}
	ui_form_page_changed(ctx);
	/* What went with a programme cannot be put back: only an empty one's delete is undone. */
	if (confirmed) {
		ui_message(ctx, "deleted programme %s with its %s", doomed.rec.code, doomed.what);
	} else {
		remember(ctx, &doomed.rec, 0);
		ui_message(ctx, "deleted programme %s (%s); u undoes it", doomed.rec.code,
			   doomed.rec.name);
	}
	return UI_REDRAW;
}

static int delete_yes(struct ui_ctx *ctx, int all)
{
	return delete_now(ctx, all ? &doomed.held : NULL);
}

int ui_progform_delete(struct ui_ctx *ctx, long long id)
{
	struct ui_delete d = {.yes = delete_yes};
	struct store_programme_holdings *h = &doomed.held;
	struct pmwb_error e;

	err_clear(&e);
	if (ui_check_writable(ctx, &e) != PMWB_OK ||
	    store_programme_load(ctx->st, id, &doomed.rec, &e) != PMWB_OK ||
	    store_programme_holdings(ctx->st, id, h, &e) != PMWB_OK) {
		ui_error(ctx, &e);
		return UI_REDRAW;
	}
	store_programme_holdings_text(h, doomed.what, sizeof(doomed.what));
	d.holds = h->projects || h->risks || h->schemes || h->milestones || h->measures;
	snprintf(d.title, sizeof(d.title), "Delete programme %s", doomed.rec.code);
	snprintf(d.title_all, sizeof(d.title_all), "Delete programme %s and all it holds",
		 doomed.rec.code);
	snprintf(d.no_message, sizeof(d.no_message), "not deleted: programme %s is as it was",
		 doomed.rec.code);
	if (!d.holds)
		snprintf(d.question, sizeof(d.question), "Delete programme %s (%s)? It holds nothing, and u undoes it.",
			 doomed.rec.code, doomed.rec.name);
	else
		snprintf(d.question, sizeof(d.question),
			 "Programme %s (%s) holds %s, so it is not deleted on its own.",
			 doomed.rec.code, doomed.rec.name, doomed.what);
	snprintf(d.question_all, sizeof(d.question_all),
		 "Delete %s (%s) and its %s for good? u cannot undo this: the audit log keeps "
		 "a record, but they come back only by import.",
		 doomed.rec.code, doomed.rec.name, doomed.what);
	snprintf(d.keys, sizeof(d.keys),
		 "A (capital) goes on to delete it with all it holds; any other key keeps "
		 "everything");
	ui_delete_ask(ctx, &d);
	return UI_REDRAW;
}
