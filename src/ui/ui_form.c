/* The form engine: fields, editing keys, drawing.  What a field means and whether its value
 * is good is the owning view's business (it sets error and note after each edit). */
#include "config.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "pmwb/text.h"
#include "ui_draw.h"
#include "ui_form.h"
#include "ui_keys.h"

int ui_form_add(struct ui_form *f, const char *label, int max_bytes, const char *text)
{
	struct ui_form_field *fl;

	if (f->n >= UI_FORM_MAX_FIELDS)
		return f->n - 1;
	fl = &f->field[f->n];
	memset(fl, 0, sizeof(*fl));
	fl->label = label;
	fl->max_bytes = max_bytes < UI_FORM_TEXT_MAX ? max_bytes : UI_FORM_TEXT_MAX - 1;
	text_copy(fl->text, (size_t)fl->max_bytes + 1, text ? text : "");
	return f->n++;
}

void ui_form_set(struct ui_form *f, int field, const char *text)
{
	if (field < 0 || field >= f->n)
		return;
	text_copy(f->field[field].text, (size_t)f->field[field].max_bytes + 1, text);
	if (field == f->cur)
		f->cursor = (int)strlen(f->field[field].text);
}

void ui_form_focus(struct ui_form *f, int field)
{
	if (field < 0 || field >= f->n)
		return;
	f->cur = field;
	f->cursor = (int)strlen(f->field[field].text);
}

void ui_form_check_fit(struct ui_form *f, int field)
{
	struct ui_form_field *fl = &f->field[field];

	if (fl->dropped)
		snprintf(fl->error, sizeof(fl->error),
			 "%s holds at most %d characters and was given more: not saved; shorten "
			 "it by hand (Ctrl-U clears it)",
			 fl->label, fl->max_bytes);
}

void ui_form_trimmed(const struct ui_form *f, int field, char *dst, size_t size)
{
	size_t len;
	const char *t = text_trim(f->field[field].text, &len);

	if (len >= size)
		len = size - 1;
	memcpy(dst, t, len);
	dst[len] = '\0';
}

int ui_form_refuse(struct ui_form *f, struct ui_ctx *ctx)
{
	int err = ui_form_first_error(f);

	if (err < 0)
		return 0;
	ui_form_focus(f, err);
	ui_message(ctx, "not saved: %s", f->field[err].error);
	ctx->message_is_error = 1;
	return 1;
}

int ui_form_event_flags(struct ui_ctx *ctx, enum ui_form_event ev)
{
	switch (ev) {
	case UI_FORM_CANCEL:
		ui_message(ctx, "cancelled: nothing was saved");
		return UI_POP;
	case UI_FORM_IGNORED:
		return -1;
	default:
		return UI_REDRAW;
	}
}

int ui_form_view_action(void *state, struct ui_ctx *ctx, enum ui_action a, struct ui_rect r)
{
	(void)state;
	(void)ctx;
	(void)a;
	(void)r;
	return UI_NONE;
}

int ui_form_view_reload(void *state, struct ui_ctx *ctx)
{
	(void)state;
	(void)ctx;
	return UI_REDRAW;
}

int ui_form_first_error(const struct ui_form *f)
{
	for (int i = 0; i < f->n; i++)
		if (f->field[i].error[0])
			return i;
	return -1;
}

/* UTF-8: step over continuation bytes so the cursor sits on a character's first byte. */
static int prev_char(const char *s, int at)
{
	if (at <= 0)
		return 0;
	at--;
	while (at > 0 && ((unsigned char)s[at] & 0xc0) == 0x80)
		at--;
	return at;
}

static int next_char(const char *s, int at)
{
	int n = (int)strlen(s);

	if (at >= n)
		return n;
	at++;
	while (at < n && ((unsigned char)s[at] & 0xc0) == 0x80)
		at++;
	return at;
}

static enum ui_form_event insert(struct ui_form *f, int key)
{
	struct ui_form_field *fl = &f->field[f->cur];
	size_t len = strlen(fl->text), k;
	char mb[MB_LEN_MAX];
	mbstate_t st;

	memset(&st, 0, sizeof(st));
	k = wcrtomb(mb, (wchar_t)key, &st);
	if (k == (size_t)-1)
		return UI_FORM_MOVED;
	if (len + k > (size_t)fl->max_bytes) {
		fl->dropped++;
		snprintf(fl->error, sizeof(fl->error), "%s holds at most %d characters", fl->label,
			 fl->max_bytes);
		return UI_FORM_MOVED;
	}
	memmove(fl->text + f->cursor + k, fl->text + f->cursor, len - (size_t)f->cursor + 1);
	memcpy(fl->text + f->cursor, mb, k);
	f->cursor += (int)k;
	return UI_FORM_EDITED;
}

static void cut(struct ui_form_field *fl, int from, int to)
{
	memmove(fl->text + from, fl->text + to, strlen(fl->text + to) + 1);
}

enum ui_form_event ui_form_key(struct ui_form *f, int key, int is_char)
{
	struct ui_form_field *fl = &f->field[f->cur];
	enum ui_action a;

