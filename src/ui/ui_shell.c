/* The workbench shell: curses setup and teardown, signals, the main loop, the top bar, key
 * bar and message line, the search/filter prompt, and the stack of views in each pane.
 * Handlers return flags; only this loop draws, with one doupdate() per turn. */
#include "config.h"

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "pmwb/prefs_file.h"
#include "pmwb/store.h"
#include "pmwb/text.h"
#include "pmwb/ui.h"
#include "ui_draw.h"
#include "ui_undo.h"
#include "ui_view.h"

#define UI_MIN_W 60
#define UI_MIN_H 12
#define UI_PANES 4
#define UI_STACK 6
#define UI_PROMPT_MAX 128

/* Set by the handler, acted on by the loop: no curses call is safe in a signal handler. */
static volatile sig_atomic_t ui_signal;

static void on_signal(int signo)
{
	ui_signal = signo;
}

struct ui_slot {
	const struct ui_view_ops *ops;
	void *state;
	unsigned generation;
};

struct ui_pane {
	int depth; /* views on the stack; 0 until first shown */
	struct ui_slot stack[UI_STACK];
};

struct ui_prompt {
	int active; /* 0, '/' or 'f' */
	char text[UI_PROMPT_MAX];
};

struct ui_shell {
	struct ui_ctx ctx;
	struct ui_pane pane[UI_PANES];
	int current;
	struct ui_prompt prompt;
	int tab_x[UI_PANES + 1]; /* where each tab starts on the top bar, for clicks */
	int too_small;
	long long theirs, ours; /* the file's data version as the panes last read it */
	struct pmwb_prefs prefs;
};

static const struct ui_view_ops *const pane_root[UI_PANES] = {
	&ui_programmes_ops,
	&ui_gantt_ops,
	&ui_risks_ops,
	&ui_qipp_ops,
};

void ui_message(struct ui_ctx *ctx, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(ctx->message, sizeof(ctx->message), fmt, ap);
	va_end(ap);
	ctx->message_is_error = 0;
}

void ui_notice_now(struct ui_ctx *ctx, const char *text)
{
	ui_message(ctx, "%s", text);
	if (COLS < UI_MIN_W || LINES < UI_MIN_H)
		return;
	ui_fill(LINES - 1, 0, COLS, ui_attr(UI_ROLE_MESSAGE));
	ui_put(LINES - 1, 0, COLS, ui_attr(UI_ROLE_MESSAGE), ctx->message);
	wnoutrefresh(stdscr);
	doupdate();
}

void ui_error(struct ui_ctx *ctx, const struct pmwb_error *e)
{
	char buf[PMWB_ERR_MSG_MAX + PMWB_ERR_FILE_MAX + 64];

	err_format(e, buf, sizeof(buf));
	/* The message line shows what fits; the sentence leads with what went wrong. */
	text_copy(ctx->message, sizeof(ctx->message), buf);
	ctx->message_is_error = 1;
}

enum pmwb_status ui_check_writable(const struct ui_ctx *ctx, struct pmwb_error *e)
{
	if (!ctx->read_only)
		return PMWB_OK;
	return err_set(e, PMWB_DB,
		       "%s is read-only: nothing can be changed here; ask its owner for write "
		       "access, or work on a copy",
		       ctx->db_label);
}

static struct ui_rect main_rect(void)
{
	struct ui_rect r = {.y = 1, .x = 0, .h = LINES - 3, .w = COLS};
	return r;
}

static struct ui_slot *top_slot(struct ui_shell *sh)
{
	struct ui_pane *p = &sh->pane[sh->current];
	return p->depth ? &p->stack[p->depth - 1] : NULL;
}

static int push_view(struct ui_shell *sh, int pane, const struct ui_view_ops *ops,
		     long long arg)
{
	struct ui_pane *p = &sh->pane[pane];
	struct pmwb_error e;
	void *state = NULL;

	if (p->depth == UI_STACK) {
		ui_message(&sh->ctx, "too many views open; press Esc to go back first");
		return UI_REDRAW;
	}
	err_clear(&e);
	if (ops->open(&sh->ctx, arg, &state, &e) != PMWB_OK) {
		ui_error(&sh->ctx, &e);
		return UI_REDRAW;
	}
	p->stack[p->depth].ops = ops;
	p->stack[p->depth].state = state;
	p->stack[p->depth].generation = sh->ctx.generation;
	p->depth++;
	return UI_REDRAW;
}

