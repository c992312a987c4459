/* Drawing helpers for the panes: text cut to a display width (UTF-8 aware, ASCII fallback),
 * the glyphs that differ between UTF-8 and ASCII terminals, and the colour roles. */
#ifndef PMWB_UI_DRAW_H
#define PMWB_UI_DRAW_H

#include <curses.h>

enum ui_role {
	UI_ROLE_NORMAL,
	UI_ROLE_TOPBAR,
	UI_ROLE_TAB,
	UI_ROLE_TAB_ACTIVE,
	UI_ROLE_KEYBAR,
	UI_ROLE_KEYBAR_KEY,
	UI_ROLE_MESSAGE,
	UI_ROLE_ERROR,
	UI_ROLE_HEADER,
	UI_ROLE_SELECTED,
	UI_ROLE_GROUP,
	UI_ROLE_DIM,
	UI_ROLE_PHASE_S,
	UI_ROLE_PHASE_D,
	UI_ROLE_PHASE_P,
	UI_ROLE_PHASE_I,
	UI_ROLE_PHASE_R,
	UI_ROLE_MILESTONE,
	UI_ROLE_TODAY,
	UI_ROLE_BAND0, /* bands in order, lowest first; higher bands reuse the last */
	UI_ROLE_BAND1,
	UI_ROLE_BAND2,
	UI_ROLE_BAND3,
	UI_ROLE_RAG_GREEN,
	UI_ROLE_RAG_AMBER,
	UI_ROLE_RAG_RED,
	UI_ROLE_OVERDUE, /* a milestone not done and due before today */
	UI_ROLE_COUNT
};

enum ui_theme_kind { UI_THEME_MONO, UI_THEME_8, UI_THEME_256 };

/* After initscr: colours when the terminal has them, unless NO_COLOR is set (any value) or
 * the theme (PMWB_THEME, else the preference: a pref_theme) is mono; 8 forces the 8-colour
 * palette; light suits a light background. */
void ui_theme_init(int preference);
enum ui_theme_kind ui_theme(void);
attr_t ui_attr(enum ui_role role);
enum ui_role ui_phase_role(char letter);
enum ui_role ui_band_role(int band);

enum ui_glyph {
	UI_G_MILESTONE,
	UI_G_TODAY,
	UI_G_VLINE,
	UI_G_POUND,
	UI_G_ELLIPSIS,
	UI_G_FOLDED,
	UI_G_UNFOLDED,
	UI_G_HLINE,
	UI_G_BULLET,
	UI_G_OVERDUE,
	UI_G_COUNT
};

void ui_draw_set_utf8(int utf8);
int ui_draw_utf8(void);
const char *ui_glyph(enum ui_glyph g);

/* Display width of s (non-UTF-8 locales count every non-ASCII character as one '?'). */
int ui_text_width(const char *s);

/* Write s at (y, x) in at most w columns with attribute a, cutting with an ellipsis; returns
 * the columns written.  ui_put_pad fills the rest of w with blanks (right-aligned when
 * right is set). */
int ui_put(int y, int x, int w, attr_t a, const char *s);
void ui_put_pad(int y, int x, int w, attr_t a, const char *s, int right);
void ui_fill(int y, int x, int w, attr_t a);

/* Word-wrap s into the rectangle starting at row y; returns the rows used (at most h). */
int ui_wrap(int y, int x, int w, int h, attr_t a, const char *s);

#endif
