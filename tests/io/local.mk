# io/ tests: unit drivers link only io, core and libcsv; end-to-end scripts run the binary.
check_PROGRAMS += tests/io/t_csvin tests/io/t_header
TESTS += tests/io/t_csvin tests/io/t_header
tests_io_t_csvin_CPPFLAGS = $(TEST_UNIT_CPPFLAGS)
tests_io_t_csvin_LDADD = libpmwb_io.a libpmwb_core.a $(CSV_LIBS)
tests_io_t_header_CPPFLAGS = $(TEST_UNIT_CPPFLAGS) -I$(top_srcdir)/src/io
# the real kinds' field tables too, which bring the store they write to
tests_io_t_header_LDADD = libpmwb_io.a libpmwb_store.a libpmwb_core.a $(CSV_LIBS) $(SQLITE_LIBS)

io_e2e_tests = tests/io/import_bad.sh tests/io/seed_totals.sh tests/io/published.sh tests/io/reconciliation.sh tests/io/roundtrip.sh \
	tests/io/formats.sh tests/io/demo.sh tests/io/interrupt.sh tests/io/bulk.sh \
	tests/io/datix.sh tests/io/organisations.sh tests/io/replace.sh tests/io/units.sh \
	tests/io/totals.sh tests/io/milestones.sh tests/io/excel.sh tests/io/encoding.sh tests/io/hostile_schema.sh \
	tests/io/export_file.sh tests/io/cells.sh
TESTS += $(io_e2e_tests)
EXTRA_DIST += $(io_e2e_tests) tests/io/reconciliation

include tests/fuzz/local.mk
