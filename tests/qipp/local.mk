# The QIPP pane and scheme view (issue 6): the store side as a unit driver (store and core
# only), and the pane end to end in tmux on the demo plans (data/) with month files each test
# writes itself.
check_PROGRAMS += tests/qipp/t_qipp_store
TESTS += tests/qipp/t_qipp_store
tests_qipp_t_qipp_store_SOURCES = tests/qipp/t_qipp_store.c
tests_qipp_t_qipp_store_CPPFLAGS = $(TEST_UNIT_CPPFLAGS) $(SQLITE_CFLAGS)
tests_qipp_t_qipp_store_LDADD = libpmwb_store.a libpmwb_core.a $(SQLITE_LIBS)

TESTS += \
	tests/qipp/totals.sh \
	tests/qipp/rag.sh \
	tests/qipp/period.sh \
	tests/qipp/scheme.sh \
	tests/qipp/edit.sh \
	tests/qipp/search.sh \
	tests/qipp/organisations.sh \
	tests/qipp/coverage.sh \
	tests/qipp/agreement.sh \
	tests/qipp/sort.sh
EXTRA_DIST += tests/qipp/qipp-lib.sh tests/qipp/screens
