/* --replace: after a file's rows are written, the rows it covers but no longer lists are
 * deleted (store_batch.h).  What it covers the caller says: the programmes the file's rows
 * belong to, and for rows of no programme their organisations; for an entity of no
 * programme the whole table, or the groups of the rows written (a programme's organisation).
 * The rows that go with them (a scheme's plan years and months, a project's phases and
 * milestones) are found through the schema's foreign keys, counted and said, never silently
 * lost. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pmwb/store_index.h"
#include "pmwb/text.h"
#include "store_entity.h"

#define MAX_CHILDREN 16 /* tables referring to one; the schema has at most 6 */
#define KEYS_SHOWN 10

struct child {
	char table[64];
	char column[64];
	int cascade; /* else RESTRICT or NO ACTION: the row may not go while it has these */
};

/* "qipp_scheme" -> "qipp scheme", "qipp schemes"; "risk_history" -> "risk histories". */
static void table_words(const char *table, long n, char *buf, size_t size)
{
	size_t len;

	text_copy(buf, size, table);
	for (char *p = buf; *p; p++)
		if (*p == '_')
			*p = ' ';
	len = strlen(buf);
	if (n == 1 || len == 0 || len + 3 >= size)
		return;
	if (buf[len - 1] == 'y')
		snprintf(buf + len - 1, size - len + 1, "ies");
	else
		snprintf(buf + len, size - len, "s");
}

/* The tables whose rows refer to ent's, from the schema (SET NULL ones lose nothing). */
static enum pmwb_status children_of(struct store *st, const struct store_entity *ent,
				    struct child *c, int *n, struct pmwb_error *e)
{
	sqlite3_stmt *q;
	int rc;

