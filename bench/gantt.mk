# The workbench benchmark (bench/gantt.sh): the real pmwb in a pty on a generated portfolio
# of 10,000 projects against the demo data.  make bench-gantt; never part of make check.
bench-gantt: src/pmwb bench/pty_bench
	PMWB=src/pmwb PTY_BENCH=bench/pty_bench top_srcdir='$(top_srcdir)' \
		$(SHELL) $(top_srcdir)/bench/gantt.sh
.PHONY: bench-gantt
EXTRA_DIST += bench/gantt.sh bench/gantt.steps bench/gantt-gen.sql
