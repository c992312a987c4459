/* One QIPP scheme changed by hand: load, save (add, edit, with a year's plan) and delete,
 * each in one transaction with its audit entry (see store_qipp_scheme_edit.h). */
#include "config.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "pmwb/fy.h"
#include "pmwb/store_qipp_scheme_edit.h"
#include "query_common.h"
#include "store_fields.h"
#include "store_impl.h"

#define TEXT(m) {#m, offsetof(struct store_qipp_scheme_record, m), \
		 sizeof(((struct store_qipp_scheme_record *)0)->m)}

/* The scheme's own columns (programme is written as programme_id). */
static const struct store_field fields[] = {
	TEXT(programme), TEXT(name), TEXT(area_of_spend), TEXT(recurrence),
	TEXT(category), TEXT(owner), TEXT(description),
};
#define N_FIELDS (int)(sizeof(fields) / sizeof(fields[0]))

static int plan_same(const struct store_qipp_scheme_record *a,
		     const struct store_qipp_scheme_record *b, int gross)
{
	if (gross)
		return a->has_gross == b->has_gross && (!a->has_gross || a->gross == b->gross);
	return a->has_net == b->has_net && (!a->has_net || a->net == b->net);
}

/* "name: 'a' -> 'b'; plan 2013/14 net: 100,000 -> 120,000" (before NULL: the new values). */
static void diff(const struct store_qipp_scheme_record *before,
		 const struct store_qipp_scheme_record *after, char *buf, size_t size)
{
	char fy[16], one[48], two[48];

	buf[0] = '\0';
	for (int i = 0; i < N_FIELDS; i++) {
		const struct store_field *f = &fields[i];
		const char *t = store_field_text(after, f);
		size_t n = strlen(buf);
		if (before ? store_field_same(before, after, f) : !t[0])
			continue;
		if (before)
			snprintf(buf + n, size - n, "%s%s: '%s' -> '%s'", n ? "; " : "", f->name,
				 store_field_text(before, f), t);
		else
			snprintf(buf + n, size - n, "%s%s: '%s'", n ? "; " : "", f->name, t);
	}
	fy_format(after->fy, fy, sizeof(fy));
	for (int gross = 1; gross >= 0; gross--) {
		size_t n = strlen(buf);
		if (before ? plan_same(before, after, gross) : !(gross ? after->has_gross : after->has_net))
			continue;
		store_money_audit_text(two, sizeof(two), gross ? after->has_gross : after->has_net,
			   gross ? after->gross : after->net);
		if (before) {
			store_money_audit_text(one, sizeof(one), gross ? before->has_gross : before->has_net,
				   gross ? before->gross : before->net);
			snprintf(buf + n, size - n, "%splan %s %s: %s -> %s", n ? "; " : "", fy,
				 gross ? "gross" : "net", one, two);
		} else {
			snprintf(buf + n, size - n, "%splan %s %s: %s", n ? "; " : "", fy,
				 gross ? "gross" : "net", two);
		}
	}
}

enum pmwb_status store_qipp_scheme_load(struct store *st, long long id, int fy,
					struct store_qipp_scheme_record *out,
					struct pmwb_error *e)
{
	sqlite3_stmt *s;
	int rc;

	memset(out, 0, sizeof(*out));
	if (store_prepare(st,
			  "SELECT p.code, s.name, s.area_of_spend, s.recurrence, s.category, s.owner,"
			  " s.description, l.gross, l.net FROM qipp_scheme s"
			  " JOIN programme p ON p.id = s.programme_id"
			  " LEFT JOIN qipp_plan l ON l.scheme_id = s.id AND l.fy = ?2 WHERE s.id = ?1",
			  &s, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int(s, 2, fy);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		out->id = id;
		out->fy = fy;
		for (int i = 0; i < N_FIELDS; i++)
			query_column_text(s, i, (char *)out + fields[i].off, (unsigned)fields[i].size);
		out->has_gross = sqlite3_column_type(s, 7) != SQLITE_NULL;
		out->gross = sqlite3_column_int64(s, 7);
		out->has_net = sqlite3_column_type(s, 8) != SQLITE_NULL;
		out->net = sqlite3_column_int64(s, 8);
	}
	sqlite3_finalize(s);
	if (rc == SQLITE_DONE)
		return err_set(e, PMWB_INPUT,
			       "the scheme is no longer in the database (someone deleted it); press "
			       "R to reload");
	if (rc != SQLITE_ROW)
		return store_db_error(st, e, "reading a QIPP scheme");
	return PMWB_OK;
}

enum pmwb_status store_qipp_scheme_programme(struct store *st, const char *code,
					     char *canonical, size_t size, int *found,
					     struct pmwb_error *e)
{
	sqlite3_stmt *s;
	int rc;

