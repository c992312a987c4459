/* A consistent copy of a live database, by SQLite's online backup API. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store_impl.h"

enum pmwb_status store_backup(struct store *st, const char *dest, struct pmwb_error *e)
{
	char tmp[1100];
	sqlite3 *to = NULL;
	sqlite3_backup *b;
	int fd, rc;

	/* beside the destination, renamed into place: a failed backup never leaves half a
	 * copy, nor spoils the last good one */
	if (snprintf(tmp, sizeof(tmp), "%s.XXXXXX", dest) >= (int)sizeof(tmp))
		return err_set(e, PMWB_USAGE, "the backup file's name is too long");
	fd = mkstemp(tmp);
	if (fd < 0)
		return err_set_at(e, PMWB_IO, dest, 0, 0, "cannot create a file beside it: %s",
				  strerror(errno));
	close(fd);
	rc = sqlite3_open_v2(tmp, &to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
	b = rc == SQLITE_OK ? sqlite3_backup_init(to, "main", st->db, "main") : NULL;
	if (!b) {
		err_set_at(e, PMWB_IO, dest, 0, 0, "cannot write the copy: %s",
			   to ? sqlite3_errmsg(to) : "out of memory");
		goto fail;
	}
	/* every page in one step, under one read transaction: a snapshot, whatever another
	 * user writes meanwhile (WAL lets the writer go on) */
	rc = sqlite3_backup_step(b, -1);
	sqlite3_backup_finish(b);
	if (rc != SQLITE_DONE) {
		if ((rc & 0xff) == SQLITE_CORRUPT)
			store_damaged(st, e, sqlite3_errstr(rc));
		else if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
			err_set(e, PMWB_DB_BUSY, "the database is locked by another program; try again "
				"when it has finished");
		else
			err_set_at(e, PMWB_IO, dest, 0, 0, "cannot write the copy: %s", sqlite3_errstr(rc));
		goto fail;
	}
	/* the copy stands alone: its changes in the file, no -wal to carry along */
	if (sqlite3_exec(to, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_close(to) != SQLITE_OK) {
		err_set_at(e, PMWB_IO, dest, 0, 0, "cannot write the copy: %s", sqlite3_errmsg(to));
		to = NULL;
		goto fail;
	}
	to = NULL;
	if (rename(tmp, dest) != 0) {
		err_set_at(e, PMWB_IO, dest, 0, 0, "cannot put the copy in place: %s",
			   strerror(errno));
		goto fail;
	}
	return PMWB_OK;
fail:
	sqlite3_close(to);
	unlink(tmp);
	return e->status;
}
