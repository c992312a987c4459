/* One risk changed by hand: load, save (add, edit, close, undo) and remove, each in one
 * transaction with its history row and audit entry. */
#include "config.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmwb/store_risk_edit.h"
#include "pmwb/text.h"
#include "query_common.h"
#include "store_fields.h"
#include "store_impl.h"

/* The fields compared for "someone else changed it" and listed in the audit detail. */
#define TEXT_FIELD(n, m) {n, offsetof(struct store_risk_record, m), sizeof(((struct store_risk_record *)0)->m)}
#define INT_FIELD(n, m) {n, offsetof(struct store_risk_record, m), 0}

static const struct store_field fields[STORE_RISK_FIELDS] = {
	TEXT_FIELD("ref", ref),
	TEXT_FIELD("programme", programme),
	TEXT_FIELD("title", title),
	TEXT_FIELD("owner", owner),
	INT_FIELD("likelihood", likelihood),
	INT_FIELD("impact", impact),
	TEXT_FIELD("likelihood_word", likelihood_word),
	TEXT_FIELD("impact_word", impact_word),
	INT_FIELD("initial_likelihood", initial_likelihood),
	INT_FIELD("initial_impact", initial_impact),
	INT_FIELD("residual_likelihood", residual_likelihood),
	INT_FIELD("residual_impact", residual_impact),
	INT_FIELD("target_score", target_score),
	TEXT_FIELD("status", status),
	TEXT_FIELD("raised_date", raised_date),
	TEXT_FIELD("review_date", review_date),
	TEXT_FIELD("mitigation", mitigation),
};
#define N_FIELDS STORE_RISK_FIELDS

static int int_col(sqlite3_stmt *s, int col)
{
	return sqlite3_column_type(s, col) == SQLITE_NULL ? 0 : sqlite3_column_int(s, col);
}

/* A text column into the record's field, marking it cut when it is longer than that holds. */
static void text_col(sqlite3_stmt *s, int col, struct store_risk_record *out, int field)
{
	const struct store_field *f = &fields[field];

	query_column_text(s, col, (char *)out + f->off, (unsigned)f->size);
	if ((size_t)sqlite3_column_bytes(s, col) >= f->size)
		out->cut |= 1u << field;
}

int store_risk_same(const struct store_risk_record *a, const struct store_risk_record *b)
{
	char names[8];

	store_fields_changed(fields, N_FIELDS, a, b, names, sizeof(names));
	return !names[0];
}

enum pmwb_status store_risk_load(struct store *st, long long id, struct store_risk_record *out,
				 struct pmwb_error *e)
{
	sqlite3_stmt *s;
	int rc;

	memset(out, 0, sizeof(*out));
	if (store_prepare(st,
			  "SELECT r.ref, ifnull(p.code, ''), r.title, r.owner, r.likelihood, r.impact,"
			  " r.likelihood_word, r.impact_word, r.residual_likelihood, r.residual_impact,"
			  " r.target_score, r.status, r.raised_date, r.review_date, r.mitigation,"
			  " r.initial_likelihood, r.initial_impact"
			  " FROM risk r LEFT JOIN programme p ON p.id = r.programme_id WHERE r.id = ?1",
			  &s, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		out->id = id;
		text_col(s, 0, out, STORE_RISK_F_REF);
		text_col(s, 1, out, STORE_RISK_F_PROGRAMME);
		text_col(s, 2, out, STORE_RISK_F_TITLE);
		text_col(s, 3, out, STORE_RISK_F_OWNER);
		out->likelihood = int_col(s, 4);
		out->impact = int_col(s, 5);
		text_col(s, 6, out, STORE_RISK_F_LIKELIHOOD_WORD);
		text_col(s, 7, out, STORE_RISK_F_IMPACT_WORD);
		out->residual_likelihood = int_col(s, 8);
		out->residual_impact = int_col(s, 9);
		out->target_score = int_col(s, 10);
		text_col(s, 11, out, STORE_RISK_F_STATUS);
		text_col(s, 12, out, STORE_RISK_F_RAISED_DATE);
		text_col(s, 13, out, STORE_RISK_F_REVIEW_DATE);
		text_col(s, 14, out, STORE_RISK_F_MITIGATION);
		out->initial_likelihood = int_col(s, 15);
		out->initial_impact = int_col(s, 16);
	}
	sqlite3_finalize(s);
	if (rc == SQLITE_DONE)
		return err_set(e, PMWB_INPUT, "the risk is no longer in the database; press R to reload");
	if (rc != SQLITE_ROW)
		return store_db_error(st, e, "reading a risk");
	return PMWB_OK;
}

/* Inside the transaction: the risk still as the form found it? */
static enum pmwb_status check_unchanged(struct store *st, const struct store_risk_record *was,
					struct pmwb_error *e)
{
	struct store_risk_record now;
	char names[256];

