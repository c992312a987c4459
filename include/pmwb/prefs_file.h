/* Reading a person's preferences file (pmwb/prefs.h says what is in it). */
#ifndef PMWB_PREFS_FILE_H
#define PMWB_PREFS_FILE_H

#include <stddef.h>

#include "pmwb/prefs.h"

/* Where the file is: $XDG_CONFIG_HOME/pmwb/config, else $HOME/.config/pmwb/config; 0 when
 * neither variable is set. */
int prefs_file_path(char *buf, size_t size);

/* The defaults, then the file's lines when it exists.  Never fails: a file that cannot be
 * read or a bad line is recorded in p->problem (the first, as FILE:LINE: sentence) and
 * ignored, so that a typo never keeps anyone out of the workbench. */
void prefs_load(struct pmwb_prefs *p);

#endif
