/* A project's milestones changed by hand, and the overdue ones (milestone_state.h). */
#include "config.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "milestone_state.h"
#include "pmwb/store_milestone_edit.h"
#include "query_common.h"
#include "store_fields.h"
#include "store_impl.h"

#define FIELD(m, size) {#m, offsetof(struct store_milestone_record, m), size}
#define TEXT(m) FIELD(m, sizeof(((struct store_milestone_record *)0)->m))

/* Compared for "someone else changed it"; the first AUDITED are listed in the audit log
 * (the months follow from the due date as written), the first WRITTEN saved by an edit
 * (done has its own change). */
enum { AUDITED = 2, WRITTEN = 4, COMPARED = 5 };
static const struct store_field fields[COMPARED] = {
	TEXT(name), TEXT(due_text), FIELD(due_first, 0), FIELD(due_last, 0), FIELD(done, 0),
};

#define SELECT_MILESTONE                                                                    \
	"SELECT m.id, m.programme_id, ifnull(m.project_id, 0), m.name, ifnull(m.due_text, ''),"  \
	" ifnull(m.due_first, 0), ifnull(m.due_last, 0), m.done, "                               \
	MILESTONE_OVERDUE_SQL("m", "?2") " FROM milestone m"

static void read_row(sqlite3_stmt *s, struct store_milestone_record *r)
{
	memset(r, 0, sizeof(*r));
	r->id = sqlite3_column_int64(s, 0);
	r->programme_id = sqlite3_column_int64(s, 1);
	r->project_id = sqlite3_column_int64(s, 2);
	query_column_text(s, 3, r->name, sizeof(r->name));
	query_column_text(s, 4, r->due_text, sizeof(r->due_text));
	r->due_first = sqlite3_column_int(s, 5);
	r->due_last = sqlite3_column_int(s, 6);
	r->done = sqlite3_column_int(s, 7);
	r->overdue = sqlite3_column_int(s, 8);
}

enum pmwb_status store_milestone_load(struct store *st, long long id,
				      struct store_milestone_record *out, struct pmwb_error *e)
{
	sqlite3_stmt *s;
	int rc;

