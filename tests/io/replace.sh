#!/bin/sh
# --replace makes way only for what the files cover (their programmes, or --programme), says
# what it deletes (and a dry run what it would), keeps the rows that stay (a scheme's typed
# months), and never deletes a programme that still has projects, risks or schemes.
. "$top_srcdir/tests/lib/harness.sh"
need sqlite3

count() { sqlite3 "$DB" "$1"; }
run 0 "$PMWB" -f "$DB" import -q all "$SEED/000a"
cd "$T" || exit 1
cat >months.csv <<'X'
programme_code,scheme,month,forecast_k,actual_k
PLANNED,Gynaecology,2013-05,30,28
PLANNED,Dermatology,2013-05,25,20
UNSCHED,NHS 111,2013-05,10,9
X
run 0 "$PMWB" -f "$DB" import qipp-months months.csv
unsched=$(count "SELECT count(*) FROM qipp_scheme s JOIN programme p ON p.id = s.programme_id WHERE p.code = 'UNSCHED'")
expect_same 'UNSCHED schemes before' "$unsched" 8

# Planned Care's sheet without Dermatology (and without its Total row)
grep -e '^programme_code' -e '^PLANNED,' "$SEED/000a/qipp.csv" | grep -v -e ',Dermatology,' -e ',Total,' >planned.csv
before=$(db_dump "$DB")
run 0 "$PMWB" -f "$DB" import --dry-run --replace qipp planned.csv
expect_out - <<'X'
dry run: qipp scheme: 0 new, 0 updated, 14 unchanged
dry run: qipp plan: 0 new, 0 updated, 56 unchanged
dry run: --replace: 1 qipp scheme would be deleted (Dermatology), with 1 qipp month and 4 qipp plans
dry run: nothing was written
X
expect_same 'database after a dry run' "$(db_dump "$DB")" "$before"
run 0 "$PMWB" -f "$DB" import --replace qipp planned.csv
expect_out_contains '--replace: 1 qipp scheme deleted (Dermatology), with 1 qipp month and 4 qipp plans'
expect_same 'UNSCHED schemes after replacing PLANNED' "$(count "SELECT count(*) FROM qipp_scheme s JOIN programme p ON p.id = s.programme_id WHERE p.code = 'UNSCHED'")" "$unsched"
# the months of the schemes that stay, and of the other programmes, are kept
expect_same 'months after replacing PLANNED' "$(count "SELECT s.name || ':' || m.actual FROM qipp_month m JOIN qipp_scheme s ON s.id = m.scheme_id ORDER BY 1")" "$(printf 'Gynaecology:28000\nNHS 111:9000')"
run 0 sqlite3 "$DB" "SELECT entity_key, detail FROM audit WHERE action = 'replace' ORDER BY id DESC LIMIT 1"
expect_out 'programme PLANNED|1 deleted (planned.csv)'
# the same file again: nothing to delete
run 0 "$PMWB" -f "$DB" import --replace qipp planned.csv
expect_out_contains '--replace: no qipp scheme to delete'
# two programmes in one file: each makes way for its own rows, audited apart
grep -e '^programme_code' -e '^PLANNED,' -e '^UNSCHED,' "$SEED/000a/qipp.csv" | grep -v -e ',Dermatology,' -e ',Diabetes,' -e ',NHS 111,' -e ',Total,' >two.csv
plans=$(count "SELECT count(*) FROM qipp_plan p JOIN qipp_scheme s ON s.id = p.scheme_id WHERE s.name IN ('Diabetes', 'NHS 111')")
run 0 "$PMWB" -f "$DB" import --replace qipp two.csv
expect_out_contains "--replace: 2 qipp schemes deleted (Diabetes, NHS 111), with 1 qipp month and $plans qipp plans"
run 0 sqlite3 "$DB" "SELECT entity_key, detail FROM audit WHERE action = 'replace' ORDER BY id DESC LIMIT 2"
expect_out - <<'X'
programme UNSCHED|1 deleted (two.csv)
programme PLANNED|1 deleted (two.csv)
X

# --programme: that programme's rows only, the corporate register untouched
printf 'ref,programme_code,risk,likelihood,impact\nC1,,corporate,2,2\nP1,PLANNED,planned,2,2\nU1,UNSCHED,unscheduled,3,3\nU2,UNSCHED,unscheduled too,3,3\n' >risks.csv
run 0 "$PMWB" -f "$DB" import risks risks.csv
printf 'ref,risk,likelihood,impact\nU2,unscheduled too,4,4\n' >unsched.csv
run 0 "$PMWB" -f "$DB" import --replace --programme UNSCHED risks unsched.csv
expect_out - <<'X'
risk: 0 new, 1 updated, 0 unchanged
--replace: 1 risk deleted (U1)
X
expect_same 'risks after replacing UNSCHED' "$(count "SELECT group_concat(ref, ' ') FROM (SELECT ref FROM risk ORDER BY ref)")" 'C1 P1 U2'
# a corporate register replaces the corporate rows only
printf 'ref,risk,likelihood,impact\nC2,new corporate,1,1\n' >corporate.csv
run 0 "$PMWB" -f "$DB" import --replace risks corporate.csv
expect_out_contains '--replace: 1 risk deleted (C1)'
expect_same 'risks after replacing the corporate register' "$(count "SELECT group_concat(ref, ' ') FROM (SELECT ref FROM risk ORDER BY ref)")" 'C2 P1 U2'

