# ui/: ncurses.  The only layer that includes curses; it reads through store/ and never
# includes sqlite3.h.  One file per pane behind struct ui_view_ops (include/pmwb/ui_view.h).
noinst_LIBRARIES += libpmwb_ui.a
libpmwb_ui_a_CPPFLAGS = $(AM_CPPFLAGS) $(NCURSESW_CFLAGS)
libpmwb_ui_a_SOURCES = \
	src/ui/ui_shell.c \
	src/ui/ui_keys.c \
	src/ui/ui_keys_bind.c \
	src/ui/ui_keys_doc.c \
	src/ui/ui_theme.c \
	src/ui/ui_draw.c \
	src/ui/ui_pager.c \
	src/ui/ui_list.c \
	src/ui/ui_filter.c \
	src/ui/ui_groups.c \
	src/ui/ui_programmes.c \
	src/ui/ui_progdetail.c \
	src/ui/ui_gantt.c \
	src/ui/ui_gantt_view.h \
	src/ui/ui_gantt_draw.c \
	src/ui/ui_gantt_rows.c \
	src/ui/ui_gantt_detail.c \
	src/ui/ui_gantt_edit.c \
	src/ui/ui_help.c \
	src/ui/ui_settings.c \
	src/ui/ui_risks.c \
	src/ui/ui_risk_draw.c \
	src/ui/ui_risk_filter.c \
	src/ui/ui_risk_sort.c \
	src/ui/ui_heatmap.c \
	src/ui/ui_escalation.c \
	src/ui/ui_form.c \
	src/ui/ui_riskform.c \
	src/ui/ui_qipp.c \
	src/ui/ui_qipp_rows.c \
	src/ui/ui_qipp_period.c \
	src/ui/ui_qipp_chart.c \
	src/ui/ui_scheme.c
# Private to ui/ (they name curses types): kept beside the code, out of include/.
libpmwb_ui_a_SOURCES += \
	src/ui/ui_draw.h \
	src/ui/ui_folds.h \
	src/ui/ui_form.h \
	src/ui/ui_gantt_detail.h \
	src/ui/ui_gantt_edit.h \
	src/ui/ui_gantt_rows.h \
	src/ui/ui_keys.h \
	src/ui/ui_list.h \
	src/ui/ui_filter.h \
	src/ui/ui_groups.h \
	src/ui/ui_pager.h \
	src/ui/ui_qipp.h \
	src/ui/ui_qipp_chart.h \
	src/ui/ui_qipp_rows.h \
	src/ui/ui_risks.h \
	src/ui/ui_view.h
libpmwb_ui_a_SOURCES += src/ui/ui_folds.c
# The Programmes pane's edits (issue 13): the programme form and delete, and the question a
# delete asks first.
libpmwb_ui_a_SOURCES += \
	src/ui/ui_progform.c \
	src/ui/ui_progform.h \
	src/ui/ui_confirm.c \
	src/ui/ui_confirm.h
# The Gantt pane's project form and delete, and a project's milestones (issue 13).
libpmwb_ui_a_SOURCES += \
	src/ui/ui_delete.h \
	src/ui/ui_delete.c \
	src/ui/ui_form_page.h \
	src/ui/ui_form_page.c \
	src/ui/ui_projform.h \
	src/ui/ui_projform.c \
	src/ui/ui_milestones.h \
	src/ui/ui_milestones.c \
	src/ui/ui_msform.c
# The session's undo journal (issue 13): u and Ctrl-R across every pane's edits.
libpmwb_ui_a_SOURCES += \
	src/ui/ui_undo.c \
	src/ui/ui_undo.h \
	src/ui/ui_undo_kinds.c \
	src/ui/ui_undo_kinds.h
