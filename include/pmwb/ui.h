/* The workbench.  The only entry point into ui/. */
#ifndef PMWB_UI_H
#define PMWB_UI_H

#include <stdio.h>

#include "pmwb/error.h"

struct store;

/* Runs the terminal interface until the user quits.  db_label names the file in the top bar
 * (NULL: its file name).
 * Curses is always ended before this returns, whatever happened. */
enum pmwb_status ui_run(struct store *st, const char *db_label, struct pmwb_error *e);

/* The actions a preferences file's `bind` names, i from 0 until NULL, for the usage text. */
const char *ui_bindable_action(int i);

/* Every key, scope by scope, as the help pane lists them: plain text, or with man set the
 * troff of the man page's KEYS section.  with_prefs: the person's bindings applied (their
 * file's problems go to stderr); else the table's own keys. */
void ui_print_keys(FILE *out, int man, int with_prefs);

#endif
