# Unit drivers for core/: each links libpmwb_core.a alone (no SQLite, no curses), so a
# core test can never pass because of another layer.
CORE_TESTS = tests/core/t_fy tests/core/t_date
check_PROGRAMS += $(CORE_TESTS)
TESTS += $(CORE_TESTS)

tests_core_t_fy_SOURCES = tests/core/t_fy.c
tests_core_t_fy_CPPFLAGS = $(TEST_UNIT_CPPFLAGS)
tests_core_t_fy_LDADD = libpmwb_core.a

tests_core_t_date_SOURCES = tests/core/t_date.c
tests_core_t_date_CPPFLAGS = $(TEST_UNIT_CPPFLAGS)
tests_core_t_date_LDADD = libpmwb_core.a
