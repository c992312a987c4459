# The workbench benchmark (bench/gantt.sh): the real pmwb in a pty on a generated portfolio
# of 10,000 projects against the demo data.  make bench-gantt; never part of make check.
EXTRA_PROGRAMS += bench/gantt_pty
bench_gantt_pty_SOURCES = bench/gantt_pty.c
bench_gantt_pty_LDADD = -lutil
bench-gantt: src/pmwb bench/gantt_pty
	PMWB=src/pmwb GANTT_PTY=bench/gantt_pty top_srcdir='$(top_srcdir)' \
		$(SHELL) $(top_srcdir)/bench/gantt.sh
.PHONY: bench-gantt
EXTRA_DIST += bench/gantt.sh bench/gantt-gen.sql
CLEANFILES += bench/gantt_pty
