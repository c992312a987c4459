/* Colours and themes in one place: the panes name roles, this file decides attributes. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "pmwb/prefs.h"
#include "ui_draw.h"

static enum ui_theme_kind theme = UI_THEME_MONO;
static attr_t attrs[UI_ROLE_COUNT];

struct role_colour {
	short fg8, bg8;   /* the 8-colour palette (-1: terminal default) */
	short fg256, bg256;
	attr_t extra;     /* added in colour themes */
	attr_t mono;      /* the whole attribute without colour */
};

/* Phase cells are a letter on a colour so a plan reads at a glance; without colour the
 * letter alone carries it.  Band and RAG cells are coloured text. */
static const struct role_colour roles[UI_ROLE_COUNT] = {
	[UI_ROLE_NORMAL] = {-1, -1, -1, -1, 0, 0},
	[UI_ROLE_TOPBAR] = {COLOR_WHITE, COLOR_BLUE, 255, 24, 0, A_REVERSE},
	[UI_ROLE_TAB] = {COLOR_WHITE, COLOR_BLUE, 252, 24, 0, A_REVERSE},
	[UI_ROLE_TAB_ACTIVE] = {COLOR_BLACK, COLOR_CYAN, 16, 117, A_BOLD, A_BOLD | A_UNDERLINE},
	[UI_ROLE_KEYBAR] = {-1, -1, -1, -1, 0, 0},
	[UI_ROLE_KEYBAR_KEY] = {COLOR_BLACK, COLOR_CYAN, 16, 117, 0, A_REVERSE},
	[UI_ROLE_MESSAGE] = {-1, -1, -1, -1, 0, 0},
	[UI_ROLE_ERROR] = {COLOR_WHITE, COLOR_RED, 231, 124, A_BOLD, A_BOLD | A_REVERSE},
	[UI_ROLE_HEADER] = {COLOR_YELLOW, -1, 223, -1, A_BOLD, A_BOLD | A_UNDERLINE},
	[UI_ROLE_SELECTED] = {COLOR_BLACK, COLOR_WHITE, 16, 153, 0, A_REVERSE},
	[UI_ROLE_GROUP] = {COLOR_CYAN, -1, 117, -1, A_BOLD, A_BOLD},
	[UI_ROLE_DIM] = {COLOR_BLUE, -1, 244, -1, 0, A_DIM},
	[UI_ROLE_PHASE_S] = {COLOR_BLACK, COLOR_BLUE, 16, 111, 0, 0},
	[UI_ROLE_PHASE_D] = {COLOR_BLACK, COLOR_CYAN, 16, 80, 0, 0},
	[UI_ROLE_PHASE_P] = {COLOR_BLACK, COLOR_MAGENTA, 16, 176, 0, 0},
	[UI_ROLE_PHASE_I] = {COLOR_BLACK, COLOR_GREEN, 16, 114, 0, A_BOLD},
	[UI_ROLE_PHASE_R] = {COLOR_BLACK, COLOR_YELLOW, 16, 222, 0, 0},
	[UI_ROLE_MILESTONE] = {COLOR_RED, -1, 203, -1, A_BOLD, A_BOLD},
	[UI_ROLE_TODAY] = {COLOR_RED, -1, 203, -1, A_BOLD, A_BOLD},
	[UI_ROLE_BAND0] = {COLOR_GREEN, -1, 114, -1, A_BOLD, A_BOLD},
	[UI_ROLE_BAND1] = {COLOR_YELLOW, -1, 221, -1, A_BOLD, A_BOLD},
	[UI_ROLE_BAND2] = {COLOR_MAGENTA, -1, 208, -1, A_BOLD, A_BOLD},
	[UI_ROLE_BAND3] = {COLOR_WHITE, COLOR_RED, 231, 160, A_BOLD, A_BOLD | A_REVERSE},
	[UI_ROLE_RAG_GREEN] = {COLOR_BLACK, COLOR_GREEN, 16, 114, 0, 0},
	[UI_ROLE_RAG_AMBER] = {COLOR_BLACK, COLOR_YELLOW, 16, 214, 0, A_BOLD},
	[UI_ROLE_RAG_RED] = {COLOR_WHITE, COLOR_RED, 231, 160, A_BOLD, A_BOLD | A_REVERSE},
	[UI_ROLE_OVERDUE] = {COLOR_WHITE, COLOR_RED, 231, 160, A_BOLD, A_BOLD | A_REVERSE},
};