static void pop_view(struct ui_shell *sh)
{
	struct ui_pane *p = &sh->pane[sh->current];

	/* The pane's own root view stays: Esc there does nothing. */
	if (p->depth <= 1)
		return;
	p->depth--;
	p->stack[p->depth].ops->close(p->stack[p->depth].state);
	p->stack[p->depth].state = NULL;
}

static void show_pane(struct ui_shell *sh, int pane)
{
	sh->current = pane;
	if (sh->pane[pane].depth == 0)
		push_view(sh, pane, pane_root[pane], 0);
}

/* "Today" as the store decides it for every command too ($PMWB_TODAY, the file's as_of, the
 * clock); a bad $PMWB_TODAY is said once on the message line. */
static fy_month today_month(struct ui_ctx *ctx)
{
	const struct store_today *t = &ctx->info.today;

	if (t->problem[0])
		ui_message(ctx, "%s", t->problem);
	return fy_month_make(t->year, t->month);
}

/* The file and "this quarter"; a file with an as_of date (the demo) names its day too,
 * since that is what its figures describe; when both do not fit, the day, or the quarter
 * once it has been moved. */
static void topbar_right(const struct ui_ctx *ctx, char *buf, size_t size, int room)
{
	const struct store_today *t = &ctx->info.today;
	int moved = ctx->today_q != ctx->real_today_q;
	char q[16], day[48] = "";

	fy_quarter_format(ctx->today_q, q, sizeof(q));
	if (t->source == TODAY_AS_OF)
		snprintf(day, sizeof(day), ", as of %04d-%02d-%02d", t->year, t->month, t->day);
	snprintf(buf, size, " %s%s  %s%s ", ctx->db_label, day, q, moved ? " (moved)" : "");
	if (day[0] && ui_text_width(buf) > room) {
		if (moved) /* where "today" was moved to matters more than where it was */
			snprintf(buf, size, " %s  %s (moved) ", ctx->db_label, q);
		else
			snprintf(buf, size, " %s%s ", ctx->db_label, day);
	}
}

static void draw_topbar(struct ui_shell *sh)
{
	static const char *const names[UI_PANES] = {"Programmes", "Gantt", "Risks", "QIPP"};
	struct ui_slot *slot = top_slot(sh);
	char right[160];
	int x = 0;

	ui_fill(0, 0, COLS, ui_attr(UI_ROLE_TOPBAR));
	x += ui_put(0, x, COLS - x, ui_attr(UI_ROLE_TOPBAR), " pmwb ");
	for (int i = 0; i < UI_PANES; i++) {
		char tab[32];
		snprintf(tab, sizeof(tab), " %d %s ", i + 1, names[i]);
		sh->tab_x[i] = x;
		x += ui_put(0, x, COLS - x,
			    ui_attr(i == sh->current ? UI_ROLE_TAB_ACTIVE : UI_ROLE_TAB), tab);
	}
	sh->tab_x[UI_PANES] = x;
	if (slot && sh->pane[sh->current].depth > 1 && slot->ops->title) {
		char crumb[200];
		snprintf(crumb, sizeof(crumb), " > %s", slot->ops->title(slot->state));
		x += ui_put(0, x, COLS - x, ui_attr(UI_ROLE_TOPBAR), crumb);
	}
	topbar_right(&sh->ctx, right, sizeof(right), COLS - x);
	int rw = ui_text_width(right);
	/* The banner goes before the file's name, and is the last thing a narrow bar drops. */
	const char *banner = sh->ctx.read_only ? " READ-ONLY " : "";
	int bw = ui_text_width(banner);
	if (x + bw + rw <= COLS)
		ui_put(0, COLS - rw, rw, ui_attr(UI_ROLE_TOPBAR), right);
	else
		rw = 0;
	if (bw && x + bw + rw <= COLS)
		ui_put(0, COLS - rw - bw, bw, ui_attr(UI_ROLE_ERROR), banner);
}

