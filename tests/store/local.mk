# store/ unit drivers: link store and core only.
check_PROGRAMS += tests/store/t_schema
TESTS += tests/store/t_schema
tests_store_t_schema_SOURCES = tests/store/t_schema.c
tests_store_t_schema_CPPFLAGS = $(TEST_UNIT_CPPFLAGS) $(SQLITE_CFLAGS)
tests_store_t_schema_LDADD = libpmwb_store.a libpmwb_core.a $(SQLITE_LIBS)

check_PROGRAMS += tests/store/t_fault
TESTS += tests/store/t_fault
tests_store_t_fault_SOURCES = tests/store/t_fault.c
tests_store_t_fault_CPPFLAGS = $(TEST_UNIT_CPPFLAGS) $(SQLITE_CFLAGS)
tests_store_t_fault_LDADD = libpmwb_store.a libpmwb_core.a $(SQLITE_LIBS)

check_PROGRAMS += tests/store/t_index
TESTS += tests/store/t_index
tests_store_t_index_SOURCES = tests/store/t_index.c
tests_store_t_index_CPPFLAGS = $(TEST_UNIT_CPPFLAGS) $(SQLITE_CFLAGS)
tests_store_t_index_LDADD = libpmwb_store.a libpmwb_core.a $(SQLITE_LIBS)