/* On a light background the dark theme's pale text (light yellow headings, pale cyan groups,
 * grey) is hard to read: these roles take darker colours there (0: as in the dark theme). */
static const short light_fg256[UI_ROLE_COUNT] = {
	[UI_ROLE_HEADER] = 94,    [UI_ROLE_GROUP] = 25,     [UI_ROLE_DIM] = 240,
	[UI_ROLE_MILESTONE] = 160, [UI_ROLE_TODAY] = 160,   [UI_ROLE_BAND0] = 28,
	[UI_ROLE_BAND1] = 136,    [UI_ROLE_BAND2] = 166,
};
static const short light_fg8[UI_ROLE_COUNT] = {
	[UI_ROLE_HEADER] = COLOR_BLUE, [UI_ROLE_GROUP] = COLOR_BLUE, [UI_ROLE_BAND1] = COLOR_RED,
};

/* The theme asked for: PMWB_THEME when it names one, else the preference. */
static int wanted_theme(int preference)
{
	static const char *const names[] = {"dark", "light", "8", "mono"};
	const char *want = getenv("PMWB_THEME");

	for (int i = 0; want && i < 4; i++)
		if (strcmp(want, names[i]) == 0)
			return i;
	return preference;
}

void ui_theme_init(int preference)
{
	const char *no_color = getenv("NO_COLOR");
	int want = wanted_theme(preference), light = want == PREF_THEME_LIGHT;

	theme = UI_THEME_MONO;
	/* no-color.org: set to anything non-empty means no colour. */
	if (!(no_color && *no_color) && want != PREF_THEME_MONO && has_colors()) {
		start_color();
		use_default_colors();
		theme = COLORS >= 256 && want != PREF_THEME_8 ? UI_THEME_256 : UI_THEME_8;
		if (COLOR_PAIRS < UI_ROLE_COUNT)
			theme = UI_THEME_MONO;
	}
	for (int r = 0; r < UI_ROLE_COUNT; r++) {
		const struct role_colour *c = &roles[r];
		if (theme == UI_THEME_MONO) {
			attrs[r] = c->mono;
			continue;
		}
		short fg = theme == UI_THEME_256 ? c->fg256 : c->fg8;
		short bg = theme == UI_THEME_256 ? c->bg256 : c->bg8;
		short lfg = theme == UI_THEME_256 ? light_fg256[r] : light_fg8[r];
		if (light && lfg)
			fg = lfg;
		if (fg < 0 && bg < 0) {
			attrs[r] = c->extra;
			continue;
		}
		init_pair((short)(r + 1), fg, bg);
		attrs[r] = COLOR_PAIR(r + 1) | c->extra;
	}
}

enum ui_theme_kind ui_theme(void)
{
	return theme;
}

attr_t ui_attr(enum ui_role role)
{
	return (unsigned)role < UI_ROLE_COUNT ? attrs[role] : 0;
}

enum ui_role ui_phase_role(char letter)
{
	switch (letter) {
	case 'S':
		return UI_ROLE_PHASE_S;
	case 'D':
		return UI_ROLE_PHASE_D;
	case 'P':
		return UI_ROLE_PHASE_P;
	case 'I':
		return UI_ROLE_PHASE_I;
	case 'R':
		return UI_ROLE_PHASE_R;
	default:
		return UI_ROLE_NORMAL;
	}
}

enum ui_role ui_band_role(int band)
{
	if (band < 0)
		return UI_ROLE_NORMAL;
	if (band > 3)
		band = 3;
	return (enum ui_role)(UI_ROLE_BAND0 + band);
}