/* The key bar: the entries of the key table that apply to the view on top, in table order. */
static void draw_keybar(struct ui_shell *sh, int y)
{
	struct ui_slot *slot = top_slot(sh);
	unsigned scope = UI_SCOPE_GLOBAL;
	int x = 0;

	if (slot)
		scope |= slot->ops->bar_scope ? slot->ops->bar_scope(slot->state) : slot->ops->scope;
	ui_fill(y, 0, COLS, ui_attr(UI_ROLE_KEYBAR));
	for (int i = 0; i < ui_key_table_size; i++) {
		const struct ui_key_binding *b = &ui_key_table[i];
		char key[32];
		if (!b->bar || !(b->scope & scope))
			continue;
		ui_key_entry_bar_key(b, key, sizeof(key));
		if (!key[0])
			continue; /* unbound by the person's preferences */
		int need = ui_text_width(key) + ui_text_width(b->bar) + 2;
		if (x + need > COLS)
			break;
		x += ui_put(y, x, COLS - x, ui_attr(UI_ROLE_KEYBAR_KEY), key);
		x += ui_put(y, x, COLS - x, ui_attr(UI_ROLE_KEYBAR), " ");
		x += ui_put(y, x, COLS - x, ui_attr(UI_ROLE_KEYBAR), b->bar);
		x += ui_put(y, x, COLS - x, ui_attr(UI_ROLE_KEYBAR), " ");
	}
}

static void draw_message(struct ui_shell *sh, int y)
{
	ui_fill(y, 0, COLS, ui_attr(UI_ROLE_MESSAGE));
	if (sh->prompt.active) {
		char line[UI_PROMPT_MAX + 16];
		snprintf(line, sizeof(line), "%s%s", sh->prompt.active == '/' ? "/" : "Filter: ",
			 sh->prompt.text);
		int w = ui_put(y, 0, COLS - 1, ui_attr(UI_ROLE_MESSAGE), line);
		struct ui_slot *slot = top_slot(sh);
		/* Until the first key, the words this view's filter understands. */
		if (sh->prompt.active == 'f' && !sh->prompt.text[0] && slot && slot->ops->filter_words)
			ui_put(y, w + 1, COLS - w - 2, ui_attr(UI_ROLE_DIM), slot->ops->filter_words);
		move(y, w < COLS ? w : COLS - 1);
		return;
	}
	if (sh->ctx.message[0])
		ui_put(y, 0, COLS,
		       ui_attr(sh->ctx.message_is_error ? UI_ROLE_ERROR : UI_ROLE_MESSAGE),
		       sh->ctx.message);
}

static void draw_too_small(void)
{
	char line[80];

	erase();
	snprintf(line, sizeof(line), "Terminal too small (%dx%d)", COLS, LINES);
	ui_put(LINES / 2 - 1 > 0 ? LINES / 2 - 1 : 0, 0, COLS, A_BOLD, line);
	snprintf(line, sizeof(line), "pmwb needs %dx%d; enlarge it, or q quits", UI_MIN_W, UI_MIN_H);
	ui_put(LINES / 2 > 0 ? LINES / 2 : 0, 0, COLS, 0, line);
}

static void draw(struct ui_shell *sh)
{
	struct ui_slot *slot = top_slot(sh);

	sh->too_small = COLS < UI_MIN_W || LINES < UI_MIN_H;
	if (sh->too_small) {
		draw_too_small();
		curs_set(0);
	} else {
		erase();
		draw_topbar(sh);
		if (slot) {
			if (slot->generation != sh->ctx.generation) {
				slot->generation = sh->ctx.generation;
				slot->ops->reload(slot->state, &sh->ctx);
			}
			slot->ops->draw(slot->state, &sh->ctx, main_rect());
		}
		draw_keybar(sh, LINES - 2);
		draw_message(sh, LINES - 1);
		curs_set(sh->prompt.active ? 1 : 0);
	}
	wnoutrefresh(stdscr);
	doupdate();
}

static int open_jump(struct ui_shell *sh)
{
	struct ui_jump j = sh->ctx.jump;
	struct ui_slot *slot;

	sh->ctx.jump.pane = -1;
	if (j.pane < 0 || j.pane >= UI_PANES)
		return UI_NONE;
	show_pane(sh, j.pane);
	slot = top_slot(sh);
	if (slot && slot->ops->jump)
		return slot->ops->jump(slot->state, &sh->ctx, &j, main_rect()) | UI_REDRAW;
	return UI_REDRAW;
}