	*n = 0;
	if (store_prepare(st,
			  "SELECT m.name, f.\"from\", f.on_delete FROM sqlite_schema m, "
			  "pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND "
			  "f.\"table\" = ?1 AND f.on_delete <> 'SET NULL' "
			  "ORDER BY f.on_delete <> 'CASCADE', m.name",
			  &q, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_text(q, 1, ent->table, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		if (*n == MAX_CHILDREN) {
			sqlite3_finalize(q);
			return err_set(e, PMWB_DB, "%s has more tables referring to it than --replace "
				       "checks", ent->table);
		}
		text_copy(c[*n].table, sizeof(c[*n].table), (const char *)sqlite3_column_text(q, 0));
		text_copy(c[*n].column, sizeof(c[*n].column),
			  (const char *)sqlite3_column_text(q, 1));
		c[*n].cascade = strcmp((const char *)sqlite3_column_text(q, 2), "CASCADE") == 0 &&
				!ent->replace_keeps_children;
		(*n)++;
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "reading the schema");
	return PMWB_OK;
}

/* Whose rows one pass deletes: every row, a programme's, or an organisation's own. */
enum scope_kind { SCOPE_ALL, SCOPE_PROGRAMME, SCOPE_ORGANISATION };

/* " AND k.k1 = q.code AND k.k2 = ifnull(q.period, '')": kept row k is row q (q: a table
 * name or an alias).  A key that may be NULL is kept as 0 or '' (keep_key), so that every
 * term is an equality the kept keys' index answers: IS would make it a scan per row. */
static void kept_match(const struct store_entity *ent, const char *q, char *sql, size_t size)
{
	int k = 1;

	for (int i = 0; i < ent->ncols; i++) {
		const struct store_column *c = &ent->cols[i];
		size_t len = strlen(sql);
		if (!(c->flags & STORE_KEY))
			continue;
		if (c->flags & STORE_KEY_NULL)
			snprintf(sql + len, size - len, " AND k.k%d = ifnull(%s.%s, %s)", k++, q,
				 c->name, c->type == STORE_INT ? "0" : "''");
		else
			snprintf(sql + len, size - len, " AND k.k%d = %s.%s", k++, q, c->name);
	}
}

/* The scope, ?1 its programme or organisation.  Every row, for an entity of no programme,
 * unless it names a column that groups its rows (a programme's organisation): then the rows
 * of the groups the written rows are in, so that one organisation's programmes file leaves
 * another's programmes alone. */
static void scope_condition(const struct store_entity *ent, enum scope_kind kind, char *sql,
			    size_t size)
{
	const char *col = ent->replace_group_column;

	if (kind == SCOPE_PROGRAMME || kind == SCOPE_ORGANISATION) {
		snprintf(sql, size, "%s",
			 kind == SCOPE_PROGRAMME ? ent->programme_scope : ent->organisation_scope);
		return;
	}
	if (!col) {
		snprintf(sql, size, "1");
		return;
	}
	snprintf(sql, size,
		 "ifnull(%s, '') COLLATE NOCASE IN (SELECT ifnull(x.%s, '') FROM %s x WHERE "
		 "EXISTS (SELECT 1 FROM temp.store_kept k WHERE k.slot = %d",
		 col, col, ent->table, ent->slot);
	kept_match(ent, "x", sql, size);
	snprintf(sql + strlen(sql), size - strlen(sql), "))");
}

/* cond: which rows go: in the scope, and not written since tracking. */
static void doomed_condition(const struct store_entity *ent, enum scope_kind kind, char *sql,
			     size_t size)
{
	char scope[768];

	scope_condition(ent, kind, scope, sizeof(scope));
	snprintf(sql, size, "(%s) AND NOT EXISTS (SELECT 1 FROM temp.store_kept k WHERE k.slot = %d",
		 scope, ent->slot);
	kept_match(ent, ent->table, sql, size);
	snprintf(sql + strlen(sql), size - strlen(sql), ")");
}

/* How a row is named in messages: its text key columns ("BCF", "R12", "Gynaecology"). */
static void name_expr(const struct store_entity *ent, char *sql, size_t size)
{
	snprintf(sql, size, "''");
	for (int i = 0; i < ent->ncols; i++) {
		size_t len = strlen(sql);
		if ((ent->cols[i].flags & STORE_KEY) && ent->cols[i].type == STORE_TEXT)
			snprintf(sql + len, size - len, " || ' ' || ifnull(%s, '')", ent->cols[i].name);
	}
}

/* A statement over one programme's rows: ?1 is the programme (NULL: the rows of none);
 * bind 0 when the statement covers the whole table. */
static enum pmwb_status prepare_scoped(struct store *st, const char *sql, int bind, long long id,
				       int null_id, sqlite3_stmt **q, struct pmwb_error *e)
{
	if (store_prepare(st, sql, q, e) != PMWB_OK)
		return e->status;
	if (bind && null_id)
		sqlite3_bind_null(*q, 1);
	else if (bind)
		sqlite3_bind_int64(*q, 1, id);
	return PMWB_OK;
}

static enum pmwb_status count_rows(struct store *st, const char *sql, int bind, long long id,
				   int null_id, long *n, struct pmwb_error *e)
{
	sqlite3_stmt *q;
	int rc;

	if (prepare_scoped(st, sql, bind, id, null_id, &q, e) != PMWB_OK)
		return e->status;
	rc = sqlite3_step(q);
	*n = rc == SQLITE_ROW ? (long)sqlite3_column_int64(q, 0) : 0;
	sqlite3_finalize(q);
	if (rc != SQLITE_ROW)
		return store_db_error(st, e, "counting the rows --replace deletes");
	return PMWB_OK;
}

/* The rows that would go and still have rows of other files referring to them: refused,
 * each named with what it still has. */
static enum pmwb_status refuse_kept_children(struct store *st, const struct store_entity *ent,
					     const char *cond, int bind, long long id, int null_id,
					     const struct child *c, int nc, struct pmwb_error *e)
{
	/* what is named fits the message with its advice; the rest are counted */
	char sql[2048], names[128], what[280] = "", one[160], word[64];
	sqlite3_stmt *q;
	int shown = 0, more = 0, rc;

	name_expr(ent, names, sizeof(names));
	snprintf(sql, sizeof(sql), "SELECT trim(%s)", names);
	for (int i = 0; i < nc; i++)
		snprintf(sql + strlen(sql), sizeof(sql) - strlen(sql),
			 ", (SELECT count(*) FROM %s WHERE %s = %s.rowid)", c[i].table, c[i].column,
			 ent->table);
	snprintf(sql + strlen(sql), sizeof(sql) - strlen(sql), " FROM %s WHERE %s ORDER BY 1",
		 ent->table, cond);
	if (prepare_scoped(st, sql, bind, id, null_id, &q, e) != PMWB_OK)
		return e->status;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		int any = 0;
		for (int i = 0; i < nc; i++)
			any |= !c[i].cascade && sqlite3_column_int64(q, i + 1) > 0;
		if (!any)
			continue;
		snprintf(one, sizeof(one), "%s%s (", shown ? "; " : "",
			 (const char *)sqlite3_column_text(q, 0));
		for (int i = 0, first = 1; i < nc; i++) {
			long n = (long)sqlite3_column_int64(q, i + 1);
			if (!n || c[i].cascade)
				continue;
			table_words(c[i].table, n, word, sizeof(word));
			snprintf(one + strlen(one), sizeof(one) - strlen(one), "%s%ld %s",
				 first ? "" : ", ", n, word);
			first = 0;
		}
		snprintf(one + strlen(one), sizeof(one) - strlen(one), ")");
		if (more || strlen(what) + strlen(one) + 20 >= sizeof(what)) {
			more++;
			continue;
		}
		snprintf(what + strlen(what), sizeof(what) - strlen(what), "%s", one);
		shown++;
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "reading what --replace would delete");
	if (!shown)
		return PMWB_OK;
	if (more)
		snprintf(what + strlen(what), sizeof(what) - strlen(what), " and %d more", more);
	shown += more;
	return err_set(e, PMWB_INPUT,
		       "--replace would delete %s%s %s, which the file does not list but which "
		       "still ha%s rows of %s own; keep %s in the file (--replace never deletes a "
		       "%s's plans, risks or schemes with it).  Nothing was imported",
		       ent->label, shown == 1 ? "" : "s", what, shown == 1 ? "s" : "ve",
		       shown == 1 ? "its" : "their", shown == 1 ? "it" : "them", ent->label);
}

/* The names of the rows that go, when there are few (r->keys). */
static enum pmwb_status name_rows(struct store *st, const struct store_entity *ent,
				  const char *cond, int bind, long long id, int null_id,
				  struct store_replace_result *r, struct pmwb_error *e)
{
	char sql[1536], names[128];
	sqlite3_stmt *q;
	int rc;

