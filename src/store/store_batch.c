/* The write batch behind import: one transaction, prepared statements per entity, and the
 * find-compare-write step every entity shares (see store_batch.h).
 *
 * Bulk load: when an entity's table is empty at its first row and all its unique keys are
 * separate CREATE INDEX statements (not inline UNIQUE), those indexes are dropped and rows
 * are inserted without a lookup; store_batch_end_file builds the indexes again.  Building an
 * index once after the load is much cheaper than keeping it up to date row by row
 * (PERF-NOTES.md), and a key written twice shows up as the unique index failing to build. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmwb/text.h"
#include "pmwb/store_baseline.h"
#include "pmwb/store_index.h"
#include "store_entity.h"

struct slot {
	const struct store_entity *ent;
	sqlite3_stmt *sel, *ins, *upd, *del;
	int checked; /* bulk decided */
	int bulk;
	int was_empty;     /* the table had no rows at the batch's first write */
	int replace_track; /* store_replace_track: remember each written key */
	struct store_own_object *idx; /* indexes, then triggers, dropped for a bulk load */
	int nidx;
	void *bulk_state; /* the entity's bulk_row counts (store_batch_bulk_state) */
	struct store_val old[32];
	char *oldbuf[32];
	/* what ins has bound since it was prepared: a column NULL in this row and the last
	 * (most are, row after row) or the file name of this file is not bound again */
	unsigned char ins_null[32];
	unsigned ins_file_gen;
};

struct store_batch {
	struct store *st;
	char file[1024];
	unsigned file_gen; /* counts store_batch_set_file calls, from 1 */
	struct slot slot[STORE_ENTITY_SLOTS];
	sqlite3_stmt *touch_ins, *touch_sel;
	int touched_made;
	sqlite3_stmt *kept_ins; /* temp.store_kept: keys written under --replace */
	int fk_off;
};

const char *store_entity_label(const struct store_entity *ent)
{
	return ent->label;
}

const char *store_batch_file(const struct store_batch *b)
{
	return b->file;
}

struct store *store_batch_store(struct store_batch *b)
{
	return b->st;
}

void **store_batch_bulk_state(struct store_batch *b, const struct store_entity *ent)
{
	return &b->slot[ent->slot].bulk_state;
}

void store_batch_set_file(struct store_batch *b, const char *src_file)
{
	text_copy(b->file, sizeof(b->file), src_file);
	b->file_gen++;
}