/* After a handler: views it asked to push, jumps, pops. */
static int after_handler(struct ui_shell *sh, int flags)
{
	if (sh->ctx.push_ops) {
		const struct ui_view_ops *ops = sh->ctx.push_ops;
		sh->ctx.push_ops = NULL;
		flags |= push_view(sh, sh->current, ops, sh->ctx.push_arg);
	}
	if (sh->ctx.jump.pane >= 0)
		flags |= open_jump(sh);
	if (flags & UI_POP) {
		pop_view(sh);
		flags |= UI_REDRAW;
	}
	return flags;
}

/* Everything the panes show is read again: session facts, then each pane when next drawn
 * (the cursor stays on its record). */
static void reload_all(struct ui_shell *sh)
{
	struct pmwb_error e;

	struct ui_ctx *c = &sh->ctx;
	int moved = c->today_q - c->real_today_q;

	err_clear(&e);
	if (store_session_info(c->st, &c->info, &e) != PMWB_OK)
		ui_error(c, &e);
	/* The financial year or the file's "as of" day may have changed: "today" is placed
	 * again, as far from it as the user had moved it. */
	fy_month real = fy_month_make(c->info.today.year, c->info.today.month);
	c->real_today_q = fy_quarter_of_month(&c->info.fy, real);
	c->today_q = c->real_today_q + moved;
	c->today_month = real + 3 * moved;
	c->generation++;
	c->data_generation++;
}

/* A view in the middle of an edit (a form, a question, plan editing) keeps what it shows
 * until the edit ends; the change is picked up then. */
static int editing(struct ui_shell *sh)
{
	struct ui_slot *slot = top_slot(sh);

	if (sh->prompt.active)
		return 1;
	if (!slot || !slot->ops->key)
		return 0;
	if (!slot->ops->bar_scope)
		return 1;
	return (slot->ops->bar_scope(slot->state) & (UI_SCOPE_FORM | UI_SCOPE_PLAN)) != 0;
}

/* An edit in any pane, or another process writing the file (an import, pmwb config, a
 * colleague's workbench): the panes show it without R. */
static int follow_changes(struct ui_shell *sh)
{
	struct pmwb_error e;
	long long theirs, ours;

	if (editing(sh))
		return UI_NONE;
	err_clear(&e);
	if (store_data_version(sh->ctx.st, &theirs, &ours, &e) != PMWB_OK)
		return UI_NONE; /* a busy file: ask again on the next key or second */
	if (theirs == sh->theirs && ours == sh->ours)
		return UI_NONE;
	int outside = theirs != sh->theirs;
	sh->theirs = theirs;
	sh->ours = ours;
	reload_all(sh);
	if (outside && !sh->ctx.message[0])
		ui_message(&sh->ctx, "%s was changed by another program: showing it as it is now",
			   sh->ctx.db_label);
	return UI_REDRAW;
}

static int prompt_key(struct ui_shell *sh, int key, int is_char)
{
	struct ui_slot *slot = top_slot(sh);
	size_t len = strlen(sh->prompt.text);
	int kind = sh->prompt.active, flags = UI_REDRAW;

	if (!slot)
		return UI_REDRAW;
	if (key == 27 || key == 7 /* Ctrl-G */) {
		sh->prompt.active = 0;
		if (kind == '/')
			flags |= slot->ops->search(slot->state, &sh->ctx, sh->prompt.text,
						   UI_SEARCH_CANCEL, main_rect());
		return flags;
	}
	if (key == '\n' || key == '\r' || key == KEY_ENTER) {
		sh->prompt.active = 0;
		if (kind == '/')
			return flags | slot->ops->search(slot->state, &sh->ctx, sh->prompt.text,
							 UI_SEARCH_ACCEPT, main_rect());
		return flags | slot->ops->filter(slot->state, &sh->ctx, sh->prompt.text);
	}
	if (key == KEY_BACKSPACE || key == 127 || key == 8) {
		/* Remove a whole UTF-8 character. */
		while (len > 0 && ((unsigned char)sh->prompt.text[len - 1] & 0xc0) == 0x80)
			len--;
		if (len > 0)
			len--;
		sh->prompt.text[len] = '\0';
	} else if (is_char && key >= 0x20) {
		char mb[8];
		mbstate_t st;
		memset(&st, 0, sizeof(st));
		size_t n = wcrtomb(mb, (wchar_t)key, &st);
		if (n == (size_t)-1 || len + n >= sizeof(sh->prompt.text))
			return UI_REDRAW;
		memcpy(sh->prompt.text + len, mb, n);
		sh->prompt.text[len + n] = '\0';
	} else {
		return UI_NONE;
	}
	if (kind == '/')
		flags |= slot->ops->search(slot->state, &sh->ctx, sh->prompt.text, UI_SEARCH_TYPE,
					   main_rect());
	return flags;
}