# two organisations' corporate registers: replacing one's leaves the other's
run 0 "$PMWB" -f "$DB" import -q all "$SEED/004"
bnes=$(count "SELECT count(*) FROM risk r JOIN organisation o ON o.id = r.organisation_id WHERE r.programme_id IS NULL AND o.name = 'B&NES CCG'")
run 0 "$PMWB" -f "$DB" import --replace --organisation 'Bromley Clinical Commissioning Group' risks corporate.csv
expect_out_contains '--replace: no risk to delete'
expect_same "B&NES's corporate risks after replacing Bromley's" "$(count "SELECT count(*) FROM risk r JOIN organisation o ON o.id = r.organisation_id WHERE r.programme_id IS NULL AND o.name = 'B&NES CCG'")" "$bnes"
run 0 sqlite3 "$DB" "SELECT entity_key FROM audit WHERE action = 'replace' ORDER BY id DESC LIMIT 1"
expect_out 'organisation Bromley Clinical Commissioning Group'

# delivery: a programme's projects not in its plan go, with their phases and milestones
grep -e '^programme_code' -e '^PRIMARY,' "$SEED/000a/delivery.csv" | grep -v -e ',Total,' -e ',Incentive Scheme,' >primary.csv
printf 'programme_code,project,milestone,due\nPRIMARY,Incentive Scheme,Scheme agreed,2013-09\n' >ms.csv
run 0 "$PMWB" -f "$DB" import milestones ms.csv
run 0 "$PMWB" -f "$DB" import --replace delivery primary.csv
expect_out_contains '--replace: 1 project deleted (Incentive Scheme), with 1 milestone, 1 phase and 1 phase baseline'
expect_same 'PLANNED projects after replacing PRIMARY' "$(count "SELECT count(*) FROM project p JOIN programme g ON g.id = p.programme_id WHERE g.code = 'PLANNED'")" 17

# every kind: its months (keyed without a rowid), a programme's milestones and phases, the
# thresholds (which belong to no programme: the whole table)
printf 'programme_code,scheme,month,forecast_k,actual_k\nPLANNED,Gynaecology,2013-06,10,9\n' >june.csv
run 0 "$PMWB" -f "$DB" import --dry-run --replace qipp-months june.csv
expect_out_contains 'dry run: --replace: 1 qipp month would be deleted'
grep -e '^programme_code' -e '^PLANNED,' "$SEED/000a/milestones.csv" | head -2 >ms_planned.csv
run 0 "$PMWB" -f "$DB" import --dry-run --replace milestones ms_planned.csv
expect_out_contains "dry run: --replace: $(($(grep -c '^PLANNED,' "$SEED/000a/milestones.csv") - 1)) milestones would be deleted"
printf 'programme_code,project,phase,start,end\nPLANNED,Gynaecology,R,2013/14 Q1,2013/14 Q4\n' >phase.csv
run 0 "$PMWB" -f "$DB" import --dry-run --replace phases phase.csv
expect_out_contains 'dry run: phase: 0 new, 0 updated, 1 unchanged'
expect_out_contains "dry run: --replace: $(count "SELECT count(*) - 1 FROM phase f JOIN project p ON p.id = f.project_id JOIN programme g ON g.id = p.programme_id WHERE g.code = 'PLANNED'") phases would be deleted"
printf 'level,min_score,max_score\nLow,1,3\nModerate,4,6\n' >thresholds.csv
run 0 "$PMWB" -f "$DB" import --dry-run --replace thresholds thresholds.csv
expect_out_contains 'dry run: --replace: 2 thresholds would be deleted (Extreme, High)'

# programmes: one that still has rows is never deleted; the refusal names it and its rows
grep -v '^PRIMARY,' "$SEED/000a/programmes.csv" >two.csv
refused two.csv programmes --replace
expect_err_contains '--replace would delete programme PRIMARY ('
expect_err_contains '2 qipp schemes'
expect_err_contains 'which the file does not list but which still has rows of its own; keep it in the file'
# one with nothing of its own goes, and says so; another organisation's programmes are not
# the file's to delete (B&NES's, from 004 above)
printf 'code,name,organisation\nEMPTY,Nothing yet,Bromley Clinical Commissioning Group\nOTHER,Not Bromley,Elsewhere\n' >empty.csv
run 0 "$PMWB" -f "$DB" import programmes empty.csv
others=$(count "SELECT count(*) FROM programme WHERE organisation <> 'Bromley Clinical Commissioning Group'")
run 0 "$PMWB" -f "$DB" import --replace programmes "$SEED/000a/programmes.csv"
expect_out_contains '--replace: 1 programme deleted (EMPTY)'
expect_same "other organisations' programmes after replacing Bromley's" "$(count "SELECT count(*) FROM programme WHERE organisation <> 'Bromley Clinical Commissioning Group'")" "$others"
finish
