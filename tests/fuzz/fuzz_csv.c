/* libFuzzer harness for the CSV reader: any bytes, fed in two pieces split where the first
 * byte says (so chunk boundaries fall everywhere), must give records or a located error,
 * never a crash, a leak or undefined behaviour.  Each field also goes through what import
 * does with a header cell and a total row's label.
 *
 *   make fuzz-csv            builds tests/fuzz/fuzz-csv with clang -fsanitize=fuzzer
 *   make fuzz-csv-run        runs it over tests/fuzz/corpus for FUZZ_SECONDS (60)
 * `make check` replays the corpus through the same function (tests/fuzz/replay.c). */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "import_impl.h"
#include "pmwb/csvin.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static enum pmwb_status on_record(void *ctx, const struct csvin_record *rec,
				  struct pmwb_error *e)
{
	size_t *count = ctx;

	(void)e;
	for (size_t i = 0; i < rec->nfields; i++) {
		struct pmwb_error ue;
		char norm[256];
		int code;
		if (strlen(rec->field[i]) != rec->len[i] && memchr(rec->field[i], '\0', rec->len[i]) == NULL)
			__builtin_trap(); /* the reader's length and terminator disagree */
		if (csvin_check_utf8(rec->field[i], rec->len[i], &ue) != PMWB_OK)
			continue;
		import_header_normalise(rec->field[i], norm, sizeof(norm));
		(void)import_classify_fy_column(rec->field[i], &code);
		(void)import_total_level(rec->field[i]);
	}
	(*count)++;
	return PMWB_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct csvin *r;
	struct pmwb_error e;
	size_t count = 0, split = size ? data[0] % (size + 1) : 0;
	enum pmwb_status st;

	err_clear(&e);
	if (csvin_open("fuzz.csv", NULL, on_record, &count, &r, &e) != PMWB_OK)
		return 0;
	st = csvin_feed(r, (const char *)data, split, &e);
	if (st == PMWB_OK)
		st = csvin_feed(r, (const char *)data + split, size - split, &e);
	if (st == PMWB_OK)
		st = csvin_finish(r, &e);
	if (st != PMWB_OK && (e.msg[0] == '\0' || e.line < 0))
		__builtin_trap(); /* every failure says what and where */
	csvin_close(r);
	return 0;
}
