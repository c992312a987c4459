/* Placeholder workbench until the panes land: a screen that names the database. */
#include "config.h"

#include <curses.h>
#include <locale.h>

#include "pmwb/store.h"
#include "pmwb/ui.h"

enum pmwb_status ui_run(struct store *st, const char *db_label, struct pmwb_error *e)
{
	(void)st;
	(void)e;
	setlocale(LC_ALL, "");
	initscr();
	cbreak();
	noecho();
	keypad(stdscr, TRUE);
	mvprintw(0, 0, "pmwb - %s", db_label);
	mvprintw(2, 0, "The workbench panes are not built yet. Press q to quit.");
	refresh();
	while (getch() != 'q')
		;
	endwin();
	return PMWB_OK;
}
