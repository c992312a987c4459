/* Streaming CSV reader: libcsv underneath, fed in 1 MiB read() chunks, one record at a time
 * to a callback, so memory does not grow with the file.  It knows physical line numbers
 * (a quoted field may span lines), strips a UTF-8 BOM, detects a comma or semicolon
 * delimiter from the first lines, and caps a field at CSVIN_FIELD_MAX bytes so that a
 * missing closing quote cannot swallow the machine.  It does not interpret the fields. */
#ifndef PMWB_CSVIN_H
#define PMWB_CSVIN_H

#include <stddef.h>

#include "pmwb/error.h"

#define CSVIN_CHUNK (1u << 20)
#define CSVIN_FIELD_MAX (1u << 20)
#define CSVIN_RECORD_MAX (4u << 20)
#define CSVIN_MAX_FIELDS 1024

struct csvin_record;

struct csvin_options {
	char delimiter; /* ',' or ';'; 0 detects from the first lines */
	/* iconv(3)'s name of the file's encoding (windows-1252, latin1, utf-16...): csvin_read_fd
	 * converts the bytes to UTF-8 before parsing them; NULL or "" reads UTF-8 */
	const char *encoding;
	/* Done by the reader, on csvin_read_fd's parser thread, so that it overlaps the
	 * caller's work on the records before: */
	int trim;       /* strip the blanks (text_trim's) around every field */
	int check_utf8; /* check every field is UTF-8 (the record's utf8_ok); a field that is
			 * not is left untrimmed, as it came */
	/* The caller's own work on a record that needs nothing but the record, also done on
	 * the parser thread: prepare fills prepare_size bytes that the record callback gets
	 * as rec->prepared.  It may change the fields in place (not their lengths' storage);
	 * pointers into them stay valid until the callback has returned.  Without a parser
	 * thread (csvin_feed) it runs just before the callback. */
	void (*prepare)(void *prepare_ctx, struct csvin_record *rec, void *out);
	void *prepare_ctx;
	size_t prepare_size;
};

/* One record.  Fields are NUL-terminated copies owned by the reader, valid until the
 * callback returns; they are as written unless the options trim them. */
struct csvin_record {
	long line;     /* physical line the record starts on, 1-based */
	long number;   /* record number, 1-based (blank lines are not records) */
	size_t nfields;
	char **field;
	const size_t *len;
	int utf8_ok;   /* check_utf8: 1 when every field is UTF-8 (else csvin_check_utf8 says
			* which and why); always 1 without the option */
	void *prepared; /* what the options' prepare made of this record, or NULL */
};

/* Return PMWB_OK to go on; any other status stops the reader and is returned by it. */
typedef enum pmwb_status (*csvin_record_fn)(void *ctx, const struct csvin_record *rec,
					    struct pmwb_error *e);

struct csvin;

/* name is used in messages ("FILE:LINE:COLUMN: ..."). */
enum pmwb_status csvin_open(const char *name, const struct csvin_options *o, csvin_record_fn fn,
			    void *ctx, struct csvin **out, struct pmwb_error *e);
/* Feed the next bytes of the file.  Detection (BOM, delimiter) uses the first call's bytes. */
enum pmwb_status csvin_feed(struct csvin *r, const char *buf, size_t len, struct pmwb_error *e);
/* End of input: delivers a last record without a newline, reports an unterminated quote. */
enum pmwb_status csvin_finish(struct csvin *r, struct pmwb_error *e);
void csvin_close(struct csvin *r);

/* Read a whole file descriptor in CSVIN_CHUNK read()s.  *bytes_read (may be NULL) follows
 * progress for a caller's callback to show. */
enum pmwb_status csvin_read_fd(struct csvin *r, int fd, struct pmwb_error *e);

char csvin_delimiter(const struct csvin *r);
unsigned long long csvin_bytes(const struct csvin *r); /* bytes fed so far */
/* After csvin_read_fd has read to the end: the SHA-256 of every byte it read, as 64 hex
 * digits (returns 1; 0 when it did not read to the end, or was asked once already). */
int csvin_sha256(struct csvin *r, char out[65]);

/* Detect the delimiter from the start of a file: a tab when the first line has more tabs than
 * commas and semicolons (a sheet saved as tab-delimited text); else the line among the first
 * 20 with the most commas and semicolons outside quotes decides.  Returns ',' when there is
 * nothing to go on. */
char csvin_detect_delimiter(const char *buf, size_t len);

/* PMWB_OK when iconv(3) knows the encoding name, else a one-sentence PMWB_USAGE error. */
enum pmwb_status csvin_check_encoding(const char *name, struct pmwb_error *e);

/* Checks a field for UTF-8 (and no NUL byte).  On failure fills e with a message that names
 * the bad byte and, when the bytes look like a Windows-1252 export (the £ sign as 0xA3),
 * says how to re-save. */
enum pmwb_status csvin_check_utf8(const char *s, size_t len, struct pmwb_error *e);

#endif
