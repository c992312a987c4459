# store/ paged queries the workbench panes read through.
libpmwb_store_a_SOURCES += \
	src/store/query_common.h \
	src/store/query_common.c \
	src/store/query_meta.c \
	src/store/query_programmes.c \
	src/store/query_gantt.c
