# store/ entity modules used by import and export.
libpmwb_store_a_SOURCES += \
	src/store/store_entity.h \
	src/store/store_batch.c \
	src/store/store_replace.c \
	src/store/store_programme.c \
	src/store/store_project.c \
	src/store/store_milestone.c \
	src/store/store_risk.c \
	src/store/store_threshold.c \
	src/store/store_risk_status.c \
	src/store/store_qipp.c \
	src/store/store_metric.c \
	src/store/store_export.c
