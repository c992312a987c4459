# core/: the domain.  No I/O, no SQLite, no curses.
noinst_LIBRARIES += libpmwb_core.a
libpmwb_core_a_SOURCES = \
	src/core/error.c \
	src/core/text.c \
	src/core/fy.c \
	src/core/date.c \
	src/core/money.c \
	src/core/money_unit.c \
	src/core/nearest.c \
	src/core/scale.c \
	src/core/risk.c \
	src/core/settings.c \
	src/core/prefs.c \
	src/core/name_match.c \
	src/core/scan.h
