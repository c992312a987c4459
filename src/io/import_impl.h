/* Private to io/: what the import driver (import.c) shares with the per-kind importers
 * (import_<kind>.c), the header map (import_header.c), value parsing (import_values.c) and
 * the total-row checks (import_totals.c). */
#ifndef PMWB_IMPORT_IMPL_H
#define PMWB_IMPORT_IMPL_H

#include "pmwb/csvin.h"
#include "pmwb/money.h"
#include "pmwb/import.h"
#include "pmwb/scale.h"
#include "pmwb/store_batch.h"

struct store_import_total;

#define IMPORT_MAX_FIELDS 48
#define IMPORT_MAX_TOTALS 256
#define IMPORT_MAX_ENTITIES 4

enum import_field_flags {
	IMPORT_REQUIRED = 1 << 0, /* the header must have it */
	IMPORT_DERIVED = 1 << 1,  /* written by export, ignored by import */
	IMPORT_MONEY = 1 << 2,    /* money, in the unit its header states (else £'000) */
};

/* The unit of a money column whose header states none: every kind's files are in £'000,
 * as their column names (value_k, fy2013_14_plan_k) say. */
#define IMPORT_MONEY_UNIT MONEY_THOUSANDS

struct import_field {
	const char *name;    /* canonical, as the seed files and export write it */
	const char *aliases; /* '|'-separated, matched case- and punctuation-insensitively */
	unsigned flags;
};

/* What a header cell means. */
enum { MAP_BLANK = -1, MAP_UNKNOWN = -2, MAP_DYNAMIC = -3, MAP_IGNORED = -4, MAP_REPEATED = -5 };

struct import_map {
	int ncols;                          /* up to the last non-blank header cell */
	int field_col[IMPORT_MAX_FIELDS];   /* 0-based column of each field, -1 */
	int col_field[CSVIN_MAX_FIELDS];    /* a field index or MAP_* */
	int col_code[CSVIN_MAX_FIELDS];     /* MAP_DYNAMIC: what the kind's classify said;
					     * MAP_REPEATED: the field another column gives */
	int col_unit[CSVIN_MAX_FIELDS];     /* the money unit the header states, 0 none, -1 one
					     * pmwb refuses (money_unit_from_header says why) */
};

struct import_row {
	long line;
	const char *cell[IMPORT_MAX_FIELDS]; /* trimmed; "" when blank or no such column */
	const struct csvin_record *rec;      /* the raw fields (trimmed in place) */
	const struct import_map *map;
};

struct import_run;
struct import_typed;

struct import_kind {
	const char *name; /* "risks" */
	const char *file; /* its name in a folder for `import all`: "risks.csv" */
	const struct import_field *fields;
	int nfields;
	int dynamic_money; /* the dynamic columns hold money (plan years) */
	/* Dynamic columns (quarters, plan years): 1 and a code when the header is one. */
	int (*classify)(const struct import_run *run, const char *header, int *code);
	/* What the kind writes: counted in the summary; --replace empties entities[0]. */
	const struct store_entity *entities[IMPORT_MAX_ENTITIES];
	int nentities;
	/* Field whose cell marks total rows ("Total", "Sub-total", "Grand Total"), or -1;
	 * a total row that names a programme in total_scope_field covers only its rows. */
	int total_field;
	int total_scope_field;
	/* Where a repeated key is reported when it is found after the load (bulk), or -1. */
	int key_field;
	enum pmwb_status (*begin)(struct import_run *run, struct pmwb_error *e);
	/* One data row.  Bad values are reported with import_error() and the row skipped;
	 * a non-OK return (database failure) stops the import. */
	enum pmwb_status (*row)(struct import_run *run, const struct import_row *row,
				struct pmwb_error *e);
	/* Optional, for kinds whose files run to a million rows: row in two halves.  type is
	 * the part that needs no database (cells to values: 1 when all are good), run ahead on
	 * the reader's parser thread with a run of its own that reports nothing; put is the
	 * rest, on the importing thread, for a row that type found good and did not warn
	 * about.  Any other row goes to row, which says what is wrong with it.  type must
	 * not depend on anything begin sets up. */
	int (*type)(struct import_run *run, const struct import_row *row, struct import_typed *t);
	enum pmwb_status (*put)(struct import_run *run, const struct import_row *row,
				struct store_val *v, struct pmwb_error *e);
	/* A total row: call import_total_check() for each amount it prints. */
	void (*total)(struct import_run *run, const struct import_row *row);
	/* After the last row (checks across rows). */
	enum pmwb_status (*end)(struct import_run *run, struct pmwb_error *e);
	/* Before a total row: write what the kind holds (lines of one record), so that the
	 * total is checked against every row above it (NULL: it holds nothing). */
	enum pmwb_status (*flush)(struct import_run *run, struct pmwb_error *e);
	/* Frees what the kind's state (run->kstate) holds besides itself, also when a file
	 * stops early; may be NULL. */
	void (*release)(void *kstate);
};

