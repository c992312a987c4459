/* The scheme view's bar chart: for each month of the year a bar each for plan, forecast and
 * actual, drawn upwards in eighths of a cell with the block characters (▁ to █), or in whole
 * cells of '#', '+' and '*' when the terminal is not UTF-8.  Negative values (a scheme that
 * costs money) hang below the zero line in whole cells.  Heights are integer arithmetic on
 * the pounds, so the chart needs no floating point either. */
#include "config.h"

#include <string.h>

#include "ui_qipp_chart.h"

static const char *const eighths[9] = {" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
static const char ascii_bar[QIPP_CHART_SERIES] = {'#', '+', '*'};
static const enum ui_role series_role[QIPP_CHART_SERIES] = {UI_ROLE_GROUP, UI_ROLE_BAND1,
							    UI_ROLE_BAND0};

/* num / den rounded half away from zero; den > 0, num >= 0. */
static long long div_round(__int128 num, __int128 den)
{
	return (long long)((num * 2 + den) / (den * 2));
}

const char *ui_qipp_chart_glyph(int series, int utf8)
{
	static char one[QIPP_CHART_SERIES][2];

	if (series < 0 || series >= QIPP_CHART_SERIES)
		return "?";
	if (utf8)
		return eighths[8];
	one[series][0] = ascii_bar[series];
	one[series][1] = '\0';
	return one[series];
}

attr_t ui_qipp_chart_attr(int series)
{
	return series >= 0 && series < QIPP_CHART_SERIES ? ui_attr(series_role[series]) : 0;
}

static void put_cells(int y, int x, int w, attr_t a, const char *glyph)
{
	for (int i = 0; i < w; i++)
		ui_put(y, x + i, 1, a, glyph);
}

void ui_qipp_chart_draw(struct ui_rect r, const struct qipp_chart *c, int utf8)
{
	money_pounds maxv = 0, minv = 0;
	int bars_h = r.h - 1, group_w, bar_w, pos_rows, neg_rows;

	if (bars_h < 2 || r.w < QIPP_CHART_MONTHS * QIPP_CHART_SERIES)
		return;
	for (int m = 0; m < QIPP_CHART_MONTHS; m++)
		for (int s = 0; s < QIPP_CHART_SERIES; s++) {
			if (!c->has[m][s])
				continue;
			if (c->value[m][s] > maxv)
				maxv = c->value[m][s];
			if (c->value[m][s] < minv)
				minv = c->value[m][s];
		}
	group_w = r.w / QIPP_CHART_MONTHS;
	bar_w = group_w > QIPP_CHART_SERIES ? (group_w - 1) / QIPP_CHART_SERIES : 1;
	/* Rows above and below the zero line in proportion to the largest and the most
	 * negative value; at least one row for each side that has a value. */
	neg_rows = 0;
	if (minv < 0) {
		neg_rows = (int)div_round((__int128)bars_h * -minv, (__int128)maxv - minv);
		if (neg_rows < 1)
			neg_rows = 1;
		if (maxv > 0 && neg_rows > bars_h - 1)
			neg_rows = bars_h - 1;
	}
	pos_rows = bars_h - neg_rows;
	for (int m = 0; m < QIPP_CHART_MONTHS; m++) {
		int gx = r.x + m * group_w;
		for (int s = 0; s < QIPP_CHART_SERIES; s++) {
			money_pounds v = c->value[m][s];
			int x = gx + s * bar_w;
			attr_t a = ui_qipp_chart_attr(s);
			if (!c->has[m][s] || v == 0)
				continue;
			if (v > 0) {
				long long h8 = div_round((__int128)v * pos_rows * 8, maxv);
				if (h8 < 1)
					h8 = 1; /* something saved is never drawn as nothing */
				if (!utf8)
					h8 = (h8 + 4) / 8 * 8 > 0 ? (h8 + 4) / 8 * 8 : 8;
				for (int row = 0; row < pos_rows && h8 > 0; row++, h8 -= 8) {
					int y = r.y + pos_rows - 1 - row;
					put_cells(y, x, bar_w, a,
						  utf8 ? eighths[h8 >= 8 ? 8 : h8]
						       : ui_qipp_chart_glyph(s, 0));
				}
			} else {
				long long cells = div_round((__int128)-v * neg_rows, -minv);
				if (cells < 1)
					cells = 1;
				for (int row = 0; row < cells && row < neg_rows; row++)
					put_cells(r.y + pos_rows + row, x, bar_w, a,
						  ui_qipp_chart_glyph(s, utf8));
			}
		}
		if (c->label[m][0])
			ui_put(r.y + bars_h, gx, group_w, c->label_attr[m], c->label[m]);
	}
}
