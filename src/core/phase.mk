# Delivery phases and slippage against the baseline.
libpmwb_core_a_SOURCES += src/core/phase.c
