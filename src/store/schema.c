/* The schema as a list of forward migrations.  migrations[i] takes a file from
 * user_version i to i + 1; never edit a migration that has shipped, add one.
 *
 * Conventions: money is INTEGER pounds; quarters are the fy_quarter ordinal
 * (fy * 4 + q - 1); months the fy_month ordinal (year * 12 + month - 1); days are ISO text
 * 'YYYY-MM-DD'; src_file/src_line say which imported file and line a row came from;
 * `source` is the document citation carried in the client's sheets. */
#include "config.h"

#include <stddef.h>

#include "risk_state.h"
#include "schema.h"

static const char migration_1[] =
	"CREATE TABLE programme ("
	" id INTEGER PRIMARY KEY,"
	" code TEXT NOT NULL UNIQUE CHECK (code <> ''),"
	" name TEXT NOT NULL CHECK (name <> ''),"
	" organisation TEXT, chair TEXT, sro TEXT, lead TEXT, manager TEXT,"
	" start_fy INTEGER, end_fy INTEGER,"
	" summary TEXT, source TEXT, src_file TEXT, src_line INTEGER,"
	" CHECK (end_fy IS NULL OR start_fy IS NULL OR end_fy >= start_fy));"

	"CREATE TABLE project ("
	" id INTEGER PRIMARY KEY,"
	" programme_id INTEGER NOT NULL REFERENCES programme(id) ON DELETE CASCADE,"
	" name TEXT NOT NULL CHECK (name <> ''),"
	" scope_refs TEXT, description TEXT, success_measures TEXT,"
	" outcome_indicators TEXT, high_impact_innovations TEXT,"
	" value INTEGER,"
	" source TEXT, src_file TEXT, src_line INTEGER,"
	" UNIQUE (programme_id, name));"

	"CREATE TABLE phase ("
	" id INTEGER PRIMARY KEY,"
	" project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,"
	" letter TEXT NOT NULL CHECK (letter IN ('S','D','P','I','R')),"
	" start_q INTEGER NOT NULL, end_q INTEGER NOT NULL,"
	" src_file TEXT, src_line INTEGER,"
	" CHECK (end_q >= start_q),"
	" UNIQUE (project_id, start_q));"

	"CREATE TABLE milestone ("
	" id INTEGER PRIMARY KEY,"
	" programme_id INTEGER NOT NULL REFERENCES programme(id) ON DELETE CASCADE,"
	" project_id INTEGER REFERENCES project(id) ON DELETE CASCADE,"
	" name TEXT NOT NULL CHECK (name <> ''),"
	" due_text TEXT,"           /* as written: 'Sept 2014', '2013/14 Q2' */
	" due_first INTEGER, due_last INTEGER," /* fy_month range it covers, NULL if unparsed */
	" done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0,1)),"
	" source TEXT, src_file TEXT, src_line INTEGER);"
	"CREATE UNIQUE INDEX milestone_key ON milestone (programme_id, ifnull(project_id, 0), name);"

	"CREATE TABLE risk ("
	" id INTEGER PRIMARY KEY,"
	" ref TEXT NOT NULL CHECK (ref <> ''),"
	" programme_id INTEGER REFERENCES programme(id) ON DELETE RESTRICT," /* NULL: corporate */
	" title TEXT NOT NULL, description TEXT, owner TEXT,"
	" likelihood INTEGER CHECK (likelihood BETWEEN 1 AND 5),"
	" impact INTEGER CHECK (impact BETWEEN 1 AND 5),"
	" score INTEGER GENERATED ALWAYS AS (likelihood * impact) STORED,"
	" likelihood_word TEXT, impact_word TEXT," /* the register's own words, when it used words */
	" printed_score TEXT,"
	" initial_likelihood INTEGER CHECK (initial_likelihood BETWEEN 1 AND 5),"
	" initial_impact INTEGER CHECK (initial_impact BETWEEN 1 AND 5),"
	" residual_likelihood INTEGER CHECK (residual_likelihood BETWEEN 1 AND 5),"
	" residual_impact INTEGER CHECK (residual_impact BETWEEN 1 AND 5),"
	" residual_rating TEXT,"
	" target_score INTEGER CHECK (target_score BETWEEN 1 AND 25),"
	" financial_impact INTEGER,"
	" mitigation TEXT,"
	" status TEXT NOT NULL DEFAULT 'open',"
	" raised_date TEXT, review_date TEXT,"
	" source TEXT, src_file TEXT, src_line INTEGER);"
	"CREATE UNIQUE INDEX risk_key ON risk (ifnull(programme_id, 0), ref);"

	"CREATE TABLE risk_history ("
	" id INTEGER PRIMARY KEY,"
	" risk_id INTEGER NOT NULL REFERENCES risk(id) ON DELETE CASCADE,"
	" at TEXT NOT NULL, who TEXT NOT NULL,"
	" likelihood INTEGER, impact INTEGER, score INTEGER, status TEXT, note TEXT);"
	"CREATE INDEX risk_history_risk ON risk_history (risk_id, id);"

	"CREATE TABLE threshold ("
	" id INTEGER PRIMARY KEY,"
	" level TEXT NOT NULL UNIQUE CHECK (level <> ''),"
	" min_score INTEGER NOT NULL CHECK (min_score BETWEEN 1 AND 25),"
	" max_score INTEGER NOT NULL CHECK (max_score BETWEEN 1 AND 25),"
	" authority TEXT, action TEXT,"
	" escalated INTEGER NOT NULL DEFAULT 0 CHECK (escalated IN (0,1)),"
	" source TEXT, src_file TEXT, src_line INTEGER,"
	" CHECK (max_score >= min_score));"

	"CREATE TABLE qipp_scheme ("
	" id INTEGER PRIMARY KEY,"
	" programme_id INTEGER NOT NULL REFERENCES programme(id) ON DELETE CASCADE,"
	" name TEXT NOT NULL CHECK (name <> ''),"
	" description TEXT, area_of_spend TEXT,"
	" recurrence TEXT CHECK (recurrence IN ('R','NR')),"
	" category TEXT, owner TEXT,"
	" risk_adjust_pct INTEGER CHECK (risk_adjust_pct BETWEEN 0 AND 100),"
	" project_id INTEGER REFERENCES project(id) ON DELETE SET NULL,"
	" source TEXT, src_file TEXT, src_line INTEGER,"
	" UNIQUE (programme_id, name));"

	"CREATE TABLE qipp_plan ("
	" scheme_id INTEGER NOT NULL REFERENCES qipp_scheme(id) ON DELETE CASCADE,"
	" fy INTEGER NOT NULL,"
	" gross INTEGER," /* NULL: not given */
	" net INTEGER,"
	" forecast_outturn INTEGER," /* a prior year's forecast outturn as the plan printed it */
	" src_file TEXT, src_line INTEGER,"
	" PRIMARY KEY (scheme_id, fy)) WITHOUT ROWID;"

	"CREATE TABLE qipp_month ("
	" scheme_id INTEGER NOT NULL REFERENCES qipp_scheme(id) ON DELETE CASCADE,"
	" month INTEGER NOT NULL,"
	" forecast INTEGER, actual INTEGER,"
	" src_file TEXT, src_line INTEGER,"
	" PRIMARY KEY (scheme_id, month)) WITHOUT ROWID;"

	/* programme_id NULL: the organisation's own measure; a plan states the same measure for
	 * several periods, so the period is part of the key. */
	"CREATE TABLE metric ("
	" id INTEGER PRIMARY KEY,"
	" programme_id INTEGER REFERENCES programme(id) ON DELETE CASCADE,"
	" name TEXT NOT NULL CHECK (name <> ''),"
	" baseline TEXT, target TEXT, period TEXT, unit TEXT,"
	" source TEXT, src_file TEXT, src_line INTEGER);"
	"CREATE UNIQUE INDEX metric_key ON metric (ifnull(programme_id, 0), name, ifnull(period, ''));"

	"CREATE TABLE audit ("
	" id INTEGER PRIMARY KEY,"
	" at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),"
	" who TEXT NOT NULL,"
	" entity TEXT NOT NULL, entity_key TEXT, action TEXT NOT NULL, detail TEXT);"

	"CREATE TABLE setting (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;";