	if (store_risk_load(st, was->id, &now, e) != PMWB_OK)
		return e->status;
	store_fields_changed(fields, N_FIELDS, &now, was, names, sizeof(names));
	if (names[0])
		return err_set(e, PMWB_STALE,
			       "risk %s was changed by someone else meanwhile (%s); nothing was "
			       "saved: press R to reload and make the change again",
			       was->ref, names);
	return PMWB_OK;
}

/* A field loaded cut would be written cut: refused, naming it. */
static enum pmwb_status check_not_cut(const struct store_risk_record *rec,
				      const struct store_risk_record *before, struct pmwb_error *e)
{
	for (int i = 0; i < N_FIELDS; i++)
		if ((before->cut & (1u << i)) && !store_field_same(rec, before, &fields[i]))
			return err_set(e, PMWB_INPUT,
				       "risk %s: %s is longer in the file than can be edited here "
				       "(%zu characters); nothing was saved: change it by import",
				       before->ref, fields[i].name, fields[i].size - 1);
	return PMWB_OK;
}

/* The programme's id, and its code as the programme table spells it ("bcf" -> "BCF"). */
static enum pmwb_status programme_id(struct store *st, char *code, size_t size, int *has,
				     long long *id, struct pmwb_error *e)
{
	sqlite3_stmt *s;
	int rc;

	*has = 0;
	if (!code[0])
		return PMWB_OK;
	if (store_prepare(st, "SELECT id, code FROM programme WHERE code = ?1 COLLATE NOCASE", &s,
			  e) != PMWB_OK)
		return e->status;
	sqlite3_bind_text(s, 1, code, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(s, 0);
		query_column_text(s, 1, code, (unsigned)size);
		*has = 1;
	}
	sqlite3_finalize(s);
	if (rc == SQLITE_DONE)
		return err_set(e, PMWB_INPUT, "there is no programme '%s'; leave Programme empty for "
					      "the corporate register",
			       code);
	if (rc != SQLITE_ROW)
		return store_db_error(st, e, "looking up a programme");
	return PMWB_OK;
}

/* Binds every field by name; a statement without the name ignores it. */
static void bind_record(sqlite3_stmt *s, const struct store_risk_record *rec, int has_pid,
			long long pid)
{
	for (int i = 0; i < N_FIELDS; i++) {
		const struct store_field *f = &fields[i];
		char name[40];
		int idx;

		snprintf(name, sizeof(name), ":%s", f->name);
		if (!strcmp(f->name, "programme")) {
			idx = sqlite3_bind_parameter_index(s, ":programme");
			store_bind_int64_or_null(s, idx, has_pid, pid);
			continue;
		}
		idx = sqlite3_bind_parameter_index(s, name);
		if (!idx)
			continue;
		if (!f->size) {
			int v = store_field_int(rec, f);
			store_bind_int64_or_null(s, idx, v != 0, v);
		} else if (!strcmp(f->name, "title") || !strcmp(f->name, "ref")) {
			sqlite3_bind_text(s, idx, store_field_text(rec, f), -1, SQLITE_TRANSIENT);
		} else if (!strcmp(f->name, "status")) {
			sqlite3_bind_text(s, idx, rec->status[0] ? rec->status : "open", -1,
					  SQLITE_TRANSIENT);
		} else {
			store_bind_text(s, idx, store_field_text(rec, f));
		}
	}
}

static const char *column_of(const struct store_field *f)
{
	return strcmp(f->name, "programme") ? f->name : "programme_id";
}

/* An update writes only the fields that changed, so a value longer than the form shows is
 * never cut short by an edit of another field. */
static enum pmwb_status write_risk(struct store *st, struct store_risk_record *rec,
				   const struct store_risk_record *before, struct pmwb_error *e)
{
	char sql[2048] = "", cols[1024] = "", vals[1024] = "";
	sqlite3_stmt *s;
	long long pid = 0;
	int has_pid, rc;

	if (programme_id(st, rec->programme, sizeof(rec->programme), &has_pid, &pid, e) != PMWB_OK)
		return e->status;
	for (int i = 0; i < N_FIELDS; i++) {
		const struct store_field *f = &fields[i];
		size_t n = strlen(cols), m = strlen(vals);
		if (before && store_field_same(before, rec, f))
			continue;
		if (before) {
			snprintf(cols + n, sizeof(cols) - n, "%s%s = :%s", n ? ", " : "", column_of(f),
				 f->name);
		} else {
			snprintf(cols + n, sizeof(cols) - n, "%s%s", n ? ", " : "", column_of(f));
			snprintf(vals + m, sizeof(vals) - m, "%s:%s", m ? ", " : "", f->name);
		}
	}
	if (before)
		snprintf(sql, sizeof(sql), "UPDATE risk SET %s WHERE id = :id", cols);
	else
		snprintf(sql, sizeof(sql), "INSERT INTO risk (%s) VALUES (%s)", cols, vals);
	if (store_prepare(st, sql, &s, e) != PMWB_OK)
		return e->status;
	bind_record(s, rec, has_pid, pid);
	if (before)
		sqlite3_bind_int64(s, sqlite3_bind_parameter_index(s, ":id"), rec->id);
	rc = sqlite3_step(s);
	int ext = rc != SQLITE_DONE ? sqlite3_extended_errcode(st->db) : 0;
	sqlite3_finalize(s);
	if (ext == SQLITE_CONSTRAINT_UNIQUE)
		return err_set(e, PMWB_INPUT, "risk %s is already on the %s register; choose another ref",
			       rec->ref, rec->programme[0] ? rec->programme : "corporate");
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "saving the risk");
	if (!rec->id)
		rec->id = sqlite3_last_insert_rowid(st->db);
	return PMWB_OK;
}

