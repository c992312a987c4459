/* One project's phases changed by hand, in one transaction with its audit entry. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pmwb/store_phase_edit.h"
#include "store_impl.h"

enum pmwb_status store_phase_plan_load(struct store *st, long long project_id,
				       struct phase_plan *out, struct pmwb_error *e)
{
	sqlite3_stmt *s;
	int rc;

	memset(out, 0, sizeof(*out));
	if (store_prepare(st,
			  "SELECT letter, start_q, end_q FROM phase WHERE project_id = ?1"
			  " ORDER BY start_q",
			  &s, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(s, 1, project_id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW && out->n < PHASE_PLAN_MAX) {
		const unsigned char *l = sqlite3_column_text(s, 0);
		struct phase_span *ph = &out->ph[out->n++];
		ph->letter = l ? (char)l[0] : '?';
		ph->start_q = sqlite3_column_int(s, 1);
		ph->end_q = sqlite3_column_int(s, 2);
	}
	sqlite3_finalize(s);
	if (rc == SQLITE_ROW)
		return err_set(e, PMWB_INPUT, "the project has more than %d phases, more than the "
					      "grid edits; change its plan by import",
			       PHASE_PLAN_MAX);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "reading a project's phases");
	return PMWB_OK;
}

static int plan_has(const struct phase_plan *p, const struct phase_span *s)
{
	for (int i = 0; i < p->n; i++)
		if (p->ph[i].letter == s->letter && p->ph[i].start_q == s->start_q &&
		    p->ph[i].end_q == s->end_q)
			return 1;
	return 0;
}

/* The phases of `from` that `other` lacks, "I 2013/14 Q3-2013/14 Q4, R ..." or "(none)". */
static void list_missing(const struct phase_plan *from, const struct phase_plan *other,
			 char *buf, size_t size)
{
	char a[16], b[16];

	buf[0] = '\0';
	for (int i = 0; i < from->n; i++) {
		size_t n = strlen(buf);
		if (plan_has(other, &from->ph[i]))
			continue;
		fy_quarter_format(from->ph[i].start_q, a, sizeof(a));
		fy_quarter_format(from->ph[i].end_q, b, sizeof(b));
		snprintf(buf + n, size - n, "%s%c %s-%s", n ? ", " : "", from->ph[i].letter, a, b);
	}
	if (!buf[0])
		snprintf(buf, size, "(none)");
}

/* "PLANNED Gynaecology": the audit key and the name in messages. */
static enum pmwb_status project_key(struct store *st, long long project_id, char *buf,
				    size_t size, struct pmwb_error *e)
{
	sqlite3_stmt *s;
	int rc;

	if (store_prepare(st,
			  "SELECT g.code, j.name FROM project j JOIN programme g ON g.id = j.programme_id"
			  " WHERE j.id = ?1",
			  &s, e) != PMWB_OK)
		return e->status;
	sqlite3_bind_int64(s, 1, project_id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		snprintf(buf, size, "%s %s", (const char *)sqlite3_column_text(s, 0),
			 (const char *)sqlite3_column_text(s, 1));
	sqlite3_finalize(s);
	if (rc == SQLITE_DONE)
		return err_set(e, PMWB_INPUT, "the project is no longer in the database; press R to "
					      "reload");
	if (rc != SQLITE_ROW)
		return store_db_error(st, e, "reading a project");
	return PMWB_OK;
}

/* Run sql (?1 project, ?2 start, ?3 letter, ?4 end) for each phase of `from` that `other`
 * lacks: the delete of what went, the insert of what came. */
static enum pmwb_status write_missing(struct store *st, long long project_id, const char *sql,
				      const struct phase_plan *from,
				      const struct phase_plan *other, struct pmwb_error *e)
{
	sqlite3_stmt *s;
	int rc = SQLITE_DONE;

	if (store_prepare(st, sql, &s, e) != PMWB_OK)
		return e->status;
	for (int i = 0; i < from->n && rc == SQLITE_DONE; i++) {
		char letter[2] = {from->ph[i].letter, '\0'};
		if (plan_has(other, &from->ph[i]))
			continue;
		sqlite3_bind_int64(s, 1, project_id);
		sqlite3_bind_int(s, 2, from->ph[i].start_q);
		sqlite3_bind_text(s, 3, letter, 1, SQLITE_TRANSIENT);
		sqlite3_bind_int(s, 4, from->ph[i].end_q);
		rc = sqlite3_step(s);
		sqlite3_reset(s);
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE)
		return store_db_error(st, e, "writing the project's phases");
	return PMWB_OK;
}

enum pmwb_status store_phase_plan_save(struct store *st, long long project_id,
				       const struct phase_plan *before,
				       const struct phase_plan *after, const char *action,
				       struct pmwb_error *e)
{
	struct phase_plan now;
	char key[256], went[1024], came[1024], detail[2100];

	if (store_begin(st, e) != PMWB_OK)
		return e->status;
	if (project_key(st, project_id, key, sizeof(key), e) != PMWB_OK ||
	    store_phase_plan_load(st, project_id, &now, e) != PMWB_OK)
		goto fail;
	if (!phase_plan_same(&now, before)) {
		err_set(e, PMWB_STALE,
			"not saved: someone else changed the phases of %s meanwhile; look at them as "
			"they are now and make the change again",
			key);
		goto fail;
	}
	/* Rows that stay keep where they were imported from. */
	if (write_missing(st, project_id,
			  "DELETE FROM phase WHERE project_id = ?1 AND start_q = ?2 AND letter = ?3"
			  " AND end_q = ?4",
			  before, after, e) != PMWB_OK ||
	    write_missing(st, project_id,
			  "INSERT INTO phase (project_id, start_q, letter, end_q) VALUES (?1, ?2, ?3, ?4)",
			  after, before, e) != PMWB_OK)
		goto fail;
	list_missing(before, after, went, sizeof(went));
	list_missing(after, before, came, sizeof(came));
	snprintf(detail, sizeof(detail), "%s -> %s", went, came);
	if (store_audit(st, "phase", key, action, detail, e) != PMWB_OK)
		goto fail;
	return store_commit(st, e);
fail:
	store_rollback(st);
	return e->status;
}
