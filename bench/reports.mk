# The reports benchmark (bench/reports.sh): make bench-reports; never part of make check.
bench-reports: src/pmwb
	PMWB=src/pmwb top_srcdir='$(top_srcdir)' $(SHELL) $(top_srcdir)/bench/reports.sh
.PHONY: bench-reports
EXTRA_DIST += bench/reports.sh bench/gen_qipp.awk
