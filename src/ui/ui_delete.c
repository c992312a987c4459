/* Deleting a record that may hold others (ui_delete.h). */
#include "config.h"

#include <stdio.h>

#include "ui_delete.h"

/* The delete being asked about, until it is answered. */
static struct ui_delete asked;

static int yes_one(struct ui_ctx *ctx, void *data)
{
	(void)data;
	return asked.yes(ctx, 0);
}

static int yes_all(struct ui_ctx *ctx, void *data)
{
	(void)data;
	return asked.yes(ctx, 1);
}

/* The second question, its consequences said in full. */
static int ask_all(struct ui_ctx *ctx, void *data)
{
	struct ui_confirm c = {.yes_key = 'y', .on_yes = yes_all, .data = data};

	snprintf(c.title, sizeof(c.title), "%s", asked.title_all);
	snprintf(c.question, sizeof(c.question), "%s", asked.question_all);
	snprintf(c.keys, sizeof(c.keys), "y deletes them all; any other key keeps everything");
	snprintf(c.no_message, sizeof(c.no_message), "%s", asked.no_message);
	ui_confirm_ask(ctx, &c);
	return UI_REDRAW;
}

void ui_delete_ask(struct ui_ctx *ctx, const struct ui_delete *d)
{
	struct ui_confirm c = {.yes_key = 'y', .on_yes = yes_one};

	asked = *d;
	snprintf(c.title, sizeof(c.title), "%s", d->title);
	snprintf(c.question, sizeof(c.question), "%s", d->question);
	snprintf(c.no_message, sizeof(c.no_message), "%s", d->no_message);
	if (d->holds) {
		c.yes_key = 'A';
		c.on_yes = ask_all;
		snprintf(c.keys, sizeof(c.keys), "%s", d->keys);
	} else {
		snprintf(c.keys, sizeof(c.keys), "y deletes it; any other key keeps it");
	}
	ui_confirm_ask(ctx, &c);
}