/* Version 2: the NPSA default bands and the settings every file starts with, and the indexes
 * the panes page through (keyset paging needs one per offered sort). */
static const char migration_2[] =
	"INSERT INTO threshold (level, min_score, max_score, authority, action, escalated) VALUES"
	" ('Low', 1, 3, 'Individuals and team managers', 'Managed by local control measures', 0),"
	" ('Moderate', 4, 6, 'Managers', 'Record on the risk register', 0),"
	" ('High', 8, 12, 'Senior manager', 'Action required', 0),"
	" ('Extreme', 15, 25, 'Risk committee', 'Escalate to the corporate risk register', 1);"
	"INSERT OR IGNORE INTO setting (name, value) VALUES"
	" ('fy_start_month', '4'),"
	" ('rag_green_pct', '95'),"
	" ('rag_amber_pct', '80');"
	"CREATE INDEX project_programme ON project (programme_id, id);"
	/* Covering: the Gantt's cells and "phases in progress this quarter" read no table rows;
	 * start_q and end_q alone give the plan's span without a scan. */
	"CREATE INDEX phase_project ON phase (project_id, start_q, end_q, letter);"
	"CREATE INDEX phase_start ON phase (start_q);"
	"CREATE INDEX phase_end ON phase (end_q);"
	"CREATE INDEX milestone_project ON milestone (project_id, due_first, due_last);"
	"CREATE INDEX risk_score ON risk (score DESC, id);"
	"CREATE INDEX risk_programme ON risk (programme_id, likelihood, impact);"
	"CREATE INDEX qipp_scheme_programme ON qipp_scheme (programme_id, id);";

