# io/ board reports.
libpmwb_io_a_SOURCES += \
	src/io/report_table.c \
	src/io/report_format.h \
	src/io/report_format.c \
	src/io/report_qipp.c \
	src/io/report_risks.c \
	src/io/report_metrics.c \
	src/io/report_exceptions.c \
	src/io/report_audit.c \
	src/io/report_programmes.c \
	src/io/report_gantt.c
