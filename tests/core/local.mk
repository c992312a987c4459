# Unit drivers for core/: each links libpmwb_core.a alone (no SQLite, no curses), so a
# core test can never pass because of another layer.
CORE_TESTS = tests/core/t_fy tests/core/t_date tests/core/t_money tests/core/t_scale \
	tests/core/t_risk tests/core/t_text tests/core/t_settings tests/core/t_nearest \
	tests/core/t_prefs
check_PROGRAMS += $(CORE_TESTS)
TESTS += $(CORE_TESTS)

tests_core_t_fy_SOURCES = tests/core/t_fy.c
tests_core_t_fy_CPPFLAGS = $(TEST_UNIT_CPPFLAGS)
tests_core_t_fy_LDADD = libpmwb_core.a

tests_core_t_prefs_SOURCES = tests/core/t_prefs.c
tests_core_t_prefs_CPPFLAGS = $(TEST_UNIT_CPPFLAGS)
tests_core_t_prefs_LDADD = libpmwb_core.a

tests_core_t_nearest_SOURCES = tests/core/t_nearest.c
tests_core_t_nearest_CPPFLAGS = $(TEST_UNIT_CPPFLAGS)
tests_core_t_nearest_LDADD = libpmwb_core.a

tests_core_t_date_SOURCES = tests/core/t_date.c
tests_core_t_date_CPPFLAGS = $(TEST_UNIT_CPPFLAGS)
tests_core_t_date_LDADD = libpmwb_core.a

tests_core_t_money_SOURCES = tests/core/t_money.c
tests_core_t_money_CPPFLAGS = $(TEST_UNIT_CPPFLAGS)
tests_core_t_money_LDADD = libpmwb_core.a

tests_core_t_scale_SOURCES = tests/core/t_scale.c
tests_core_t_scale_CPPFLAGS = $(TEST_UNIT_CPPFLAGS)
tests_core_t_scale_LDADD = libpmwb_core.a

tests_core_t_risk_SOURCES = tests/core/t_risk.c
tests_core_t_risk_CPPFLAGS = $(TEST_UNIT_CPPFLAGS)
tests_core_t_risk_LDADD = libpmwb_core.a

tests_core_t_text_SOURCES = tests/core/t_text.c
tests_core_t_text_CPPFLAGS = $(TEST_UNIT_CPPFLAGS)
tests_core_t_text_LDADD = libpmwb_core.a

tests_core_t_settings_SOURCES = tests/core/t_settings.c
tests_core_t_settings_CPPFLAGS = $(TEST_UNIT_CPPFLAGS)
tests_core_t_settings_LDADD = libpmwb_core.a
