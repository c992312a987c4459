# The Risks pane benchmark (bench/risks.sh): the real pmwb in a pty on a 1,000,000-row
# register.  make bench-risks; never part of make check.
EXTRA_PROGRAMS += bench/risks_pty
bench_risks_pty_SOURCES = bench/risks_pty.c
bench_risks_pty_LDADD = -lutil
bench-risks: src/pmwb bench/risks_pty
	PMWB=src/pmwb RISKS_PTY=bench/risks_pty top_srcdir='$(top_srcdir)' \
		$(SHELL) $(top_srcdir)/bench/risks.sh
.PHONY: bench-risks
EXTRA_DIST += bench/risks.sh
CLEANFILES += bench/risks_pty
