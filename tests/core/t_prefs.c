/* Personal preferences: each line of the file read by the one table, bad lines named. */
#include "config.h"

#include <string.h>

#include "check.h"
#include "pmwb/prefs.h"

static int apply(struct pmwb_prefs *p, const char *line, char *msg)
{
	struct pmwb_error e = {0};
	int rc = prefs_apply_line(p, line, 7, &e);
	strcpy(msg, rc == PMWB_OK ? "" : e.msg);
	return rc;
}

static void test_values(void)
{
	struct pmwb_prefs p;
	char msg[PMWB_ERR_MSG_MAX], w[32];

	prefs_default(&p);
	prefs_value_word(&p, PREF_THEME, w, sizeof(w));
	CHECK_STR(w, "dark");
	prefs_value_word(&p, PREF_MOUSE, w, sizeof(w));
	CHECK_STR(w, "on");
	CHECK_INT(apply(&p, "theme light\n", msg), PMWB_OK);
	CHECK_INT(p.value[PREF_THEME], PREF_THEME_LIGHT);
	CHECK_INT(apply(&p, "  MOUSE   Off  # the terminal's own copy and paste\n", msg), PMWB_OK);
	CHECK_INT(p.value[PREF_MOUSE], PREF_MOUSE_OFF);
	CHECK_INT(apply(&p, "# a comment\n", msg), PMWB_OK);
	CHECK_INT(apply(&p, "   \n", msg), PMWB_OK);
	CHECK_INT(apply(&p, "theme 8", msg), PMWB_OK);
	CHECK_INT(p.value[PREF_THEME], PREF_THEME_8);
}

static void test_bad_lines(void)
{
	struct pmwb_prefs p;
	char msg[PMWB_ERR_MSG_MAX];

	prefs_default(&p);
	CHECK_INT(apply(&p, "theme sepia", msg), PMWB_INPUT);
	CHECK_STR(msg, "theme cannot be 'sepia': it is one of dark light 8 mono");
	CHECK_INT(p.value[PREF_THEME], PREF_THEME_DARK);
	CHECK_INT(apply(&p, "colour red", msg), PMWB_INPUT);
	CHECK_STR(msg, "unknown preference 'colour'");
	CHECK_INT(apply(&p, "mouse", msg), PMWB_INPUT);
	CHECK_STR(msg, "'mouse' takes one value: on off");
	CHECK_INT(apply(&p, "mouse on off", msg), PMWB_INPUT);
	CHECK_INT(apply(&p, "bind down", msg), PMWB_INPUT);
	CHECK_INT(apply(&p, "bind down a b c d e", msg), PMWB_INPUT);
	CHECK_STR(msg, "'bind down' gives more than 4 keys");
	CHECK_INT(p.nbindings, 0);
	CHECK_INT(apply(&p, "theme aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", msg), PMWB_INPUT);

	strcpy(p.shown, "~/.config/pmwb/config");
	prefs_note_problem(&p, 4, "first");
	prefs_note_problem(&p, 9, "second");
	CHECK_STR(p.problem, "~/.config/pmwb/config:4: first");
	CHECK_INT(p.bad_lines, 2);
}

static void test_bindings(void)
{
	struct pmwb_prefs p;
	char msg[PMWB_ERR_MSG_MAX];

	prefs_default(&p);
	CHECK_INT(apply(&p, "bind down j Down Ctrl-N", msg), PMWB_OK);
	CHECK_INT(apply(&p, "bind form-save Ctrl-S", msg), PMWB_OK);
	CHECK_INT(p.nbindings, 2);
	CHECK_STR(p.binding[0].action, "down");
	CHECK_INT(p.binding[0].nkeys, 3);
	CHECK_STR(p.binding[0].keys[2], "Ctrl-N");
	CHECK_INT(p.binding[0].line, 7);
	CHECK_STR(p.binding[1].keys[0], "Ctrl-S");
	for (int i = 2; i < PREFS_BINDINGS_MAX; i++)
		CHECK_INT(apply(&p, "bind up k", msg), PMWB_OK);
	CHECK_INT(apply(&p, "bind up k", msg), PMWB_INPUT);
	CHECK_INT(p.nbindings, PREFS_BINDINGS_MAX);
}

int main(void)
{
	test_values();
	test_bad_lines();
	test_bindings();
	return check_done();
}