struct import_tally {
	const struct store_entity *ent;
	long count[3]; /* by enum store_change */
};

struct import_total_acc {
	char label[32];
	char scope[64]; /* the programme the rows belong to, "" for all rows */
	long long sum[4]; /* since the last total row of level >= 1, 2, 3 (index = level) */
	long rows[4];     /* how many values each sum adds up */
	long long *ids[4]; /* the rows (projects, schemes) each sum covers, for the run */
	int nids[4], capids[4];
};

/* What a total adds up (store_import_run.h's measure and, for QIPP, the year). */
struct import_total_what {
	int measure; /* enum store_total_measure; -1: checked, not kept for reconciliation */
	int fy;
};

/* A warning or notice kept for the file's import run. */
struct import_note {
	long line, col;
	int warning; /* else a notice */
	char *text;
};

/* What type made of a row (on the parser thread, csvin's prepare output).  text holds
 * values that are not a cell as written, such as a date in ISO form; v may point into it. */
#define IMPORT_TYPED_MAX 26
struct import_typed {
	int ok;
	struct store_val v[IMPORT_TYPED_MAX];
	char text[2][11];
};

struct import_run {
	const struct import_options *o;
	int silent; /* the parser thread's copy: messages are counted, not said */
	const struct import_kind *kind;
	struct store *st;
	struct store_batch *b;
	const char *file;
	struct csvin *reader;
	struct import_map map;
	int have_header;
	int from_pmwb; /* the header is pmwb export's own (import_header_is_pmwbs) */
	long header_line;
	long skipped_above;
	long month_first_line; /* the file's first month-first (US) date, or 0 */
	long rows, errors, warnings, printed_errors;
	long totals_checked, totals_differ;
	struct import_tally tally[16];      /* the whole import's, for its summary */
	int ntally;
	struct import_tally file_tally[16]; /* this file's, for its run and audit row */
	int nfile_tally;
	/* The file's import run (store_import_run.h): its id, what it said, the units its
	 * money columns were read in; a failure to record a total, said at the file's end. */
	long long run_id;
	struct import_note *notes;
	int nnotes, capnotes;
	long notes_dropped;
	char units[1024];
	char sha256[65]; /* "" when the file was not read to its end */
	struct pmwb_error record_err;
	/* import.c's: a total checked goes to the file's run (NULL: nowhere, a dry parse) */
	void (*record_total)(struct import_run *run, const struct store_import_total *t);
	struct import_total_acc acc[IMPORT_MAX_TOTALS];
	int nacc;
	struct {
		char text[128];
		long long id;
		int found;
	} pcache[32];
	int npcache;
	void *kstate; /* a kind's own per-file state */
	/* --replace: what the rows belong to, the rows the files cover and may delete: their
	 * programmes, and for rows of no programme their organisations (0: none) */
	struct import_ids {
		long long *id;
		int n, cap;
	} scope_programmes, scope_organisations;
	int scope_failed;
	struct {
		char seen[256];    /* the organisation of the programmes imported so far */
		int seen_many;     /* ... when they were not all one organisation's */
		int resolved;      /* id below is decided */
		long long id;      /* corporate rows': 0 none (no organisations), -1 refused */
		int refused;       /* rows refused for want of an organisation */
		char names[512];   /* the organisations, for the message */
	} org; /* import_organisation.c: across the files of one import */
	unsigned long long file_size;
	double last_progress, started;
};

/* Kinds. */
extern const struct import_kind import_kind_programmes, import_kind_delivery,
	import_kind_phases, import_kind_milestones, import_kind_risks, import_kind_qipp,
	import_kind_qipp_months, import_kind_thresholds, import_kind_metrics,
	import_kind_statuses;
const struct import_kind *import_kind_find(const char *name);

/* import_files.c: the path of the file named file in dir, in any case (1), else 0; a kind's
 * field names, comma-separated (those export alone writes left out). */
int import_find_file(const char *dir, const char *file, char *path, size_t size);
void import_field_names(const struct import_kind *k, char *buf, size_t size);

/* import_month_number.c: a month written by its number in the financial year ("2013/14 M6",
 * "Month 6" for today's year): 1 and *out; 0 when not so written; -1 when so written but
 * wrong (reported). */
int import_month_number(struct import_run *run, const struct import_row *row, int field,
			fy_month *out);

/* Messages.  column is 1-based (0: none); value may be NULL. */
void import_error(struct import_run *run, long line, long column, const char *value,
		  const char *fmt, ...) __attribute__((format(printf, 5, 6)));
