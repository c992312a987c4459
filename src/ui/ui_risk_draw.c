/* What the risk views share: the bands they read scores with, "today" for overdue reviews,
 * and the score, trend and review cells drawn the same way in every list. */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "pmwb/date.h"
#include "ui_draw.h"
#include "ui_risks.h"

void ui_risk_today(const struct ui_ctx *ctx, char buf[11])
{
	const struct store_today *t = &ctx->info.today;

	date_format_iso(t->year, t->month, t->day, buf, 11);
}

const struct risk_bands *ui_risk_bands(struct ui_ctx *ctx)
{
	/* Said once per reading of the file (R, or a change the workbench noticed by itself)
	 * that still finds them broken. */
	static unsigned told_at;
	static int told;

	if (!ctx->info.bands_error[0]) {
		told = 0;
		return &ctx->info.bands;
	}
	if (!told || told_at != ctx->data_generation) {
		told = 1;
		told_at = ctx->data_generation;
		ctx->message_is_error = 1;
		snprintf(ctx->message, sizeof(ctx->message),
			 "%.200s; the NPSA default bands are shown meanwhile", ctx->info.bands_error);
	}
	return &ctx->info.bands;
}

int ui_risk_band(struct ui_ctx *ctx, int score)
{
	return risk_band_index(ui_risk_bands(ctx), score);
}

int ui_risk_escalation_band(struct ui_ctx *ctx, int score)
{
	const struct risk_bands *b = ui_risk_bands(ctx);
	int best = -1;

	/* Bands are ordered by min_score: the last escalating one reached wins. */
	for (int i = 0; i < b->n; i++)
		if (b->band[i].escalated && score >= b->band[i].min_score)
			best = i;
	return best;
}

int ui_risk_escalation_min(struct ui_ctx *ctx)
{
	const struct risk_bands *b = ui_risk_bands(ctx);

	for (int i = 0; i < b->n; i++)
		if (b->band[i].escalated)
			return b->band[i].min_score;
	return 0;
}

void ui_risk_draw_score(struct ui_ctx *ctx, int y, int x, int w, int score, attr_t a)
{
	const struct risk_bands *b = ui_risk_bands(ctx);
	int band = risk_band_index(b, score);
	char buf[48];

	if (score <= 0 || band < 0) {
		ui_put_pad(y, x, w, a, score > 0 ? "?" : "-", 1);
		return;
	}
	/* The band's initial as well as its colour: mono terminals and screen readers. */
	if (w >= 12)
		snprintf(buf, sizeof(buf), "%2d %s", score, b->band[band].name);
	else
		snprintf(buf, sizeof(buf), "%2d %c", score, b->band[band].name[0]);
	ui_put_pad(y, x, w, ui_attr(ui_band_role(band)), buf, 0);
}

const char *ui_risk_trend_glyph(int previous_score, int score)
{
	int utf8 = ui_draw_utf8();

	if (previous_score <= 0 || score <= 0)
		return " ";
	switch (risk_trend(previous_score, score)) {
	case 1:
		return utf8 ? "\u2191" : "^";
	case -1:
		return utf8 ? "\u2193" : "v";
	default:
		return utf8 ? "\u2192" : "=";
	}
}

int ui_risk_is_overdue(const struct store_risk_item *r, const char *today)
{
	return r->review_date[0] && strcmp(r->review_date, today) < 0 &&
	       !r->closed;
}

void ui_risk_draw_review(int y, int x, int w, const struct store_risk_item *r, const char *today,
			 attr_t a)
{
	char buf[16];

	if (!r->review_date[0]) {
		ui_put(y, x, w, a, "-");
		return;
	}
	if (ui_risk_is_overdue(r, today)) {
		snprintf(buf, sizeof(buf), "%s!", r->review_date);
		ui_put(y, x, w, ui_attr(UI_ROLE_ERROR), buf);
		return;
	}
	ui_put(y, x, w, a, r->review_date);
}
