/* The streaming CSV reader (see csvin.h).
 *
 * Line numbers: libcsv does not count lines, so each chunk is fed one physical line at a
 * time (up to and including its '\n').  When libcsv is between records (pstate 0) at the
 * start of a line, the next record starts on that line; a quoted newline keeps libcsv inside
 * the record, so a multi-line record keeps the line it started on.
 *
 * csvin_read_fd parses on a second thread: libcsv and the record assembly run there, and
 * whole records reach the caller's thread in blocks through a small bounded queue, so the
 * parse (a quarter of a bulk import, PERF-NOTES.md) overlaps the caller's inserts on a
 * second core.  Records still arrive one at a time, in order, on the caller's thread, and a
 * parse error still comes after the records before it. */
#include "config.h"

#include <csv.h>
#include <errno.h>
#include <iconv.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "pmwb/csvin.h"
#include "pmwb/sha256.h"
#include "pmwb/text.h"

struct csvin {
	struct csv_parser p;
	char name[PMWB_ERR_FILE_MAX];
	char delimiter;
	char encoding[32]; /* "": UTF-8, not converted */
	int trim, check_utf8;
	void (*prepare)(void *prepare_ctx, struct csvin_record *rec, void *out);
	void *prepare_ctx;
	size_t prepare_size;
	void *prepared; /* prepare's output without a parser thread */
	csvin_record_fn fn;
	void *ctx;
	int started;
	long line;          /* physical line being fed */
	long pending_start; /* line the next record starts on */
	long rec_start;
	int rec_open;
	long number;
	unsigned long long bytes;
	/* csvin_read_fd with a parser thread: bytes behind the records the caller has had */
	int threaded;
	unsigned long long delivered;
	/* csvin_read_fd: the file's SHA-256, on the parser thread, as the bytes go by */
	struct sha256 sha;
	int hashed;
	/* the record being assembled */
	char *buf;
	size_t buf_len, buf_cap;
	size_t *off, *lens;
	char **ptrs;
	size_t nfields;
	size_t dropped; /* blank fields past CSVIN_MAX_FIELDS */
	/* a callback failed: libcsv cannot be stopped from inside, so remember and ignore */
	int stopped;
	struct pmwb_error err;
};

/* libcsv grows its field buffer through this; refusing beyond the cap is what turns a
 * runaway field into an error instead of an out-of-memory. */
#define CSVIN_GROW_BLOCK 4096
#define FIELD_TOO_LONG "a field is longer than 1 MiB; is a quote missing its closing quote?"

static void *capped_realloc(void *ptr, size_t size)
{
	/* libcsv grows by blocks and keeps room for the NUL it appends: a block past the
	 * limit, so that a field of exactly CSVIN_FIELD_MAX bytes fits; on_field holds the
	 * limit itself to the byte */
	if (size > CSVIN_FIELD_MAX + CSVIN_GROW_BLOCK + 2)
		return NULL;
	return realloc(ptr, size);
}

static void stop(struct csvin *r, enum pmwb_status status, long line, long column,
		 const char *msg)
{
	if (r->stopped)
		return;
	r->stopped = 1;
	err_set_at(&r->err, status, r->name, line, column, "%s", msg);
}

