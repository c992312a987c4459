# io/: CSV import and export, reports.
noinst_LIBRARIES += libpmwb_io.a
libpmwb_io_a_SOURCES = \
	src/io/csvin.c \
	src/io/prefs_file.c \
	src/io/import_impl.h \
	src/io/import.c \
	src/io/import_options.c \
	src/io/import_messages.c \
	src/io/import_header.c \
	src/io/import_values.c \
	src/io/import_totals.c \
	src/io/import_programmes.c \
	src/io/import_delivery.c \
	src/io/import_milestones.c \
	src/io/import_risks.c \
	src/io/import_qipp.c \
	src/io/import_thresholds.c \
	src/io/import_metrics.c \
	src/io/import_statuses.c \
	src/io/import_organisation.c \
	src/io/import_lines.h \
	src/io/import_lines.c \
	src/io/import_files.c \
	src/io/import_month_number.c \
	src/io/export_impl.h \
	src/io/export_csv.c \
	src/io/export.c \
	src/io/export_qipp_totals.c \
	src/io/test_signal.h \
	src/io/test_signal.c
