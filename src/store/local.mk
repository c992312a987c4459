# store/: the only code that speaks SQL.
noinst_LIBRARIES += libpmwb_store.a
libpmwb_store_a_CPPFLAGS = $(AM_CPPFLAGS) $(SQLITE_CFLAGS)
libpmwb_store_a_SOURCES = \
	src/store/store_impl.h \
	src/store/schema.h \
	src/store/risk_state.h \
	src/store/schema.c \
	src/store/db.c \
	src/store/store_index.c \
	src/store/store_own_objects.c \
	src/store/store_check.c \
	src/store/store_backup.c \
	src/store/store_settings.c \
	src/store/store_organisation.c \
	src/store/store_import_run.c \
	src/store/query_audit.c \
	src/store/store_history.c

# Entity modules (programme, project, risk ... upserts for import/export) and the paged
# queries the panes read through, each listed in its own fragment.
include src/store/entities.mk
include src/store/queries.mk