	if (f->n == 0)
		return UI_FORM_IGNORED;
	/* A printable character is text, whatever the key table says it does elsewhere. */
	if (is_char && key >= 0x20 && key != 127)
		return insert(f, key);
	a = ui_key_action(key, UI_SCOPE_FORM);
	switch (a) {
	case UI_ACT_FORM_SAVE:
		return UI_FORM_SAVE;
	case UI_ACT_FORM_CANCEL:
		return UI_FORM_CANCEL;
	case UI_ACT_FORM_NEXT:
		ui_form_focus(f, f->cur + 1 < f->n ? f->cur + 1 : 0);
		return UI_FORM_MOVED;
	case UI_ACT_FORM_PREV:
		ui_form_focus(f, f->cur > 0 ? f->cur - 1 : f->n - 1);
		return UI_FORM_MOVED;
	case UI_ACT_LEFT:
		f->cursor = prev_char(fl->text, f->cursor);
		return UI_FORM_MOVED;
	case UI_ACT_RIGHT:
		f->cursor = next_char(fl->text, f->cursor);
		return UI_FORM_MOVED;
	case UI_ACT_FIRST_COLUMN:
		f->cursor = 0;
		return UI_FORM_MOVED;
	case UI_ACT_LAST_COLUMN:
		f->cursor = (int)strlen(fl->text);
		return UI_FORM_MOVED;
	case UI_ACT_FORM_BACKSPACE:
		if (f->cursor == 0)
			return UI_FORM_MOVED;
		{
			int from = prev_char(fl->text, f->cursor);
			cut(fl, from, f->cursor);
			fl->dropped = 0;
			f->cursor = from;
		}
		return UI_FORM_EDITED;
	case UI_ACT_FORM_DELETE:
		if (!fl->text[f->cursor])
			return UI_FORM_MOVED;
		cut(fl, f->cursor, next_char(fl->text, f->cursor));
		fl->dropped = 0;
		return UI_FORM_EDITED;
	case UI_ACT_FORM_CLEAR:
		fl->text[0] = '\0';
		fl->dropped = 0;
		f->cursor = 0;
		return UI_FORM_EDITED;
	default:
		return UI_FORM_IGNORED;
	}
}

/* The field's text from the character that keeps the cursor in view, in w columns. */
static void draw_text(const struct ui_form *f, int i, int y, int x, int w)
{
	const struct ui_form_field *fl = &f->field[i];
	attr_t a = A_UNDERLINE | (fl->error[0] ? ui_attr(UI_ROLE_ERROR) : 0);
	int start = 0, cur = i == f->cur;
	char buf[UI_FORM_TEXT_MAX];

	/* Scroll by characters: the cursor stays within the last column. */
	if (cur) {
		int chars = 0;
		for (int k = start; k < f->cursor; k = next_char(fl->text, k))
			chars++;
		while (chars > w - 1) {
			start = next_char(fl->text, start);
			chars--;
		}
	}
	ui_fill(y, x, w, a);
	ui_put(y, x, w, a, fl->text + start);
	if (!cur)
		return;
	/* The cursor: the character under it (or a blank at the end), reversed. */
	int col = 0;
	for (int k = start; k < f->cursor; k = next_char(fl->text, k))
		col++;
	int end = next_char(fl->text, f->cursor);
	if (fl->text[f->cursor]) {
		memcpy(buf, fl->text + f->cursor, (size_t)(end - f->cursor));
		buf[end - f->cursor] = '\0';
	} else {
		strcpy(buf, " ");
	}
	if (col < w)
		ui_put(y, x + col, 1, A_REVERSE, buf);
}

void ui_form_draw(struct ui_form *f, struct ui_rect r, int label_w)
{
	int rows = r.h > 0 ? r.h : 1, text_w = r.w - label_w - 2, note_x, note_w;

	/* Room for the notes (what a number means, the day a date was read as) on 80 columns. */
	if (text_w > 60)
		text_w = 60;
	if (text_w > r.w - label_w - 2 - 32)
		text_w = r.w - label_w - 2 - 32;
	if (text_w < 8)
		text_w = 8;
	note_x = r.x + label_w + 2 + text_w + 1;
	note_w = r.x + r.w - note_x;
	if (f->cur < f->top)
		f->top = f->cur;
	if (f->cur >= f->top + rows)
		f->top = f->cur - rows + 1;
	for (int i = f->top; i < f->n && i < f->top + rows; i++) {
		const struct ui_form_field *fl = &f->field[i];
		int y = r.y + (i - f->top);
		attr_t la = i == f->cur ? A_BOLD : 0;
		char label[64];

		snprintf(label, sizeof(label), "%s%s", fl->label, fl->error[0] ? " !" : "");
		ui_put_pad(y, r.x, label_w, fl->error[0] ? ui_attr(UI_ROLE_ERROR) | la : la, label, 1);
		draw_text(f, i, y, r.x + label_w + 2, text_w);
		if (note_w > 4 && fl->note[0])
			ui_put(y, note_x, note_w, ui_attr(UI_ROLE_DIM), fl->note);
	}
}
