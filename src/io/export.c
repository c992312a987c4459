/* pmwb export: a kind's rows as CSV, spreading the packed phase and plan columns into the
 * quarter and plan-year columns the import reads. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "export_impl.h"
#include "test_signal.h"
#include "pmwb/export.h"
#include "pmwb/fy.h"
#include "pmwb/store_export.h"
#include "pmwb/text.h"

/* qipp-totals is not a table's rows but the QIPP read model's totals. */
#define KIND_QIPP_TOTALS (-1)

static const struct {
	const char *name;
	int kind; /* enum store_export_kind, or KIND_QIPP_TOTALS */
} kinds[] = {
	{"programmes", STORE_EXPORT_PROGRAMMES},
	{"delivery", STORE_EXPORT_DELIVERY},
	{"phases", STORE_EXPORT_PHASES},
	{"milestones", STORE_EXPORT_MILESTONES},
	{"risks", STORE_EXPORT_RISKS},
	{"qipp", STORE_EXPORT_QIPP},
	{"qipp-months", STORE_EXPORT_QIPP_MONTHS},
	{"thresholds", STORE_EXPORT_THRESHOLDS},
	{"metrics", STORE_EXPORT_METRICS},
	{"qipp-totals", KIND_QIPP_TOTALS},
	{"delivery-totals", STORE_EXPORT_DELIVERY_TOTALS},
	{"statuses", STORE_EXPORT_STATUSES},
};
#define NKINDS (sizeof(kinds) / sizeof(kinds[0]))

const char *export_kind_list(void)
{
	return "programmes, delivery, phases, milestones, risks, qipp, qipp-months, thresholds, "
	       "metrics, qipp-totals, delivery-totals, statuses";
}

int export_kind_known(const char *kind)
{
	for (size_t i = 0; i < NKINDS; i++)
		if (strcmp(kinds[i].name, kind) == 0)
			return 1;
	return 0;
}

#define MAX_YEARS 64
#define MAX_QUARTERS 400

struct exporter {
	struct export_csv w;
	const struct export_options *o;
	int header_done;
	/* delivery */
	int q_first, q_last, has_q;
	/* qipp */
	int nyears, fy[MAX_YEARS], mask[MAX_YEARS];
};

static int ends_with_k(const char *name)
{
	size_t n = strlen(name);
	return n > 2 && strcmp(name + n - 2, "_k") == 0;
}

static void cell(struct exporter *x, const char *name, const char *val)
{
	char buf[64];

	if (name && ends_with_k(name) && val[0]) {
		export_money_k(val, buf, sizeof(buf));
		val = buf;
	}
	export_csv_cell(&x->w, val);
}

/* The plan-year columns in the seed files' order: forecasts, plans, then gross. */
static void plan_headers(struct exporter *x)
{
	static const int order[3] = {STORE_PLAN_FORECAST, STORE_PLAN_NET, STORE_PLAN_GROSS};
	static const char *const suffix[3] = {"forecast_k", "plan_k", "gross_k"};

	for (int k = 0; k < 3; k++)
		for (int i = 0; i < x->nyears; i++) {
			char name[48];
			if (!(x->mask[i] & order[k]))
				continue;
			snprintf(name, sizeof(name), "fy%d_%02d_%s", x->fy[i], (x->fy[i] + 1) % 100,
				 suffix[k]);
			export_csv_cell(&x->w, name);
		}
}

static void plan_cells(struct exporter *x, const char *packed)
{
	static const int order[3] = {STORE_PLAN_FORECAST, STORE_PLAN_NET, STORE_PLAN_GROSS};
	/* packed: "fy:net:gross:forecast;..." -> per year the three texts */
	char vals[MAX_YEARS][3][24];
	const char *p = packed;

	memset(vals, 0, sizeof(vals));
	while (*p) {
		char *end;
		int fy = (int)strtol(p, &end, 10), slot, i;
		const char *field[3];
		size_t len[3];
		p = end;
		for (int k = 0; k < 3; k++) {
			if (*p == ':')
				p++;
			field[k] = p;
			while (*p && *p != ':' && *p != ';')
				p++;
			len[k] = (size_t)(p - field[k]);
		}
		if (*p == ';')
			p++;
		for (i = 0; i < x->nyears && x->fy[i] != fy; i++)
			;
		if (i == x->nyears)
			continue;
		/* vals order: forecast, net, gross */
		for (int k = 0; k < 3; k++) {
			slot = k == 0 ? 1 : k == 1 ? 2 : 0;
			if (len[k] < sizeof(vals[0][0])) {
				memcpy(vals[i][slot], field[k], len[k]);
				vals[i][slot][len[k]] = '\0';
			}
		}
	}
	for (int k = 0; k < 3; k++)
		for (int i = 0; i < x->nyears; i++)
			if (x->mask[i] & order[k])
				cell(x, "x_k", vals[i][k]);
}

static void quarter_headers(struct exporter *x)
{
	for (int q = x->q_first; x->has_q && q <= x->q_last; q++) {
		char name[16];
		fy_quarter_format(q, name, sizeof(name));
		export_csv_cell(&x->w, name);
	}
}

static void quarter_cells(struct exporter *x, const char *packed)
{
	char letters[MAX_QUARTERS];
	const char *p = packed;
	int n = x->has_q ? x->q_last - x->q_first + 1 : 0;

	memset(letters, 0, sizeof(letters));
	while (*p) {
		char letter = *p;
		char *end;
		int start = (int)strtol(p + 2, &end, 10);
		int last = (int)strtol(end + 1, &end, 10);
		for (int q = start; q <= last; q++)
			if (q - x->q_first >= 0 && q - x->q_first < n)
				letters[q - x->q_first] = letter;
		p = *end == ';' ? end + 1 : end;
	}
	for (int i = 0; i < n; i++) {
		char one[2] = {letters[i], '\0'};
		export_csv_cell(&x->w, one);
	}
}

