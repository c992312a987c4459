/* A form on a page of its own (ui_form_page.h). */
#include "config.h"

#include "pmwb/text.h"
#include "ui_draw.h"
#include "ui_form_page.h"

void ui_form_page_draw(struct ui_form_page *p, struct ui_rect r)
{
	struct ui_rect fr = {.y = r.y + 2, .x = r.x + 1, .h = r.h - 7, .w = r.w - 2};
	int err = ui_form_first_error(&p->form), y;

	ui_put(r.y, r.x, r.w, ui_attr(UI_ROLE_GROUP), p->title);
	ui_form_draw(&p->form, fr, p->label_w);
	y = fr.y + (p->form.n < fr.h ? p->form.n : fr.h) + 1;
	/* The current field's problem first: that is what the user is typing. */
	if (p->form.field[p->form.cur].error[0])
		err = p->form.cur;
	if (err >= 0)
		ui_put(y, r.x + 1, r.w - 2, ui_attr(UI_ROLE_ERROR), p->form.field[err].error);
	else if (p->problem[0])
		/* A refused save's sentence in full: it names every field a colleague changed. */
		y += ui_wrap(y, r.x + 1, r.w - 2, 3, ui_attr(UI_ROLE_ERROR), p->problem) - 1;
	ui_wrap(y + 2, r.x + 1, r.w - 2, 2, ui_attr(UI_ROLE_DIM), p->hint);
}

void ui_form_page_changed(struct ui_ctx *ctx)
{
	struct pmwb_error e;

	err_clear(&e);
	if (store_session_info(ctx->st, &ctx->info, &e) != PMWB_OK)
		ui_error(ctx, &e);
	ctx->generation++;
	ctx->data_generation++;
}

static int save(struct ui_form_page *p, struct ui_ctx *ctx)
{
	struct pmwb_error e;

	for (int i = 0; i < p->form.n; i++)
		p->check(p->owner, i);
	if (ui_form_refuse(&p->form, ctx))
		return UI_REDRAW;
	err_clear(&e);
	p->problem[0] = '\0';
	if (ui_check_writable(ctx, &e) != PMWB_OK || p->save(p->owner, ctx, &e) != PMWB_OK) {
		text_copy(p->problem, sizeof(p->problem), e.msg);
		ui_error(ctx, &e);
		return UI_REDRAW;
	}
	ui_form_page_changed(ctx);
	p->saved(p->owner, ctx);
	return UI_POP;
}

int ui_form_page_key(struct ui_form_page *p, struct ui_ctx *ctx, int key, int is_char)
{
	enum ui_form_event ev = ui_form_key(&p->form, key, is_char);

	if (ev == UI_FORM_SAVE)
		return save(p, ctx);
	if (ev == UI_FORM_EDITED)
		p->check(p->owner, p->form.cur);
	return ui_form_event_flags(ctx, ev);
}
