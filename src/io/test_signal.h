/* Private to io/: a hook for the tests of a signal at a given moment of an import or an
 * export, which no outside timing can hit reliably. */
#ifndef PMWB_IO_TEST_SIGNAL_H
#define PMWB_IO_TEST_SIGNAL_H

/* With PMWB_TEST_SIGNAL=INT@phase (or TERM@, HUP@) in the environment, send the process
 * that signal when it reaches phase; otherwise nothing. */
void io_test_signal(const char *phase);

#endif
