# io/: CSV import and export, reports.
noinst_LIBRARIES += libpmwb_io.a
libpmwb_io_a_SOURCES =