/* Version 3: the Risks pane.  One index per sort it offers, on the same expressions its
 * keyset queries compare (unscored risks count as score 0, no owner as '', no review date as
 * the far future, the corporate register as programme 0), so every page is a range scan.
 * risk_cell keeps the heat map's counts per programme, cell and open/closed, up to date by
 * trigger whoever writes (import, the form, the sqlite3 shell): the heat map and band counts
 * then read a few hundred rows instead of the register. */
static const char migration_3[] =
	"CREATE INDEX risk_sort_score ON risk (ifnull(score, 0) DESC, id);"
	"CREATE INDEX risk_sort_programme ON risk (ifnull(programme_id, 0), ifnull(score, 0) DESC, id);"
	"CREATE INDEX risk_sort_owner ON risk (ifnull(owner, '') COLLATE NOCASE,"
	" ifnull(score, 0) DESC, id);"
	"CREATE INDEX risk_sort_review ON risk (ifnull(review_date, '9999-12-31'),"
	" ifnull(score, 0) DESC, id);"
	"CREATE TABLE risk_cell ("
	" programme_key INTEGER NOT NULL," /* ifnull(programme_id, 0) */
	" likelihood INTEGER NOT NULL, impact INTEGER NOT NULL," /* 0: not rated */
	" closed INTEGER NOT NULL,"
	" n INTEGER NOT NULL,"
	" PRIMARY KEY (programme_key, closed, likelihood, impact)) WITHOUT ROWID;"
	"INSERT INTO risk_cell SELECT ifnull(programme_id, 0), ifnull(likelihood, 0),"
	" ifnull(impact, 0), lower(status) LIKE 'closed%', count(*) FROM risk GROUP BY 1, 2, 3, 4;"
	"CREATE TRIGGER risk_cell_insert AFTER INSERT ON risk BEGIN"
	" INSERT INTO risk_cell VALUES (ifnull(new.programme_id, 0), ifnull(new.likelihood, 0),"
	"  ifnull(new.impact, 0), lower(new.status) LIKE 'closed%', 1)"
	"  ON CONFLICT DO UPDATE SET n = n + 1;"
	" END;"
	"CREATE TRIGGER risk_cell_delete AFTER DELETE ON risk BEGIN"
	" UPDATE risk_cell SET n = n - 1 WHERE programme_key = ifnull(old.programme_id, 0)"
	"  AND likelihood = ifnull(old.likelihood, 0) AND impact = ifnull(old.impact, 0)"
	"  AND closed = (lower(old.status) LIKE 'closed%');"
	" END;"
	"CREATE TRIGGER risk_cell_update AFTER UPDATE OF programme_id, likelihood, impact, status"
	" ON risk BEGIN"
	" UPDATE risk_cell SET n = n - 1 WHERE programme_key = ifnull(old.programme_id, 0)"
	"  AND likelihood = ifnull(old.likelihood, 0) AND impact = ifnull(old.impact, 0)"
	"  AND closed = (lower(old.status) LIKE 'closed%');"
	" INSERT INTO risk_cell VALUES (ifnull(new.programme_id, 0), ifnull(new.likelihood, 0),"
	"  ifnull(new.impact, 0), lower(new.status) LIKE 'closed%', 1)"
	"  ON CONFLICT DO UPDATE SET n = n + 1;"
	" END;";