static enum pmwb_status on_row(void *ctx, int ncols, const char *const *names,
			       const char *const *vals, struct pmwb_error *e)
{
	struct exporter *x = ctx;
	int n = x->o->with_source ? ncols : ncols - 2;

	if (x->o->interrupted && *x->o->interrupted)
		return err_set(e, PMWB_INTERRUPTED, "interrupted");
	if (!vals) {
		if (x->o->bom)
			fputs("\xef\xbb\xbf", x->w.f);
		for (int i = 0; i < n; i++) {
			if (strcmp(names[i], "phases") == 0)
				quarter_headers(x);
			else if (strcmp(names[i], "plans") == 0)
				plan_headers(x);
			else
				export_csv_cell(&x->w, names[i]);
		}
		export_csv_end_row(&x->w);
		x->header_done = 1;
		io_test_signal("export-rows");
		return PMWB_OK;
	}
	for (int i = 0; i < n; i++) {
		if (strcmp(names[i], "phases") == 0)
			quarter_cells(x, vals[i]);
		else if (strcmp(names[i], "plans") == 0)
			plan_cells(x, vals[i]);
		else
			cell(x, names[i], vals[i]);
	}
	export_csv_end_row(&x->w);
	return ferror(x->w.f) ? err_set(e, PMWB_IO, "cannot write: %s", strerror(errno)) : PMWB_OK;
}

static enum pmwb_status write_all(struct store *st, int kind, struct exporter *x,
				  struct pmwb_error *e)
{
	if (kind == KIND_QIPP_TOTALS)
		return export_qipp_totals(st, &x->w, x->o, e);
	if (kind == STORE_EXPORT_DELIVERY &&
	    store_export_quarter_range(st, &x->q_first, &x->q_last, &x->has_q, e) != PMWB_OK)
		return e->status;
	if (x->has_q && x->q_last - x->q_first >= MAX_QUARTERS)
		x->q_last = x->q_first + MAX_QUARTERS - 1;
	if (kind == STORE_EXPORT_QIPP &&
	    store_export_plan_years(st, x->fy, x->mask, MAX_YEARS, &x->nyears, e) != PMWB_OK)
		return e->status;
	if (store_export_rows(st, kind, on_row, x, e) != PMWB_OK)
		return e->status;
	return PMWB_OK;
}

/* The temporary file (mkstemp's 0600) takes the mode and group of the file it will
 * replace, so that a shared file stays shared; a new file gets what the umask leaves. */
static void give_mode(int fd, const char *target)
{
	struct stat sb;
	mode_t mask;

	if (stat(target, &sb) == 0 && S_ISREG(sb.st_mode)) {
		/* a group the user is not in is not theirs to give: the mode still is */
		if (fchown(fd, (uid_t)-1, sb.st_gid) != 0 && (sb.st_mode & S_ISGID))
			sb.st_mode &= (mode_t)~S_ISGID;
		fchmod(fd, sb.st_mode & 07777);
		return;
	}
	mask = umask(0);
	umask(mask);
	fchmod(fd, 0666 & ~mask);
}

enum pmwb_status export_kind(struct store *st, const char *kind, const struct export_options *o,
			     struct pmwb_error *e)
{
	struct exporter x;
	char tmp[4096];
	enum pmwb_status status;
	size_t k;
	int fd;

	for (k = 0; k < NKINDS && strcmp(kinds[k].name, kind) != 0; k++)
		;
	if (k == NKINDS)
		return err_set(e, PMWB_USAGE, "no kind '%s'; the kinds are %s", kind,
			       export_kind_list());
	memset(&x, 0, sizeof(x));
	x.o = o;
	if (!o->output) {
		x.w.f = o->out;
		x.w.terminal = isatty(fileno(o->out));
		status = write_all(st, kinds[k].kind, &x, e);
		if (status == PMWB_OK && fflush(o->out) != 0)
			status = err_set(e, PMWB_IO, "cannot write the export: %s", strerror(errno));
		return status;
	}
	/* Beside the target, so that rename() is atomic and never crosses file systems. */
	if (snprintf(tmp, sizeof(tmp), "%s.XXXXXX", o->output) >= (int)sizeof(tmp))
		return err_set(e, PMWB_USAGE, "the output file name is too long");
	fd = mkstemp(tmp);
	if (fd < 0)
		return err_set_at(e, PMWB_IO, o->output, 0, 0, "cannot create a file beside it: %s",
				  strerror(errno));
	give_mode(fd, o->output);
	x.w.f = fdopen(fd, "w");
	if (!x.w.f) {
		close(fd);
		unlink(tmp);
		return err_set(e, PMWB_NOMEM, "out of memory");
	}
	status = write_all(st, kinds[k].kind, &x, e);
	if (status == PMWB_OK && (fflush(x.w.f) != 0 || fsync(fileno(x.w.f)) != 0))
		status = err_set_at(e, PMWB_IO, o->output, 0, 0, "cannot write: %s", strerror(errno));
	if (fclose(x.w.f) != 0 && status == PMWB_OK)
		status = err_set_at(e, PMWB_IO, o->output, 0, 0, "cannot write: %s", strerror(errno));
	if (status == PMWB_OK && rename(tmp, o->output) != 0)
		status = err_set_at(e, PMWB_IO, o->output, 0, 0, "cannot replace it: %s",
				    strerror(errno));
	if (status != PMWB_OK)
		unlink(tmp);
	if (status == PMWB_INTERRUPTED)
		err_set(e, status, "interrupted: %s was left as it was", o->output);
	return status;
}
