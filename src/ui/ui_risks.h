/* Private to ui/: the risk register's views (the pane, the heat map, the escalation list,
 * the risk form) and the cells they draw alike. */
#ifndef PMWB_UI_RISKS_H
#define PMWB_UI_RISKS_H

#include "pmwb/risk.h"
#include "pmwb/store_query_risks.h"
#include "ui_draw.h"
#include "ui_view.h"

extern const struct ui_view_ops ui_riskcell_ops; /* ui_risks_ops opened on a heat-map cell */
extern const struct ui_view_ops ui_heatmap_ops;
extern const struct ui_view_ops ui_escalation_ops;
extern const struct ui_view_ops ui_riskform_ops;

/* What the risks view is opened on (its open() arg): the whole register (0), or one heat-map
 * cell's open risks, in one programme (has_programme; 0 the corporate register) or all. */
long long ui_risks_cell_arg(int likelihood, int impact, int has_programme,
			    long long programme_id);

/* The form's open() arg: a new risk, or one to edit or to close. */
long long ui_riskform_arg_add(void);
long long ui_riskform_arg_edit(long long id);
long long ui_riskform_arg_close(long long id);

/* The risk the last save or undo was about, once (0: none); the list selects it. */
long long ui_riskform_take_focus(void);
void ui_riskform_set_focus(long long id);

/* The filter line as typed after f: "BCF", "programme:BCF", "corporate", "owner:CCG",
 * "High", "band:High", "status:open", "open", "closed", "overdue", "escalated", and any
 * other word, matched in ref, title and owner; terms combine.  Starts from base (what the
 * view was opened on); desc says what was understood.  Returns 0, with the reason on the
 * message line, for a term it cannot use. */
int ui_risk_filter_parse(struct ui_ctx *ctx, struct store_risks *q,
			 const struct store_risk_filter_spec *base, const char *text,
			 struct store_risk_filter_spec *f, char *desc, size_t dsize);

/* store_risks_set_view, building the index the sort reads first when the file has none yet
 * (on screen: "indexing N risks..."); when it cannot be built (another writer, a read-only
 * file) the view pages without it and the message line says why. */
void ui_risk_set_view(struct ui_ctx *ctx, struct store_risks *q, enum store_risk_sort sort,
		      const struct store_risk_filter_spec *f);

/* "Today" for overdue reviews, ISO: the session's today (store_today), the same day the
 * shell reads its quarter from. */
void ui_risk_today(const struct ui_ctx *ctx, char buf[11]);

/* The bands the register is read with: the threshold table's (validated), else the
 * defaults with a message; fills `why` (may be NULL) when the table was refused. */
const struct risk_bands *ui_risk_bands(struct ui_ctx *ctx);

/* The band a score is in, -1 for none. */
int ui_risk_band(struct ui_ctx *ctx, int score);

/* Minimum score of the lowest escalating band (0: no band escalates). */
int ui_risk_escalation_min(struct ui_ctx *ctx);

/* The escalating band a score reaches (the highest escalating band at or below it), -1. */
int ui_risk_escalation_band(struct ui_ctx *ctx, int score);

/* Draw a score "12 H" in w columns coloured by its band (a in place of colour when unrated). */
void ui_risk_draw_score(struct ui_ctx *ctx, int y, int x, int w, int score, attr_t a);
/* The trend arrow since the previous history entry: up, down, level, or blank. */
const char *ui_risk_trend_glyph(int previous_score, int score);
/* The review date, flagged when overdue (open and before today). */
void ui_risk_draw_review(int y, int x, int w, const struct store_risk_item *r, const char *today,
			 attr_t a);
int ui_risk_is_overdue(const struct store_risk_item *r, const char *today);

#endif
