# pmwb report.
src_pmwb_SOURCES += src/cli/cmd_report.c
