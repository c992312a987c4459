# The pty driver both workbench benchmarks use (bench/pty_bench.c): a step file says which
# keys to time.
EXTRA_PROGRAMS += bench/pty_bench
bench_pty_bench_SOURCES = bench/pty_bench.c
bench_pty_bench_LDADD = -lutil
CLEANFILES += bench/pty_bench
