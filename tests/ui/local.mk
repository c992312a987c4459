# End-to-end tests of the workbench in a real pseudo-terminal (tmux), against screens kept
# in tests/ui/screens/ (PMWB_UPDATE_SCREENS=1 refreshes them on purpose; review the diff).
TESTS += \
	tests/ui/programmes.sh \
	tests/ui/gantt.sh \
	tests/ui/gantt_edit.sh \
	tests/ui/gantt_stale.sh \
	tests/ui/help.sh \
	tests/ui/resize.sh \
	tests/ui/terminal.sh \
	tests/ui/signals.sh \
	tests/ui/settings.sh \
	tests/ui/readonly.sh \
	tests/ui/first_launch.sh \
	tests/ui/progedit.sh \
	tests/ui/progdelete.sh \
	tests/ui/refresh.sh \
	tests/ui/progsort.sh \
	tests/ui/prefs.sh \
	tests/ui/settings_view.sh \
	tests/ui/projedit.sh \
	tests/ui/milestones.sh \
	tests/ui/keys_aed.sh \
	tests/ui/undo.sh
EXTRA_DIST += tests/ui/ui-lib.sh tests/ui/screens

# The key table and bindings, as a unit (no terminal needed).
check_PROGRAMS += tests/ui/t_keys
TESTS += tests/ui/t_keys
tests_ui_t_keys_SOURCES = tests/ui/t_keys.c
tests_ui_t_keys_CPPFLAGS = $(TEST_UNIT_CPPFLAGS) -I$(top_srcdir)/src/ui $(NCURSESW_CFLAGS)
tests_ui_t_keys_LDADD = libpmwb_ui.a libpmwb_io.a libpmwb_store.a libpmwb_core.a \
	$(NCURSESW_LIBS) $(SQLITE_LIBS) $(CSV_LIBS)

# The undo journal on its own, with a kind of its own (no terminal needed).
check_PROGRAMS += tests/ui/t_undo
TESTS += tests/ui/t_undo
tests_ui_t_undo_SOURCES = tests/ui/t_undo.c
tests_ui_t_undo_CPPFLAGS = $(tests_ui_t_keys_CPPFLAGS)
tests_ui_t_undo_LDADD = $(tests_ui_t_keys_LDADD)
