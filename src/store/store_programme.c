/* Programmes. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pmwb/name_match.h"
#include "pmwb/store_programme.h"
#include "pmwb/text.h"
#include "store_entity.h"

static const struct store_column cols[STORE_PROGRAMME_NCOLS] = {
	[STORE_PROGRAMME_CODE] = {"code", STORE_TEXT, STORE_KEY},
	[STORE_PROGRAMME_NAME] = {"name", STORE_TEXT, 0},
	[STORE_PROGRAMME_ORGANISATION] = {"organisation", STORE_TEXT, 0},
	[STORE_PROGRAMME_CHAIR] = {"chair", STORE_TEXT, 0},
	[STORE_PROGRAMME_SRO] = {"sro", STORE_TEXT, 0},
	[STORE_PROGRAMME_LEAD] = {"lead", STORE_TEXT, 0},
	[STORE_PROGRAMME_MANAGER] = {"manager", STORE_TEXT, 0},
	[STORE_PROGRAMME_START_FY] = {"start_fy", STORE_INT, 0},
	[STORE_PROGRAMME_END_FY] = {"end_fy", STORE_INT, 0},
	[STORE_PROGRAMME_SUMMARY] = {"summary", STORE_TEXT, 0},
	[STORE_PROGRAMME_SOURCE] = {"source", STORE_TEXT, 0},
	[STORE_PROGRAMME_SRC_FILE] = {"src_file", STORE_TEXT, STORE_SRC},
	[STORE_PROGRAMME_SRC_LINE] = {"src_line", STORE_INT, STORE_SRC},
};

const struct store_entity store_programme_entity = {
	.table = "programme",
	.label = "programme",
	.cols = cols,
	.ncols = STORE_PROGRAMME_NCOLS,
	.has_rowid = 1,
	.slot = 0,
	.replace_keeps_children = 1,
	.replace_group_column = "organisation",
};

struct tier {
	int n;
	long long id;
	char codes[256];
};

static void tier_add(struct tier *t, long long id, const char *code)
{
	size_t len = strlen(t->codes);

	if (t->n++ == 0)
		t->id = id;
	snprintf(t->codes + len, sizeof(t->codes) - len, "%s%s", len ? ", " : "", code);
}

/* "BCF - Better Care Fund", "BCF: Better Care Fund", as a sheet's drop-down list writes a
 * programme: the code, then the name, which must be that programme's. */
static enum pmwb_status by_code_and_name(struct store *st, const char *text, long long *id,
					 enum store_programme_match *match, struct pmwb_error *e)
{
	static const char *const seps[] = {" - ", " \xe2\x80\x93 ", ": "};
	const char *sep = NULL, *rest = NULL;
	char code[128];
	size_t n;
	sqlite3_stmt *q;
	int rc;

	for (size_t i = 0; i < sizeof(seps) / sizeof(seps[0]) && !sep; i++)
		if ((sep = strstr(text, seps[i])) != NULL)
			rest = sep + strlen(seps[i]);
	if (!sep || sep == text || (n = (size_t)(sep - text)) >= sizeof(code))
		return PMWB_OK;
	memcpy(code, text, n);
	code[n] = '\0';
	if (store_prepare(st, "SELECT id, name FROM programme WHERE code = ?1 COLLATE NOCASE", &q,
			  e) != PMWB_OK)
		return e->status;
	sqlite3_bind_text(q, 1, code, -1, SQLITE_STATIC);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW && sqlite3_column_text(q, 1) &&
	    name_match_tier((const char *)sqlite3_column_text(q, 1), rest) >= 0) {
		*id = sqlite3_column_int64(q, 0);
		*match = STORE_PROGRAMME_FOUND;
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_db_error(st, e, "looking a programme up");
	return PMWB_OK;
}

enum pmwb_status store_programme_lookup(struct store_batch *b, const char *code_or_name,
					long long *id, enum store_programme_match *match,
					char *codes, size_t codes_size, struct pmwb_error *e)
{
	struct store *st = store_batch_store(b);
	struct tier tiers[NAME_MATCH_TIERS] = {{0}};
	sqlite3_stmt *q;
	int rc;

	*match = STORE_PROGRAMME_NONE;
	if (codes_size)
		codes[0] = '\0';
	if (store_prepare(st, "SELECT id FROM programme WHERE code = ?1 COLLATE NOCASE", &q, e) !=
	    PMWB_OK)
		return e->status;
	sqlite3_bind_text(q, 1, code_or_name, -1, SQLITE_STATIC);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(q, 0);
		*match = STORE_PROGRAMME_FOUND;
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_db_error(st, e, "looking a programme up");
	if (*match == STORE_PROGRAMME_FOUND)
		return PMWB_OK;

	if (store_prepare(st, "SELECT id, code, name FROM programme ORDER BY code", &q, e) !=
	    PMWB_OK)
		return e->status;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		long long pid = sqlite3_column_int64(q, 0);
		const char *code = (const char *)sqlite3_column_text(q, 1);
		const char *name = (const char *)sqlite3_column_text(q, 2);
		int t = code && name ? name_match_tier(name, code_or_name) : -1;
		/* only the strictest: the first tier anyone is in decides, whoever else is in
		 * looser ones */
		if (t >= 0)
			tier_add(&tiers[t], pid, code);
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "looking a programme up");
	for (int t = 0; t < NAME_MATCH_TIERS; t++) {
		if (tiers[t].n == 0)
			continue;
		if (tiers[t].n == 1) {
			*id = tiers[t].id;
			*match = STORE_PROGRAMME_FOUND;
		} else {
			*match = STORE_PROGRAMME_AMBIGUOUS;
			if (codes_size)
				text_copy(codes, codes_size, tiers[t].codes);
		}
		break;
	}
	if (*match == STORE_PROGRAMME_NONE)
		return by_code_and_name(st, code_or_name, id, match, e);
	return PMWB_OK;
}