static int do_action(struct ui_shell *sh, enum ui_action a)
{
	struct ui_slot *slot = top_slot(sh);

	switch (a) {
	case UI_ACT_QUIT:
		return UI_QUIT;
	case UI_ACT_PANE1:
	case UI_ACT_PANE2:
	case UI_ACT_PANE3:
	case UI_ACT_PANE4:
		show_pane(sh, a - UI_ACT_PANE1);
		return UI_REDRAW;
	case UI_ACT_NEXT_PANE:
		show_pane(sh, (sh->current + 1) % UI_PANES);
		return UI_REDRAW;
	case UI_ACT_PREV_PANE:
		show_pane(sh, (sh->current + UI_PANES - 1) % UI_PANES);
		return UI_REDRAW;
	case UI_ACT_HELP:
		if (slot && slot->ops == &ui_help_ops)
			return UI_POP;
		sh->ctx.push_ops = &ui_help_ops;
		sh->ctx.push_arg = slot ? (long long)slot->ops->scope : 0;
		return UI_REDRAW;
	case UI_ACT_SETTINGS:
		if (slot && slot->ops == &ui_settings_ops)
			return UI_POP;
		sh->ctx.push_ops = &ui_settings_ops;
		sh->ctx.push_arg = 0;
		return UI_REDRAW;
	case UI_ACT_REDRAW:
		clearok(curscr, TRUE);
		return UI_REDRAW;
	case UI_ACT_RELOAD:
		reload_all(sh);
		ui_message(&sh->ctx, "reloaded from %s", sh->ctx.db_label);
		return UI_REDRAW;
	case UI_ACT_SEARCH:
	case UI_ACT_FILTER:
		if (!slot || !(a == UI_ACT_SEARCH ? (void *)slot->ops->search : (void *)slot->ops->filter)) {
			ui_message(&sh->ctx, "this view has nothing to %s",
				   a == UI_ACT_SEARCH ? "search" : "filter");
			return UI_REDRAW;
		}
		sh->prompt.active = a == UI_ACT_SEARCH ? '/' : 'f';
		sh->prompt.text[0] = '\0';
		sh->ctx.message[0] = '\0';
		return UI_REDRAW;
	case UI_ACT_SEARCH_NEXT:
	case UI_ACT_SEARCH_PREV:
		if (slot && slot->ops->search)
			return slot->ops->search(slot->state, &sh->ctx, NULL,
						 a == UI_ACT_SEARCH_NEXT ? UI_SEARCH_NEXT : UI_SEARCH_PREV,
						 main_rect());
		return UI_NONE;
	case UI_ACT_BACK:
		if (sh->pane[sh->current].depth > 1)
			return UI_POP;
		return UI_NONE;
	case UI_ACT_UNDO:
	case UI_ACT_REDO:
		return ui_undo_act(&sh->ctx, a);
	case UI_ACT_TODAY_NEXT:
	case UI_ACT_TODAY_PREV: {
		char q[16];
		sh->ctx.today_q += a == UI_ACT_TODAY_NEXT ? 1 : -1;
		sh->ctx.today_month += a == UI_ACT_TODAY_NEXT ? 3 : -3;
		sh->ctx.generation++;
		fy_quarter_format(sh->ctx.today_q, q, sizeof(q));
		ui_message(&sh->ctx, "today is now %s (T and t move it; the clock is untouched)", q);
		return slot ? slot->ops->action(slot->state, &sh->ctx, a, main_rect()) | UI_REDRAW
			    : UI_REDRAW;
	}
	default:
		return slot ? slot->ops->action(slot->state, &sh->ctx, a, main_rect()) : UI_NONE;
	}
}

