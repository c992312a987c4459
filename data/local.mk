# Demo data: the client's plans in the import formats (data/README.md), installed for
# pmwb --demo under $(pkgdatadir)/data.
nobase_dist_pkgdata_DATA = \
	data/000a/delivery.csv \
	data/000a/illustrative/qipp-months.csv \
	data/000a/metrics.csv \
	data/000a/milestones.csv \
	data/000a/programmes.csv \
	data/000a/qipp.csv \
	data/000b-overview/NOT-IN-DEMO \
	data/000b-overview/programmes.csv \
	data/000b-overview/qipp.csv \
	data/000b-plan/NOT-IN-DEMO \
	data/000b-plan/programmes.csv \
	data/000b-plan/qipp.csv \
	data/000b/delivery.csv \
	data/000b/metrics.csv \
	data/000b/milestones.csv \
	data/000b/programmes.csv \
	data/000b/qipp.csv \
	data/000b/qipp_overview.csv \
	data/000b/qipp_plan_2013_16.csv \
	data/000b/risks.csv \
	data/001/metrics.csv \
	data/001/milestones.csv \
	data/001/programmes.csv \
	data/001/risks.csv \
	data/001/schemes.csv \
	data/002/delivery.csv \
	data/002/metrics.csv \
	data/002/milestones.csv \
	data/002/programmes.csv \
	data/002/projects_extra.csv \
	data/002/risks.csv \
	data/003/metrics.csv \
	data/003/milestones.csv \
	data/003/programmes.csv \
	data/004/delivery.csv \
	data/004/finance.csv \
	data/004/matrix.csv \
	data/004/milestones.csv \
	data/004/programmes.csv \
	data/004/qipp.csv \
	data/004/risks.csv \
	data/004/thresholds.csv \
	data/AS-OF
EXTRA_DIST += data/README.md data/000a/illustrative/README.md
