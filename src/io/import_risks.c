/* risks.csv: the risk register, keyed by programme and ref.  An empty programme cell is the
 * organisation's own (corporate) register; a code or name that matches no programme is an
 * error, never a silent corporate risk. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "import_impl.h"
#include "pmwb/risk.h"
#include "pmwb/store_risk.h"

_Static_assert(STORE_RISK_NCOLS <= IMPORT_TYPED_MAX, "a typed risk row fits the reader's slot");

enum { F_REF, F_PROGRAMME, F_TITLE, F_OWNER, F_LIKELIHOOD, F_IMPACT, F_SCORE, F_FINANCIAL,
       F_MITIGATION, F_STATUS, F_SOURCE, F_DESCRIPTION, F_RESIDUAL, F_INITIAL_L, F_INITIAL_I,
       F_RESIDUAL_L, F_RESIDUAL_I, F_TARGET, F_RAISED, F_REVIEW, F_ORGANISATION, F_COMPUTED, F_BAND, NF };

static const struct import_field fields[NF] = {
	[F_REF] = {"ref", "Risk Ref|Risk Reference|Reference|Risk ID|ID|Risk No|Risk Number|No",
		   IMPORT_REQUIRED},
	[F_PROGRAMME] = {"programme_code", "Programme|Programme Name|Prog|Programme Code", 0},
	[F_TITLE] = {"risk", "Risk Title|Title|Risk Description|Description of Risk|Risk Name",
		     IMPORT_REQUIRED},
	[F_OWNER] = {"owner", "Risk Owner|Responsible|Lead|Risk Lead|Handler|Risk Handler", 0},
	/* a Datix register's "current" rating is the one pmwb scores */
	[F_LIKELIHOOD] = {"likelihood", "Likelihood (1-5)|Prob|Probability|L|Likelihood Score|"
			  "Current Likelihood|Likelihood (Current)|Current L", 0},
	[F_IMPACT] = {"impact", "Impact (1-5)|Consequence|Consequence (1-5)|Severity|I|C|Current "
		      "Impact|Current Consequence|Consequence (Current)|Current C|Current I", 0},
	[F_SCORE] = {"score", "Risk Score|Rating|Risk Rating|Printed Score|LxI|L x I|Current "
		     "Score|Current Rating|Current Risk Score|Current Risk Rating", 0},
	[F_FINANCIAL] = {"financial_impact_k", "Financial Impact|Financial Impact £'000|Cost "
			 "£'000|Financial Risk £'000|Value £'000", IMPORT_MONEY},
	[F_MITIGATION] = {"mitigation", "Mitigations|Mitigating Actions|Controls|Actions|Action "
			  "Plan|Controls and Mitigation|Controls in Place|Existing Controls|"
			  "Current Controls", 0},
	[F_STATUS] = {"status", "Current Status|Progress|Position", 0},
	[F_SOURCE] = {"source", "Citation|Document", 0},
	[F_DESCRIPTION] = {"description", "Detail|Details|Cause and Effect|Risk Detail", 0},
	[F_RESIDUAL] = {"residual_rating", "Residual|Residual Risk|Residual Score", 0},
	[F_INITIAL_L] = {"initial_likelihood", "Initial Likelihood|Inherent Likelihood|Original "
			 "Likelihood|Likelihood (Initial)|Initial L", 0},
	[F_INITIAL_I] = {"initial_impact", "Initial Impact|Initial Consequence|Inherent Impact|"
			 "Inherent Consequence|Original Impact|Impact (Initial)|Consequence "
			 "(Initial)|Initial C|Initial I", 0},
	[F_RESIDUAL_L] = {"residual_likelihood", "Residual Likelihood|Likelihood (Residual)|"
			  "Residual L", 0},
	[F_RESIDUAL_I] = {"residual_impact", "Residual Impact|Residual Consequence|Impact "
			  "(Residual)|Consequence (Residual)|Residual C|Residual I", 0},
	[F_TARGET] = {"target_score", "Target Score|Target Rating|Target Risk Score|Target Risk "
		      "Rating|Target", 0},
	[F_RAISED] = {"raised_date", "Date Raised|Raised|Raised Date|Date Identified|Date Opened|"
		      "Opened|Opened Date|Date Added|Date Logged|Date Entered", 0},
	[F_REVIEW] = {"review_date", "Review Date|Next Review|Next Review Date|Date of Next Review|"
		      "Review By|Review Due|Due for Review", 0},
	/* whose corporate register a row without a programme is in (several in one file) */
	[F_ORGANISATION] = {"organisation", "Organization|Org|Organisation Name", 0},
	[F_COMPUTED] = {"computed_score", NULL, IMPORT_DERIVED},
	[F_BAND] = {"band", NULL, IMPORT_DERIVED},
};