static int mouse_event(struct ui_shell *sh)
{
	MEVENT ev;
	struct ui_slot *slot = top_slot(sh);
	struct ui_rect r = main_rect();
	int flags = UI_NONE;

	if (getmouse(&ev) != OK || sh->too_small)
		return UI_NONE;
	if (ev.bstate & BUTTON4_PRESSED)
		for (int i = 0; i < 3 && slot; i++)
			flags |= slot->ops->action(slot->state, &sh->ctx, UI_ACT_UP, r);
	else if (ev.bstate & BUTTON5_PRESSED)
		for (int i = 0; i < 3 && slot; i++)
			flags |= slot->ops->action(slot->state, &sh->ctx, UI_ACT_DOWN, r);
	else if (ev.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED)) {
		if (ev.y == 0) {
			for (int i = 0; i < UI_PANES; i++)
				if (ev.x >= sh->tab_x[i] && ev.x < sh->tab_x[i + 1]) {
					show_pane(sh, i);
					return UI_REDRAW;
				}
		} else if (slot && slot->ops->click && ev.y >= r.y && ev.y < r.y + r.h) {
			flags |= slot->ops->click(slot->state, &sh->ctx, ev.y, ev.x, r);
		}
	}
	return flags;
}

static enum pmwb_status init_terminal(struct ui_shell *sh, struct pmwb_error *e)
{
	struct sigaction sa;
	const char *codeset;

	setlocale(LC_ALL, "");
	codeset = nl_langinfo(CODESET);
	sh->ctx.utf8 = codeset && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
	ui_draw_set_utf8(sh->ctx.utf8);

	/* Installed before initscr so that curses keeps ours; no SA_RESTART so that the read
	 * in wgetch returns and the loop sees the flag at once. */
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);

	/* A short ESCDELAY makes Esc (back) answer at once. */
	set_escdelay(25);
	if (!initscr())
		return err_set(e, PMWB_IO, "cannot start the terminal interface (is TERM set?)");
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	/* A signal interrupts the read (no SA_RESTART) and curses turns SIGWINCH into
	 * KEY_RESIZE at once, with or without a timeout (measured: the first bytes 0-3 ms after
	 * TIOCSWINSZ either way).  But one that lands after curses has looked for it and before
	 * it reads waits for the read to end: the read ends every second, so that such a resize
	 * or Ctrl-C is seen within one.  An idle wakeup draws nothing. */
	wtimeout(stdscr, 1000);
	/* Off: the terminal keeps the mouse, so its own selection and paste work. */
	if (sh->prefs.value[PREF_MOUSE] == PREF_MOUSE_ON) {
		mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
		mouseinterval(0);
	}
	ui_theme_init(sh->prefs.value[PREF_THEME]);
	return PMWB_OK;
}

static void close_all(struct ui_shell *sh)
{
	for (int p = 0; p < UI_PANES; p++)
		while (sh->pane[p].depth > 0) {
			struct ui_slot *s = &sh->pane[p].stack[--sh->pane[p].depth];
			s->ops->close(s->state);
		}
}

static const char *signal_name(int signo)
{
	switch (signo) {
	case SIGINT:
		return "Ctrl-C";
	case SIGTERM:
		return "SIGTERM";
	case SIGHUP:
		return "SIGHUP (the terminal went away)";
	default:
		return "a signal";
	}
}

/* The person's preferences: theme and mouse for init_terminal, their keys for the key table.
 * A bad line is said once at start (FILE:LINE) and otherwise ignored. */
static void load_prefs(struct ui_shell *sh)
{
	char problem[sizeof(sh->prefs.problem)] = "";
	int bad;

	prefs_load(&sh->prefs);
	bad = ui_keys_bind(&sh->prefs, problem, sizeof(problem));
	if (bad && sh->prefs.bad_lines == 0)
		snprintf(sh->prefs.problem, sizeof(sh->prefs.problem), "%s", problem);
	sh->prefs.bad_lines += bad;
	sh->ctx.prefs = &sh->prefs;
}

enum pmwb_status ui_run(struct store *st, const char *db_label, struct pmwb_error *e)
{
	struct ui_shell *sh = calloc(1, sizeof(*sh));
	enum pmwb_status status = PMWB_OK;
	int flags = UI_REDRAW;

