/* One project changed by hand: load, save (add, edit) and delete, each in one transaction
 * with its audit entry. */
#include "config.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmwb/money.h"
#include "pmwb/store_project_edit.h"
#include "query_common.h"
#include "store_fields.h"
#include "store_impl.h"

#define TEXT(m) {#m, offsetof(struct store_project_record, m), \
		 sizeof(((struct store_project_record *)0)->m)}

static const struct store_field fields[STORE_PROJECT_FIELDS] = {
	TEXT(name),
	{"value", offsetof(struct store_project_record, value), STORE_FIELD_LONG},
	TEXT(scope_refs), TEXT(description), TEXT(success_measures), TEXT(outcome_indicators),
	TEXT(high_impact_innovations),
};

/* Money in the audit log as the plans print it: "£1,200,000". */
static void pounds_text(const struct store_field *f, long long v, char *buf, size_t size)
{
	(void)f;
	money_format(v, MONEY_POUNDS, buf, (unsigned)size);
}

/* "BCF/Care homes": the audit log's key for a project. */
static void audit_key(const struct store_project_record *r, char *buf, size_t size)
{
	snprintf(buf, size, "%s/%s", r->programme_code, r->name);
}

enum pmwb_status store_project_load(struct store *st, long long id,
				    struct store_project_record *out, struct pmwb_error *e)
{
	sqlite3_stmt *s;
	int rc;

	memset(out, 0, sizeof(*out));
	if (store_prepare(st,
			  "SELECT p.name, p.value, p.scope_refs, p.description, p.success_measures,"
			  " p.outcome_indicators, p.high_impact_innovations, p.programme_id, g.code"
			  " FROM project p JOIN programme g ON g.id = p.programme_id WHERE p.id = ?1",
			  &s, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		out->id = id;
		out->cut = store_fields_read(s, fields, STORE_PROJECT_FIELDS, out);
		out->programme_id = sqlite3_column_int64(s, 7);
		query_column_text(s, 8, out->programme_code, sizeof(out->programme_code));
	}
	sqlite3_finalize(s);
	if (rc == SQLITE_DONE)
		return err_set(e, PMWB_INPUT,
			       "the project is no longer in the database (someone deleted it); "
			       "press R to reload");
	if (rc != SQLITE_ROW)
		return store_db_error(st, e, "reading a project");
	return PMWB_OK;
}

enum pmwb_status store_project_new(struct store *st, long long programme_id,
				   struct store_project_record *out, struct pmwb_error *e)
{
	sqlite3_stmt *s;
	int rc;

