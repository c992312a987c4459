# store/ paged queries the workbench panes read through.
libpmwb_store_a_SOURCES += \
	src/store/query_common.h \
	src/store/query_common.c \
	src/store/query_meta.c \
	src/store/query_programmes.c \
	src/store/query_gantt.c

# The Risks pane: paged register, heat-map counts, and edits by hand (issue 5).
libpmwb_store_a_SOURCES += \
	src/store/query_risks.c \
	src/store/store_risk_edit.c

# The QIPP pane: programmes and schemes paged by keyset, a scheme's months and detail, and
# months typed by hand (issue 6).
libpmwb_store_a_SOURCES += \
	src/store/query_qipp.c \
	src/store/store_qipp_edit.c

# The Gantt grid: a project's phases changed by hand (issue 13).
libpmwb_store_a_SOURCES += src/store/store_phase_edit.c

# The Programmes pane's edits by hand: add, edit and delete a programme (issue 13).
libpmwb_store_a_SOURCES += \
	src/store/store_fields.h \
	src/store/store_fields.c \
	src/store/store_programme_edit.c

# The Gantt pane's edits by hand: add, edit and delete a project; a project's milestones
# and the overdue ones the Gantt marks and the exception report lists (issue 13).
libpmwb_store_a_SOURCES += \
	src/store/milestone_state.h \
	src/store/store_project_edit.c \
	src/store/store_milestone_edit.c