/* Version 4: the baseline plan.  The first plan imported for a project is kept as it was,
 * so that later imports that move its phases show as slippage against it (the exception
 * report).  Files that already hold phases take today's plan as their baseline. */
static const char migration_4[] =
	"CREATE TABLE phase_baseline ("
	" project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,"
	" letter TEXT NOT NULL CHECK (letter IN ('S','D','P','I','R')),"
	" start_q INTEGER NOT NULL, end_q INTEGER NOT NULL,"
	" at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),"
	" CHECK (end_q >= start_q),"
	" PRIMARY KEY (project_id, start_q)) WITHOUT ROWID;"
	"INSERT INTO phase_baseline (project_id, letter, start_q, end_q)"
	" SELECT project_id, letter, start_q, end_q FROM phase;";

/* Version 5: indexes nothing reads, which every bulk import paid to build.  risk_score
 * (v2) is risk_sort_score (v3) for scored risks, and no query compares the bare score
 * column in its order; risk_programme (v2) was for per-programme sums that risk_cell (v3)
 * now keeps; the panes seek ifnull(programme_id, 0), which only risk_sort_programme serves.
 * What still needs programme_id itself is the foreign key: deleting a programme (import
 * programmes --replace) looks for its risks, a scan of the register without an index, so a
 * narrow one stays. */
static const char migration_5[] =
	"DROP INDEX risk_score;"
	"DROP INDEX risk_programme;"
	"CREATE INDEX risk_programme_fk ON risk (programme_id);";

/* Version 6: the Risks pane's sort indexes and the programme foreign key's index are built
 * when first needed (store_index.c), no longer by every bulk import: at a million risks they
 * were more than half of the import's time, for sorts many users never choose.  A file that
 * had them loses them here and builds each again the first time it is used; one somebody
 * dropped by hand is no reason to refuse the upgrade. */
static const char migration_6[] =
	"DROP INDEX IF EXISTS risk_sort_score;"
	"DROP INDEX IF EXISTS risk_sort_programme;"
	"DROP INDEX IF EXISTS risk_sort_owner;"
	"DROP INDEX IF EXISTS risk_sort_review;"
	"DROP INDEX IF EXISTS risk_programme_fk;";

/* Version 7: the risk key's columns the other way round, ref first.  Lookups by the key
 * (both columns, equal) read it either way; building it after a bulk load sorts a million
 * keys, and with the ref first nearly every comparison is settled by the first column
 * (SQLite's sorter compares a leading text or integer column without decoding the record):
 * a quarter less time.  Nothing reads the index for its programme prefix: a programme's
 * risks are found through risk_programme_fk or the pane's programme sort index. */
static const char migration_7[] =
	"DROP INDEX risk_key;"
	"CREATE UNIQUE INDEX risk_key ON risk (ref, ifnull(programme_id, 0));";

/* Version 8: organisations.  One file may hold several commissioners' plans (the demo holds
 * Bromley's and B&NES's), and each has its own corporate register: a risk or measure with no
 * programme belongs to an organisation, and its key is unique within that organisation, so
 * that Bromley's risk "1" is not B&NES's.  A programme's organisation stays the name it was
 * imported with (programme.organisation); the organisation table lists the names, kept by
 * trigger whoever writes a programme.  The corporate rows of a file that holds one
 * organisation are that organisation's; with several, nobody can tell, and they stay unowned
 * until re-imported with --organisation. */