/* foreign keys on again, after a load whose references the caller checked */
static void foreign_keys_back(struct store_batch *b)
{
	if (b->fk_off)
		sqlite3_exec(b->st->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
	b->fk_off = 0;
}

enum pmwb_status store_batch_begin(struct store *st, const char *src_file, int flags,
				   struct store_batch **out, struct pmwb_error *e)
{
	struct store_batch *b = calloc(1, sizeof(*b));

	*out = NULL;
	if (!b)
		return err_set(e, PMWB_NOMEM, "out of memory");
	b->st = st;
	store_batch_set_file(b, src_file);
	/* A bulk load stays in WAL, although a rollback journal would write each page once
	 * instead of twice: leaving WAL took a lock that kept every colleague out, readers
	 * too, for the whole import (README: the cost, measured) */
	/* a per-row parent lookup the caller has already done; the pragma only works outside
	 * a transaction */
	if ((flags & STORE_BATCH_LARGE) && (flags & STORE_BATCH_REFS_CHECKED) &&
	    sqlite3_exec(st->db, "PRAGMA foreign_keys = OFF", NULL, NULL, NULL) == SQLITE_OK)
		b->fk_off = 1;
	if (store_begin(st, e) != PMWB_OK) {
		foreign_keys_back(b);
		free(b);
		return e->status;
	}
	*out = b;
	return PMWB_OK;
}

/* Append strings (up to a NULL) to sql; SQL is built from the entity's own constant names. */
static void cat(char *sql, size_t size, ...)
{
	va_list ap;
	const char *p;
	size_t n = strlen(sql);

	va_start(ap, size);
	while ((p = va_arg(ap, const char *)) != NULL) {
		size_t len = strlen(p);
		if (n + len + 1 > size)
			len = size - n - 1;
		memcpy(sql + n, p, len);
		n += len;
		sql[n] = '\0';
	}
	va_end(ap);
}

/* "a = ? AND ifnull(b, 0) = ifnull(?, 0)": the form the expression indexes are built on. */

static void key_match(const struct store_entity *ent, char *sql, size_t size)
{
	int first = 1;
	for (int i = 0; i < ent->ncols; i++) {
		const struct store_column *c = &ent->cols[i];
		if (!(c->flags & STORE_KEY))
			continue;
		if (!first)
			cat(sql, size, " AND ", NULL);
		first = 0;
		if (!(c->flags & STORE_KEY_NULL))
			cat(sql, size, c->name, " = ?", NULL);
		else if (c->type == STORE_INT)
			cat(sql, size, "ifnull(", c->name, ", 0) = ifnull(?, 0)", NULL);
		else
			cat(sql, size, "ifnull(", c->name, ", '') = ifnull(?, '')", NULL);
	}
}

static enum pmwb_status prepare_slot(struct store_batch *b, struct slot *s,
				     const struct store_entity *ent, struct pmwb_error *e)
{
	char sql[4096];
	int i;

	if (ent->ncols > (int)(sizeof(s->old) / sizeof(s->old[0])))
		return err_set(e, PMWB_DB, "%s has more columns than a write batch keeps", ent->table);
	s->ent = ent;
	snprintf(sql, sizeof(sql), "SELECT %s", ent->has_rowid ? "rowid" : "0");
	for (i = 0; i < ent->ncols; i++)
		cat(sql, sizeof(sql), ", ", ent->cols[i].name, NULL);
	cat(sql, sizeof(sql), " FROM ", ent->table, " WHERE ", NULL);
	key_match(ent, sql, sizeof(sql));
	if (store_prepare(b->st, sql, &s->sel, e) != PMWB_OK)
		return e->status;

	snprintf(sql, sizeof(sql), "INSERT INTO %s (", ent->table);
	for (i = 0; i < ent->ncols; i++)
		cat(sql, sizeof(sql), i ? ", " : "", ent->cols[i].name, NULL);
	cat(sql, sizeof(sql), ") VALUES (", NULL);
	for (i = 0; i < ent->ncols; i++)
		cat(sql, sizeof(sql), i ? ", ?" : "?", NULL);
	cat(sql, sizeof(sql), ")", NULL);
	if (store_prepare(b->st, sql, &s->ins, e) != PMWB_OK)
		return e->status;

	/* The update sets every column in order (keys to themselves), then matches the key with
	 * a second copy of the key values bound after them. */
	snprintf(sql, sizeof(sql), "UPDATE %s SET ", ent->table);
	for (i = 0; i < ent->ncols; i++)
		cat(sql, sizeof(sql), i ? ", " : "", ent->cols[i].name, " = ?", NULL);
	cat(sql, sizeof(sql), " WHERE ", NULL);
	key_match(ent, sql, sizeof(sql));
	return store_prepare(b->st, sql, &s->upd, e);
}

/* NULL as the store writes it: no value, or empty text. */
static int val_is_null(const struct store_column *c, const struct store_val *v)
{
	return v->null || (c->type == STORE_TEXT && (!v->s || !*v->s));
}

static void bind_val(sqlite3_stmt *stmt, int idx, const struct store_column *c,
		     const struct store_val *v)
{
	if (val_is_null(c, v))
		sqlite3_bind_null(stmt, idx);
	else if (c->type == STORE_INT)
		sqlite3_bind_int64(stmt, idx, v->i);
	else
		sqlite3_bind_text(stmt, idx, v->s, -1, SQLITE_STATIC);
}

static int bind_keys(sqlite3_stmt *stmt, int idx, const struct store_entity *ent,
		     const struct store_val *vals)
{
	for (int i = 0; i < ent->ncols; i++)
		if (ent->cols[i].flags & STORE_KEY)
			bind_val(stmt, idx++, &ent->cols[i], &vals[i]);
	return idx;
}

static enum pmwb_status get_slot(struct store_batch *b, const struct store_entity *ent,
				 struct slot **out, struct pmwb_error *e)
{
	struct slot *s = &b->slot[ent->slot];

	*out = s;
	if (s->ent)
		return PMWB_OK;
	return prepare_slot(b, s, ent, e);
}

/* Decide bulk mode at the entity's first row (see the top of the file). */
static enum pmwb_status check_bulk(struct store_batch *b, struct slot *s, struct pmwb_error *e)
{
	sqlite3_stmt *q;
	char sql[256];
	struct store_own_object *own;
	int rc, empty, inline_unique, all_own, nown, triggers = 0;

	s->checked = 1;
	snprintf(sql, sizeof(sql), "SELECT NOT EXISTS (SELECT 1 FROM %s), (SELECT count(*) FROM "
		 "sqlite_master WHERE type = 'index' AND tbl_name = '%s' AND sql IS NULL)",
		 s->ent->table, s->ent->table);
	if (store_prepare(b->st, sql, &q, e) != PMWB_OK)
		return e->status;
	rc = sqlite3_step(q);
	empty = sqlite3_column_int(q, 0);
	inline_unique = sqlite3_column_int(q, 1);
	sqlite3_finalize(q);
	if (rc != SQLITE_ROW)
		return store_db_error(b->st, e, "reading a table");
	s->was_empty = empty;
	/* A key in the table's own definition cannot be dropped for the load, and a WITHOUT
	 * ROWID table's primary key is one that sqlite_master does not list: a row repeated in
	 * the file would stop the load as a constraint failure instead of being reported with
	 * its lines. */
	if (!empty || inline_unique || !s->ent->has_rowid)
		return PMWB_OK;

	/* Only pmwb's own indexes and triggers are dropped and built again, by the names and
	 * SQL of its own schema: one it does not know makes the load go row by row. */
	if (store_own_objects(b->st, s->ent->table, &all_own, &own, &nown, e) != PMWB_OK)
		return e->status;
	for (int i = 0; i < nown; i++)
		triggers += own[i].trigger;
	/* triggers nobody can recompute after: no bulk load */
	if (!all_own || (triggers && !s->ent->bulk_loaded)) {
		store_own_objects_free(own, nown);
		return PMWB_OK;
	}
	s->idx = own;
	s->nidx = nown;
	for (int i = 0; i < s->nidx; i++) {
		snprintf(sql, sizeof(sql), "DROP %s \"%s\"", s->idx[i].trigger ? "TRIGGER" : "INDEX",
			 s->idx[i].name);
		if (store_exec_one(b->st, sql, "preparing a bulk load", e) != PMWB_OK)
			return e->status;
	}
	s->bulk = 1;
	return PMWB_OK;
}

static enum pmwb_status touch(struct store_batch *b, struct slot *s, const struct store_val *vals,
			      long line, long *dup_line, struct pmwb_error *e)
{
	char key[2048] = "";
	int rc;

	*dup_line = 0;
	if (!b->touched_made) {
		if (sqlite3_exec(b->st->db,
				 "CREATE TEMP TABLE IF NOT EXISTS store_touched (slot INTEGER, key "
				 "TEXT, line INTEGER, PRIMARY KEY (slot, key)) WITHOUT ROWID",
				 NULL, NULL, NULL) != SQLITE_OK ||
		    store_prepare(b->st, "INSERT OR IGNORE INTO store_touched VALUES (?, ?, ?)",
				  &b->touch_ins, e) != PMWB_OK ||
		    store_prepare(b->st, "SELECT line FROM store_touched WHERE slot = ? AND key = ?",
				  &b->touch_sel, e) != PMWB_OK)
			return store_db_error(b->st, e, "tracking imported keys");
		b->touched_made = 1;
	}
	for (int i = 0; i < s->ent->ncols; i++) {
		size_t n = strlen(key);
		if (!(s->ent->cols[i].flags & STORE_KEY))
			continue;
		if (s->ent->cols[i].type == STORE_INT)
			snprintf(key + n, sizeof(key) - n, "%lld\x1f", vals[i].null ? 0 : vals[i].i);
		else
			snprintf(key + n, sizeof(key) - n, "%s\x1f", vals[i].s ? vals[i].s : "");
		/* "Closed" and "closed" are one key where the table says so: fold as NOCASE does */
		for (char *c = key + n; (s->ent->cols[i].flags & STORE_NOCASE) && *c; c++)
			if (*c >= 'A' && *c <= 'Z')
				*c = (char)(*c - 'A' + 'a');
	}
	sqlite3_bind_int(b->touch_ins, 1, s->ent->slot);
	sqlite3_bind_text(b->touch_ins, 2, key, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(b->touch_ins, 3, line);
	rc = sqlite3_step(b->touch_ins);
	sqlite3_reset(b->touch_ins);
	if (rc != SQLITE_DONE)
		return store_db_error(b->st, e, "tracking imported keys");
	if (sqlite3_changes(b->st->db) > 0)
		return PMWB_OK;
	sqlite3_bind_int(b->touch_sel, 1, s->ent->slot);
	sqlite3_bind_text(b->touch_sel, 2, key, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(b->touch_sel) == SQLITE_ROW)
		*dup_line = (long)sqlite3_column_int64(b->touch_sel, 0);
	sqlite3_reset(b->touch_sel);
	return PMWB_OK;
}

enum pmwb_status store_replace_track(struct store_batch *b, const struct store_entity *ent,
				     struct pmwb_error *e)
{
	int nkeys = 0;

	for (int i = 0; i < ent->ncols; i++)
		nkeys += (ent->cols[i].flags & STORE_KEY) != 0;
	if (nkeys > STORE_REPLACE_MAX_KEYS)
		return err_set(e, PMWB_DB, "%s has more key columns than --replace keeps",
			       ent->table);
	if (!b->kept_ins &&
	    (sqlite3_exec(b->st->db,
			  "CREATE TEMP TABLE IF NOT EXISTS store_kept (slot, k1, k2, k3, k4);"
			  "CREATE INDEX IF NOT EXISTS temp.store_kept_key ON store_kept "
			  "(slot, k1, k2, k3, k4)",
			  NULL, NULL, NULL) != SQLITE_OK ||
	     store_prepare(b->st, "INSERT INTO temp.store_kept VALUES (?, ?, ?, ?, ?)",
			   &b->kept_ins, e) != PMWB_OK))
		return store_db_error(b->st, e, "preparing --replace");
	b->slot[ent->slot].replace_track = 1;
	return PMWB_OK;
}

void store_batch_replace_info(struct store_batch *b, const struct store_entity *ent,
			      int *tracked, int *was_empty)
{
	const struct slot *s = &b->slot[ent->slot];

	*tracked = s->replace_track;
	*was_empty = s->checked && s->was_empty;
}

/* A row written under --replace: its key is kept (a table that was empty needs none). */
static enum pmwb_status keep_key(struct store_batch *b, struct slot *s,
				 const struct store_val *vals, struct pmwb_error *e)
{
	int rc, idx = 2;

	if (!s->replace_track || s->was_empty)
		return PMWB_OK;
	sqlite3_bind_int(b->kept_ins, 1, s->ent->slot);
	for (int i = 0; i < s->ent->ncols; i++) {
		const struct store_column *c = &s->ent->cols[i];
		if (!(c->flags & STORE_KEY))
			continue;
		/* NULL as the key indexes write it (ifnull), so that store_replace.c matches
		 * with equalities */
		if (val_is_null(c, &vals[i]) && c->type == STORE_INT)
			sqlite3_bind_int(b->kept_ins, idx++, 0);
		else if (val_is_null(c, &vals[i]))
			sqlite3_bind_text(b->kept_ins, idx++, "", 0, SQLITE_STATIC);
		else
			bind_val(b->kept_ins, idx++, c, &vals[i]);
	}
	for (; idx <= STORE_REPLACE_MAX_KEYS + 1; idx++)
		sqlite3_bind_null(b->kept_ins, idx);
	rc = sqlite3_step(b->kept_ins);
	sqlite3_reset(b->kept_ins);
	if (rc != SQLITE_DONE)
		return store_db_error(b->st, e, "keeping a key for --replace");
	return PMWB_OK;
}

static void fill_src(const struct store_batch *b, const struct store_entity *ent,
		     struct store_val *vals, long line)
{
	for (int i = 0; i < ent->ncols; i++) {
		if (!(ent->cols[i].flags & STORE_SRC))
			continue;
		vals[i].null = 0;
		if (ent->cols[i].type == STORE_TEXT)
			vals[i].s = b->file;
		else
			vals[i].i = line;
	}
}

static enum pmwb_status insert(struct store_batch *b, struct slot *s, struct store_val *vals,
			       struct store_put_result *r, struct pmwb_error *e)
{
	int rc;

	/* A bulk load binds a million rows: a bind costs more than the insert's own work on
	 * the column, and a statement keeps its bindings from one step to the next. */
	for (int i = 0; i < s->ent->ncols; i++) {
		const struct store_column *c = &s->ent->cols[i];
		int null = val_is_null(c, &vals[i]);
		if (c->flags & STORE_SRC && c->type == STORE_TEXT) {
			if (s->ins_file_gen == b->file_gen)
				continue;
			s->ins_file_gen = b->file_gen;
		} else if (null && s->ins_null[i]) {
			continue;
		}
		s->ins_null[i] = (unsigned char)null;
		bind_val(s->ins, i + 1, c, &vals[i]);
	}
	rc = sqlite3_step(s->ins);
	sqlite3_reset(s->ins);
	if (rc != SQLITE_DONE)
		return store_db_error(b->st, e, "adding a row");
	r->change = STORE_NEW;
	r->id = s->ent->has_rowid ? sqlite3_last_insert_rowid(b->st->db) : 0;
	return PMWB_OK;
}

/* Keep the row's old values (text copied) for the comparison and the hook. */
static void keep_old(struct slot *s)
{
	for (int i = 0; i < s->ent->ncols && i < 32; i++) {
		int col = i + 1;
		struct store_val *v = &s->old[i];
		free(s->oldbuf[i]);
		s->oldbuf[i] = NULL;
		v->null = sqlite3_column_type(s->sel, col) == SQLITE_NULL;
		v->i = sqlite3_column_int64(s->sel, col);
		v->s = NULL;
		if (!v->null && s->ent->cols[i].type == STORE_TEXT) {
			s->oldbuf[i] = strdup((const char *)sqlite3_column_text(s->sel, col));
			v->s = s->oldbuf[i];
		}
	}
}

static int same(const struct store_column *c, const struct store_val *a, const struct store_val *b)
{
	int anull = val_is_null(c, a), bnull = val_is_null(c, b);

	if (anull || bnull)
		return anull == bnull;
	if (c->type == STORE_INT)
		return a->i == b->i;
	return strcmp(a->s, b->s) == 0;
}

static void describe(char *buf, size_t size, const struct store_column *c,
		     const struct store_val *v)
{
	if (val_is_null(c, v))
		snprintf(buf, size, "(empty)");
	else if (c->type == STORE_INT)
		snprintf(buf, size, "%lld", v->i);
	else
		snprintf(buf, size, "'%.60s%s'", v->s, strlen(v->s) > 60 ? "..." : "");
}

/* What an update's audit row is about: the row (a table without rowids: the scheme or
 * project it belongs to) and its programme, for the log's filters and a record's history. */
static void about_row(const struct store_entity *ent, const struct store_val *vals,
		      long long id, struct store_audit_about *about)
{
	about->record_id = id;
	about->programme_id = strcmp(ent->table, "programme") == 0 ? id : 0;
	for (int i = 0; i < ent->ncols; i++) {
		const char *name = ent->cols[i].name;
		if (vals[i].null || ent->cols[i].type != STORE_INT)
			continue;
		if (strcmp(name, "programme_id") == 0)
			about->programme_id = vals[i].i;
		else if (!id && (strcmp(name, "scheme_id") == 0 || strcmp(name, "project_id") == 0))
			about->record_id = vals[i].i;
	}
}

static enum pmwb_status update(struct store_batch *b, struct slot *s, struct store_val *vals,
			       long line, struct store_put_result *r, struct pmwb_error *e)
{
	char detail[1024] = "", key[512] = "", one[80], two[80];
	struct store_audit_about about;
	int rc, idx;

	for (int i = 0; i < s->ent->ncols; i++) {
		const struct store_column *c = &s->ent->cols[i];
		size_t n = strlen(detail);
		if (vals[i].absent && !(c->flags & STORE_KEY))
			vals[i] = s->old[i];
		if (c->flags & (STORE_KEY | STORE_SRC | STORE_NOCMP) || same(c, &s->old[i], &vals[i]))
			continue;
		describe(one, sizeof(one), c, &s->old[i]);
		describe(two, sizeof(two), c, &vals[i]);
		snprintf(detail + n, sizeof(detail) - n, "%s%s: %s -> %s", n ? "; " : "", c->name,
			 one, two);
	}
	if (!detail[0]) {
		r->change = STORE_UNCHANGED;
		return PMWB_OK;
	}
	for (int i = 0; i < s->ent->ncols; i++) {
		const struct store_column *c = &s->ent->cols[i];
		if (c->flags & STORE_NOCMP)
			vals[i] = s->old[i];
		bind_val(s->upd, i + 1, c, &vals[i]);
	}
	idx = bind_keys(s->upd, s->ent->ncols + 1, s->ent, vals);
	(void)idx;
	rc = sqlite3_step(s->upd);
	sqlite3_reset(s->upd);
	if (rc != SQLITE_DONE)
		return store_db_error(b->st, e, "updating a row");
	r->change = STORE_UPDATED;
	for (int i = 0; i < s->ent->ncols; i++) {
		size_t n = strlen(key);
		if (s->ent->cols[i].flags & STORE_KEY) {
			describe(one, sizeof(one), &s->ent->cols[i], &vals[i]);
			snprintf(key + n, sizeof(key) - n, "%s%s", n ? " " : "", one);
		}
	}
	snprintf(key + strlen(key), sizeof(key) - strlen(key), " (%.200s:%ld)", b->file, line);
	about_row(s->ent, vals, r->id, &about);
	if (store_audit_about(b->st, &about, s->ent->label, key, "update", detail, e) != PMWB_OK)
		return e->status;
	if (s->ent->updated)
		return s->ent->updated(b, r->id, s->old, vals, line, e);
	return PMWB_OK;
}

enum pmwb_status store_put(struct store_batch *b, const struct store_entity *ent,
			   struct store_val *vals, long line, struct store_put_result *r,
			   struct pmwb_error *e)
{
	struct slot *s;
	int rc;

	memset(r, 0, sizeof(*r));
	if (get_slot(b, ent, &s, e) != PMWB_OK)
		return e->status;
	if (!s->checked && check_bulk(b, s, e) != PMWB_OK)
		return e->status;
	fill_src(b, ent, vals, line);
	if (s->bulk) {
		if (insert(b, s, vals, r, e) != PMWB_OK)
			return e->status;
		return ent->bulk_row ? ent->bulk_row(b, vals, e) : PMWB_OK;
	}
	if (!ent->no_dupcheck) {
		if (touch(b, s, vals, line, &r->duplicate_line, e) != PMWB_OK)
			return e->status;
		if (r->duplicate_line)
			return PMWB_OK;
	}
	bind_keys(s->sel, 1, ent, vals);
	rc = sqlite3_step(s->sel);
	if (rc == SQLITE_DONE) {
		sqlite3_reset(s->sel);
		/* A new row: the hook sees no old values. */
		if (insert(b, s, vals, r, e) != PMWB_OK || keep_key(b, s, vals, e) != PMWB_OK)
			return e->status;
		return ent->updated ? ent->updated(b, r->id, NULL, vals, line, e) : PMWB_OK;
	}
	if (rc != SQLITE_ROW) {
		sqlite3_reset(s->sel);
		return store_db_error(b->st, e, "looking a row up");
	}
	r->id = sqlite3_column_int64(s->sel, 0);
	keep_old(s);
	sqlite3_reset(s->sel);
	if (keep_key(b, s, vals, e) != PMWB_OK)
		return e->status;
	return update(b, s, vals, line, r, e);
}

enum pmwb_status store_find(struct store_batch *b, const struct store_entity *ent,
			    const struct store_val *vals, long long *id, int *found,
			    struct pmwb_error *e)
{
	struct slot *s;
	int rc;

	*found = 0;
	if (get_slot(b, ent, &s, e) != PMWB_OK)
		return e->status;
	bind_keys(s->sel, 1, ent, vals);
	rc = sqlite3_step(s->sel);
	if (rc == SQLITE_ROW) {
		*found = 1;
		*id = sqlite3_column_int64(s->sel, 0);
	}
	sqlite3_reset(s->sel);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_db_error(b->st, e, "looking a row up");
	return PMWB_OK;
}

/* A unique index would not build: find the keys written twice, sorted, and say where. */
static enum pmwb_status report_dups(struct store_batch *b, struct slot *s, store_dup_fn dup,
				    void *ctx, struct pmwb_error *e)
{
	char sql[2048] = "SELECT group_concat(src_line) FROM (SELECT src_line, ";
	int first = 1, rc, any = 0;
	sqlite3_stmt *q;

	for (int i = 0; i < s->ent->ncols; i++) {
		const struct store_column *c = &s->ent->cols[i];
		if (!(c->flags & STORE_KEY))
			continue;
		if (!(c->flags & STORE_KEY_NULL))
			cat(sql, sizeof(sql), c->name, NULL);
		else
			cat(sql, sizeof(sql), "ifnull(", c->name,
			    c->type == STORE_INT ? ", 0)" : ", '')", NULL);
		cat(sql, sizeof(sql), " AS k_", c->name, ", ", NULL);
	}
	cat(sql, sizeof(sql), "1 AS one FROM ", s->ent->table, " ORDER BY src_line) GROUP BY ",
	    NULL);
	for (int i = 0; i < s->ent->ncols; i++) {
		if (!(s->ent->cols[i].flags & STORE_KEY))
			continue;
		cat(sql, sizeof(sql), first ? "k_" : ", k_", s->ent->cols[i].name, NULL);
		first = 0;
	}
	cat(sql, sizeof(sql), " HAVING count(*) > 1", NULL);
	if (store_prepare(b->st, sql, &q, e) != PMWB_OK)
		return e->status;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		const char *p = (const char *)sqlite3_column_text(q, 0);
		long firstl = strtol(p, (char **)&p, 10);
		while (*p == ',') {
			long l = strtol(p + 1, (char **)&p, 10);
			dup(ctx, s->ent, l, firstl);
			any = 1;
		}
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE)
		return store_db_error(b->st, e, "finding repeated keys");
	if (!any)
		return store_db_error(b->st, e, "rebuilding an index");
	return err_set(e, PMWB_INPUT, "the file has repeated keys");
}

enum pmwb_status store_batch_end_file(struct store_batch *b, store_dup_fn dup, void *ctx,
				      struct pmwb_error *e)
{
	for (int k = 0; k < STORE_ENTITY_SLOTS; k++) {
		struct slot *s = &b->slot[k];
		/* unique indexes first: a failure there means a repeated key; then the other
		 * indexes, then the triggers and what they would have kept */
		for (int pass = 0; pass < 3; pass++) {
			if (pass == 2 && s->bulk && s->ent->bulk_loaded &&
			    s->ent->bulk_loaded(b, e) != PMWB_OK)
				return e->status;
			if (pass == 2) {
				free(s->bulk_state);
				s->bulk_state = NULL;
			}
			for (int i = 0; i < s->nidx; i++) {
				int kind;
				if (!s->idx[i].sql)
					continue;
				kind = s->idx[i].trigger                               ? 2
				       : strncmp(s->idx[i].sql, "CREATE UNIQUE", 13) == 0 ? 0
											  : 1;
				if (kind != pass)
					continue;
				if (store_exec_one(b->st, s->idx[i].sql, "rebuilding an index", e) !=
				    PMWB_OK) {
					if ((sqlite3_errcode(b->st->db) & 0xff) == SQLITE_CONSTRAINT)
						return report_dups(b, s, dup, ctx, e);
					return e->status;
				}
				free(s->idx[i].sql);
				s->idx[i].sql = NULL;
			}
		}
		/* the next file of the batch finds the table full: no bulk again */
		s->bulk = 0;
		s->checked = s->ent != NULL;
	}
	if (b->touched_made &&
	    sqlite3_exec(b->st->db, "DELETE FROM store_touched", NULL, NULL, NULL) != SQLITE_OK)
		return store_db_error(b->st, e, "tracking imported keys");
	return PMWB_OK;
}

static void free_slots(struct store_batch *b)
{
	for (int k = 0; k < STORE_ENTITY_SLOTS; k++) {
		struct slot *s = &b->slot[k];
		sqlite3_finalize(s->sel);
		sqlite3_finalize(s->ins);
		sqlite3_finalize(s->upd);
		sqlite3_finalize(s->del);
		for (int i = 0; i < s->nidx; i++) {
			free(s->idx[i].name);
			free(s->idx[i].sql);
		}
		free(s->idx);
		free(s->bulk_state);
		for (int i = 0; i < 32; i++)
			free(s->oldbuf[i]);
	}
	sqlite3_finalize(b->touch_ins);
	sqlite3_finalize(b->touch_sel);
	sqlite3_finalize(b->kept_ins);
	b->touch_ins = b->touch_sel = b->kept_ins = NULL;
	memset(b->slot, 0, sizeof(b->slot));
}

enum pmwb_status store_batch_commit(struct store_batch *b, struct pmwb_error *e)
{
	enum pmwb_status st;

	/* A project's first imported plan is its baseline (store_baseline.h). */
	if (store_baseline_fill(b->st, e) != PMWB_OK) {
		store_batch_abort(b);
		return e->status;
	}
	free_slots(b);
	if (b->touched_made) {
		sqlite3_exec(b->st->db, "DROP TABLE temp.store_touched", NULL, NULL, NULL);
		b->touched_made = 0;
	}
	sqlite3_exec(b->st->db, "DROP TABLE IF EXISTS temp.store_kept", NULL, NULL, NULL);
	st = store_commit(b->st, e);
	foreign_keys_back(b);
	free(b);
	return st;
}

void store_batch_abort(struct store_batch *b)
{
	if (!b)
		return;
	free_slots(b);
	store_rollback(b->st);
	if (b->touched_made)
		sqlite3_exec(b->st->db, "DROP TABLE IF EXISTS temp.store_touched", NULL, NULL, NULL);
	sqlite3_exec(b->st->db, "DROP TABLE IF EXISTS temp.store_kept", NULL, NULL, NULL);
	foreign_keys_back(b);
	free(b);
}
