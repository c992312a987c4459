# The risk register (issue 5): the store side as a unit driver (store and core only), and
# the Risks pane, heat map, escalation list and risk form end to end in tmux, on the demo
# registers (data/001 Better Care Fund, data/000b Bromley's financial risks).
check_PROGRAMS += tests/risks/t_risk_store
TESTS += tests/risks/t_risk_store
tests_risks_t_risk_store_SOURCES = tests/risks/t_risk_store.c
tests_risks_t_risk_store_CPPFLAGS = $(TEST_UNIT_CPPFLAGS) $(SQLITE_CFLAGS)
tests_risks_t_risk_store_LDADD = libpmwb_store.a libpmwb_core.a $(SQLITE_LIBS)

TESTS += \
	tests/risks/pane.sh \
	tests/risks/heatmap.sh \
	tests/risks/form.sh \
	tests/risks/index.sh \
	tests/risks/closed.sh \
	tests/risks/bands.sh \
	tests/risks/output.sh \
	tests/risks/statuses.sh \
	tests/risks/agree.sh \
	tests/risks/reverse.sh
EXTRA_DIST += tests/risks/risks-lib.sh tests/risks/pane.sh tests/risks/heatmap.sh \
	tests/risks/form.sh tests/risks/index.sh tests/risks/screens tests/risks/closed.sh \
	tests/risks/bands.sh \
	tests/risks/output.sh tests/risks/statuses.sh tests/risks/agree.sh