	*found = 0;
	if (store_prepare(st, "SELECT code FROM programme WHERE code = ?1 COLLATE NOCASE", &s, e) !=
	    PMWB_OK)
		return e->status;
	sqlite3_bind_text(s, 1, code, -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*found = 1;
		query_column_text(s, 0, canonical, (unsigned)size);
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_db_error(st, e, "looking up a programme");
	return PMWB_OK;
}

/* Inside the transaction: the scheme and its plan still as the form found them? */
static enum pmwb_status check_unchanged(struct store *st,
					const struct store_qipp_scheme_record *was,
					struct pmwb_error *e)
{
	struct store_qipp_scheme_record now;
	char names[256] = "";

	if (store_qipp_scheme_load(st, was->id, was->fy, &now, e) != PMWB_OK) {
		/* deleted meanwhile: someone else's change too (the undo journal keeps its step) */
		if (e->status == PMWB_INPUT)
			e->status = PMWB_STALE;
		return e->status;
	}
	for (int i = 0; i < N_FIELDS + 2; i++) {
		size_t n = strlen(names);
		int same = i < N_FIELDS ? store_field_same(&now, was, &fields[i])
					: plan_same(&now, was, i == N_FIELDS);
		if (!same)
			snprintf(names + n, sizeof(names) - n, "%s%s", n ? ", " : "",
				 i < N_FIELDS ? fields[i].name : i == N_FIELDS ? "gross plan" : "net plan");
	}
	if (names[0])
		return err_set(e, PMWB_STALE,
			       "scheme %s was changed by someone else meanwhile (%s); nothing was "
			       "saved: press Esc, then R to reload, and make the change again",
			       was->name, names);
	return PMWB_OK;
}

static enum pmwb_status step(struct store *st, sqlite3_stmt *s, const char *what,
			     struct pmwb_error *e)
{
	int rc = sqlite3_step(s);
	int ext = rc != SQLITE_DONE ? sqlite3_extended_errcode(st->db) : 0;

	sqlite3_finalize(s);
	if (ext == SQLITE_CONSTRAINT_UNIQUE || ext == SQLITE_CONSTRAINT_PRIMARYKEY)
		return err_set(e, PMWB_INPUT, "that programme already has a scheme of this name; "
					      "choose another name");
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, what);
	return PMWB_OK;
}

static enum pmwb_status write_scheme(struct store *st, struct store_qipp_scheme_record *rec,
				     const struct store_qipp_scheme_record *before,
				     struct pmwb_error *e)
{
	char sql[1024], cols[512] = "", vals[256] = "";
	int idx[N_FIELDS], n = 0;
	sqlite3_stmt *s;

	for (int i = 0; i < N_FIELDS; i++) {
		size_t c = strlen(cols), v = strlen(vals);
		const char *col = i == 0 ? "programme_id" : fields[i].name;
		if (before && store_field_same(before, rec, &fields[i]))
			continue;
		idx[n++] = i;
		/* the programme by its code, found again inside the transaction */
		char val[80];
		if (i == 0)
			snprintf(val, sizeof(val), "(SELECT id FROM programme WHERE code = ?%d COLLATE NOCASE)", n);
		else
			snprintf(val, sizeof(val), "?%d", n);
		if (before)
			snprintf(cols + c, sizeof(cols) - c, "%s%s = %s", c ? ", " : "", col, val);
		else {
			snprintf(cols + c, sizeof(cols) - c, "%s%s", c ? ", " : "", col);
			snprintf(vals + v, sizeof(vals) - v, "%s%s", v ? ", " : "", val);
		}
	}
	if (!n)
		return PMWB_OK;
	if (before)
		snprintf(sql, sizeof(sql), "UPDATE qipp_scheme SET %s WHERE id = ?%d", cols, n + 1);
	else
		snprintf(sql, sizeof(sql), "INSERT INTO qipp_scheme (%s, source) VALUES (%s, 'workbench')",
			 cols, vals);
	if (store_prepare(st, sql, &s, e) != PMWB_OK)
		return e->status;
	for (int k = 0; k < n; k++) {
		const struct store_field *f = &fields[idx[k]];
		if (idx[k] <= 1) /* programme and name are never NULL */
			sqlite3_bind_text(s, k + 1, store_field_text(rec, f), -1, SQLITE_TRANSIENT);
		else
			store_bind_text(s, k + 1, store_field_text(rec, f));
	}
	if (before)
		sqlite3_bind_int64(s, n + 1, rec->id);
	if (step(st, s, "saving the QIPP scheme", e) != PMWB_OK)
		return e->status;
	if (!before)
		rec->id = sqlite3_last_insert_rowid(st->db);
	return PMWB_OK;
}

static enum pmwb_status write_plan(struct store *st, const struct store_qipp_scheme_record *rec,
				   struct pmwb_error *e)
{
	sqlite3_stmt *s;
	int plan = rec->has_gross || rec->has_net;