	name_expr(ent, names, sizeof(names));
	if (!strcmp(names, "''"))
		return PMWB_OK; /* keyed by numbers only (a scheme's months): counted, not named */
	snprintf(sql, sizeof(sql), "SELECT trim(%s) FROM %s WHERE %s ORDER BY 1", names,
		 ent->table, cond);
	if (prepare_scoped(st, sql, bind, id, null_id, &q, e) != PMWB_OK)
		return e->status;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		size_t len = strlen(r->keys);
		snprintf(r->keys + len, sizeof(r->keys) - len, "%s%s", len ? ", " : "",
			 (const char *)sqlite3_column_text(q, 0));
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "naming the rows --replace deletes");
	return PMWB_OK;
}

/* The audit's key: the programme or organisation as people know it. */
static void scope_key(struct store *st, enum scope_kind kind, long long id, char *key,
		      size_t size)
{
	const char *what = kind == SCOPE_PROGRAMME ? "programme" : "organisation";
	sqlite3_stmt *q;

	key[0] = '\0';
	if (kind == SCOPE_ALL)
		return;
	snprintf(key, size, kind == SCOPE_ORGANISATION && !id ? "no organisation" : "%s %lld",
		 what, id);
	if (!id ||
	    store_prepare(st,
			  kind == SCOPE_PROGRAMME ? "SELECT code FROM programme WHERE id = ?1"
						  : "SELECT name FROM organisation WHERE id = ?1",
			  &q, NULL) != PMWB_OK)
		return;
	sqlite3_bind_int64(q, 1, id);
	if (sqlite3_step(q) == SQLITE_ROW && sqlite3_column_text(q, 0))
		snprintf(key, size, "%s %s", what, sqlite3_column_text(q, 0));
	sqlite3_finalize(q);
}

/* One programme's or organisation's rows (or the whole table's): counted, named, checked,
 * deleted, audited.  id 0 for an organisation: the rows of none. */
