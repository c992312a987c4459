# The pmwb binary: argument parsing and subcommands.
bin_PROGRAMS += src/pmwb
src_pmwb_SOURCES = \
	src/cli/cli.h \
	src/cli/main.c \
	src/cli/commands.c \
	src/cli/db_path.c \
	src/cli/cmd_init.c \
	src/cli/cmd_tui.c \
	src/cli/demo.c \
	src/cli/demo_populate.c \
	src/cli/cmd_import.c \
	src/cli/cmd_export.c \
	src/cli/cmd_index.c \
	src/cli/cmd_config.c \
	src/cli/cmd_check.c \
	src/cli/cmd_backup.c \
	src/cli/cmd_keys.c
# --demo finds its data in the source tree when run from the build tree, else installed.
src_pmwb_CPPFLAGS = $(AM_CPPFLAGS) -DPMWB_SRC_DATADIR='"$(abs_top_srcdir)/data"' \
	-DPMWB_DATADIR='"$(pkgdatadir)/data"' -DPMWB_BUILDDIR='"$(abs_top_builddir)"'
# Libraries in dependency order: ui -> io -> store -> core.
src_pmwb_LDADD = libpmwb_ui.a libpmwb_io.a libpmwb_store.a libpmwb_core.a \
	$(NCURSESW_LIBS) $(SQLITE_LIBS) $(CSV_LIBS)
