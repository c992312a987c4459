#!/bin/sh
# Every write path of the command line leaves its audit entry (issue 14): each import kind
# (a row per file, carrying its import run, and a row per record it changed), config set and
# reset; the workbench's edits (risk, programme, phase, QIPP month) are walked by their own
# tests (tests/risks/form.sh, tests/ui/progedit.sh, tests/ui/gantt_edit.sh,
# tests/qipp/edit.sh), which check the row each writes.  The log is append-only: nothing in
# pmwb's source updates or deletes an audit row, and the schema refuses it to anyone.
. "$top_srcdir/tests/lib/harness.sh"
need sqlite3

cd "$T" || exit 1
cp -r "$SEED/004" "$SEED/000a" .
sql() { sqlite3 "$DB" "$1"; }

# the audit row of the file, with its run: "KIND|FILE|RUN_KIND|RUN_FILE"
file_row() {
	sql "SELECT a.entity || '|' || a.entity_key || '|' || a.action || '|' || r.kind || '|' || r.file
	     FROM audit a JOIN audit_about b ON b.audit_id = a.id JOIN import_run r ON r.id = b.run_id
	     WHERE a.entity = '$1' AND a.action = 'import'
	     ORDER BY a.id DESC LIMIT 1"
}

PMWB_USER=carol run 0 "$PMWB" -f "$DB" import all 004
for k in programmes thresholds delivery qipp milestones risks; do
	expect_same "audit of $k" "$(file_row $k)" "$k|004/$k.csv|import|$k|004/$k.csv"
done
run 0 "$PMWB" -f "$DB" import all 000a
run 0 "$PMWB" -f "$DB" import qipp-months 000a/illustrative/qipp-months.csv
expect_same "audit of qipp-months" "$(file_row qipp-months)" \
	"qipp-months|000a/illustrative/qipp-months.csv|import|qipp-months|000a/illustrative/qipp-months.csv"
expect_same "audit of metrics" "$(file_row metrics)" "metrics|000a/metrics.csv|import|metrics|000a/metrics.csv"
printf 'programme_code,project,phase,start,end\nPLANNED,Step up,D,2014/15 Q1,2014/15 Q2\n' >phases.csv
run 0 "$PMWB" -f "$DB" import phases phases.csv
expect_same "audit of phases" "$(file_row phases)" "phases|phases.csv|import|phases|phases.csv"
printf 'Status,State\nMitigated,closed\n' >statuses.csv
run 0 "$PMWB" -f "$DB" import statuses statuses.csv
expect_same "audit of statuses" "$(file_row statuses)" "statuses|statuses.csv|import|statuses|statuses.csv"
expect_same "who" "$(sql "SELECT group_concat(DISTINCT who) FROM audit WHERE entity = 'risks'")" carol

# a record changed by an import: its own row, with the run, the record and the programme
sed -e '2s/,1358,/,1357,/' 004/qipp.csv >qipp.csv
run 0 "$PMWB" -f "$DB" import qipp qipp.csv
expect_same "the changed plan's row" \
	"$(sql "SELECT a.action || '|' || b.programme || '|' || (b.record_id = s.id) || '|' || r.file
	        FROM audit a JOIN audit_about b ON b.audit_id = a.id JOIN import_run r ON r.id = b.run_id
	        JOIN qipp_scheme s
	        ON s.name = 'Shifting settings of care and urgent care'
	        WHERE a.entity = 'qipp plan' ORDER BY a.id DESC LIMIT 1")" \
	"update|BN-URGENT|1|qipp.csv"
# --replace's deletions belong to the run of the kind's last file
head -4 004/risks.csv >risks3.csv
run 0 "$PMWB" -f "$DB" import --replace --organisation 'B&NES CCG' risks risks3.csv
expect_same "the replacing run" "$(sql "SELECT rows || '|' || deleted FROM import_run ORDER BY id DESC LIMIT 1")" "3|3"
expect_same "the replace row" "$(sql "SELECT a.action || '|' || ifnull(b.run_id, 'none') = 'replace|' || (SELECT max(id) FROM import_run) FROM audit a LEFT JOIN audit_about b ON b.audit_id = a.id ORDER BY a.id DESC LIMIT 1")" 1

# config set and reset
PMWB_USER=dave run 0 "$PMWB" -f "$DB" config set rag_amber_pct 70
PMWB_USER=dave run 0 "$PMWB" -f "$DB" config reset rag_amber_pct
run 0 "$PMWB" -f "$DB" log --kind setting --format csv
expect_same "settings' entries" "$(printf '%s\n' "$out" | cut -d, -f2-5)" - <<'OUT'
who,kind,record,action
dave,setting,rag_amber_pct,reset
dave,setting,rag_amber_pct,set
OUT

# who: $PMWB_USER, else the login name
env -u PMWB_USER LOGNAME=zed "$PMWB" -f "$DB" config set rag_green_pct 90 >/dev/null 2>&1 ||
	fail "config set as zed"
expect_same "who without PMWB_USER" "$(sql "SELECT who FROM audit ORDER BY id DESC LIMIT 1")" zed
run 0 "$PMWB" --help
expect_out_contains '$PMWB_USER when set, else the login'

# A dry run and a refused import leave no run and no audit row.
runs=$(sql 'SELECT count(*) FROM import_run') audits=$(sql 'SELECT count(*) FROM audit')
run 0 "$PMWB" -f "$DB" import --dry-run qipp 004/qipp.csv
printf 'ref,risk,likelihood\nX1,Bad,9\n' >bad.csv
run 2 "$PMWB" -f "$DB" import --organisation 'B&NES CCG' risks bad.csv
expect_same "runs after a dry run and a refusal" "$(sql 'SELECT count(*) FROM import_run')" "$runs"
expect_same "audit after a dry run and a refusal" "$(sql 'SELECT count(*) FROM audit')" "$audits"

# Append-only: the schema refuses, and no source file of pmwb's tries.
for change in "UPDATE audit SET who = 'mallory' WHERE id = 1" "DELETE FROM audit"; do
	checks=$((checks + 1))
	if sqlite3 "$DB" "$change" 2>"$T/refused"; then
		fail "sqlite3 was let $change"
	fi
	expect_contains "$change" "$(cat "$T/refused")" 'the audit log is append-only'
done
expect_same "audit rows after the refusals" "$(sql 'SELECT count(*) FROM audit')" "$audits"
checks=$((checks + 1))
if grep -rniE "(update|delete from|replace into|insert or replace into)[[:space:]\"]+audit\b" \
	"$top_srcdir/src"; then
	fail "a source file changes or deletes audit rows"
fi

finish
