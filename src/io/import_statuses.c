/* statuses.csv: which words of a risk's status mean closed (store_risk_status.h), keyed by
 * the word.  The risks keep their own words; the heat map's counts follow the table by
 * trigger, so an import that changes a word's state recounts them in the same transaction. */
#include "config.h"

#include <string.h>

#include "import_impl.h"
#include "pmwb/store_risk_status.h"
#include "pmwb/text.h"

enum { F_STATUS, F_STATE, NF };

static const struct import_field fields[NF] = {
	[F_STATUS] = {"status", "Status Word|Word|Risk Status", IMPORT_REQUIRED},
	[F_STATE] = {"state", "Open or Closed|Meaning|Means", IMPORT_REQUIRED},
};

static int state_of(struct import_run *run, const struct import_row *row, struct store_val *v)
{
	static const char *const states[] = {"open", "closed"};
	size_t len;
	const char *t = text_trim(row->cell[F_STATE], &len);

	memset(v, 0, sizeof(*v));
	for (int i = 0; i < 2; i++)
		if (text_equal_nocase(t, len, states[i])) {
			v->s = states[i];
			return 1;
		}
	import_error(run, row->line, import_col(row, F_STATE), row->cell[F_STATE],
		     "the state is open or closed");
	return 0;
}

static enum pmwb_status row_fn(struct import_run *run, const struct import_row *row,
			       struct pmwb_error *e)
{
	struct store_val v[STORE_RISK_STATUS_NCOLS] = {{0}};
	struct store_put_result r;
	int ok = 1;

	if (!row->cell[F_STATUS][0]) {
		import_error(run, row->line, import_col(row, F_STATUS), NULL,
			     "the status word is empty");
		ok = 0;
	}
	import_text(row, F_STATUS, &v[STORE_RISK_STATUS_WORD]);
	ok &= state_of(run, row, &v[STORE_RISK_STATUS_STATE]);
	if (!ok)
		return PMWB_OK;
	if (store_put(run->b, &store_risk_status_entity, v, row->line, &r, e) != PMWB_OK)
		return e->status;
	if (r.duplicate_line) {
		import_error(run, row->line, import_col(row, F_STATUS), row->cell[F_STATUS],
			     "this word is on line %ld already (words are matched whatever their "
			     "case)", r.duplicate_line);
		return PMWB_OK;
	}
	import_count(run, &store_risk_status_entity, r.change);
	return PMWB_OK;
}

const struct import_kind import_kind_statuses = {
	.name = "statuses",
	.file = "statuses.csv",
	.fields = fields,
	.nfields = NF,
	.entities = {&store_risk_status_entity},
	.nentities = 1,
	.total_field = -1,
	.total_scope_field = -1,
	.key_field = -1,
	.row = row_fn,
};
