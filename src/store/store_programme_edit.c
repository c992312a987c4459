/* One programme changed by hand: load, save (add, edit) and delete, each in one transaction
 * with its audit entry. */
#include "config.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmwb/fy.h"
#include "pmwb/store_programme_edit.h"
#include "query_common.h"
#include "store_fields.h"
#include "store_impl.h"

/* The columns, in form order: compared for "someone else changed it", written and audited. */
#define TEXT(m) {#m, offsetof(struct store_programme_record, m), \
		 sizeof(((struct store_programme_record *)0)->m)}
#define YEAR(m) {#m, offsetof(struct store_programme_record, m), 0}

static const struct store_field fields[STORE_PROGRAMME_FIELDS] = {
	TEXT(code), TEXT(name), TEXT(organisation), TEXT(chair), TEXT(sro),
	TEXT(lead), TEXT(manager), YEAR(start_fy), YEAR(end_fy), TEXT(summary),
};

int store_programme_same(const struct store_programme_record *a,
			 const struct store_programme_record *b)
{
	char names[8];

	store_fields_changed(fields, STORE_PROGRAMME_FIELDS, a, b, names, sizeof(names));
	return !names[0];
}

/* A year as the audit log shows it: 2013/14. */
static void year_text(const struct store_field *f, long long v, char *buf, size_t size)
{
	(void)f;
	fy_format((int)v, buf, size);
}

static char *diff(const struct store_programme_record *before,
		  const struct store_programme_record *after)
{
	return store_fields_diff(fields, STORE_PROGRAMME_FIELDS, before, after, year_text);
}

enum pmwb_status store_programme_load(struct store *st, long long id,
				      struct store_programme_record *out, struct pmwb_error *e)
{
	sqlite3_stmt *s;
	int rc;

	memset(out, 0, sizeof(*out));
	if (store_prepare(st,
			  "SELECT code, name, organisation, chair, sro, lead, manager, start_fy,"
			  " end_fy, summary FROM programme WHERE id = ?1",
			  &s, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		out->id = id;
		out->cut = store_fields_read(s, fields, STORE_PROGRAMME_FIELDS, out);
	}
	sqlite3_finalize(s);
	if (rc == SQLITE_DONE)
		return err_set(e, PMWB_INPUT,
			       "the programme is no longer in the database (someone deleted it); "
			       "press R to reload");
	if (rc != SQLITE_ROW)
		return store_db_error(st, e, "reading a programme");
	return PMWB_OK;
}

/* Inside the transaction: the programme still as the form found it?  Names every field
 * that changed. */
static enum pmwb_status check_unchanged(struct store *st, const struct store_programme_record *was,
					struct pmwb_error *e)
{
	struct store_programme_record *now = malloc(sizeof(*now));
	char names[256] = "";

	if (!now)
		return err_set(e, PMWB_NOMEM, "out of memory checking the programme");
	if (store_programme_load(st, was->id, now, e) != PMWB_OK) {
		free(now);
		return e->status;
	}
	store_fields_changed(fields, STORE_PROGRAMME_FIELDS, now, was, names, sizeof(names));
	free(now);
	if (names[0])
		return err_set(e, PMWB_STALE,
			       "programme %s was changed by someone else meanwhile (%s); nothing was "
			       "saved: press Esc, then R to reload, and make the change again",
			       was->code, names);
	return PMWB_OK;
}

/* Another programme with the code, in any case? */
static enum pmwb_status check_code_free(struct store *st, const struct store_programme_record *rec,
					struct pmwb_error *e)
{
	char code[STORE_CODE_MAX] = "", name[STORE_NAME_MAX] = "";
	sqlite3_stmt *s;
	int rc;