static void on_field(void *data, size_t len, void *arg)
{
	struct csvin *r = arg;

	if (r->stopped)
		return;
	if (!r->rec_open) {
		r->rec_open = 1;
		r->rec_start = r->pending_start;
		r->nfields = 0;
		r->dropped = 0;
		r->buf_len = 0;
	}
	if (r->nfields >= CSVIN_MAX_FIELDS) {
		size_t n;
		/* A sheet's used range can run far past its last column, and Excel writes every
		 * cell of it: blank ones out there are dropped, a value is an error. */
		text_trim_len(data, len, &n);
		if (n == 0) {
			r->dropped++;
			return;
		}
		stop(r, PMWB_INPUT, r->rec_start, (long)(r->nfields + r->dropped) + 1,
		     "this row has a value past column 1024, more columns than pmwb reads");
		return;
	}
	if (len > CSVIN_FIELD_MAX) {
		stop(r, PMWB_INPUT, r->rec_start, (long)r->nfields + 1, FIELD_TOO_LONG);
		return;
	}
	if (r->buf_len + len + 1 > CSVIN_RECORD_MAX) {
		stop(r, PMWB_INPUT, r->rec_start, (long)r->nfields + 1,
		     "this row is longer than 4 MiB; is a quote missing its closing quote?");
		return;
	}
	if (r->buf_len + len + 1 > r->buf_cap) {
		size_t cap = r->buf_cap ? r->buf_cap : 4096;
		char *nb;
		while (cap < r->buf_len + len + 1)
			cap *= 2;
		nb = realloc(r->buf, cap);
		if (!nb) {
			stop(r, PMWB_NOMEM, r->rec_start, 0, "out of memory reading a row");
			return;
		}
		r->buf = nb;
		r->buf_cap = cap;
	}
	if (len)
		memcpy(r->buf + r->buf_len, data, len);
	r->buf[r->buf_len + len] = '\0';
	r->off[r->nfields] = r->buf_len;
	r->lens[r->nfields] = len;
	r->nfields++;
	r->buf_len += len + 1;
}

/* The options' work on a field, in place: trimmed, it moves to the front of its slot.  A
 * field that fails the check is left as it came, so that the caller's own check of the
 * record sees the same bytes and can say which cell and why. */
static int prepare_field(struct csvin *r, size_t i)
{
	char *f = r->buf + r->off[i];
	struct pmwb_error ignored;

	if (r->check_utf8 && csvin_check_utf8(f, r->lens[i], &ignored) != PMWB_OK)
		return 0;
	if (r->trim) {
		size_t n;
		const char *s = text_trim_len(f, r->lens[i], &n);
		if (s != f)
			memmove(f, s, n);
		f[n] = '\0';
		r->lens[i] = n;
	}
	return 1;
}

static void on_record(int c, void *arg)
{
	struct csvin *r = arg;
	struct csvin_record rec;
	enum pmwb_status st;
	int utf8_ok = 1;

	(void)c;
	if (r->stopped)
		return;
	if (!r->rec_open) {
		r->rec_start = r->pending_start;
		r->nfields = 0;
	}
	for (size_t i = 0; i < r->nfields; i++) {
		utf8_ok &= prepare_field(r, i);
		r->ptrs[i] = r->buf + r->off[i];
	}
	rec.utf8_ok = utf8_ok;
	r->number++;
	rec.line = r->rec_start;
	rec.number = r->number;
	rec.nfields = r->nfields;
	rec.field = r->ptrs;
	rec.len = r->lens;
	rec.prepared = NULL;
	if (r->prepare && !r->threaded) {
		r->prepare(r->prepare_ctx, &rec, r->prepared);
		rec.prepared = r->prepared;
	}
	st = r->fn(r->ctx, &rec, &r->err);
	r->rec_open = 0;
	r->nfields = 0;
	if (st != PMWB_OK) {
		r->stopped = 1;
		if (r->err.status == PMWB_OK)
			r->err.status = st;
	}
}

/* Excel's "Text (Tab delimited)" and a table copied out of a sheet: the header line, whose
 * cells are names (seldom holding a comma), has more tabs than commas and semicolons. */
static int tab_separated(const char *buf, size_t len)
{
	int tabs = 0, others = 0, quoted = 0;

	for (size_t i = 0; i < len && (quoted || (buf[i] != '\n' && buf[i] != '\r')); i++) {
		if (buf[i] == '"')
			quoted = !quoted;
		else if (!quoted && buf[i] == '\t')
			tabs++;
		else if (!quoted && (buf[i] == ',' || buf[i] == ';'))
			others++;
	}
	return tabs > others;
}

