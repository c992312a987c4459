/* Matching a header row to a kind's fields.  Real sheets write "Risk Ref", "Likelihood
 * (1-5)" or "Plan 2013/14 £'000" where the seed files write ref, likelihood and
 * fy2013_14_plan_k, so both sides are reduced to lower-case letters and digits before
 * comparing, and each field carries the aliases registers use. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import_impl.h"
#include "pmwb/text.h"

size_t import_header_normalise(const char *s, char *out, size_t size)
{
	return text_fold(s, strlen(s), out, size);
}

static int matches(const char *norm, const struct import_field *f)
{
	char buf[128];
	const char *p = f->aliases;

	import_header_normalise(f->name, buf, sizeof(buf));
	if (strcmp(norm, buf) == 0)
		return 1;
	while (p && *p) {
		const char *bar = strchr(p, '|');
		size_t len = bar ? (size_t)(bar - p) : strlen(p);
		char alias[128];
		if (len >= sizeof(alias))
			len = sizeof(alias) - 1;
		memcpy(alias, p, len);
		alias[len] = '\0';
		import_header_normalise(alias, buf, sizeof(buf));
		if (strcmp(norm, buf) == 0)
			return 1;
		p = bar ? bar + 1 : NULL;
	}
	return 0;
}

static int field_named(const struct import_kind *k, const char *name)
{
	char want[128], have[128];

	import_header_normalise(name, want, sizeof(want));
	for (int i = 0; i < k->nfields; i++) {
		import_header_normalise(k->fields[i].name, have, sizeof(have));
		if (strcmp(want, have) == 0)
			return i;
	}
	return -1;
}

int import_header_match(const struct import_run *run, const struct csvin_record *rec,
			struct import_map *m)
{
	const struct import_kind *k = run->kind;
	int recognised = 0;
	size_t ncols = rec->nfields;

	while (ncols > 0) {
		size_t len;
		text_trim(rec->field[ncols - 1], &len);
		if (len)
			break;
		ncols--;
	}
	m->ncols = (int)ncols;
	for (int i = 0; i < IMPORT_MAX_FIELDS; i++)
		m->field_col[i] = -1;
	for (size_t c = 0; c < ncols; c++) {
		char norm[256], rest[256];
		int f = -1, code = 0;
		enum money_unit unit;

		m->col_code[c] = 0;
		/* "Forecast (£m)" is the forecast field, in millions */
		m->col_unit[c] = money_unit_from_header(rec->field[c], &unit, rest, sizeof(rest),
							NULL) == PMWB_OK
					 ? (int)unit
					 : -1;
		import_header_normalise(m->col_unit[c] > 0 ? rest : rec->field[c], norm,
					sizeof(norm));
		if (!norm[0]) {
			m->col_field[c] = MAP_BLANK;
			continue;
		}
		/* export --with-source: provenance is pmwb's own, never read back */
		if (strcmp(norm, "srcfile") == 0 || strcmp(norm, "srcline") == 0) {
			m->col_field[c] = MAP_IGNORED;
			continue;
		}
		/* --map first: the user knows their sheet better than the aliases. */
		for (int i = 0; i < run->o->nmaps && f < 0; i++) {
			char mh[256];
			import_header_normalise(run->o->map[i].header, mh, sizeof(mh));
			if (strcmp(mh, norm) == 0)
				f = field_named(k, run->o->map[i].field);
		}
		for (int i = 0; i < k->nfields && f < 0; i++)
			if (matches(norm, &k->fields[i]))
				f = i;
		if (f >= 0 && (k->fields[f].flags & IMPORT_DERIVED)) {
			m->col_field[c] = MAP_IGNORED;
			continue;
		}
		if (f >= 0 && m->field_col[f] < 0) {
			m->col_field[c] = f;
			m->field_col[f] = (int)c;
			recognised++;
			continue;
		}
		if (f < 0 && k->classify && k->classify(run, rec->field[c], &code)) {
			m->col_field[c] = MAP_DYNAMIC;
			m->col_code[c] = code;
			recognised++;
			continue;
		}
		if (f >= 0) {
			/* a second column for a field already taken: the first one wins */
			m->col_field[c] = MAP_REPEATED;
			m->col_code[c] = f;
			continue;
		}
		m->col_field[c] = MAP_UNKNOWN;
	}
	return recognised;
}

/* Years in a header: "2013/14", "2013-14", "2013_14", "201314" once punctuation is gone,
 * or "2013/2014".  Returns the start year or -1; *end is just after it in norm. */
