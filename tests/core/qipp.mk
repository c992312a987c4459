# QIPP arithmetic (issue 6's rules), linked against core only.
check_PROGRAMS += tests/core/t_qipp
TESTS += tests/core/t_qipp
tests_core_t_qipp_SOURCES = tests/core/t_qipp.c
tests_core_t_qipp_CPPFLAGS = $(TEST_UNIT_CPPFLAGS)
tests_core_t_qipp_LDADD = libpmwb_core.a