	memset(out, 0, sizeof(*out));
	if (store_prepare(st, SELECT_MILESTONE " WHERE m.id = ?1", &s, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int(s, 2, 0);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		read_row(s, out);
	sqlite3_finalize(s);
	if (rc == SQLITE_DONE)
		return err_set(e, PMWB_INPUT,
			       "the milestone is no longer in the database (someone deleted it); "
			       "press R to reload");
	if (rc != SQLITE_ROW)
		return store_db_error(st, e, "reading a milestone");
	return PMWB_OK;
}

enum pmwb_status store_milestone_list(struct store *st, long long project_id, fy_month today,
				      struct store_milestone_record *out, int max, int *n,
				      int *more, struct pmwb_error *e)
{
	sqlite3_stmt *s;
	int rc;

	*n = 0;
	*more = 0;
	if (store_prepare(st,
			  SELECT_MILESTONE " WHERE m.project_id = ?1"
			  " ORDER BY m.due_first IS NULL, m.due_first, m.name, m.id LIMIT ?3",
			  &s, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(s, 1, project_id);
	sqlite3_bind_int(s, 2, today);
	sqlite3_bind_int(s, 3, max + 1);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (*n == max) {
			*more = 1;
			continue;
		}
		read_row(s, &out[(*n)++]);
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "reading the project's milestones");
	return PMWB_OK;
}

/* "Sep 2013 (month 24164)" would say nothing: the audit log shows the date as written. */
static char *diff(const struct store_milestone_record *before,
		  const struct store_milestone_record *after)
{
	return store_fields_diff(fields, AUDITED, before, after, NULL);
}

/* The audit log's key: "BCF/Care homes/Contract signed". */
static enum pmwb_status audit_key(struct store *st, const struct store_milestone_record *r,
				  char *buf, size_t size, struct pmwb_error *e)
{
	char code[STORE_CODE_MAX] = "", project[STORE_NAME_MAX] = "";
	sqlite3_stmt *s;
	int rc;

	if (store_prepare(st,
			  "SELECT g.code, p.name FROM project p JOIN programme g"
			  " ON g.id = p.programme_id WHERE p.id = ?1",
			  &s, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(s, 1, r->project_id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		query_column_text(s, 0, code, sizeof(code));
		query_column_text(s, 1, project, sizeof(project));
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_db_error(st, e, "reading the milestone's project");
	snprintf(buf, size, "%s/%s/%s", code, project, r->name);
	return PMWB_OK;
}

/* Inside the transaction: still as the user saw it?  Names every field that changed. */
static enum pmwb_status check_unchanged(struct store *st, const struct store_milestone_record *was,
					struct pmwb_error *e)
{
	struct store_milestone_record now;
	char names[128];

	if (store_milestone_load(st, was->id, &now, e) != PMWB_OK) {
		/* deleted meanwhile: someone else's change too (the undo journal keeps its step) */
		if (e->status == PMWB_INPUT)
			e->status = PMWB_STALE;
		return e->status;
	}
	store_fields_changed(fields, COMPARED, &now, was, names, sizeof(names));
	if (names[0])
		return err_set(e, PMWB_STALE,
			       "milestone '%s' was changed by someone else meanwhile (%s); nothing "
			       "was saved: press Esc, then R to reload, and make the change again",
			       was->name, names);
	return PMWB_OK;
}

static enum pmwb_status check_name_free(struct store *st, const struct store_milestone_record *rec,
					struct pmwb_error *e)
{
	sqlite3_stmt *s;
	int rc;

	if (store_prepare(st,
			  "SELECT 1 FROM milestone WHERE project_id = ?2"
			  " AND name = ?3 COLLATE NOCASE AND id <> ?4",
			  &s, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(s, 2, rec->project_id);
	sqlite3_bind_text(s, 3, rec->name, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 4, rec->id);
	rc = sqlite3_step(s);
	sqlite3_finalize(s);
	if (rc == SQLITE_ROW)
		return err_set(e, PMWB_INPUT,
			       "the project already has a milestone named '%s'; choose another name",
			       rec->name);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "looking for the milestone's name");
	return PMWB_OK;
}

/* A new milestone: its row with the name, then its due date as an edit of that. */
static enum pmwb_status insert_milestone(struct store *st, struct store_milestone_record *rec,
					 struct pmwb_error *e)
{
	struct store_milestone_record bare = {0};
	sqlite3_stmt *s;
	int rc;

	if (store_prepare(st,
			  "INSERT INTO milestone (programme_id, project_id, name, source)"
			  " SELECT programme_id, id, ?2, 'workbench' FROM project WHERE id = ?1",
			  &s, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(s, 1, rec->project_id);
	sqlite3_bind_text(s, 2, rec->name, -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "adding the milestone");
	if (sqlite3_changes(st->db) == 0)
		return err_set(e, PMWB_INPUT,
			       "the project is no longer in the database (someone deleted it); "
			       "nothing was saved: press Esc, then R to reload");
	rec->id = sqlite3_last_insert_rowid(st->db);
	memcpy(bare.name, rec->name, sizeof(bare.name));
	return store_fields_update(st, "milestone", fields, WRITTEN, rec, &bare, rec->id, e);
}

/* One change in one transaction: the checks, the write, the audit entry. */
static enum pmwb_status change(struct store *st, struct store_milestone_record *rec,
			       const struct store_milestone_record *before, const char *action,
			       const char *detail, const char *sql, struct pmwb_error *e)
{
	char key[STORE_CODE_MAX + 2 * STORE_NAME_MAX + 4];
	sqlite3_stmt *s;
	int rc;

	if (store_begin(st, e) != PMWB_OK)
		return e->status;
	if ((before && check_unchanged(st, before, e) != PMWB_OK) ||
	    audit_key(st, before ? before : rec, key, sizeof(key), e) != PMWB_OK)
		goto fail;
	if (sql) {
		if (store_prepare(st, sql, &s, e) != PMWB_OK)
			goto fail;
		sqlite3_bind_int64(s, 1, before->id);
		if (sqlite3_bind_parameter_count(s) >= 2)
			sqlite3_bind_int(s, 2, rec->done);
		rc = sqlite3_step(s);
		sqlite3_finalize(s);
		if (rc != SQLITE_DONE) {
			store_db_error(st, e, "changing the milestone");
			goto fail;
		}
	} else if (check_name_free(st, rec, e) != PMWB_OK ||
		   (before ? store_fields_update(st, "milestone", fields, WRITTEN, rec, before,
						 rec->id, e)
			   : insert_milestone(st, rec, e)) != PMWB_OK) {
		goto fail;
	}
	if (store_audit(st, "milestone", key, action, detail, e) != PMWB_OK)
		goto fail;
	return store_commit(st, e);
fail:
	store_rollback(st);
	return e->status;
}

enum pmwb_status store_milestone_save(struct store *st, struct store_milestone_record *rec,
				      const struct store_milestone_record *before,
				      struct pmwb_error *e)
{
	char *detail = diff(before, rec);
	long long id_before = rec->id;
	enum pmwb_status status;

	err_clear(e);
	if (!detail)
		return err_set(e, PMWB_NOMEM, "out of memory saving the milestone");
	if (before && !detail[0])
		status = err_set(e, PMWB_INPUT, "nothing changed, so nothing was saved");
	else
		status = change(st, rec, before, before ? "edit" : "add", detail, NULL, e);
	if (status != PMWB_OK)
		rec->id = id_before;
	free(detail);
	return status;
}

enum pmwb_status store_milestone_set_done(struct store *st,
					  const struct store_milestone_record *before, int done,
					  struct pmwb_error *e)
{
	struct store_milestone_record rec = *before;

	err_clear(e);
	rec.done = done != 0;
	if (rec.done == before->done)
		return err_set(e, PMWB_INPUT, "milestone '%s' is already %s; nothing changed",
			       before->name, done ? "done" : "not done");
	return change(st, &rec, before, done ? "done" : "undone",
		      before->due_text[0] ? before->due_text : "(no due date)",
		      "UPDATE milestone SET done = ?2 WHERE id = ?1", e);
}

enum pmwb_status store_milestone_delete(struct store *st,
					const struct store_milestone_record *before,
					struct pmwb_error *e)
{
	struct store_milestone_record rec = *before;
	char *detail = diff(NULL, before);
	enum pmwb_status status;

	err_clear(e);
	detail = store_fields_append(detail, before->done ? "done" : "not done");
	if (!detail)
		return err_set(e, PMWB_NOMEM, "out of memory deleting the milestone");
	status = change(st, &rec, before, "delete", detail, "DELETE FROM milestone WHERE id = ?1", e);
	free(detail);
	return status;
}

#define OVERDUE_FROM                                                                        \
	" FROM milestone m JOIN programme g ON g.id = m.programme_id"                           \
	" LEFT JOIN project p ON p.id = m.project_id"                                           \
	" WHERE " MILESTONE_OVERDUE_SQL("m", "?1")                                               \
	" AND (?2 IS NULL OR g.organisation = ?2 COLLATE NOCASE)"

enum pmwb_status store_milestone_overdue_count(struct store *st, fy_month today,
					       const char *organisation, long *n,
					       struct pmwb_error *e)
{
	sqlite3_stmt *s;
	int rc;

	*n = 0;
	/* No joins unless an organisation is asked for: the Gantt counts after every edit, and
	 * at 50,000 milestones the joins were two thirds of the time. */
	if (store_prepare(st,
			  "SELECT count(*) FROM milestone m WHERE " MILESTONE_OVERDUE_SQL("m", "?1")
			  " AND (?2 IS NULL OR m.programme_id IN (SELECT id FROM programme"
			  " WHERE organisation = ?2 COLLATE NOCASE))",
			  &s, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int(s, 1, today);
	store_bind_text(s, 2, organisation);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*n = (long)sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	if (rc != SQLITE_ROW)
		return store_db_error(st, e, "counting overdue milestones");
	return PMWB_OK;
}

enum pmwb_status store_milestone_overdue_each(struct store *st, fy_month today,
					      const char *organisation, store_overdue_fn fn,
					      void *ctx, struct pmwb_error *e)
{
	struct store_overdue_row row;
	sqlite3_stmt *s;
	int rc;

	if (store_prepare(st,
			  "SELECT g.code, ifnull(p.name, ''), m.name, ifnull(m.due_text, ''),"
			  " m.due_last" OVERDUE_FROM
			  " ORDER BY g.id, ifnull(p.id, 0), m.due_last, m.name",
			  &s, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int(s, 1, today);
	store_bind_text(s, 2, organisation);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		memset(&row, 0, sizeof(row));
		query_column_text(s, 0, row.programme_code, sizeof(row.programme_code));
		query_column_text(s, 1, row.project, sizeof(row.project));
		query_column_text(s, 2, row.milestone, sizeof(row.milestone));
		query_column_text(s, 3, row.due_text, sizeof(row.due_text));
		row.due_last = sqlite3_column_int(s, 4);
		row.months_late = today - row.due_last;
		if (fn(ctx, &row, e) != PMWB_OK) {
			sqlite3_finalize(s);
			return e->status;
		}
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "reading overdue milestones");
	return PMWB_OK;
}
