# io/ board reports.
libpmwb_io_a_SOURCES += \
	src/io/report_table.c \
	src/io/report_qipp.c
