/* A bar chart of a scheme's year by month: plan, forecast and actual side by side in each
 * month, in block characters (ASCII when the terminal is not UTF-8).  Private to ui/. */
#ifndef PMWB_UI_QIPP_CHART_H
#define PMWB_UI_QIPP_CHART_H

#include "pmwb/money.h"
#include "ui_draw.h"
#include "ui_view.h"

#define QIPP_CHART_MONTHS 12
#define QIPP_CHART_SERIES 3 /* plan, forecast, actual */

struct qipp_chart {
	money_pounds value[QIPP_CHART_MONTHS][QIPP_CHART_SERIES];
	int has[QIPP_CHART_MONTHS][QIPP_CHART_SERIES];
	char label[QIPP_CHART_MONTHS][8]; /* under each month ("A", "Apr") */
	attr_t label_attr[QIPP_CHART_MONTHS];
};

/* Bars in r's rows but the last, month labels in the last; needs r.w >= 36 and r.h >= 3. */
void ui_qipp_chart_draw(struct ui_rect r, const struct qipp_chart *c, int utf8);
/* A series' full-cell glyph and colour, for the legend. */
const char *ui_qipp_chart_glyph(int series, int utf8);
attr_t ui_qipp_chart_attr(int series);

#endif
