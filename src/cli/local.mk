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
	src/cli/demo_populate.c
# Libraries in dependency order: ui -> io -> store -> core.
src_pmwb_LDADD = libpmwb_ui.a libpmwb_io.a libpmwb_store.a libpmwb_core.a \
	$(NCURSESW_LIBS) $(SQLITE_LIBS) $(CSV_LIBS)
