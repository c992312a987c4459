# QIPP savings arithmetic.
libpmwb_core_a_SOURCES += src/core/qipp.c
libpmwb_core_a_SOURCES += src/core/qipp_sums.c
