# The CSV reader's fuzzing harness.  make check replays the corpus through it (gcc, with
# the configured sanitizers); `make fuzz-csv` builds the real libFuzzer binary with clang
# and `make fuzz-csv-run` fuzzes for FUZZ_SECONDS, adding what it finds to the corpus.
check_PROGRAMS += tests/fuzz/replay
TESTS += tests/fuzz/replay
tests_fuzz_replay_SOURCES = tests/fuzz/replay.c tests/fuzz/fuzz_csv.c
tests_fuzz_replay_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/src/io
tests_fuzz_replay_LDADD = libpmwb_io.a libpmwb_core.a $(CSV_LIBS)
EXTRA_DIST += tests/fuzz/corpus

FUZZ_CC = clang
FUZZ_SECONDS = 60
fuzz_csv_files = $(top_srcdir)/tests/fuzz/fuzz_csv.c $(top_srcdir)/src/io/csvin.c \
	$(top_srcdir)/src/io/import_header.c $(top_srcdir)/src/io/import_totals.c \
	$(top_srcdir)/src/io/import_messages.c $(top_srcdir)/src/io/import_options.c \
	$(top_srcdir)/src/core/text.c $(top_srcdir)/src/core/error.c \
	$(top_srcdir)/src/core/money.c $(top_srcdir)/src/core/scale.c $(top_srcdir)/src/core/fy.c \
	$(top_srcdir)/src/core/date.c
tests/fuzz/fuzz-csv: $(fuzz_csv_files)
	@mkdir -p tests/fuzz
	$(FUZZ_CC) -g -O1 -std=c11 -fsanitize=fuzzer,address,undefined -I$(top_srcdir)/include \
		-I$(top_builddir) -I$(top_srcdir)/src/io $(fuzz_csv_files) $(CSV_LIBS) -o $@
fuzz-csv: tests/fuzz/fuzz-csv
fuzz-csv-run: tests/fuzz/fuzz-csv
	mkdir -p tests/fuzz/found
	tests/fuzz/fuzz-csv -max_total_time=$(FUZZ_SECONDS) -max_len=65536 tests/fuzz/found \
		$(top_srcdir)/tests/fuzz/corpus
.PHONY: fuzz-csv fuzz-csv-run
CLEANFILES += tests/fuzz/fuzz-csv