char csvin_detect_delimiter(const char *buf, size_t len)
{
	int commas[20], semis[20], lines = 0, quoted = 0, maxc = 0, maxs = 0, atc = 0, ats = 0;
	size_t i = 0;

	if (tab_separated(buf, len))
		return '\t';

	/* Per line, outside quotes.  The delimiter is the one the busiest line uses most; on a
	 * tie ("1,5;2,5" with decimal commas) the one whose count repeats on more lines. */
	while (i < len && lines < 20) {
		commas[lines] = semis[lines] = 0;
		for (; i < len; i++) {
			char c = buf[i];
			if (c == '"')
				quoted = !quoted;
			else if (!quoted && c == ',')
				commas[lines]++;
			else if (!quoted && c == ';')
				semis[lines]++;
			else if (!quoted && c == '\n')
				break;
		}
		i++;
		if (commas[lines] > maxc)
			maxc = commas[lines];
		if (semis[lines] > maxs)
			maxs = semis[lines];
		lines++;
	}
	if (maxs != maxc)
		return maxs > maxc ? ';' : ',';
	for (int l = 0; l < lines; l++) {
		atc += commas[l] == maxc;
		ats += semis[l] == maxs;
	}
	return maxs > 0 && ats > atc ? ';' : ',';
}

enum pmwb_status csvin_open(const char *name, const struct csvin_options *o, csvin_record_fn fn,
			    void *ctx, struct csvin **out, struct pmwb_error *e)
{
	struct csvin *r;

	*out = NULL;
	r = calloc(1, sizeof(*r));
	if (!r)
		return err_set(e, PMWB_NOMEM, "out of memory opening %s", name);
	text_copy(r->name, sizeof(r->name), name);
	r->delimiter = o ? o->delimiter : 0;
	if (o && o->encoding)
		text_copy(r->encoding, sizeof(r->encoding), o->encoding);
	r->trim = o ? o->trim : 0;
	r->check_utf8 = o ? o->check_utf8 : 0;
	if (o && o->prepare) {
		r->prepare = o->prepare;
		r->prepare_ctx = o->prepare_ctx;
		r->prepare_size = o->prepare_size ? o->prepare_size : 1;
		r->prepared = calloc(1, r->prepare_size);
	}
	r->fn = fn;
	r->ctx = ctx;
	r->line = 1;
	r->pending_start = 1;
	r->off = malloc(CSVIN_MAX_FIELDS * sizeof(*r->off));
	r->lens = malloc(CSVIN_MAX_FIELDS * sizeof(*r->lens));
	r->ptrs = malloc(CSVIN_MAX_FIELDS * sizeof(*r->ptrs));
	if (!r->off || !r->lens || !r->ptrs || (r->prepare && !r->prepared) ||
	    csv_init(&r->p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
		csvin_close(r);
		return err_set(e, PMWB_NOMEM, "out of memory opening %s", name);
	}
	csv_set_realloc_func(&r->p, capped_realloc);
	csv_set_blk_size(&r->p, CSVIN_GROW_BLOCK);
	*out = r;
	return PMWB_OK;
}

static enum pmwb_status parse_failed(struct csvin *r, struct pmwb_error *e)
{
	int code = csv_error(&r->p);
	long column = (long)(r->rec_open ? r->nfields : 0) + 1;
	long start = r->p.pstate != 0 && r->rec_open ? r->rec_start : r->pending_start;

	if (code == CSV_ENOMEM && r->p.entry_size >= CSVIN_FIELD_MAX / 2)
		return err_set_at(e, PMWB_INPUT, r->name, start, column,
				  FIELD_TOO_LONG);
	if (code == CSV_ENOMEM || code == CSV_ETOOBIG)
		return err_set_at(e, PMWB_NOMEM, r->name, r->line, column,
				  "out of memory reading a field");
	return err_set_at(e, PMWB_INPUT, r->name, r->line, column,
			  "a quote is misplaced: a quoted field must start with a quote and its "
			  "closing quote must be followed by '%c' or the end of the line "
			  "(write a quote inside a quoted field as two quotes)",
			  r->delimiter);
}

static enum pmwb_status start(struct csvin *r, const char **buf, size_t *len,
			      struct pmwb_error *e)
{
	const unsigned char *u = (const unsigned char *)*buf;

	r->started = 1;
	if (*len >= 2 && ((u[0] == 0xff && u[1] == 0xfe) || (u[0] == 0xfe && u[1] == 0xff)))
		return err_set_at(e, PMWB_INPUT, r->name, 1, 0,
				  "the file is UTF-16 text; import it with '--encoding utf-16' or "
				  "re-save it from Excel as \"CSV UTF-8 (Comma delimited)\"");
	if (*len >= 3 && u[0] == 0xef && u[1] == 0xbb && u[2] == 0xbf) {
		*buf += 3;
		*len -= 3;
	}
	if (!r->delimiter)
		r->delimiter = csvin_detect_delimiter(*buf, *len);
	csv_set_delim(&r->p, (unsigned char)r->delimiter);
	return PMWB_OK;
}

enum pmwb_status csvin_feed(struct csvin *r, const char *buf, size_t len, struct pmwb_error *e)
{
	r->bytes += len;
	if (!r->started && len > 0 && start(r, &buf, &len, e) != PMWB_OK)
		return e->status;
	while (len > 0) {
		const char *nl = memchr(buf, '\n', len);
		size_t seg = nl ? (size_t)(nl - buf) + 1 : len;

		if (r->p.pstate == 0)
			r->pending_start = r->line;
		if (csv_parse(&r->p, buf, seg, on_field, on_record, r) != seg && !r->stopped)
			return parse_failed(r, e);
		if (r->stopped) {
			*e = r->err;
			return e->status;
		}
		if (nl)
			r->line++;
		buf += seg;
		len -= seg;
	}
	return PMWB_OK;
}

enum pmwb_status csvin_finish(struct csvin *r, struct pmwb_error *e)
{
	if (r->p.pstate == 0)
		r->pending_start = r->line;
	if (csv_fini(&r->p, on_field, on_record, r) != 0 && !r->stopped) {
		if (csv_error(&r->p) == CSV_EPARSE)
			return err_set_at(e, PMWB_INPUT, r->name, r->rec_open ? r->rec_start : r->pending_start,
					  (long)(r->rec_open ? r->nfields : 0) + 1,
					  "a quoted field has no closing quote (it runs to the end of "
					  "the file)");
		return parse_failed(r, e);
	}
	if (r->stopped) {
		*e = r->err;
		return e->status;
	}
	return PMWB_OK;
}

/* --encoding: the file's bytes to UTF-8 on their way to the parser, through iconv(3). */
struct convert {
	iconv_t cd;
	char in[16]; /* a character cut by the end of a read, kept for the next */
	size_t in_len;
	char *out;
};

static int is_utf16(const char *name)
{
	return strcasecmp(name, "utf-16") == 0 || strcasecmp(name, "utf16") == 0;
}

enum pmwb_status csvin_check_encoding(const char *name, struct pmwb_error *e)
{
	iconv_t cd = iconv_open("UTF-8", name);

	if (cd == (iconv_t)-1)
		return err_set(e, PMWB_INPUT, "--encoding: '%s' is not an encoding this system "
			       "knows (try windows-1252, latin1 or utf-16; 'iconv -l' lists them)",
			       name);
	iconv_close(cd);
	return PMWB_OK;
}

/* glibc reads "UTF-16" without a byte-order mark as big-endian, but Excel writes
 * little-endian: without a mark, the byte order of the file's first (ASCII) character decides. */
static const char *source_encoding(const struct csvin *r, const unsigned char *u, size_t n)
{
	if (!is_utf16(r->encoding) || n < 2)
		return r->encoding;
	if ((u[0] == 0xff && u[1] == 0xfe) || (u[0] == 0xfe && u[1] == 0xff))
		return r->encoding;
	return u[0] == 0 && u[1] != 0 ? "UTF-16BE" : "UTF-16LE";
}

/* Converts buf into c->out and feeds it.  A character cut by the end of buf waits in c->in. */
static enum pmwb_status convert_feed(struct csvin *r, struct convert *c, const char *buf,
				     size_t len, struct pmwb_error *e)
{
	while (len > 0 || c->in_len > 0) {
		char *in, *out = c->out;
		size_t in_left, out_left = 4 * CSVIN_CHUNK, took, rc;

		if (c->in_len > 0) {
			/* the cut character first, completed a byte at a time from buf */
			took = len < sizeof(c->in) - c->in_len ? len : sizeof(c->in) - c->in_len;
			memcpy(c->in + c->in_len, buf, took);
			in = c->in;
			in_left = c->in_len + took;
		} else {
			in = (char *)buf;
			in_left = len;
			took = len;
		}
		size_t before = in_left;
		rc = iconv(c->cd, &in, &in_left, &out, &out_left);
		if (out > c->out && csvin_feed(r, c->out, (size_t)(out - c->out), e) != PMWB_OK)
			return e->status;
		if (rc == (size_t)-1 && errno == EILSEQ)
			return err_set_at(e, PMWB_INPUT, r->name, r->line, 0,
					  "byte 0x%02X is not %s text: is the file in another "
					  "encoding?", (unsigned char)*in, r->encoding);
		if (c->in_len > 0) {
			size_t used = before - in_left;
			if (used < c->in_len) { /* still cut: buf was too short to complete it */
				if (took < len || rc != (size_t)-1 || errno != EINVAL)
					return err_set_at(e, PMWB_INPUT, r->name, r->line, 0,
							  "the text is not %s", r->encoding);
				c->in_len += took;
				return PMWB_OK;
			}
			used -= c->in_len;
			c->in_len = 0;
			buf += used;
			len -= used;
			continue;
		}
		buf = in;
		len = in_left;
		if (rc == (size_t)-1 && errno == EINVAL) {
			if (len > sizeof(c->in))
				return err_set_at(e, PMWB_INPUT, r->name, r->line, 0,
						  "the text is not %s", r->encoding);
			memcpy(c->in, buf, len);
			c->in_len = len;
			return PMWB_OK;
		}
	}
	return PMWB_OK;
}

static enum pmwb_status read_loop(struct csvin *r, int fd, struct pmwb_error *e)
{
	char *chunk = malloc(CSVIN_CHUNK);
	struct convert c = {.cd = (iconv_t)-1};
	enum pmwb_status st = PMWB_OK;

	if (!chunk || (r->encoding[0] && !(c.out = malloc(4 * CSVIN_CHUNK)))) {
		free(chunk);
		return err_set(e, PMWB_NOMEM, "out of memory reading %s", r->name);
	}
	sha256_init(&r->sha);
	for (;;) {
		ssize_t n = read(fd, chunk, CSVIN_CHUNK);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			st = err_set_at(e, PMWB_IO, r->name, 0, 0, "cannot read: %s", strerror(errno));
			break;
		}
		if (n == 0) {
			if (c.in_len > 0) {
				st = err_set_at(e, PMWB_INPUT, r->name, r->line, 0,
						"the file ends inside a %s character: is it cut "
						"short?", r->encoding);
				break;
			}
			st = csvin_finish(r, e);
			r->hashed = 1;
			break;
		}
		sha256_update(&r->sha, chunk, (size_t)n);
		if (c.out && c.cd == (iconv_t)-1 &&
		    (c.cd = iconv_open("UTF-8", source_encoding(r, (unsigned char *)chunk,
								   (size_t)n))) == (iconv_t)-1) {
			st = csvin_check_encoding(r->encoding, e);
			if (st == PMWB_OK)
				st = err_set(e, PMWB_NOMEM, "cannot convert from %s", r->encoding);
			break;
		}
		st = c.out ? convert_feed(r, &c, chunk, (size_t)n, e)
			   : csvin_feed(r, chunk, (size_t)n, e);
		if (st != PMWB_OK)
			break;
	}
	if (c.cd != (iconv_t)-1)
		iconv_close(c.cd);
	free(c.out);
	free(chunk);
	return st;
}

