/* The Risks pane's filter line, read into a store filter: terms separated by blanks, each
 * "key:value" (or "key=value"; "..." keeps blanks in a value) or a bare word. */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "pmwb/text.h"
#include "ui_filter.h"
#include "ui_risks.h"

static int band_named(struct ui_ctx *ctx, const char *name)
{
	const struct risk_bands *b = ui_risk_bands(ctx);

	for (int i = 0; i < b->n; i++)
		if (!strcasecmp(b->band[i].name, name))
			return i;
	return -1;
}

/* org:NAME: one organisation's programmes' risks and its corporate register. */
static int organisation_term(struct ui_ctx *ctx, const char *val,
			     struct store_risk_filter_spec *f, char *desc, size_t dsize)
{
	char d[300];
	long long id;

	if (!ui_filter_organisation(ctx, val, &id, NULL, 0))
		return 0;
	f->organisation_id = id;
	snprintf(d, sizeof(d), "organisation %s", val);
	ui_filter_describe(desc, dsize, d);
	return 1;
}

int ui_risk_filter_parse(struct ui_ctx *ctx, struct store_risks *q,
			 const struct store_risk_filter_spec *base, const char *text,
			 struct store_risk_filter_spec *f, char *desc, size_t dsize)
{
	const struct risk_bands *b = ui_risk_bands(ctx);
	char key[32], val[128], d[192];
	const char *s = text;
	struct pmwb_error e;

	*f = *base;
	ui_risk_today(ctx, f->today);
	desc[0] = '\0';
	while ((s = ui_filter_next(s, key, sizeof(key), val, sizeof(val)))) {
		int band;
		long long pid;
		char code[STORE_CODE_MAX];
		int found = 0;

		err_clear(&e);
		if (!key[0] && !strcasecmp(val, "overdue")) {
			f->overdue = 1;
			ui_filter_describe(desc, dsize, "overdue reviews");
		} else if (!key[0] && !strcasecmp(val, "escalated")) {
			f->min_score = ui_risk_escalation_min(ctx);
			if (!f->min_score) {
				ui_message(ctx, "no risk band escalates, so nothing can be escalated");
				return 0;
			}
			f->open_only = 1;
			ui_filter_describe(desc, dsize, "escalated");
		} else if (!key[0] && !strcasecmp(val, "open")) {
			f->open_only = 1;
			ui_filter_describe(desc, dsize, "open");
		} else if (!key[0] && !strcasecmp(val, "closed")) {
			f->closed_only = 1;
			ui_filter_describe(desc, dsize, "closed");
		} else if (!key[0] && !strcasecmp(val, "corporate")) {
			f->has_programme = 1;
			f->programme_id = 0;
			ui_filter_describe(desc, dsize, "corporate register");
		} else if ((!key[0] || ui_filter_key(key, "band", "b")) && (band = band_named(ctx, val)) >= 0) {
			f->min_score = b->band[band].min_score;
			f->max_score = b->band[band].max_score;
			snprintf(d, sizeof(d), "band %s", b->band[band].name);
			ui_filter_describe(desc, dsize, d);
		} else if (ui_filter_key(key, "band", "b")) {
			ui_message(ctx, "there is no risk band \"%s\"; the bands are named in the "
					"threshold table (Low, Moderate, High, Extreme by default)", val);
			return 0;
		} else if (ui_filter_key(key, "owner", "o")) {
			text_copy(f->owner, sizeof(f->owner), val);
			snprintf(d, sizeof(d), "owner %s", val);
			ui_filter_describe(desc, dsize, d);
		} else if (ui_filter_key(key, "status", "st")) {
			if (!strcasecmp(val, "open"))
				f->open_only = 1;
			else
				text_copy(f->status, sizeof(f->status), val);
			snprintf(d, sizeof(d), "status %s", val);
			ui_filter_describe(desc, dsize, d);
		} else if (ui_filter_key(key, "programme", "p") || !key[0]) {
			if (store_risks_programme(q, val, &pid, code, sizeof(code), &found, &e) !=
			    PMWB_OK) {
				ui_error(ctx, &e);
				return 0;
			}
			if (found) {
				f->has_programme = 1;
				f->programme_id = pid;
				snprintf(d, sizeof(d), "programme %s", code);
				ui_filter_describe(desc, dsize, d);
			} else if (key[0]) {
				ui_message(ctx, "there is no programme \"%s\"; corporate shows the "
						"organisation's own register", val);
				return 0;
			} else {
				text_copy(f->text, sizeof(f->text), val);
				snprintf(d, sizeof(d), "\"%s\"", val);
				ui_filter_describe(desc, dsize, d);
			}
		} else if (ui_filter_key(key, "organisation", "org")) {
			if (!organisation_term(ctx, val, f, desc, dsize))
				return 0;
		} else if (ui_filter_key(key, "text", "t")) {
			text_copy(f->text, sizeof(f->text), val);
			snprintf(d, sizeof(d), "\"%s\"", val);
			ui_filter_describe(desc, dsize, d);
		} else {
			ui_message(ctx, "\"%s:\" is not a filter; use programme:, owner:, band:, "
					"status:, org:, text:, or overdue, escalated, open, closed", key);
			return 0;
		}
	}
	return 1;
}

