/* The key table and the person's bindings: every action has a name `bind` knows it by, every
 * key's name reads back as that key, the table's written key names are the keys it binds,
 * and a binding moves a key from one action to another. */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "pmwb/prefs.h"
#include "ui_keys.h"

static void test_action_names(void)
{
	for (int a = 1; a < UI_ACT_COUNT; a++) {
		const char *name = ui_action_name((enum ui_action)a);
		if (!name) {
			CHECK(!"an action has no name for bind: add it to action_names[]");
			fprintf(stderr, "  action %d\n", a);
			continue;
		}
		CHECK_INT(ui_action_named(name), a);
	}
	CHECK_INT(ui_action_named("no-such-thing"), UI_ACT_NONE);
}

/* The table's key_names are words naming exactly the keys of the entry. */
static void test_table_names(void)
{
	for (int r = 0; r < ui_key_table_size; r++) {
		const struct ui_key_binding *b = &ui_key_table[r];
		char names[128], generated[128];
		ui_key_entry_names(b, names, sizeof(names));
		CHECK_STR(names, b->key_names);
		for (int k = 0; k < UI_KEYS_PER_ACTION && b->keys[k]; k++) {
			char name[32], padded[140];
			ui_key_name(b->keys[k], name, sizeof(name));
			CHECK(ui_key_parse(name) >= 0);
			snprintf(padded, sizeof(padded), " %s ", b->key_names);
			snprintf(generated, sizeof(generated), " %s ", name);
			if (!strstr(padded, generated)) {
				CHECK(!"a key of the table is missing from its key_names");
				fprintf(stderr, "  row %d (%s): '%s' not in '%s'\n", r, b->help, name,
					b->key_names);
			}
		}
	}
}

static void test_key_names(void)
{
	char buf[32];

	CHECK_INT(ui_key_parse("j"), 'j');
	CHECK_INT(ui_key_parse("J"), 'J');
	CHECK_INT(ui_key_parse("down"), KEY_DOWN);
	CHECK_INT(ui_key_parse("Ctrl-S"), 19);
	CHECK_INT(ui_key_parse("ctrl-s"), 19);
	CHECK_INT(ui_key_parse("F2"), KEY_F(2));
	CHECK_INT(ui_key_parse("F02"), -1);
	CHECK_INT(ui_key_parse("F25"), -1);
	CHECK_INT(ui_key_parse("Space"), ' ');
	CHECK_INT(ui_key_parse("Hyper-X"), -1);
	ui_key_name(19, buf, sizeof(buf));
	CHECK_STR(buf, "Ctrl-S");
	ui_key_name(KEY_F(12), buf, sizeof(buf));
	CHECK_STR(buf, "F12");
	ui_key_name('\t', buf, sizeof(buf));
	CHECK_STR(buf, "Tab");
}

static void bind(struct pmwb_prefs *p, const char *line)
{
	struct pmwb_error e = {0};
	CHECK_INT(prefs_apply_line(p, line, p->nbindings + 1, &e), PMWB_OK);
}

static void test_binding(void)
{
	struct pmwb_prefs p;
	char problem[PMWB_ERR_MSG_MAX] = "", names[64];
	const struct ui_key_binding *down = NULL;

	prefs_default(&p);
	strcpy(p.shown, "cfg");
	bind(&p, "bind down J");
	bind(&p, "bind up j");
	bind(&p, "bind nothing x");
	bind(&p, "bind top Hyper-X");
	ui_keys_bind(&p, problem, sizeof(problem));
	CHECK_STR(problem, "cfg:3: no action is called 'nothing' (pmwb config --help lists them)");
	CHECK_INT(ui_key_action('J', UI_SCOPE_MOVE), UI_ACT_DOWN);
	CHECK_INT(ui_key_action('j', UI_SCOPE_MOVE), UI_ACT_UP);
	CHECK_INT(ui_key_action(KEY_DOWN, UI_SCOPE_MOVE), UI_ACT_NONE);
	/* g still goes to the top: the bad binding changed nothing. */
	CHECK_INT(ui_key_action('g', UI_SCOPE_MOVE), UI_ACT_TOP);
	for (int r = 0; r < ui_key_table_size; r++)
		if (ui_key_table[r].action == UI_ACT_DOWN)
			down = &ui_key_table[r];
	CHECK(down != NULL);
	ui_key_entry_names(down, names, sizeof(names));
	CHECK_STR(names, "J");
	/* A key given to a global action means nothing else anywhere. */
	prefs_default(&p);
	bind(&p, "bind quit x");
	ui_keys_bind(&p, problem, sizeof(problem));
	CHECK_INT(ui_key_action('x', UI_SCOPE_GLOBAL | UI_SCOPE_PLAN), UI_ACT_QUIT);
	CHECK_INT(ui_key_action('x', UI_SCOPE_PLAN), UI_ACT_NONE);
	CHECK_INT(ui_key_action('q', UI_SCOPE_GLOBAL), UI_ACT_NONE);
	ui_keys_unbind();
	CHECK_INT(ui_key_action('q', UI_SCOPE_GLOBAL), UI_ACT_QUIT);
	CHECK_INT(ui_key_action(KEY_DOWN, UI_SCOPE_MOVE), UI_ACT_DOWN);
}

int main(void)
{
	test_action_names();
	test_table_names();
	test_key_names();
	test_binding();
	return check_done();
}