/* The queue between the parser thread and the caller's.  A block holds whole records (their
 * fields copied one after another, NUL-terminated) up to about BLOCK_BYTES; QUEUE_BLOCKS of
 * them bound the memory however long the file is. */
#define QUEUE_BLOCKS 4
#define BLOCK_BYTES (128u << 10)
#define BLOCK_RECORDS 512

struct qrecord {
	long line, number;
	size_t nfields, first; /* fields first .. first + nfields - 1 of the block */
	int utf8_ok;
};

struct block {
	char *data;
	size_t used, cap;
	size_t *off, *len;
	size_t nfld, fldcap;
	struct qrecord rec[BLOCK_RECORDS];
	char *prepared; /* BLOCK_RECORDS outputs of the options' prepare, one per record */
	size_t nrec;
	unsigned long long bytes; /* bytes fed once this block was full */
};

struct queue {
	pthread_mutex_t mu;
	pthread_cond_t can_fill, can_take;
	struct block blk[QUEUE_BLOCKS];
	size_t head, count; /* blocks ready for the caller: head .. head + count - 1 */
	int done;           /* the parser has finished: status and err say how */
	int cancel;         /* the caller has stopped: the parser gives up */
	struct block *filling;
	char **ptrs; /* the parser thread's view of a queued record, for prepare */
	struct csvin *r;
	int fd;
	enum pmwb_status status;
	struct pmwb_error err;
};