static const char migration_8[] =
	"CREATE TABLE organisation ("
	" id INTEGER PRIMARY KEY,"
	" name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> ''));"
	"INSERT OR IGNORE INTO organisation (name) SELECT organisation FROM programme"
	" WHERE ifnull(organisation, '') <> '' ORDER BY id;"
	"CREATE TRIGGER programme_organisation_insert AFTER INSERT ON programme"
	" WHEN ifnull(new.organisation, '') <> '' BEGIN"
	" INSERT OR IGNORE INTO organisation (name) VALUES (new.organisation);"
	" END;"
	"CREATE TRIGGER programme_organisation_update AFTER UPDATE OF organisation ON programme"
	" WHEN ifnull(new.organisation, '') <> '' BEGIN"
	" INSERT OR IGNORE INTO organisation (name) VALUES (new.organisation);"
	" END;"
	"ALTER TABLE risk ADD COLUMN organisation_id INTEGER REFERENCES organisation(id);"
	"ALTER TABLE metric ADD COLUMN organisation_id INTEGER REFERENCES organisation(id);"
	"UPDATE risk SET organisation_id = (SELECT id FROM organisation)"
	" WHERE programme_id IS NULL AND (SELECT count(*) FROM organisation) = 1;"
	"UPDATE metric SET organisation_id = (SELECT id FROM organisation)"
	" WHERE programme_id IS NULL AND (SELECT count(*) FROM organisation) = 1;"
	"DROP INDEX risk_key;"
	"CREATE UNIQUE INDEX risk_key ON risk (ref, ifnull(programme_id, 0),"
	" ifnull(organisation_id, 0));"
	"DROP INDEX metric_key;"
	"CREATE UNIQUE INDEX metric_key ON metric (ifnull(programme_id, 0),"
	" ifnull(organisation_id, 0), name, ifnull(period, ''));";

/* Version 9: which status words mean closed is data (risk_status), no longer "starts with
 * closed" written into six places: a register that writes Complete, Withdrawn or Tolerated
 * counted those risks as open and escalated.  The triggers judge a status by the table
 * (risk_state.h); a change to the table recounts risk_cell, whoever makes it.  The counts are
 * rebuilt here under the new rule; the risks keep the register's own words. */
#define CELL_KEY(row) "ifnull(" row ".programme_id, 0), ifnull(" row ".likelihood, 0), ifnull(" \
	row ".impact, 0), " RISK_CLOSED_SQL(row ".status")
#define CELL_MATCH(row)                                                                     \
	" programme_key = ifnull(" row ".programme_id, 0) AND likelihood = ifnull(" row          \
	".likelihood, 0) AND impact = ifnull(" row ".impact, 0) AND closed = " RISK_CLOSED_SQL(  \
		row ".status")
static const char migration_9[] =
	"CREATE TABLE risk_status ("
	" word TEXT NOT NULL PRIMARY KEY COLLATE NOCASE CHECK (word <> '' AND word = trim(word)),"
	" state TEXT NOT NULL CHECK (state IN ('open', 'closed')),"
	" src_file TEXT, src_line INTEGER);"
	"INSERT INTO risk_status (word, state) VALUES ('Closed', 'closed'), ('Complete', 'closed'),"
	" ('Completed', 'closed'), ('Withdrawn', 'closed'), ('Archived', 'closed'),"
	" ('Transferred', 'closed'), ('Tolerated', 'closed');"
	"DROP TRIGGER risk_cell_insert;"
	"DROP TRIGGER risk_cell_delete;"
	"DROP TRIGGER risk_cell_update;"
	"CREATE TRIGGER risk_cell_insert AFTER INSERT ON risk BEGIN"
	" INSERT INTO risk_cell VALUES (" CELL_KEY("new") ", 1) ON CONFLICT DO UPDATE SET n = n + 1;"
	" END;"
	"CREATE TRIGGER risk_cell_delete AFTER DELETE ON risk BEGIN"
	" UPDATE risk_cell SET n = n - 1 WHERE" CELL_MATCH("old") ";"
	" END;"
	"CREATE TRIGGER risk_cell_update AFTER UPDATE OF programme_id, likelihood, impact, status"
	" ON risk BEGIN"
	" UPDATE risk_cell SET n = n - 1 WHERE" CELL_MATCH("old") ";"
	" INSERT INTO risk_cell VALUES (" CELL_KEY("new") ", 1) ON CONFLICT DO UPDATE SET n = n + 1;"
	" END;"
	"CREATE TRIGGER risk_status_insert AFTER INSERT ON risk_status BEGIN "
	RISK_CELLS_REBUILD_SQL " END;"
	"CREATE TRIGGER risk_status_delete AFTER DELETE ON risk_status BEGIN "
	RISK_CELLS_REBUILD_SQL " END;"
	"CREATE TRIGGER risk_status_update AFTER UPDATE ON risk_status"
	" WHEN old.state IS NOT new.state OR old.word IS NOT new.word BEGIN "
	RISK_CELLS_REBUILD_SQL " END;"
	RISK_CELLS_REBUILD_SQL;
#undef CELL_KEY
#undef CELL_MATCH

