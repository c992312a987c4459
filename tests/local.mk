# The test suite: `make check`.  Unit drivers (tests/<layer>/t_*.c) link only their layer;
# end-to-end scripts (*.sh) run the built binary through tests/lib/harness.sh.
TEST_EXTENSIONS = .sh
SH_LOG_COMPILER = $(SHELL)
AM_TESTS_ENVIRONMENT = \
	top_srcdir='$(abs_top_srcdir)'; top_builddir='$(abs_top_builddir)'; \
	PMWB='$(abs_top_builddir)/src/pmwb'; \
	export top_srcdir top_builddir PMWB;

EXTRA_DIST += tests/lib/harness.sh tests/lib/tui.sh tests/lib/summary

# Unit drivers share a tiny assertion header.
TEST_UNIT_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/tests/lib
EXTRA_DIST += tests/lib/check.h tests/lib/sql_probe.h

include tests/core/local.mk
include tests/core/qipp.mk
include tests/core/phase.mk
include tests/store/local.mk
include tests/io/local.mk
include tests/cli/local.mk
include tests/ui/local.mk
include tests/risks/local.mk
include tests/qipp/local.mk
include tests/stress/local.mk

# Last of all, one plain line for the whole suite, pass or fail: tests/suite.summary is run
# by its own driver after every other test's log exists, and prints to make's output.
TEST_EXTENSIONS += .summary
SUMMARY_LOG_DRIVER = $(SHELL) $(top_srcdir)/tests/lib/summary-driver
AM_SUMMARY_LOG_DRIVER_FLAGS = --logs '$(TEST_LOGS)'
TESTS += tests/suite.summary
EXTRA_DIST += tests/lib/summary-driver tests/suite.summary
tests/suite.log: $(filter-out tests/suite.log,$(TEST_LOGS))

# Every end-to-end script reaches the tarball, whichever fragment listed it.
EXTRA_DIST += $(filter %.sh,$(TESTS))
# And every folder of expected screens (tests/<area>/screens).
EXTRA_DIST += $(patsubst $(srcdir)/%,%,$(wildcard $(srcdir)/tests/*/screens))