/* Parser side: hand the block being filled over, wait for a free one.  0: cancelled. */
static int publish(struct queue *q)
{
	int go_on;

	pthread_mutex_lock(&q->mu);
	if (q->filling) {
		q->filling->bytes = q->r->bytes;
		q->count++;
		pthread_cond_signal(&q->can_take);
	}
	while (q->count == QUEUE_BLOCKS && !q->cancel)
		pthread_cond_wait(&q->can_fill, &q->mu);
	go_on = !q->cancel;
	q->filling = go_on ? &q->blk[(q->head + q->count) % QUEUE_BLOCKS] : NULL;
	pthread_mutex_unlock(&q->mu);
	if (q->filling)
		q->filling->nrec = q->filling->used = q->filling->nfld = 0;
	return go_on;
}

static int block_reserve(struct block *b, size_t bytes, size_t fields)
{
	if (b->used + bytes > b->cap) {
		size_t cap = b->cap ? b->cap : BLOCK_BYTES;
		char *nd;
		while (cap < b->used + bytes)
			cap *= 2;
		if (!(nd = realloc(b->data, cap)))
			return 0;
		b->data = nd;
		b->cap = cap;
	}
	if (b->nfld + fields > b->fldcap) {
		size_t cap = b->fldcap ? b->fldcap : 16 * BLOCK_RECORDS;
		size_t *no, *nl;
		while (cap < b->nfld + fields)
			cap *= 2;
		if (!(no = realloc(b->off, cap * sizeof(*no))))
			return 0;
		b->off = no;
		if (!(nl = realloc(b->len, cap * sizeof(*nl))))
			return 0;
		b->len = nl;
		b->fldcap = cap;
	}
	return 1;
}

