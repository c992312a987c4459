/* Text drawing: display widths, cutting with an ellipsis, glyphs with ASCII fallbacks. */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "ui_draw.h"

static int utf8_mode;

static const char *const glyphs[UI_G_COUNT][2] = {
	/* ASCII, UTF-8 */
	[UI_G_MILESTONE] = {"*", "\u25c6"},
	[UI_G_TODAY] = {"v", "\u25bc"},
	[UI_G_VLINE] = {"|", "\u2502"},
	[UI_G_POUND] = {"GBP", "\u00a3"},
	[UI_G_ELLIPSIS] = {"~", "\u2026"},
	[UI_G_FOLDED] = {"+", "\u25b8"},
	[UI_G_UNFOLDED] = {"-", "\u25be"},
	[UI_G_HLINE] = {"-", "\u2500"},
	[UI_G_BULLET] = {"*", "\u2022"},
	[UI_G_OVERDUE] = {"!", "\u203c"},
};

void ui_draw_set_utf8(int utf8)
{
	utf8_mode = utf8;
}

int ui_draw_utf8(void)
{
	return utf8_mode;
}

const char *ui_glyph(enum ui_glyph g)
{
	return (unsigned)g < UI_G_COUNT ? glyphs[g][utf8_mode ? 1 : 0] : "?";
}

/* Next character of s: its byte length and display width.  Outside a UTF-8 locale every
 * non-ASCII byte run of a character shows as one '?'. */
static void next_char(const char *s, int *bytes, int *width)
{
	mbstate_t st;
	wchar_t wc;
	size_t n;

	if ((unsigned char)*s < 0x80) {
		*bytes = 1;
		*width = (unsigned char)*s < 0x20 ? 1 : 1;
		return;
	}
	if (!utf8_mode) {
		/* Skip the UTF-8 continuation bytes so "£" is one '?', not two. */
		int k = 1;
		while (((unsigned char)s[k] & 0xc0) == 0x80)
			k++;
		*bytes = k;
		*width = 1;
		return;
	}
	memset(&st, 0, sizeof(st));
	n = mbrtowc(&wc, s, strlen(s), &st);
	if (n == (size_t)-1 || n == (size_t)-2 || n == 0) {
		*bytes = 1;
		*width = 1;
		return;
	}
	*bytes = (int)n;
	*width = wcwidth(wc);
	if (*width < 0)
		*width = 1;
}

int ui_text_width(const char *s)
{
	int w = 0, b, cw;

	while (*s) {
		next_char(s, &b, &cw);
		w += cw;
		s += b;
	}
	return w;
}

/* Emit one character (b bytes at s) at the cursor. */
static void emit(const char *s, int b)
{
	unsigned char c = (unsigned char)*s;

	if (c < 0x20 || c == 0x7f)
		addch(' ');
	else if (c < 0x80)
		addch(c);
	else if (!utf8_mode)
		addch('?');
	else
		addnstr(s, b);
}

int ui_put(int y, int x, int w, attr_t a, const char *s)
{
	int used = 0, b, cw;
	int total;

	if (w <= 0 || !s)
		return 0;
	total = ui_text_width(s);
	move(y, x);
	attr_set(a, PAIR_NUMBER(a), NULL);
	while (*s) {
		next_char(s, &b, &cw);
		if (total > w && used + cw > w - 1) {
			addstr(ui_glyph(UI_G_ELLIPSIS));
			used++;
			break;
		}
		if (used + cw > w)
			break;
		emit(s, b);
		used += cw;
		s += b;
	}
	attr_set(A_NORMAL, 0, NULL);
	return used;
}

void ui_fill(int y, int x, int w, attr_t a)
{
	if (w <= 0)
		return;
	move(y, x);
	attr_set(a, PAIR_NUMBER(a), NULL);
	for (int i = 0; i < w; i++)
		addch(' ');
	attr_set(A_NORMAL, 0, NULL);
}

void ui_put_pad(int y, int x, int w, attr_t a, const char *s, int right)
{
	int tw = ui_text_width(s);

	if (w <= 0)
		return;
	if (right && tw < w) {
		ui_fill(y, x, w - tw, a);
		ui_put(y, x + w - tw, tw, a, s);
		return;
	}
	int used = ui_put(y, x, w, a, s);
	ui_fill(y, x + used, w - used, a);
}

int ui_wrap(int y, int x, int w, int h, attr_t a, const char *s)
{
	int rows = 0;
	char line[1024];

	if (w <= 0)
		return 0;
	while (*s && rows < h) {
		int used = 0, len = 0, last_space = -1, last_space_w = 0, b, cw;
		const char *p = s;
		while (*p && *p != '\n') {
			next_char(p, &b, &cw);
			if (used + cw > w)
				break;
			if (*p == ' ') {
				last_space = len;
				last_space_w = used;
			}
			if (len + b >= (int)sizeof(line) - 1)
				break;
			memcpy(line + len, p, (size_t)b);
			len += b;
			used += cw;
			p += b;
		}
		if (*p && *p != '\n' && last_space > 0) {
			len = last_space;
			p = s + last_space + 1;
			(void)last_space_w;
		} else if (*p == '\n') {
			p++;
		}
		line[len] = '\0';
		/* The last row cuts with an ellipsis when text is left over. */
		if (rows == h - 1 && *p) {
			char both[2048];
			snprintf(both, sizeof(both), "%s %s", line, p);
			ui_put(y + rows, x, w, a, both);
		} else {
			ui_put(y + rows, x, w, a, line);
		}
		rows++;
		s = p;
		while (*s == ' ')
			s++;
	}
	return rows;
}