	if (store_prepare(st,
			  "SELECT code, name FROM programme WHERE code = ?1 COLLATE NOCASE"
			  " AND id <> ?2",
			  &s, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_text(s, 1, rec->code, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, rec->id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		query_column_text(s, 0, code, sizeof(code));
		query_column_text(s, 1, name, sizeof(name));
	}
	sqlite3_finalize(s);
	if (rc == SQLITE_ROW)
		return err_set(e, PMWB_INPUT,
			       "the code %s is already programme %s (%s); choose another code",
			       rec->code, code, name);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "looking for the programme's code");
	return PMWB_OK;
}

static void bind_field(sqlite3_stmt *s, int idx, const struct store_programme_record *r,
		       const struct store_field *f)
{
	if (!f->size)
		store_bind_int64_or_null(s, idx, store_field_int(r, f) != 0, store_field_int(r, f));
	else
		store_bind_text(s, idx, store_field_text(r, f));
}

/* An update writes only the fields that changed, so a value longer than the form holds is
 * never cut short by an edit of another field. */
static enum pmwb_status write_programme(struct store *st, struct store_programme_record *rec,
					const struct store_programme_record *before,
					struct pmwb_error *e)
{
	char sql[1024], cols[512] = "", vals[256] = "";
	int idx[STORE_PROGRAMME_FIELDS], n = 0, rc;
	sqlite3_stmt *s;

	for (int i = 0; i < STORE_PROGRAMME_FIELDS; i++) {
		size_t c = strlen(cols), v = strlen(vals);
		if (before && store_field_same(before, rec, &fields[i]))
			continue;
		idx[n++] = i;
		if (before) {
			snprintf(cols + c, sizeof(cols) - c, "%s%s = ?%d", c ? ", " : "",
				 fields[i].name, n);
		} else {
			snprintf(cols + c, sizeof(cols) - c, "%s%s", c ? ", " : "", fields[i].name);
			snprintf(vals + v, sizeof(vals) - v, "%s?%d", v ? ", " : "", n);
		}
	}
	if (before)
		snprintf(sql, sizeof(sql), "UPDATE programme SET %s WHERE id = ?%d", cols, n + 1);
	else
		snprintf(sql, sizeof(sql), "INSERT INTO programme (%s, source) VALUES (%s, 'workbench')",
			 cols, vals);
	if (store_prepare(st, sql, &s, e) != PMWB_OK)
		return e->status;
	for (int k = 0; k < n; k++)
		bind_field(s, k + 1, rec, &fields[idx[k]]);
	if (before)
		sqlite3_bind_int64(s, n + 1, rec->id);
	rc = sqlite3_step(s);
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "saving the programme");
	if (!before)
		rec->id = sqlite3_last_insert_rowid(st->db);
	return PMWB_OK;
}

enum pmwb_status store_programme_save(struct store *st, struct store_programme_record *rec,
				      const struct store_programme_record *before,
				      struct pmwb_error *e)
{
	char *detail = diff(before, rec);
	long long id_before = rec->id;
	enum pmwb_status status;

	if (!detail)
		return err_set(e, PMWB_NOMEM, "out of memory saving the programme");
	if (before && !detail[0])
		status = err_set(e, PMWB_INPUT, "nothing changed, so nothing was saved");
	else if ((status = store_begin(st, e)) != PMWB_OK)
		;
	else if ((before && check_unchanged(st, before, e) != PMWB_OK) ||
		 check_code_free(st, rec, e) != PMWB_OK ||
		 write_programme(st, rec, before, e) != PMWB_OK ||
		 store_audit(st, "programme", rec->code, before ? "edit" : "add", detail, e) != PMWB_OK) {
		store_rollback(st);
		status = e->status;
	} else {
		status = store_commit(st, e);
	}
	if (status != PMWB_OK)
		rec->id = id_before;
	free(detail);
	return status;
}

static enum pmwb_status count(struct store *st, const char *table, long long id, long *n,
			      struct pmwb_error *e)
{
	char sql[128];