static void audit_key(const struct store_risk_record *r, char *buf, size_t size)
{
	snprintf(buf, size, "%s %s", r->programme[0] ? r->programme : "corporate", r->ref);
}

enum pmwb_status store_risk_save(struct store *st, struct store_risk_record *rec,
				 const struct store_risk_record *before, const char *action,
				 struct pmwb_error *e)
{
	char *detail, key[128];
	long long id_before = rec->id;
	int history;

	/* A register's word no longer describes a level changed by hand; an undo that brings
	 * the word back (rec's word differs from before's) keeps it. */
	if (before && rec->likelihood != before->likelihood &&
	    !strcmp(rec->likelihood_word, before->likelihood_word))
		rec->likelihood_word[0] = '\0';
	if (before && rec->impact != before->impact &&
	    !strcmp(rec->impact_word, before->impact_word))
		rec->impact_word[0] = '\0';
	if (before && check_not_cut(rec, before, e) != PMWB_OK)
		return e->status;
	detail = store_fields_diff(fields, N_FIELDS, before, rec, NULL);
	if (!detail)
		return err_set(e, PMWB_NOMEM, "out of memory saving the risk");
	if (before && !detail[0]) {
		free(detail);
		return err_set(e, PMWB_INPUT, "nothing changed, so nothing was saved");
	}
	history = !before || rec->likelihood != before->likelihood ||
		  rec->impact != before->impact || strcmp(rec->status, before->status) != 0;
	if (store_begin(st, e) != PMWB_OK) {
		free(detail);
		return e->status;
	}
	if (before && check_unchanged(st, before, e) != PMWB_OK)
		goto fail;
	if (before && history &&
	    store_risk_history_base(st, before->id, before->likelihood, before->impact,
				    before->status[0] ? before->status : "open", NULL, 0,
				    e) != PMWB_OK)
		goto fail;
	if (write_risk(st, rec, before, e) != PMWB_OK)
		goto fail;
	if (history && store_risk_history_now(st, rec->id, action, e) != PMWB_OK)
		goto fail;
	audit_key(rec, key, sizeof(key));
	if (store_audit(st, "risk", key, action, detail, e) != PMWB_OK)
		goto fail;
	free(detail);
	if (store_commit(st, e) != PMWB_OK) {
		rec->id = id_before;
		return e->status;
	}
	return PMWB_OK;
fail:
	free(detail);
	store_rollback(st);
	rec->id = id_before;
	return e->status;
}

enum pmwb_status store_risk_history_mark(struct store *st, long long id, long long *mark,
					 struct pmwb_error *e)
{
	sqlite3_stmt *s;
	int rc;

