# End-to-end tests of the command line, through the built binary.
TESTS += \
	tests/cli/usage.sh \
	tests/cli/db_path.sh \
	tests/cli/db_errors.sh \
	tests/cli/db_readonly.sh \
	tests/cli/report_help.sh \
	tests/cli/report_qipp.sh \
	tests/cli/report_risks.sh \
	tests/cli/report_exceptions.sh \
	tests/cli/report_metrics.sh \
	tests/cli/config.sh \
	tests/cli/keys.sh \
	tests/cli/demo_today.sh \
	tests/cli/history.sh \
	tests/cli/audit_paths.sh \
	tests/cli/report_plan.sh \
	tests/cli/terminal_cells.sh \
	tests/cli/check.sh \
	tests/cli/db_first_read.sh \
	tests/cli/disk_full.sh \
	tests/cli/scratch_and_folders.sh \
	tests/cli/backup.sh
EXTRA_DIST += \
	tests/cli/usage.sh \
	tests/cli/db_path.sh \
	tests/cli/db_errors.sh \
	tests/cli/db_readonly.sh \
	tests/cli/report_help.sh \
	tests/cli/report_qipp.sh \
	tests/cli/report_risks.sh \
	tests/cli/report_exceptions.sh \
	tests/cli/report_metrics.sh \
	tests/cli/config.sh \
	tests/cli/keys.sh \
	tests/cli/demo_today.sh \
	tests/cli/history.sh \
	tests/cli/audit_paths.sh \
	tests/cli/report_plan.sh \
	tests/cli/terminal_cells.sh \
	tests/cli/check.sh \
	tests/cli/db_first_read.sh \
	tests/cli/disk_full.sh \
	tests/cli/scratch_and_folders.sh \
	tests/cli/backup.sh