/* The record callback on the parser thread: copy the record into the block. */
static enum pmwb_status enqueue(void *ctx, const struct csvin_record *rec, struct pmwb_error *e)
{
	struct queue *q = ctx;
	struct csvin *r = q->r;
	struct block *b = q->filling;
	size_t bytes = r->buf_len;

	if (b->nrec == BLOCK_RECORDS || (b->nrec > 0 && b->used + bytes > BLOCK_BYTES)) {
		if (!publish(q))
			return err_set(e, PMWB_INTERRUPTED, "stopped");
		b = q->filling;
	}
	if (!block_reserve(b, bytes, rec->nfields))
		return err_set_at(e, PMWB_NOMEM, r->name, rec->line, 0, "out of memory reading a row");
	/* the record's fields are contiguous in the reader's buffer, offsets from its start */
	if (rec->nfields)
		memcpy(b->data + b->used, r->buf, bytes);
	for (size_t i = 0; i < rec->nfields; i++) {
		b->off[b->nfld + i] = b->used + r->off[i];
		b->len[b->nfld + i] = rec->len[i];
	}
	b->rec[b->nrec].line = rec->line;
	b->rec[b->nrec].number = rec->number;
	b->rec[b->nrec].nfields = rec->nfields;
	b->rec[b->nrec].utf8_ok = rec->utf8_ok;
	b->rec[b->nrec].first = b->nfld;
	if (r->prepare) {
		/* on the copy in the block: what prepare points to must outlive the reader's
		 * buffer.  A block's data moves (block_reserve) only while it is empty. */
		struct csvin_record view = *rec;
		for (size_t i = 0; i < rec->nfields; i++)
			q->ptrs[i] = b->data + b->off[b->nfld + i];
		view.field = q->ptrs;
		view.len = b->len + b->nfld;
		view.prepared = NULL;
		if (!b->prepared && !(b->prepared = calloc(BLOCK_RECORDS, r->prepare_size)))
			return err_set_at(e, PMWB_NOMEM, r->name, rec->line, 0,
					  "out of memory reading a row");
		r->prepare(r->prepare_ctx, &view, b->prepared + b->nrec * r->prepare_size);
	}
	b->nrec++;
	b->nfld += rec->nfields;
	b->used += rec->nfields ? bytes : 0;
	return PMWB_OK;
}

