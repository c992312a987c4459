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
	tests/ui/detail_views.sh
EXTRA_DIST += tests/ui/ui-lib.sh tests/ui/screens
