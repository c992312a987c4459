/* Import options: defaults and --map.  Apart from the driver so that unit tests of the
 * header matching link without the importers. */
#include "config.h"

#include <string.h>

#include "pmwb/import.h"
#include "pmwb/settings.h"
#include "pmwb/text.h"

void import_options_init(struct import_options *o)
{
	memset(o, 0, sizeof(*o));
	scale_map_init(&o->scale);
	o->fy = fy_settings_default();
	o->totals_tolerance_pct = settings_def(SETTING_TOTALS_TOLERANCE_PCT)->def;
	o->qipp_outlier_pct = settings_def(SETTING_QIPP_OUTLIER_PCT)->def;
	o->out = stdout;
	o->msg = stderr;
}

enum pmwb_status import_options_add_map(struct import_options *o, const char *assignment,
					struct pmwb_error *e)
{
	const char *eq = strrchr(assignment, '=');
	size_t hlen;

	if (!eq || eq == assignment || !eq[1])
		return err_set(e, PMWB_USAGE, "--map wants 'Header Text=field', not '%s'",
			       assignment);
	if (o->nmaps >= IMPORT_MAX_MAPS)
		return err_set(e, PMWB_USAGE, "at most %d --map options", IMPORT_MAX_MAPS);
	hlen = (size_t)(eq - assignment);
	if (hlen >= sizeof(o->map[0].header))
		hlen = sizeof(o->map[0].header) - 1;
	memcpy(o->map[o->nmaps].header, assignment, hlen);
	o->map[o->nmaps].header[hlen] = '\0';
	text_copy(o->map[o->nmaps].field, sizeof(o->map[0].field), eq + 1);
	o->nmaps++;
	return PMWB_OK;
}
