#include "config.h"

#include "pmwb/text.h"
#include "ui_search.h"

enum ui_search_next ui_search_step(struct ui_search *s, struct ui_ctx *ctx, const char *text,
				   enum ui_search_how how, int *begin)
{
	*begin = 0;
	if (how == UI_SEARCH_TYPE && !s->active) {
		s->active = 1;
		*begin = 1;
	}
	if (how == UI_SEARCH_CANCEL) {
		s->active = 0;
		return UI_SEARCH_RESTORE;
	}
	if (how == UI_SEARCH_ACCEPT) {
		s->active = 0;
		text_copy(s->text, sizeof(s->text), text);
		return UI_SEARCH_DONE;
	}
	if (how == UI_SEARCH_TYPE)
		text_copy(s->text, sizeof(s->text), text);
	if (!s->text[0]) {
		if (how != UI_SEARCH_TYPE)
			ui_message(ctx, "no search yet: press / and type");
		return UI_SEARCH_DONE;
	}
	return UI_SEARCH_FIND;
}