static enum pmwb_status replace_one(struct store_batch *b, const struct store_entity *ent,
				    enum scope_kind kind, long long id, const struct child *c,
				    int nc, struct store_replace_result *r, struct pmwb_error *e)
{
	struct store *st = store_batch_store(b);
	char cond[1024], sql[1536], key[96];
	int bind = kind != SCOPE_ALL, null_id = kind == SCOPE_ORGANISATION && !id;
	sqlite3_stmt *q;
	long n, own;
	int rc;

	doomed_condition(ent, kind, cond, sizeof(cond));
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM %s WHERE %s", ent->table, cond);
	if (count_rows(st, sql, bind, id, null_id, &n, e) != PMWB_OK)
		return e->status;
	if (n == 0)
		return PMWB_OK;
	if (ent->has_rowid &&
	    refuse_kept_children(st, ent, cond, bind, id, null_id, c, nc, e) != PMWB_OK)
		return e->status;
	own = n;
	r->deleted[0].count += own;
	if (r->deleted[0].count <= KEYS_SHOWN &&
	    name_rows(st, ent, cond, bind, id, null_id, r, e) != PMWB_OK)
		return e->status;
	if (r->deleted[0].count > KEYS_SHOWN)
		r->keys[0] = '\0';
	for (int i = 0; i < nc; i++) {
		if (!c[i].cascade || i + 1 >= STORE_REPLACE_MAX_KINDS)
			continue;
		snprintf(sql, sizeof(sql),
			 "SELECT count(*) FROM %s WHERE %s IN (SELECT rowid FROM %s WHERE %s)",
			 c[i].table, c[i].column, ent->table, cond);
		if (count_rows(st, sql, bind, id, null_id, &n, e) != PMWB_OK)
			return e->status;
		r->deleted[i + 1].count += n;
	}
	snprintf(sql, sizeof(sql), "DELETE FROM %s WHERE %s", ent->table, cond);
	if (prepare_scoped(st, sql, bind, id, null_id, &q, e) != PMWB_OK)
		return e->status;
	rc = sqlite3_step(q);
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "deleting the rows the file no longer lists");
	scope_key(st, kind, id, key, sizeof(key));
	snprintf(sql, sizeof(sql), "%ld deleted (%s)", own, store_batch_file(b));
	return store_audit(st, ent->label, key[0] ? key : NULL, "replace", sql, e);
}

enum pmwb_status store_replace_rest(struct store_batch *b, const struct store_entity *ent,
				    const struct store_replace_scope *scope,
				    struct store_replace_result *r, struct pmwb_error *e)
{
	struct store *st = store_batch_store(b);
	struct child c[MAX_CHILDREN];
	int tracked, was_empty, nc, all = scope->all || !ent->programme_scope;
	enum pmwb_status st_one = PMWB_OK;

	memset(r, 0, sizeof(*r));
	table_words(ent->table, 1, r->deleted[0].label, sizeof(r->deleted[0].label));
	table_words(ent->table, 2, r->deleted[0].plural, sizeof(r->deleted[0].plural));
	r->nkinds = 1;
	store_batch_replace_info(b, ent, &tracked, &was_empty);
	if (!tracked)
		return err_set(e, PMWB_DB, "--replace of %s: its rows were not tracked", ent->label);
	if (was_empty)
		return PMWB_OK; /* every row is the batch's own */
	if (children_of(st, ent, c, &nc, e) != PMWB_OK)
		return e->status;
	/* cascades come first in c[]: deleted[i + 1] counts c[i]'s rows */
	for (int i = 0; i < nc && r->nkinds < STORE_REPLACE_MAX_KINDS; i++) {
		if (!c[i].cascade)
			continue;
		table_words(c[i].table, 1, r->deleted[r->nkinds].label, sizeof(r->deleted[0].label));
		table_words(c[i].table, 2, r->deleted[r->nkinds].plural,
			    sizeof(r->deleted[0].plural));
		r->nkinds++;
	}
	/* a DELETE checks each row's children through their foreign-key index */
	if (store_index_build_for_delete(st, ent->table, e) != PMWB_OK)
		return e->status;
	if (all)
		return replace_one(b, ent, SCOPE_ALL, 0, c, nc, r, e);
	/* each programme's rows are found through the index on their programme: without it,
	 * a register of 200 programmes would be read 200 times over */
	if (scope->nprogrammes > 0 && store_index_build_for_delete(st, "programme", e) != PMWB_OK)
		return e->status;
	for (int i = 0; i < scope->nprogrammes && st_one == PMWB_OK; i++)
		st_one = replace_one(b, ent, SCOPE_PROGRAMME, scope->programmes[i], c, nc, r, e);
	/* rows of no programme: only an entity that has such rows */
	for (int i = 0; i < scope->norganisations && ent->organisation_scope && st_one == PMWB_OK;
	     i++)
		st_one = replace_one(b, ent, SCOPE_ORGANISATION, scope->organisations[i], c, nc, r,
				     e);
	return st_one;
}