static void *parser_main(void *arg)
{
	struct queue *q = arg;
	struct pmwb_error e;
	enum pmwb_status st = PMWB_INTERRUPTED;

	err_clear(&e);
	if (publish(q))
		st = read_loop(q->r, q->fd, &e);
	pthread_mutex_lock(&q->mu);
	if (q->filling && q->filling->nrec > 0) {
		q->filling->bytes = q->r->bytes;
		q->count++;
	}
	q->filling = NULL;
	q->status = st;
	q->err = e;
	q->done = 1;
	pthread_cond_signal(&q->can_take);
	pthread_mutex_unlock(&q->mu);
	return NULL;
}

/* Caller side: each record of each block to the callback, in order. */
static enum pmwb_status consume(struct queue *q, csvin_record_fn fn, void *ctx,
				struct pmwb_error *e)
{
	char **ptrs = malloc(CSVIN_MAX_FIELDS * sizeof(*ptrs));
	enum pmwb_status st = PMWB_OK;

	if (!ptrs)
		return err_set(e, PMWB_NOMEM, "out of memory reading %s", q->r->name);
	for (;;) {
		struct block *b;

		pthread_mutex_lock(&q->mu);
		while (q->count == 0 && !q->done)
			pthread_cond_wait(&q->can_take, &q->mu);
		if (q->count == 0) {
			pthread_mutex_unlock(&q->mu);
			break;
		}
		b = &q->blk[q->head];
		pthread_mutex_unlock(&q->mu);

		for (size_t i = 0; i < b->nrec && st == PMWB_OK; i++) {
			const struct qrecord *qr = &b->rec[i];
			struct csvin_record rec;
			for (size_t f = 0; f < qr->nfields; f++)
				ptrs[f] = b->data + b->off[qr->first + f];
			rec.line = qr->line;
			rec.number = qr->number;
			rec.nfields = qr->nfields;
			rec.field = ptrs;
			rec.len = b->len + qr->first;
			rec.utf8_ok = qr->utf8_ok;
			rec.prepared = b->prepared ? b->prepared + i * q->r->prepare_size : NULL;
			st = fn(ctx, &rec, e);
		}

		pthread_mutex_lock(&q->mu);
		q->r->delivered = b->bytes;
		q->head = (q->head + 1) % QUEUE_BLOCKS;
		q->count--;
		if (st != PMWB_OK)
			q->cancel = 1;
		pthread_cond_signal(&q->can_fill);
		pthread_mutex_unlock(&q->mu);
		if (st != PMWB_OK)
			break;
	}
	free(ptrs);
	return st;
}

enum pmwb_status csvin_read_fd(struct csvin *r, int fd, struct pmwb_error *e)
{
	struct queue *q = calloc(1, sizeof(*q));
	csvin_record_fn fn = r->fn;
	void *ctx = r->ctx;
	sigset_t all, old;
	pthread_t th;
	enum pmwb_status st;
	int started;