static int find_fy(const char *norm, const char **end)
{
	for (const char *p = norm; *p; p++) {
		int y, next;
		if (!(p[0] >= '0' && p[0] <= '9' && p[1] >= '0' && p[1] <= '9' && p[2] >= '0' &&
		      p[2] <= '9' && p[3] >= '0' && p[3] <= '9'))
			continue;
		y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
		if (y < FY_MIN_YEAR || y > FY_MAX_YEAR)
			continue;
		if (p[4] >= '0' && p[4] <= '9' && p[5] >= '0' && p[5] <= '9') {
			next = (p[4] - '0') * 10 + (p[5] - '0');
			if (p[6] >= '0' && p[6] <= '9' && p[7] >= '0' && p[7] <= '9') {
				int y2 = next * 100 + (p[6] - '0') * 10 + (p[7] - '0');
				if (y2 == y + 1) {
					*end = p + 8;
					return y;
				}
			}
			if (next == (y + 1) % 100) {
				*end = p + 6;
				return y;
			}
		}
	}
	return -1;
}

int import_classify_fy_column(const char *header, int *code)
{
	char norm[256];
	const char *end;
	int fy, what = QIPP_NET;

	import_header_normalise(header, norm, sizeof(norm));
	fy = find_fy(norm, &end);
	if (fy < 0)
		return 0;
	/* a quarter column ("2013/14 Q1") is not a plan year */
	if (end[0] == 'q' && end[1] >= '1' && end[1] <= '4')
		return 0;
	if (strstr(norm, "gross"))
		what = QIPP_GROSS;
	else if (strstr(norm, "forecast") || strstr(norm, "outturn") || strstr(norm, "fot"))
		what = QIPP_FORECAST;
	else if (strstr(norm, "actual") || strstr(norm, "budget") || strstr(norm, "spend"))
		return 0;
	*code = fy * 4 + what;
	return 1;
}

static int money_column(const struct import_run *run, const struct import_map *m, int c)
{
	int f = m->col_field[c];

	if (f == MAP_DYNAMIC)
		return run->kind->dynamic_money;
	return f >= 0 && (run->kind->fields[f].flags & IMPORT_MONEY);
}

enum money_unit import_column_unit(const struct import_run *run, long column)
{
	int u = column > 0 && column <= run->map.ncols ? run->map.col_unit[column - 1] : 0;

	return u > 0 ? (enum money_unit)u : IMPORT_MONEY_UNIT;
}

/* One notice per unit: "money read in £ (as its header says): 'Plan 2013/14 (£)'". */
static void note_unit(struct import_run *run, const struct csvin_record *rec, int unit,
		      int stated)
{
	char list[512] = "";
	int n = 0;

	for (int c = 0; c < run->map.ncols; c++) {
		size_t len = strlen(list);
		if (!money_column(run, &run->map, c) ||
		    (stated ? run->map.col_unit[c] != unit : run->map.col_unit[c] != 0))
			continue;
		if (len + 8 < sizeof(list))
			snprintf(list + len, sizeof(list) - len, "%s'%s' (column %d)",
				 n ? ", " : "", rec->field[c], c + 1);
		n++;
	}
	if (!n)
		return;
	if (stated)
		import_notice(run, rec->line, 0, "money read in %s, as the header says: %s",
			      money_unit_name((enum money_unit)unit), list);
	else
		import_notice(run, rec->line, 0,
			      "money read in %s, the unit of pmwb's %s files, since the header "
			      "states none: %s",
			      money_unit_name(IMPORT_MONEY_UNIT), run->kind->name, list);
}

enum pmwb_status import_header_units(struct import_run *run, const struct csvin_record *rec,
				     struct pmwb_error *e)
{
	static const int units[] = {MONEY_POUNDS, MONEY_THOUSANDS, MONEY_MILLIONS};

	for (int c = 0; c < run->map.ncols; c++) {
		struct pmwb_error why;
		enum money_unit u;
		if (run->map.col_unit[c] >= 0 || !money_column(run, &run->map, c))
			continue;
		err_clear(&why);
		money_unit_from_header(rec->field[c], &u, NULL, 0, &why);
		return err_set_at(e, PMWB_INPUT, run->file, rec->line, c + 1, "%s", why.msg);
	}
	note_unit(run, rec, 0, 0);
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		note_unit(run, rec, units[i], 1);
	/* for the file's import run: each money column and the unit it was read in */
	run->units[0] = '\0';
	for (int c = 0; c < run->map.ncols; c++) {
		size_t len = strlen(run->units);
		if (money_column(run, &run->map, c))
			snprintf(run->units + len, sizeof(run->units) - len, "%s'%s' %s",
				 len ? ", " : "", rec->field[c],
				 money_unit_name(import_column_unit(run, c + 1)));
	}
	return PMWB_OK;
}

/* export's own style of column name: lower-case letters, digits and underscores */
static int pmwb_style(const char *cell)
{
	if (!*cell)
		return 1;
	for (; *cell; cell++)
		if (!((*cell >= 'a' && *cell <= 'z') || (*cell >= '0' && *cell <= '9') || *cell == '_'))
			return 0;
	return 1;
}

int import_header_is_pmwbs(const struct csvin_record *rec)
{
	char norm[256];
	const char *end;

	for (size_t c = 0; c < rec->nfields; c++) {
		if (pmwb_style(rec->field[c]))
			continue;
		import_header_normalise(rec->field[c], norm, sizeof(norm));
		if (find_fy(norm, &end) < 0)
			return 0;
	}
	return 1;
}