	if (!sh)
		return err_set(e, PMWB_NOMEM, "out of memory starting the workbench");
	sh->ctx.st = st;
	sh->ctx.db_label = db_label ? db_label : store_label(st);
	sh->ctx.read_only = store_read_only(st);
	sh->ctx.jump.pane = -1;
	if (store_session_info(st, &sh->ctx.info, e) != PMWB_OK) {
		free(sh);
		return e->status;
	}
	load_prefs(sh);
	if (init_terminal(sh, e) != PMWB_OK) {
		free(sh);
		return e->status;
	}
	sh->ctx.today_month = today_month(&sh->ctx);
	sh->ctx.today_q = sh->ctx.real_today_q =
		fy_quarter_of_month(&sh->ctx.info.fy, sh->ctx.today_month);
	show_pane(sh, 0);
	{
		struct pmwb_error ve;
		err_clear(&ve);
		store_data_version(st, &sh->theirs, &sh->ours, &ve);
	}
	/* One line to say it in: a bad setting matters more than what the banner says too. */
	if (sh->ctx.info.settings.problem[0])
		ui_message(&sh->ctx, "%s", sh->ctx.info.settings.problem);
	else if (sh->prefs.problem[0] && sh->prefs.bad_lines > 1)
		ui_message(&sh->ctx, "%s (+%d more bad line%s)", sh->prefs.problem,
			   sh->prefs.bad_lines - 1, sh->prefs.bad_lines > 2 ? "s" : "");
	else if (sh->prefs.problem[0])
		ui_message(&sh->ctx, "%s", sh->prefs.problem);
	else if (sh->ctx.read_only)
		ui_message(&sh->ctx, "%s is read-only: you may look at everything but change nothing",
			   sh->ctx.db_label);

	while (!ui_signal) {
		wint_t wch;
		int rc, key;

		if (flags & UI_QUIT)
			break;
		flags |= follow_changes(sh);
		if (flags & (UI_REDRAW | UI_RELOAD)) {
			struct ui_slot *slot = top_slot(sh);
			if ((flags & UI_RELOAD) && slot)
				slot->ops->reload(slot->state, &sh->ctx);
			draw(sh);
		}
		flags = UI_NONE;
		rc = wget_wch(stdscr, &wch);
		if (rc == ERR)
			continue; /* the timeout, or a signal: the loop condition decides */
		key = (int)wch;
		if (rc == KEY_CODE_YES && key == KEY_RESIZE) {
			/* Repaint every cell: a terminal that shrinks may scroll what it shows, so
			 * what curses remembers of the screen is no longer true. */
			clearok(curscr, TRUE);
			flags = UI_REDRAW;
			continue;
		}
		if (rc == KEY_CODE_YES && key == KEY_MOUSE) {
			flags = after_handler(sh, mouse_event(sh));
			continue;
		}
		/* A key clears the last message, so the line never shows stale news. */
		if (!sh->prompt.active && sh->ctx.message[0]) {
			sh->ctx.message[0] = '\0';
			flags |= UI_REDRAW;
		}
		if (sh->prompt.active) {
			flags |= after_handler(sh, prompt_key(sh, key, rc == OK));
			continue;
		}
		if (sh->too_small) {
			if (key == 'q')
				flags |= UI_QUIT;
			continue;
		}
		struct ui_slot *slot = top_slot(sh);
		if (slot && slot->ops->key) {
			int f = slot->ops->key(slot->state, &sh->ctx, key, rc == OK, main_rect());
			if (f >= 0) {
				flags |= after_handler(sh, f);
				continue;
			}
		}
		enum ui_action a = ui_key_action(key, UI_SCOPE_GLOBAL | (slot ? slot->ops->scope : 0));
		if (a == UI_ACT_NONE) {
			/* A letter that does nothing here says so, rather than nothing at all. */
			if (rc == OK && key > ' ' && key < 127 && slot) {
				ui_message(&sh->ctx, "%c does nothing in %s: ? lists the keys that do",
					   key, slot->ops->name);
				flags |= UI_REDRAW;
			}
			continue;
		}
		flags |= after_handler(sh, do_action(sh, a));
	}

	if (ui_signal) {
		status = err_set(e, PMWB_INTERRUPTED,
				 "stopped by %s; nothing was lost: every change is committed as it is made",
				 signal_name(ui_signal));
	}
	close_all(sh);
	ui_undo_free();
	endwin();
	free(sh);
	return status;
}
