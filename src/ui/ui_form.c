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
	memcpy(fl->orig, fl->text, sizeof(fl->orig));
	return f->n++;
}

void ui_form_lock(struct ui_form *f, int field)
{
	if (field >= 0 && field < f->n)
		f->field[field].locked = 1;
}

int ui_form_changed(const struct ui_form *f)
{
	for (int i = 0; i < f->n; i++)
		if (strcmp(f->field[i].text, f->field[i].orig))
			return 1;
	return 0;
}

void ui_form_theirs(struct ui_form *f, int field, const char *text)
{
	struct ui_form_field *fl;

	if (field < 0 || field >= f->n)
		return;
	fl = &f->field[field];
	text_copy(fl->theirs, sizeof(fl->theirs), text);
	fl->conflict = strcmp(fl->theirs, fl->orig) != 0;
}

/* "Risk, Likelihood": the labels of the fields that pass, into names. */
static int list_fields(const struct ui_form *f, int (*pass)(const struct ui_form_field *),
		       char *names, size_t size)
{
	int n = 0;

	names[0] = '\0';
	for (int i = 0; i < f->n; i++) {
		size_t len = strlen(names);
		if (!pass(&f->field[i]))
			continue;
		snprintf(names + len, size - len, "%s%s", n ? ", " : "", f->field[i].label);
		n++;
	}
	return n;
}

static int in_conflict(const struct ui_form_field *fl)
{
	return fl->conflict;
}

static int typed(const struct ui_form_field *fl)
{
	return strcmp(fl->text, fl->orig) != 0;
}

int ui_form_conflicts(const struct ui_form *f, char *names, size_t size)
{
	return list_fields(f, in_conflict, names, size);
}

