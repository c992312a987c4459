# The Risks pane benchmark (bench/risks.sh): the real pmwb in a pty on a 1,000,000-row
# register.  make bench-risks; never part of make check.
bench-risks: src/pmwb bench/pty_bench
	PMWB=src/pmwb PTY_BENCH=bench/pty_bench top_srcdir='$(top_srcdir)' \
		$(SHELL) $(top_srcdir)/bench/risks.sh
.PHONY: bench-risks
EXTRA_DIST += bench/risks.sh bench/risks.steps bench/risks-first.steps
