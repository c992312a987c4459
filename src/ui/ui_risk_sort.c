/* The view a risk list reads, and the index its sort needs: built the first time a file is
 * sorted that way (store_index.h), with a word on screen first, since at a million risks it
 * takes a second or two. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pmwb/money.h"
#include "ui_risks.h"

void ui_risk_set_view(struct ui_ctx *ctx, struct store_risks *q, enum store_risk_sort sort,
		      const struct store_risk_filter_spec *f)
{
	char before[sizeof(ctx->message)], count[32], notice[96];
	struct pmwb_error e;
	int was_error = ctx->message_is_error;
	long n;

	store_risks_set_view(q, sort, f);
	n = store_risks_unindexed(q);
	if (!n)
		return;
	memcpy(before, ctx->message, sizeof(before));
	/* digits grouped as in money ("1,000,000"): a count of risks is no sum of pounds */
	money_format((money_pounds)n, MONEY_POUNDS, count, sizeof(count));
	snprintf(notice, sizeof(notice), "indexing %s risk%s for this sort (once for this file)...",
		 count, n == 1 ? "" : "s");
	ui_notice_now(ctx, notice);
	err_clear(&e);
	if (store_risks_build_index(q, &e) == PMWB_DB_BUSY) {
		ui_message(ctx, "sorting without an index for now: someone else is writing to the "
			   "file (slower, still right; the next sort tries again)");
		return;
	}
	if (e.status != PMWB_OK) {
		ui_error(ctx, &e);
		return;
	}
	/* what the message line said before the notice (the sort's name, say) */
	memcpy(ctx->message, before, sizeof(before));
	ctx->message_is_error = was_error;
}