/* The cells to values: everything but the programme, which needs the database. */
static int type_fn(struct import_run *run, const struct import_row *row, struct import_typed *t)
{
	struct store_val *v = t->v, word;
	int ok = 1;

	memset(v, 0, STORE_RISK_NCOLS * sizeof(*v));
	if (!row->cell[F_REF][0]) {
		import_error(run, row->line, import_col(row, F_REF), NULL, "the risk has no ref");
		ok = 0;
	}
	if (!row->cell[F_TITLE][0]) {
		import_error(run, row->line, import_col(row, F_TITLE), NULL,
			     "the risk has no title");
		ok = 0;
	}
	import_text(row, F_REF, &v[STORE_RISK_REF]);
	import_text(row, F_TITLE, &v[STORE_RISK_TITLE]);
	import_text(row, F_DESCRIPTION, &v[STORE_RISK_DESCRIPTION]);
	import_text(row, F_OWNER, &v[STORE_RISK_OWNER]);
	ok &= import_level(run, row, F_LIKELIHOOD, SCALE_LIKELIHOOD, &v[STORE_RISK_LIKELIHOOD],
			   &v[STORE_RISK_LIKELIHOOD_WORD]);
	ok &= import_level(run, row, F_IMPACT, SCALE_IMPACT, &v[STORE_RISK_IMPACT],
			   &v[STORE_RISK_IMPACT_WORD]);
	import_text(row, F_SCORE, &v[STORE_RISK_PRINTED_SCORE]);
	import_text(row, F_RESIDUAL, &v[STORE_RISK_RESIDUAL_RATING]);
	/* the Datix ratings keep their level only: export writes them as numbers */
	ok &= import_level(run, row, F_INITIAL_L, SCALE_LIKELIHOOD,
			   &v[STORE_RISK_INITIAL_LIKELIHOOD], &word);
	ok &= import_level(run, row, F_INITIAL_I, SCALE_IMPACT, &v[STORE_RISK_INITIAL_IMPACT],
			   &word);
	ok &= import_level(run, row, F_RESIDUAL_L, SCALE_LIKELIHOOD,
			   &v[STORE_RISK_RESIDUAL_LIKELIHOOD], &word);
	ok &= import_level(run, row, F_RESIDUAL_I, SCALE_IMPACT, &v[STORE_RISK_RESIDUAL_IMPACT],
			   &word);
	ok &= import_int(run, row, F_TARGET, 1, 25, &v[STORE_RISK_TARGET_SCORE]);
	ok &= import_day(run, row, F_RAISED, t->text[0], &v[STORE_RISK_RAISED_DATE]);
	ok &= import_day(run, row, F_REVIEW, t->text[1], &v[STORE_RISK_REVIEW_DATE]);
	ok &= import_money_k(run, row, import_col(row, F_FINANCIAL), row->cell[F_FINANCIAL],
			     &v[STORE_RISK_FINANCIAL_IMPACT]);
	if (row->map->field_col[F_FINANCIAL] < 0)
		v[STORE_RISK_FINANCIAL_IMPACT].absent = 1;
	import_text(row, F_MITIGATION, &v[STORE_RISK_MITIGATION]);
	import_text(row, F_STATUS, &v[STORE_RISK_STATUS]);
	if (v[STORE_RISK_STATUS].null) {
		/* the column is NOT NULL: a register without status is an open register */
		v[STORE_RISK_STATUS].null = 0;
		v[STORE_RISK_STATUS].s = "open";
	}
	import_text(row, F_SOURCE, &v[STORE_RISK_SOURCE]);
	if (!ok)
		return 0;

	/* A printed score that is not likelihood x impact is the register's own slip: say so,
	 * keep both. */
	if (row->cell[F_SCORE][0] && !v[STORE_RISK_LIKELIHOOD].null && !v[STORE_RISK_IMPACT].null) {
		char *end;
		long printed = strtol(row->cell[F_SCORE], &end, 10);
		long computed = risk_score((int)v[STORE_RISK_LIKELIHOOD].i, (int)v[STORE_RISK_IMPACT].i);
		if (!*end && printed != computed)
			import_warning(run, row->line, import_col(row, F_SCORE),
				       "score %ld is printed, but likelihood %lld x impact %lld is %ld",
				       printed, v[STORE_RISK_LIKELIHOOD].i, v[STORE_RISK_IMPACT].i,
				       computed);
	}
	return 1;
}