	memset(out, 0, sizeof(*out));
	if (store_prepare(st, "SELECT code FROM programme WHERE id = ?1", &s, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(s, 1, programme_id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		query_column_text(s, 0, out->programme_code, sizeof(out->programme_code));
	sqlite3_finalize(s);
	if (rc == SQLITE_DONE)
		return err_set(e, PMWB_INPUT,
			       "the programme is no longer in the database (someone deleted it); "
			       "press R to reload");
	if (rc != SQLITE_ROW)
		return store_db_error(st, e, "reading the project's programme");
	out->programme_id = programme_id;
	return PMWB_OK;
}

/* Inside the transaction: the project still as the form found it?  Names every field that
 * changed. */
static enum pmwb_status check_unchanged(struct store *st, const struct store_project_record *was,
					struct pmwb_error *e)
{
	struct store_project_record *now = malloc(sizeof(*now));
	char names[256];

	if (!now)
		return err_set(e, PMWB_NOMEM, "out of memory checking the project");
	if (store_project_load(st, was->id, now, e) != PMWB_OK) {
		free(now);
		return e->status;
	}
	store_fields_changed(fields, STORE_PROJECT_FIELDS, now, was, names, sizeof(names));
	free(now);
	if (names[0])
		return err_set(e, PMWB_STALE,
			       "project %s of %s was changed by someone else meanwhile (%s); nothing "
			       "was saved: press Esc, then R to reload, and make the change again",
			       was->name, was->programme_code, names);
	return PMWB_OK;
}

/* Another project of the programme with the name, in any case? */
static enum pmwb_status check_name_free(struct store *st, const struct store_project_record *rec,
					struct pmwb_error *e)
{
	char name[STORE_NAME_MAX] = "";
	sqlite3_stmt *s;
	int rc;

	if (store_prepare(st,
			  "SELECT name FROM project WHERE programme_id = ?1"
			  " AND name = ?2 COLLATE NOCASE AND id <> ?3",
			  &s, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(s, 1, rec->programme_id);
	sqlite3_bind_text(s, 2, rec->name, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 3, rec->id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		query_column_text(s, 0, name, sizeof(name));
	sqlite3_finalize(s);
	if (rc == SQLITE_ROW)
		return err_set(e, PMWB_INPUT,
			       "programme %s already has a project named '%s'; choose another name",
			       rec->programme_code, name);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "looking for the project's name");
	return PMWB_OK;
}

/* A new project: its row with the name, then the other fields as an edit of that. */
static enum pmwb_status insert_project(struct store *st, struct store_project_record *rec,
				       struct pmwb_error *e)
{
	struct store_project_record *bare = calloc(1, sizeof(*bare));
	sqlite3_stmt *s;
	int rc;

	if (!bare)
		return err_set(e, PMWB_NOMEM, "out of memory adding the project");
	if (store_prepare(st,
			  "INSERT INTO project (programme_id, name, source)"
			  " VALUES (?1, ?2, 'workbench')",
			  &s, e) != PMWB_OK) {
		free(bare);
		return e->status;
	}
	sqlite3_bind_int64(s, 1, rec->programme_id);
	sqlite3_bind_text(s, 2, rec->name, -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE) {
		free(bare);
		return store_db_error(st, e, "adding the project");
	}
	rec->id = sqlite3_last_insert_rowid(st->db);
	memcpy(bare->name, rec->name, sizeof(bare->name));
	store_fields_update(st, "project", fields, STORE_PROJECT_FIELDS, rec, bare, rec->id, e);
	free(bare);
	return e->status;
}

enum pmwb_status store_project_save(struct store *st, struct store_project_record *rec,
				    const struct store_project_record *before,
				    struct pmwb_error *e)
{
	char *detail = store_fields_diff(fields, STORE_PROJECT_FIELDS, before, rec, pounds_text);
	char key[STORE_CODE_MAX + STORE_NAME_MAX + 2];
	long long id_before = rec->id;
	enum pmwb_status status;

	err_clear(e);
	audit_key(before ? before : rec, key, sizeof(key));
	if (!detail)
		return err_set(e, PMWB_NOMEM, "out of memory saving the project");
	if (before && !detail[0])
		status = err_set(e, PMWB_INPUT, "nothing changed, so nothing was saved");
	else if ((status = store_begin(st, e)) != PMWB_OK)
		;
	else if ((before && check_unchanged(st, before, e) != PMWB_OK) ||
		 check_name_free(st, rec, e) != PMWB_OK ||
		 (before ? store_fields_update(st, "project", fields, STORE_PROJECT_FIELDS, rec,
					       before, rec->id, e)
			 : insert_project(st, rec, e)) != PMWB_OK ||
		 store_audit(st, "project", key, before ? "edit" : "add", detail, e) != PMWB_OK) {
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

static enum pmwb_status count(struct store *st, const char *sql, long long id, long *n,
			      struct pmwb_error *e)
{
	return store_exec_id(st, sql, id, n, "counting what the project holds", e);
}

enum pmwb_status store_project_holdings(struct store *st, long long id,
					struct store_project_holdings *out, struct pmwb_error *e)
{
	memset(out, 0, sizeof(*out));
	if (count(st, "SELECT count(*) FROM milestone WHERE project_id = ?1", id, &out->milestones,
		  e) != PMWB_OK ||
	    count(st, "SELECT count(*) FROM phase WHERE project_id = ?1", id, &out->phases, e) !=
		    PMWB_OK)
		return e->status;
	return PMWB_OK;
}

enum pmwb_status store_project_delete(struct store *st, const struct store_project_record *before,
				      long confirmed_milestones, struct pmwb_error *e)
{
	struct store_project_holdings now;
	char key[STORE_CODE_MAX + STORE_NAME_MAX + 2], went[128];
	char *detail = store_fields_diff(fields, STORE_PROJECT_FIELDS, NULL, before, pounds_text);
	enum pmwb_status status;

	audit_key(before, key, sizeof(key));
	if (!detail)
		return err_set(e, PMWB_NOMEM, "out of memory deleting the project");
	if (store_begin(st, e) != PMWB_OK) {
		free(detail);
		return e->status;
	}
	if (check_unchanged(st, before, e) != PMWB_OK ||
	    store_project_holdings(st, before->id, &now, e) != PMWB_OK)
		goto fail;
	if (now.milestones && now.milestones != confirmed_milestones) {
		if (confirmed_milestones >= 0)
			err_set(e, PMWB_INPUT,
				"project %s now holds %ld milestone%s, not the %ld you confirmed; "
				"nothing was deleted: press D again to see what would go",
				before->name, now.milestones, now.milestones == 1 ? "" : "s",
				confirmed_milestones);
		else
			err_set(e, PMWB_INPUT,
				"project %s holds %ld milestone%s; nothing was deleted: confirm "
				"deleting them with it, or delete them first",
				before->name, now.milestones, now.milestones == 1 ? "" : "s");
		goto fail;
	}
	snprintf(went, sizeof(went), "deleted with %ld milestone%s and %ld phase%s",
		 now.milestones, now.milestones == 1 ? "" : "s", now.phases,
		 now.phases == 1 ? "" : "s");
	detail = store_fields_append(detail, went);
	if (!detail) {
		err_set(e, PMWB_NOMEM, "out of memory deleting the project");
		goto fail;
	}
	/* Phases, the baseline and milestones go with it (ON DELETE CASCADE); a QIPP scheme
	 * that named it stays, no longer tied to a project (ON DELETE SET NULL). */
	if (store_exec_id(st, "DELETE FROM project WHERE id = ?1", before->id, NULL,
			  "deleting the project", e) != PMWB_OK)
		goto fail;
	if (store_audit(st, "project", key, "delete", detail, e) != PMWB_OK)
		goto fail;
	free(detail);
	return store_commit(st, e);
fail:
	status = e->status;
	store_rollback(st);
	free(detail);
	return status;
}