	snprintf(sql, sizeof(sql), "SELECT count(*) FROM %s WHERE programme_id = ?1", table);
	return store_exec_id(st, sql, id, n, "counting what the programme holds", e);
}

enum pmwb_status store_programme_holdings(struct store *st, long long id,
					  struct store_programme_holdings *out,
					  struct pmwb_error *e)
{
	memset(out, 0, sizeof(*out));
	if (count(st, "project", id, &out->projects, e) != PMWB_OK ||
	    count(st, "risk", id, &out->risks, e) != PMWB_OK ||
	    count(st, "qipp_scheme", id, &out->schemes, e) != PMWB_OK ||
	    count(st, "milestone", id, &out->milestones, e) != PMWB_OK ||
	    count(st, "metric", id, &out->measures, e) != PMWB_OK)
		return e->status;
	return PMWB_OK;
}

void store_programme_holdings_text(const struct store_programme_holdings *h, char *buf,
				   size_t size)
{
	const long n[] = {h->projects, h->risks, h->schemes, h->milestones, h->measures};
	const char *const one[] = {"project", "risk", "QIPP scheme", "milestone", "measure"};
	int kinds = 0, said = 0;

	for (int i = 0; i < 5; i++)
		kinds += n[i] != 0;
	buf[0] = '\0';
	if (!kinds) {
		snprintf(buf, size, "nothing");
		return;
	}
	for (int i = 0; i < 5; i++) {
		size_t len = strlen(buf);
		if (!n[i])
			continue;
		said++;
		snprintf(buf + len, size - len, "%s%ld %s%s",
			 said == 1 ? "" : said == kinds ? " and " : ", ", n[i], one[i],
			 n[i] == 1 ? "" : "s");
	}
}

static int holds_nothing(const struct store_programme_holdings *h)
{
	return !h->projects && !h->risks && !h->schemes && !h->milestones && !h->measures;
}

/* Inside the transaction: refused unless it holds nothing, or just what was confirmed. */
static enum pmwb_status check_holdings(struct store *st, const struct store_programme_record *p,
				       const struct store_programme_holdings *confirmed,
				       struct store_programme_holdings *now, struct pmwb_error *e)
{
	char what[256];

	if (store_programme_holdings(st, p->id, now, e) != PMWB_OK)
		return e->status;
	if (holds_nothing(now) || (confirmed && !memcmp(now, confirmed, sizeof(*now))))
		return PMWB_OK;
	store_programme_holdings_text(now, what, sizeof(what));
	if (confirmed)
		return err_set(e, PMWB_INPUT,
			       "programme %s now holds %s, not what you confirmed; nothing was "
			       "deleted: press D again to see what would go",
			       p->code, what);
	return err_set(e, PMWB_INPUT,
		       "programme %s holds %s; nothing was deleted: confirm deleting them all "
		       "with it, or move them first",
		       p->code, what);
}

enum pmwb_status store_programme_delete(struct store *st,
					const struct store_programme_record *before,
					const struct store_programme_holdings *confirmed,
					struct pmwb_error *e)
{
	struct store_programme_holdings now;
	char what[256];
	char *detail = diff(NULL, before), what_went[300];
	enum pmwb_status status;

	if (store_begin(st, e) != PMWB_OK) {
		free(detail);
		return e->status;
	}
	/* Risks are kept from going by a reference (ON DELETE RESTRICT); the rest (projects,
	 * phases, milestones, schemes, their plans and months, measures) go with the programme. */
	if (check_unchanged(st, before, e) != PMWB_OK ||
	    check_holdings(st, before, confirmed, &now, e) != PMWB_OK)
		goto fail;
	store_programme_holdings_text(&now, what, sizeof(what));
	snprintf(what_went, sizeof(what_went), "deleted with %s", what);
	detail = store_fields_append(detail, what_went);
	if (!detail) {
		err_set(e, PMWB_NOMEM, "out of memory deleting the programme");
		goto fail;
	}
	if (store_exec_id(st, "DELETE FROM risk WHERE programme_id = ?1", before->id, NULL,
		   "deleting the programme's risks", e) != PMWB_OK ||
	    store_exec_id(st, "DELETE FROM programme WHERE id = ?1", before->id, NULL,
		   "deleting the programme", e) != PMWB_OK ||
	    store_audit(st, "programme", before->code, "delete", detail, e) != PMWB_OK)
		goto fail;
	free(detail);
	return store_commit(st, e);
fail:
	status = e->status;
	store_rollback(st);
	free(detail);
	return status;
}
