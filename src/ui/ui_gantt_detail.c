/* The Gantt's detail panel: the selected project's description, success measures, phases
 * with their quarters and milestones, read when the selection changes. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pmwb/money.h"
#include "ui_draw.h"
#include "ui_gantt_detail.h"

static void phase_text(const struct store_gantt_phase *p, char *buf, size_t size)
{
	char a[16], b[16];

	fy_quarter_format(p->start_q, a, sizeof(a));
	fy_quarter_format(p->end_q, b, sizeof(b));
	if (p->start_q == p->end_q)
		snprintf(buf, size, "%c %s", p->letter, a);
	else if (fy_quarter_fy(p->start_q) == fy_quarter_fy(p->end_q))
		snprintf(buf, size, "%c %s-Q%d", p->letter, a, fy_quarter_num(p->end_q));
	else
		snprintf(buf, size, "%c %s - %s", p->letter, a, b);
}

void gantt_detail_draw(struct gantt_detail *v, struct store_gantt *g, struct ui_ctx *ctx,
		       const struct gantt_row *row, struct ui_rect d, int side)
{
	char buf[2048], val[32];
	int y, end;

	if (side) {
		for (int i = 0; i < d.h; i++)
			ui_put(d.y + i, d.x - 1, 1, ui_attr(UI_ROLE_DIM), ui_glyph(UI_G_VLINE));
	} else {
		for (int i = 0; i < d.w; i++)
			ui_put(d.y, d.x + i, 1, ui_attr(UI_ROLE_DIM), ui_glyph(UI_G_HLINE));
		d.y++;
		d.h--;
	}
	y = d.y;
	end = d.y + d.h;
	if (!row)
		return;
	if (row->kind == GANTT_GROUP) {
		snprintf(buf, sizeof(buf), "%s %s", row->prog.code, row->prog.name);
		ui_put(y++, d.x, d.w, A_BOLD, buf);
		ui_wrap(y, d.x, d.w, end - y, 0,
			"Space folds or unfolds this programme's projects; 1 then Enter shows its "
			"people.");
		return;
	}
	if (v->detail_for != row->proj.id) {
		struct pmwb_error e;
		err_clear(&e);
		v->detail_for = row->proj.id;
		if (store_gantt_project_detail(g, row->proj.id, &v->d, &e) != PMWB_OK) {
			ui_error(ctx, &e);
			v->detail_for = 0;
			return;
		}
	}
	ui_put(y++, d.x, d.w, A_BOLD, row->proj.name);
	val[0] = '\0';
	if (row->proj.has_value)
		money_format(row->proj.value, MONEY_THOUSANDS, val, sizeof(val));
	snprintf(buf, sizeof(buf), "%s %s%s%s%s%s%s%s", row->prog.code, row->prog.name,
		 val[0] ? "; value " : "", val[0] == '-' ? "-" : "", val[0] ? ui_glyph(UI_G_POUND) : "",
		 val[0] == '-' ? val + 1 : val, val[0] ? "k" : "",
		 v->d.scope_refs[0] ? "; scope refs " : "");
	if (v->d.scope_refs[0])
		snprintf(buf + strlen(buf), sizeof(buf) - strlen(buf), "%s", v->d.scope_refs);
	if (y < end)
		ui_put(y++, d.x, d.w, ui_attr(UI_ROLE_DIM), buf);
	if (y < end && v->d.description[0]) {
		snprintf(buf, sizeof(buf), "Description: %s", v->d.description);
		y += ui_wrap(y, d.x, d.w, side ? end - y : 2, 0, buf);
	}
	if (y < end && v->d.success_measures[0]) {
		snprintf(buf, sizeof(buf), "Success measures: %s", v->d.success_measures);
		y += ui_wrap(y, d.x, d.w, side ? end - y : 2, 0, buf);
	}
	if (y < end) {
		int n = snprintf(buf, sizeof(buf), "Phases:");
		for (int i = 0; i < v->d.n_phases && n < (int)sizeof(buf) - 40; i++) {
			char p[48];
			phase_text(&v->d.phase[i], p, sizeof(p));
			n += snprintf(buf + n, sizeof(buf) - (size_t)n, "%s %s", i ? ";" : "", p);
		}
		if (v->d.n_phases == 0)
			snprintf(buf + n, sizeof(buf) - (size_t)n, " none planned");
		y += ui_wrap(y, d.x, d.w, end - y, 0, buf);
	}
	if (y < end) {
		int n = snprintf(buf, sizeof(buf), "Milestones:");
		for (int i = 0; i < v->d.n_milestones && n < (int)sizeof(buf) - 200; i++)
			n += snprintf(buf + n, sizeof(buf) - (size_t)n, "%s %s %s%s%s%s", i ? ";" : "",
				      ui_glyph(UI_G_MILESTONE), v->d.milestone[i].name,
				      v->d.milestone[i].due_text[0] ? " (" : "",
				      v->d.milestone[i].due_text,
				      v->d.milestone[i].due_text[0] ? ")" : "");
		if (v->d.n_milestones == 0)
			snprintf(buf + n, sizeof(buf) - (size_t)n, " none");
		else if (v->d.more_milestones)
			snprintf(buf + n, sizeof(buf) - (size_t)n, "; and more");
		ui_wrap(y, d.x, d.w, end - y, 0, buf);
	}
}