	if (store_prepare(st,
			  plan ? "INSERT INTO qipp_plan (scheme_id, fy, gross, net) VALUES (?1, ?2, ?3, ?4)"
				 " ON CONFLICT (scheme_id, fy) DO UPDATE SET gross = excluded.gross,"
				 " net = excluded.net, src_file = NULL, src_line = NULL"
			       : "DELETE FROM qipp_plan WHERE scheme_id = ?1 AND fy = ?2",
			  &s, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(s, 1, rec->id);
	sqlite3_bind_int(s, 2, rec->fy);
	if (plan) {
		store_bind_int64_or_null(s, 3, rec->has_gross, rec->gross);
		store_bind_int64_or_null(s, 4, rec->has_net, rec->net);
	}
	return step(st, s, "saving the scheme's plan", e);
}

static void audit_key(const struct store_qipp_scheme_record *r, char *buf, size_t size)
{
	snprintf(buf, size, "%s %s", r->programme, r->name);
}

enum pmwb_status store_qipp_scheme_save(struct store *st, struct store_qipp_scheme_record *rec,
					const struct store_qipp_scheme_record *before,
					struct pmwb_error *e)
{
	char detail[4096], key[STORE_CODE_MAX + STORE_NAME_MAX + 2], code[STORE_CODE_MAX];
	long long id_before = rec->id;
	int found;

	if (store_qipp_scheme_programme(st, rec->programme, code, sizeof(code), &found, e) != PMWB_OK)
		return e->status;
	if (!found)
		return err_set(e, PMWB_INPUT, "there is no programme '%s'; a scheme belongs to one",
			       rec->programme);
	memcpy(rec->programme, code, sizeof(code));
	diff(before, rec, detail, sizeof(detail));
	if (before && !detail[0])
		return err_set(e, PMWB_INPUT, "nothing changed, so nothing was saved");
	if (store_begin(st, e) != PMWB_OK)
		return e->status;
	if ((before && check_unchanged(st, before, e) != PMWB_OK) ||
	    write_scheme(st, rec, before, e) != PMWB_OK ||
	    ((!before || !plan_same(before, rec, 1) || !plan_same(before, rec, 0)) &&
	     write_plan(st, rec, e) != PMWB_OK))
		goto fail;
	audit_key(rec, key, sizeof(key));
	if (store_audit(st, "qipp_scheme", key, before ? "edit" : "add", detail, e) != PMWB_OK)
		goto fail;
	if (store_commit(st, e) != PMWB_OK)
		goto failed;
	return PMWB_OK;
fail:
	store_rollback(st);
failed:
	rec->id = id_before;
	return e->status;
}

enum pmwb_status store_qipp_scheme_delete(struct store *st,
					  const struct store_qipp_scheme_record *before,
					  struct pmwb_error *e)
{
	char detail[4096], key[STORE_CODE_MAX + STORE_NAME_MAX + 2];
	long plans = 0, months = 0;
	sqlite3_stmt *s;
	size_t n;

	if (store_begin(st, e) != PMWB_OK)
		return e->status;
	if (check_unchanged(st, before, e) != PMWB_OK)
		goto fail;
	if (store_prepare(st,
			  "SELECT (SELECT count(*) FROM qipp_plan WHERE scheme_id = ?1),"
			  " (SELECT count(*) FROM qipp_month WHERE scheme_id = ?1)",
			  &s, e) != PMWB_OK)
		goto fail;
	sqlite3_bind_int64(s, 1, before->id);
	if (sqlite3_step(s) == SQLITE_ROW) {
		plans = (long)sqlite3_column_int64(s, 0);
		months = (long)sqlite3_column_int64(s, 1);
	}
	sqlite3_finalize(s);
	/* The plans and months go with it (ON DELETE CASCADE, and said here in case a file's
	 * foreign keys are off). */
	static const char *const sql[] = {"DELETE FROM qipp_month WHERE scheme_id = ?1",
					  "DELETE FROM qipp_plan WHERE scheme_id = ?1",
					  "DELETE FROM qipp_scheme WHERE id = ?1"};
	for (int i = 0; i < 3; i++)
		if (store_exec_id(st, sql[i], before->id, NULL, "deleting the QIPP scheme", e) !=
		    PMWB_OK)
			goto fail;
	diff(NULL, before, detail, sizeof(detail) - 128);
	n = strlen(detail);
	snprintf(detail + n, sizeof(detail) - n, "; deleted with %ld yearly plan%s and %ld month%s",
		 plans, plans == 1 ? "" : "s", months, months == 1 ? "" : "s");
	audit_key(before, key, sizeof(key));
	if (store_audit(st, "qipp_scheme", key, "delete", detail, e) != PMWB_OK)
		goto fail;
	return store_commit(st, e);
fail:
	store_rollback(st);
	return e->status;
}