void ui_form_take_theirs(struct ui_form *f, char *names, size_t size)
{
	for (int i = 0; i < f->n; i++) {
		struct ui_form_field *fl = &f->field[i];
		if (!fl->conflict)
			continue;
		if (!typed(fl))
			text_copy(fl->text, (size_t)fl->max_bytes + 1, fl->theirs);
		memcpy(fl->orig, fl->theirs, sizeof(fl->orig));
		fl->conflict = 0;
	}
	if ((size_t)f->cursor > strlen(f->field[f->cur].text))
		f->cursor = (int)strlen(f->field[f->cur].text);
	list_fields(f, typed, names, size);
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

void ui_form_show_theirs(struct ui_form *f, const struct ui_form *theirs, struct ui_ctx *ctx,
			 const char *what)
{
	char names[256];

	for (int i = 0; i < f->n && i < theirs->n; i++)
		ui_form_theirs(f, i, theirs->field[i].text);
	ui_form_conflicts(f, names, sizeof(names));
	ui_message(ctx, "%s was changed by someone else meanwhile (%s); nothing was saved: "
			"Ctrl-R takes their version and keeps what you typed",
		   what, names[0] ? names : "fields this form does not show");
	ctx->message_is_error = 1;
}

void ui_form_take_theirs_saying(struct ui_form *f, struct ui_ctx *ctx, const char *what)
{
	char kept[256];

	ui_form_take_theirs(f, kept, sizeof(kept));
	if (kept[0])
		ui_message(ctx, "took theirs for %s, kept what you typed: %s; F2 saves", what, kept);
	else
		ui_message(ctx, "took theirs for %s; nothing you typed differs from it", what);
}

void ui_form_conflict_line(const struct ui_form *f, char *buf, size_t size)
{
	char names[256];

	ui_form_conflicts(f, names, sizeof(names));
	snprintf(buf, size, "Changed meanwhile: %s (theirs beside yours); Ctrl-R takes theirs and "
		 "keeps what you typed", names[0] ? names : "fields not shown here");
}

int ui_form_refuse(struct ui_form *f, struct ui_ctx *ctx)
{
	int err;

	/* An owner's check may have cleared it: a paste cut short is never saved. */
	for (int i = 0; i < f->n; i++)
		ui_form_check_fit(f, i);
	err = ui_form_first_error(f);

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
	case UI_FORM_QUIT:
		return UI_QUIT;
	case UI_FORM_THEIRS:
		ui_message(ctx, "nothing to take: Ctrl-R takes a colleague's version after a refused "
				"save");
		return UI_REDRAW;
	case UI_FORM_LOCKED:
		ui_message(ctx, "this field is longer in the file than the form holds, so it is kept "
				"as it is here: change it by import");
		ctx->message_is_error = 1;
		return UI_REDRAW;
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

enum { ASK_CLOSE = 1, ASK_QUIT };

/* The answer to "discard changes?": y discards, any other key goes back to the form. */
static enum ui_form_event answer(struct ui_form *f, int key, int is_char)
{
	int why = f->asking;

	f->asking = 0;
	if (is_char && (key == 'y' || key == 'Y'))
		return why == ASK_QUIT ? UI_FORM_QUIT : UI_FORM_CANCEL;
	return UI_FORM_MOVED;
}

/* Leaving the form: at once when nothing was changed, else after asking. */
static enum ui_form_event leave(struct ui_form *f, int why)
{
	if (!ui_form_changed(f))
		return why == ASK_QUIT ? UI_FORM_IGNORED : UI_FORM_CANCEL;
	f->asking = why;
	return UI_FORM_MOVED;
}

static int edits(enum ui_action a)
{
	return a == UI_ACT_FORM_BACKSPACE || a == UI_ACT_FORM_DELETE || a == UI_ACT_FORM_CLEAR;
}

enum ui_form_event ui_form_key(struct ui_form *f, int key, int is_char)
{
	struct ui_form_field *fl = &f->field[f->cur];
	enum ui_action a;

	if (f->n == 0)
		return UI_FORM_IGNORED;
	if (f->asking)
		return answer(f, key, is_char);
	if (key == UI_KEY_INTERRUPT && !is_char)
		return leave(f, ASK_CLOSE);
	/* A printable character is text, whatever the key table says it does elsewhere. */
	if (is_char && key >= 0x20 && key != 127)
		return fl->locked ? UI_FORM_LOCKED : insert(f, key);
	a = ui_key_action(key, UI_SCOPE_FORM);
	if (fl->locked && edits(a))
		return UI_FORM_LOCKED;
	if (a == UI_ACT_NONE && ui_key_action(key, UI_SCOPE_GLOBAL) == UI_ACT_QUIT)
		return leave(f, ASK_QUIT);
	switch (a) {
	case UI_ACT_FORM_SAVE:
		return UI_FORM_SAVE;
	case UI_ACT_FORM_CANCEL:
		return leave(f, ASK_CLOSE);
	case UI_ACT_FORM_THEIRS:
		return UI_FORM_THEIRS;
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

/* Beside a field: the question being asked, a colleague's value, what a locked field is,
 * or the owner's note. */
static void draw_note(const struct ui_form *f, int i, int y, int x, int w)
{
	const struct ui_form_field *fl = &f->field[i];
	char buf[UI_FORM_TEXT_MAX + 16];

	if (w <= 4)
		return;
	if (f->asking && i == f->cur) {
		ui_put(y, x, w, ui_attr(UI_ROLE_ERROR), "discard changes? y/n");
	} else if (fl->conflict) {
		snprintf(buf, sizeof(buf), "theirs: %s", fl->theirs[0] ? fl->theirs : "(empty)");
		ui_put(y, x, w, ui_attr(UI_ROLE_ERROR), buf);
	} else if (fl->note[0]) {
		ui_put(y, x, w, ui_attr(UI_ROLE_DIM), fl->note);
	} else if (fl->locked) {
		ui_put(y, x, w, ui_attr(UI_ROLE_DIM), "longer in the file: kept");
	}
}

void ui_form_draw(struct ui_form *f, struct ui_rect r, int label_w)
{
	int rows = r.h > 0 ? r.h : 1, text_w = r.w - label_w - 2, note_x;

	/* Room for the notes (what a number means, the day a date was read as) on 80 columns. */
	if (text_w > 60)
		text_w = 60;
	if (text_w > r.w - label_w - 2 - 32)
		text_w = r.w - label_w - 2 - 32;
	if (text_w < 8)
		text_w = 8;
	note_x = r.x + label_w + 2 + text_w + 1;
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
		draw_note(f, i, y, note_x, r.x + r.w - note_x);
	}
}
