check_PROGRAMS += tests/core/t_phase
TESTS += tests/core/t_phase
tests_core_t_phase_SOURCES = tests/core/t_phase.c
tests_core_t_phase_CPPFLAGS = $(TEST_UNIT_CPPFLAGS)
tests_core_t_phase_LDADD = libpmwb_core.a
