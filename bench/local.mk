# Benchmarks: built and run on demand (make bench-*), never by make check.
EXTRA_PROGRAMS = bench/parse_floor
bench_parse_floor_SOURCES = bench/parse_floor.c
bench_parse_floor_LDADD = $(CSV_LIBS)
bench-import: src/pmwb bench/parse_floor
	PMWB=src/pmwb PARSE_FLOOR=bench/parse_floor $(SHELL) $(top_srcdir)/bench/import.sh
.PHONY: bench-import
EXTRA_DIST += bench/import.sh bench/gen_risks.awk bench/programmes.csv
CLEANFILES += bench/parse_floor
include bench/pty.mk
include bench/gantt.mk
include bench/risks.mk
include bench/reports.mk
