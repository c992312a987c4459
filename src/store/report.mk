# store/ rows for the board reports.
libpmwb_store_a_SOURCES += \
	src/store/report_qipp.c \
	src/store/query_metrics.c \
	src/store/store_baseline.c
