# The QIPP pane and scheme view (issue 6) end to end in tmux, on the demo plans (data/) with
# month files each test writes itself.
TESTS += \
	tests/qipp/totals.sh \
	tests/qipp/rag.sh \
	tests/qipp/period.sh \
	tests/qipp/scheme.sh \
	tests/qipp/edit.sh
EXTRA_DIST += tests/qipp/qipp-lib.sh tests/qipp/screens