/* The programme (code or name, or none: corporate), then the store. */
static enum pmwb_status put_fn(struct import_run *run, const struct import_row *row,
			       struct store_val *v, struct pmwb_error *e)
{
	struct store_put_result r;
	enum pmwb_status fatal;

	int ok = import_owner(run, row, F_PROGRAMME, F_ORGANISATION, &v[STORE_RISK_PROGRAMME_ID],
			      &v[STORE_RISK_ORGANISATION_ID], e, &fatal);

	if (fatal != PMWB_OK)
		return fatal;
	if (!ok)
		return PMWB_OK;
	import_scope_add(run, &v[STORE_RISK_PROGRAMME_ID], &v[STORE_RISK_ORGANISATION_ID]);
	if (store_put(run->b, &store_risk_entity, v, row->line, &r, e) != PMWB_OK)
		return e->status;
	if (r.duplicate_line) {
		import_error(run, row->line, import_col(row, F_REF), row->cell[F_REF],
			     "risk ref repeats line %ld (a ref may appear once per programme)",
			     r.duplicate_line);
		return PMWB_OK;
	}
	if (!v[STORE_RISK_FINANCIAL_IMPACT].null && !v[STORE_RISK_FINANCIAL_IMPACT].absent)
		import_total_add(run, row, "financial impact", v[STORE_RISK_FINANCIAL_IMPACT].i,
				 r.id);
	import_count(run, &store_risk_entity, r.change);
	return PMWB_OK;
}

/* A row the parser thread did not find good: typed again here, where what is wrong is said
 * (a row with a bad value and an unknown programme gets both messages). */
static enum pmwb_status row_fn(struct import_run *run, const struct import_row *row,
			       struct pmwb_error *e)
{
	struct import_typed t;

	if (type_fn(run, row, &t))
		return put_fn(run, row, t.v, e);
	if (row->map->field_col[F_PROGRAMME] >= 0 && row->cell[F_PROGRAMME][0]) {
		enum pmwb_status fatal;
		struct store_val p, o;
		import_owner(run, row, F_PROGRAMME, F_ORGANISATION, &p, &o, e, &fatal);
		if (fatal != PMWB_OK)
			return fatal;
	}
	return PMWB_OK;
}

/* A register's "Total" line (in the ref column): not a risk; the financial impact it prints
 * is checked against its rows', as a QIPP sheet's total is. */
static void total_fn(struct import_run *run, const struct import_row *row)
{
	struct store_val v;

	if (!row->cell[F_FINANCIAL][0] ||
	    !import_money_k(run, row, import_col(row, F_FINANCIAL), row->cell[F_FINANCIAL], &v))
		return;
	/* Checked as it is read; reconciliation does not know risk figures yet. */
	import_total_check(run, row, import_col(row, F_FINANCIAL), "financial impact",
			   (struct import_total_what){.measure = -1}, v.i);
}

const struct import_kind import_kind_risks = {
	.name = "risks",
	.file = "risks.csv",
	.fields = fields,
	.nfields = NF,
	.entities = {&store_risk_entity},
	.nentities = 1,
	.total_field = F_REF,
	.total_scope_field = -1, /* a register's total covers the rows above it */
	.key_field = F_REF,
	.row = row_fn,
	.type = type_fn,
	.put = put_fn,
	.total = total_fn,
};
