/* Personal preferences: how one person likes the workbench (theme, mouse, keys), as opposed to
 * the shared settings (settings.h) everybody using a file must agree on.  They live in the
 * person's own file, $XDG_CONFIG_HOME/pmwb/config (else ~/.config/pmwb/config), one per line:
 *
 *     theme light
 *     mouse off
 *     bind down j Down
 *
 * the same "NAME VALUE" a `pmwb config set` takes.  One table describes each preference; this
 * module parses a line and knows a good value.  Which keys exist is the workbench's business:
 * a binding is kept as the words written, and checked where the key table lives. */
#ifndef PMWB_PREFS_H
#define PMWB_PREFS_H

#include <stddef.h>

#include "pmwb/error.h"

/* id, name, the words it may be (the first is the default), help */
#define PMWB_PREF_LIST(X)                                                                     \
	X(THEME, "theme", "dark light 8 mono",                                                \
	  "colours: dark (for a dark background), light (for a light one), 8 (eight colours "  \
	  "only) or mono (none); NO_COLOR and PMWB_THEME override it")                         \
	X(MOUSE, "mouse", "on off",                                                           \
	  "on: clicks select and the wheel scrolls; off: the terminal keeps the mouse, for "   \
	  "its own copy and paste")

enum pref_id {
#define PMWB_PREF_ENUM(id, name, words, help) PREF_##id,
	PMWB_PREF_LIST(PMWB_PREF_ENUM)
#undef PMWB_PREF_ENUM
	PREF_COUNT
};

enum pref_theme { PREF_THEME_DARK, PREF_THEME_LIGHT, PREF_THEME_8, PREF_THEME_MONO };
enum pref_mouse { PREF_MOUSE_ON, PREF_MOUSE_OFF };

#define PREFS_BINDINGS_MAX 64
#define PREFS_BIND_KEYS_MAX 4
#define PREFS_WORD_MAX 24
#define PREFS_PATH_MAX 1024

/* "bind ACTION KEY..." as written; the workbench resolves the names. */
struct pref_binding {
	char action[PREFS_WORD_MAX];
	char keys[PREFS_BIND_KEYS_MAX][PREFS_WORD_MAX];
	int nkeys;
	int line;
};

struct pmwb_prefs {
	int value[PREF_COUNT]; /* the index of the value among the preference's words */
	struct pref_binding binding[PREFS_BINDINGS_MAX];
	int nbindings;
	char path[PREFS_PATH_MAX]; /* the file read ("" when there was none) */
	char shown[PREFS_PATH_MAX]; /* the same as people write it: ~/.config/pmwb/config */
	/* "" when every line was good, else the first bad line as "FILE:LINE: sentence", and
	 * how many more there were; the bad lines are ignored, the rest applies. */
	char problem[PREFS_PATH_MAX + PMWB_ERR_MSG_MAX];
	int bad_lines;
};

void prefs_default(struct pmwb_prefs *p);
/* The preference called name (any case); -1 when there is none. */
int prefs_find(const char *name);
const char *prefs_name(enum pref_id id);
const char *prefs_help(enum pref_id id);
/* The words a preference may be, space-separated, the default first. */
const char *prefs_words(enum pref_id id);
/* The word of the value the preference has in p. */
void prefs_value_word(const struct pmwb_prefs *p, enum pref_id id, char *buf, size_t size);

/* Applies one line of the file (comments and blank lines do nothing); the error says what is
 * wrong with it, without the place, which the caller knows. */
enum pmwb_status prefs_apply_line(struct pmwb_prefs *p, const char *line, int lineno,
				  struct pmwb_error *e);
/* Records a bad line in p->problem ("FILE:LINE: message", FILE as shown) and counts it. */
void prefs_note_problem(struct pmwb_prefs *p, int lineno, const char *message);

#endif
