# ui/: ncurses.  The only layer that includes curses.
noinst_LIBRARIES += libpmwb_ui.a
libpmwb_ui_a_CPPFLAGS = $(AM_CPPFLAGS) $(NCURSESW_CFLAGS)
libpmwb_ui_a_SOURCES = \
	src/ui/ui_run.c