	if (q && r->prepare && !(q->ptrs = malloc(CSVIN_MAX_FIELDS * sizeof(*q->ptrs)))) {
		free(q);
		q = NULL;
	}
	if (!q)
		return err_set(e, PMWB_NOMEM, "out of memory reading %s", r->name);
	pthread_mutex_init(&q->mu, NULL);
	pthread_cond_init(&q->can_fill, NULL);
	pthread_cond_init(&q->can_take, NULL);
	q->r = r;
	q->fd = fd;
	r->fn = enqueue;
	r->ctx = q;
	r->threaded = 1;
	/* signals (Ctrl-C) go to the caller's thread, which checks for them between records */
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	started = pthread_create(&th, NULL, parser_main, q) == 0;
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (started) {
		st = consume(q, fn, ctx, e);
		if (st != PMWB_OK) {
			pthread_mutex_lock(&q->mu);
			q->cancel = 1;
			pthread_cond_signal(&q->can_fill);
			pthread_mutex_unlock(&q->mu);
		}
		pthread_join(th, NULL);
		if (st == PMWB_OK && q->status != PMWB_OK) {
			*e = q->err;
			st = q->status;
		}
	}
	r->fn = fn;
	r->ctx = ctx;
	r->threaded = 0;
	if (!started) /* no thread to be had: parse here */
		st = read_loop(r, fd, e);
	for (int i = 0; i < QUEUE_BLOCKS; i++) {
		free(q->blk[i].data);
		free(q->blk[i].off);
		free(q->blk[i].len);
		free(q->blk[i].prepared);
	}
	free(q->ptrs);
	pthread_cond_destroy(&q->can_take);
	pthread_cond_destroy(&q->can_fill);
	pthread_mutex_destroy(&q->mu);
	free(q);
	return st;
}

char csvin_delimiter(const struct csvin *r)
{
	return r->delimiter ? r->delimiter : ',';
}

int csvin_sha256(struct csvin *r, char out[65])
{
	if (!r->hashed)
		return 0;
	sha256_hex(&r->sha, out);
	r->hashed = 0;
	return 1;
}

unsigned long long csvin_bytes(const struct csvin *r)
{
	/* the parser thread's own count runs ahead and is its to write */
	return r->threaded ? r->delivered : r->bytes;
}

void csvin_close(struct csvin *r)
{
	if (!r)
		return;
	csv_free(&r->p);
	free(r->buf);
	free(r->off);
	free(r->lens);
	free(r->ptrs);
	free(r->prepared);
	free(r);
}

static const char *cp1252_name(unsigned char b)
{
	switch (b) {
	case 0xa3: return "the Windows-1252 '£'";
	case 0x80: return "the Windows-1252 '€'";
	case 0x92: return "the Windows-1252 apostrophe";
	case 0x93: case 0x94: return "a Windows-1252 curly quote";
	case 0x96: case 0x97: return "a Windows-1252 dash";
	case 0xe9: return "the Windows-1252 'é'";
	default: return "not UTF-8";
	}
}

enum pmwb_status csvin_check_utf8(const char *s, size_t len, struct pmwb_error *e)
{
	size_t bad = 0, i;
	unsigned char b;

	/* Most cells are ASCII without a NUL: a pass over them, eight bytes at a time, before
	 * the full check (this runs on every cell of a million-row file).  A word has a zero
	 * byte when (w - 0x01..01) & ~w has a high bit set. */
	for (i = 0; i + 8 <= len; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		if ((w | ((w - 0x0101010101010101u) & ~w)) & 0x8080808080808080u)
			break;
	}
	for (; i < len && s[i] && !((unsigned char)s[i] & 0x80); i++)
		;
	if (i == len)
		return PMWB_OK;
	/* a NUL is valid UTF-8 but never text: the rest of the cell would be lost after it */
	if (memchr(s + i, '\0', len - i))
		return err_set(e, PMWB_INPUT, "the text holds a NUL byte (0x00), which no spreadsheet "
			       "writes in a cell: is the file binary, or not CSV?");
	if (text_is_utf8(s + i, len - i, &bad))
		return PMWB_OK;
	bad += i;
	b = (unsigned char)s[bad];
	return err_set(e, PMWB_INPUT,
		       "the text is not UTF-8 (byte 0x%02X, %s): the file looks like a "
		       "Windows-1252 export; import it with '--encoding windows-1252' or "
		       "re-save it from Excel as \"CSV UTF-8 (Comma delimited)\"",
		       b, cp1252_name(b));
}