/* Version 10: what pmwb knows, made visible (issue 14).  Every import is a run: one row per
 * file read, with its size and SHA-256, the counts of what it did, the unit each money
 * column was read in, every warning and notice, and each printed total it checked with the
 * rows that total covered, so that the total can be held against those rows as they are
 * now (pmwb report reconciliation).  Audit rows say (in audit_about) which run wrote them,
 * the programme they concern and the record's id, for the log's filters and a record's
 * history; the older rows have none, and a record's history finds them by their key.  Nothing in pmwb
 * changes or removes an audit row; the triggers refuse it to anyone who tries. */
static const char migration_10[] =
	"CREATE TABLE import_run ("
	" id INTEGER PRIMARY KEY,"
	" at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),"
	" who TEXT NOT NULL, kind TEXT NOT NULL, file TEXT NOT NULL,"
	" size INTEGER, sha256 TEXT,"
	" rows INTEGER NOT NULL DEFAULT 0, new INTEGER NOT NULL DEFAULT 0,"
	" updated INTEGER NOT NULL DEFAULT 0, unchanged INTEGER NOT NULL DEFAULT 0,"
	" deleted INTEGER NOT NULL DEFAULT 0,"
	" counts TEXT," /* per table written: "qipp plan 27 new" */
	" units TEXT);" /* the unit each money column was read in */
	"CREATE TABLE import_message ("
	" id INTEGER PRIMARY KEY,"
	" run_id INTEGER NOT NULL REFERENCES import_run(id),"
	" line INTEGER, col INTEGER,"
	" level TEXT NOT NULL CHECK (level IN ('warning', 'notice')),"
	" text TEXT NOT NULL);"
	"CREATE INDEX import_message_run ON import_message (run_id, id);"
	"CREATE TABLE import_total ("
	" id INTEGER PRIMARY KEY,"
	" run_id INTEGER NOT NULL REFERENCES import_run(id),"
	" line INTEGER NOT NULL, col INTEGER,"
	" label TEXT NOT NULL," /* the column as the sheet heads it: '2013/14', 'value' */
	" scope TEXT," /* the programme the total row names, NULL for all rows above it */
	" organisation TEXT,"
	" measure TEXT NOT NULL CHECK (measure IN ('project.value', 'qipp.net', 'qipp.gross',"
	"  'qipp.forecast_outturn')),"
	" fy INTEGER," /* the plan year of a qipp measure */
	" printed INTEGER NOT NULL, summed INTEGER NOT NULL," /* pounds */
	" unit INTEGER NOT NULL," /* pounds per unit the column printed */
	" rows INTEGER NOT NULL,"
	" verdict TEXT NOT NULL CHECK (verdict IN ('agree', 'rounding', 'sign', 'accepted')));"
	"CREATE INDEX import_total_run ON import_total (run_id, id);"
	"CREATE TABLE import_total_row ("
	" total_id INTEGER NOT NULL REFERENCES import_total(id),"
	" row_id INTEGER NOT NULL," /* the project or qipp_scheme the total covered */
	" PRIMARY KEY (total_id, row_id)) WITHOUT ROWID;"
	/* beside the audit rather than ALTERs of it: each ALTER re-checks the whole schema,
	 * which made this upgrade four times the allocations of all the others together */
	"CREATE TABLE audit_about ("
	" audit_id INTEGER PRIMARY KEY," /* the audit row's id */
	" run_id INTEGER REFERENCES import_run(id), programme TEXT, record_id INTEGER);"
	"CREATE INDEX audit_about_programme ON audit_about (programme, audit_id);"
	"CREATE INDEX audit_about_record ON audit_about (record_id);"
	"CREATE INDEX audit_entity ON audit (entity, id);"
	"CREATE INDEX audit_who ON audit (who, id);"
	"CREATE INDEX audit_key ON audit (entity, entity_key);"
	"CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN"
	" SELECT RAISE(ABORT, 'the audit log is append-only: its rows are never changed');"
	" END;"
	"CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN"
	" SELECT RAISE(ABORT, 'the audit log is append-only: its rows are never deleted');"
	" END;";

static const char *const migrations[] = {
	migration_1,
	migration_2,
	migration_3,
	migration_4,
	migration_5,
	migration_6,
	migration_7,
	migration_8,
	migration_9,
	migration_10,
};

int schema_version(void)
{
	return (int)(sizeof(migrations) / sizeof(migrations[0]));
}

const char *schema_migration(int from_version)
{
	if (from_version < 0 || from_version >= schema_version())
		return NULL;
	return migrations[from_version];
}
