# pmwb report.
src_pmwb_SOURCES += src/cli/cmd_report.c
# pmwb log, imports and history: what pmwb knows (issue 14).
src_pmwb_SOURCES += src/cli/cmd_log.c