void import_warning(struct import_run *run, long line, long column, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void import_notice(struct import_run *run, long line, long column, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* The 1-based column of a field in this file (0 when it has none). */
long import_col(const struct import_row *row, int field);
void import_count(struct import_run *run, const struct store_entity *ent, enum store_change c);

/* Header matching (import_header.c). */
size_t import_header_normalise(const char *s, char *out, size_t size);
/* Fills m from a header record; returns how many columns were recognised. */
int import_header_match(const struct import_run *run, const struct csvin_record *rec,
			struct import_map *m);
/* The money columns of a matched header: a unit refused is an error at its column; else
 * a notice says which unit each is read in (stated, or the kinds' own). */
enum pmwb_status import_header_units(struct import_run *run, const struct csvin_record *rec,
				     struct pmwb_error *e);
/* The unit money in a column (1-based) is read in. */
enum money_unit import_column_unit(const struct import_run *run, long column);

/* Values (import_values.c): each reports its own error and returns 0 on a bad value. */
int import_money_k(struct import_run *run, const struct import_row *row, long column,
		   const char *text, struct store_val *v);
int import_int(struct import_run *run, const struct import_row *row, int field, int min, int max,
	       struct store_val *v);
int import_fy(struct import_run *run, const struct import_row *row, int field,
	      struct store_val *v);
int import_level(struct import_run *run, const struct import_row *row, int field,
		 enum scale_axis axis, struct store_val *level, struct store_val *word);
/* A programme cell: code or name.  allow_empty: an empty cell is NULL (organisation level). */
int import_programme(struct import_run *run, const struct import_row *row, int field,
		     int allow_empty, struct store_val *v, struct pmwb_error *e,
		     enum pmwb_status *fatal);
void import_text(const struct import_row *row, int field, struct store_val *v);
/* A project known only by its name (a long-form plan's, a milestone's workstream). */
enum pmwb_status import_add_project(struct import_run *run, const struct store_val *programme,
				    const char *name, long line, long long *id,
				    struct pmwb_error *e);
/* --replace: a row's programme, or when it has none (prog->null) its organisation (org NULL
 * or null: none), is one the files cover. */
void import_scope_add(struct import_run *run, const struct store_val *prog,
		      const struct store_val *org);
/* Organisations (import_organisation.c).  The programme of a row (code or name; empty for
 * an organisation's own), and for a row with none its organisation: the org_field cell,
 * else --organisation, else the one organisation of the programmes imported with it, else
 * the database's only one.  Returns 0 when the row was refused (reported). */
int import_owner(struct import_run *run, const struct import_row *row, int prog_field,
		 int org_field, struct store_val *prog, struct store_val *org,
		 struct pmwb_error *e, enum pmwb_status *fatal);
/* A programme of this organisation was imported (for the corporate rows that follow). */
void import_organisation_seen(struct import_run *run, const char *name);
/* --organisation names an organisation the database holds (checked before any row). */
enum pmwb_status import_organisation_option(struct import_run *run, struct pmwb_error *e);
/* A single day (a review or raised date), written into iso as "2014-03-31". */
/* A date cell that would not read: why, at its line and column; a day that can only be
 * month first (03/25/2014) says the file seems to use US dates instead. */
void import_date_error(struct import_run *run, const struct import_row *row, int field,
		       const char *why);
int import_day(struct import_run *run, const struct import_row *row, int field, char iso[11],
	       struct store_val *v);

/* Total rows (import_totals.c). */
int import_total_level(const char *cell); /* 0 not a total, 1 sub-total, 2 total, 3 grand */
/* A row's value under label, id the row written (the project or scheme), 0 when it was not. */
void import_total_add(struct import_run *run, const struct import_row *row, const char *label,
		      long long value, long long id);
/* A total row's figure under label: checked against the rows, and recorded in the run. */
void import_total_check(struct import_run *run, const struct import_row *row, long column,
			const char *label, struct import_total_what what, long long printed);
/* The file's accumulators emptied (their row lists freed). */
void import_total_free(struct import_run *run);

void import_total_reset(struct import_run *run, int level);

/* Shared by kinds whose dynamic columns name a financial year ("fy2013_14_plan_k",
 * "Plan 2013/14 £'000", "2013/14 gross"): code = fy * 4 + what (QIPP_NET, ...). */
enum { QIPP_NET = 0, QIPP_GROSS = 1, QIPP_FORECAST = 2 };
int import_classify_fy_column(const char *header, int *code);
/* 1 when every column of the header row is named as pmwb's export names its columns
 * (lower-case letters, digits and underscores: "ref", "financial_impact_k") or is a year or
 * quarter column ("2013/14 Q1").  A sheet from elsewhere ("Risk Ref") is not: only a file
 * in pmwb's own form had export's formula guard (a ' before = + - @) added, for the import
 * to take off. */
int import_header_is_pmwbs(const struct csvin_record *rec);

#endif
