/* The view interface every pane implements (one file per pane under src/ui/), and the shell
 * context the panes share.  Private to ui/: it names curses types. */
#ifndef PMWB_UI_VIEW_H
#define PMWB_UI_VIEW_H

#include "pmwb/error.h"
#include "pmwb/fy.h"
#include "pmwb/store_query.h"
#include "ui_keys.h"

struct store;
struct pmwb_prefs;

/* What a handler asks the loop to do; only the loop draws (one doupdate() per key). */
enum ui_flags {
	UI_NONE = 0,
	UI_REDRAW = 1 << 0, /* draw again from the pane's current rows */
	UI_RELOAD = 1 << 1, /* the pane re-reads its rows from the store, then draws */
	UI_QUIT = 1 << 2,
	UI_POP = 1 << 3,    /* close this view (a drill-in or help) and return to the one below */
};

struct ui_rect {
	int y, x, h, w;
};

/* Where the shell should go after a handler returns (a drill-in that crosses panes). */
struct ui_jump {
	int pane;               /* -1: none */
	long long programme_id; /* the Gantt opens at this programme ... */
	long long project_id;   /* ... and this project (0: the group row) */
};

struct ui_view_ops;

/* The shell's state that every pane may read; panes change it only through the helpers. */
struct ui_ctx {
	struct store *st;
	const char *db_label;
	struct store_session_info info;
	fy_quarter today_q;     /* "this quarter": from $PMWB_TODAY or the clock, movable */
	fy_quarter real_today_q;
	fy_month today_month;   /* the month of "today" (moves with it, three at a time) */
	int utf8;               /* the locale is UTF-8: £, box drawing and markers */
	int read_only;          /* the file may not be written: a banner, and no edits */
	const struct pmwb_prefs *prefs; /* the person's, as read at start */
	char message[256];      /* the message line */
	int message_is_error;
	struct ui_jump jump;
	unsigned generation;    /* bumped when "today" moves or on R: open panes reload */
	unsigned data_generation; /* bumped on R only: what panes remember may be stale */
	/* Views pushed by a pane (drill-in); the shell owns the stack. */
	const struct ui_view_ops *push_ops;
	long long push_arg;
};

enum ui_search_how {
	UI_SEARCH_TYPE,   /* the pattern changed while typing: find from where the search began */
	UI_SEARCH_ACCEPT, /* Enter: keep the match */
	UI_SEARCH_CANCEL, /* Esc: go back to where the search began */
	UI_SEARCH_NEXT,   /* n */
	UI_SEARCH_PREV,   /* N */
};

struct ui_view_ops {
	const char *name;  /* for the help pane and the tab */
	unsigned scope;    /* which key-table entries apply (UI_SCOPE_*) */
	/* Create the pane's state (arg: what a drill-in passes, e.g. a programme id). */
	enum pmwb_status (*open)(struct ui_ctx *ctx, long long arg, void **state,
				 struct pmwb_error *e);
	void (*close)(void *state);
	/* Re-read rows from the store (data, filter, sort or "today" changed). */
	int (*reload)(void *state, struct ui_ctx *ctx);
	/* Draw into the rectangle; may fetch rows when the rectangle grew. */
	void (*draw)(void *state, struct ui_ctx *ctx, struct ui_rect r);
	/* Handle an action from the key table; returns UI_* flags. */
	int (*action)(void *state, struct ui_ctx *ctx, enum ui_action a, struct ui_rect r);
	/* A click at screen coordinates inside r (NULL: ignored). */
	int (*click)(void *state, struct ui_ctx *ctx, int y, int x, struct ui_rect r);
	/* Incremental search and filter (NULL: the pane has none). */
	int (*search)(void *state, struct ui_ctx *ctx, const char *text, enum ui_search_how how,
		      struct ui_rect r);
	int (*filter)(void *state, struct ui_ctx *ctx, const char *text);
	/* What the filter line understands, shown in the prompt until the user types. */
	const char *filter_words;
	/* Go to a programme or project another view pointed at (NULL: ignored). */
	int (*jump)(void *state, struct ui_ctx *ctx, const struct ui_jump *j, struct ui_rect r);
	/* A view that takes typed text (a form) sees each key before the key table, with
	 * is_char set for a character; it returns UI_* flags, or -1 to let the table have the
	 * key (NULL: the table has every key). */
	int (*key)(void *state, struct ui_ctx *ctx, int key, int is_char, struct ui_rect r);
	/* The scope whose keys the key bar shows now, a mode's (NULL: scope). */
	unsigned (*bar_scope)(void *state);
	/* The title shown in the top bar tab's place when this view is pushed (NULL: name). */
	const char *(*title)(void *state);
	/* One line of help about this view for the help pane. */
	const char *help;
};

/* Message line: confirmations and, with ui_error, errors as one sentence. */
void ui_message(struct ui_ctx *ctx, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void ui_error(struct ui_ctx *ctx, const struct pmwb_error *e);
/* Every edit starts here: on a file opened read-only it fills e with the sentence saying
 * so and returns its status, else PMWB_OK. */
enum pmwb_status ui_check_writable(const struct ui_ctx *ctx, struct pmwb_error *e);
/* Show a message at once, before a wait the user should know about (a handler's one
 * exception to "only the loop draws"); the next draw replaces it. */
void ui_notice_now(struct ui_ctx *ctx, const char *text);

/* The panes behind the tabs, in tab order, and the views they push. */
extern const struct ui_view_ops ui_programmes_ops;
extern const struct ui_view_ops ui_progdetail_ops;
extern const struct ui_view_ops ui_gantt_ops;
extern const struct ui_view_ops ui_risks_ops;
extern const struct ui_view_ops ui_qipp_ops;
extern const struct ui_view_ops ui_help_ops;
extern const struct ui_view_ops ui_settings_ops;

#endif