	*mark = 0;
	if (store_prepare(st, "SELECT ifnull(max(id), 0) FROM risk_history WHERE risk_id = ?1", &s,
			  e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*mark = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	if (rc != SQLITE_ROW)
		return store_db_error(st, e, "reading a risk's history");
	return PMWB_OK;
}

enum pmwb_status store_risk_undo(struct store *st, struct store_risk_record *before,
				 const struct store_risk_record *after, long long history_mark,
				 struct pmwb_error *e)
{
	char *detail = store_fields_diff(fields, N_FIELDS, after, before, NULL), key[128];
	sqlite3_stmt *s;
	int rc;

	if (!detail)
		return err_set(e, PMWB_NOMEM, "out of memory undoing the risk's change");
	if (store_begin(st, e) != PMWB_OK) {
		free(detail);
		return e->status;
	}
	if (check_unchanged(st, after, e) != PMWB_OK)
		goto fail;
	if (detail[0] && write_risk(st, before, after, e) != PMWB_OK)
		goto fail;
	/* the edit's history rows go: the trend reads the history, and the risk never moved */
	if (store_prepare(st, "DELETE FROM risk_history WHERE risk_id = ?1 AND id > ?2", &s, e) !=
	    PMWB_OK)
		goto fail;
	sqlite3_bind_int64(s, 1, before->id);
	sqlite3_bind_int64(s, 2, history_mark);
	rc = sqlite3_step(s);
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE) {
		store_db_error(st, e, "undoing the risk's history");
		goto fail;
	}
	audit_key(before, key, sizeof(key));
	if (store_audit(st, "risk", key, "undo", detail, e) != PMWB_OK)
		goto fail;
	free(detail);
	return store_commit(st, e);
fail:
	free(detail);
	store_rollback(st);
	return e->status;
}

enum pmwb_status store_risk_remove(struct store *st, const struct store_risk_record *after,
				   struct pmwb_error *e)
{
	char key[128];

	if (store_begin(st, e) != PMWB_OK)
		return e->status;
	if (check_unchanged(st, after, e) != PMWB_OK ||
	    store_exec_id(st, "DELETE FROM risk WHERE id = ?1", after->id, NULL, "removing the risk",
			  e) != PMWB_OK)
		goto fail;
	audit_key(after, key, sizeof(key));
	if (store_audit(st, "risk", key, "undo",
			"removed: the risk was added in the session being undone", e) != PMWB_OK)
		goto fail;
	return store_commit(st, e);
fail:
	store_rollback(st);
	return e->status;
}

/* The history rows that go with a deleted risk, and what the audit keeps of fields the form
 * does not hold. */
static enum pmwb_status delete_extras(struct store *st, long long id, char *buf, size_t size,
				      struct pmwb_error *e)
{
	sqlite3_stmt *s;
	int rc;

	buf[0] = '\0';
	if (store_prepare(st,
			  "SELECT (SELECT count(*) FROM risk_history WHERE risk_id = ?1),"
			  " financial_impact, description FROM risk WHERE id = ?1",
			  &s, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		size_t n;
		if (sqlite3_column_type(s, 1) != SQLITE_NULL)
			snprintf(buf, size, "; financial_impact: %lld",
				 (long long)sqlite3_column_int64(s, 1));
		n = strlen(buf);
		if (sqlite3_column_type(s, 2) != SQLITE_NULL)
			snprintf(buf + n, size - n, "; description: '%s'",
				 (const char *)sqlite3_column_text(s, 2));
		n = strlen(buf);
		snprintf(buf + n, size - n, "; %d history row%s deleted with it",
			 sqlite3_column_int(s, 0), sqlite3_column_int(s, 0) == 1 ? "" : "s");
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_ROW)
		return store_db_error(st, e, "reading the risk to delete");
	return PMWB_OK;
}

enum pmwb_status store_risk_delete(struct store *st, const struct store_risk_record *before,
				   struct pmwb_error *e)
{
	char *detail = NULL, extras[4096], key[128];

	if (store_begin(st, e) != PMWB_OK)
		return e->status;
	/* Its history goes with it (ON DELETE CASCADE: the trend and counts read it); the audit
	 * entry keeps every field, so the risk can be entered again from it. */
	if (check_unchanged(st, before, e) != PMWB_OK ||
	    delete_extras(st, before->id, extras, sizeof(extras), e) != PMWB_OK ||
	    store_exec_id(st, "DELETE FROM risk WHERE id = ?1", before->id, NULL,
			  "deleting the risk", e) != PMWB_OK)
		goto fail;
	/* every field in full, the record of what it was */
	detail = store_fields_diff(fields, N_FIELDS, NULL, before, NULL);
	if (detail && extras[0])
		detail = store_fields_append(detail, extras[0] == ';' ? extras + 2 : extras);
	if (!detail) {
		err_set(e, PMWB_NOMEM, "out of memory writing the audit log");
		goto fail;
	}
	audit_key(before, key, sizeof(key));
	if (store_audit(st, "risk", key, "delete", detail, e) != PMWB_OK)
		goto fail;
	free(detail);
	return store_commit(st, e);
fail:
	free(detail);
	store_rollback(st);
	return e->status;
}
