#!/bin/sh
# What real sheets look like: semicolons, a BOM, CRLF, title rows above the header, other
# header names, programme names instead of codes; and what import does with them: dry run,
# updates with audit and risk history, --replace, export's guard and atomic -o.
. "$top_srcdir/tests/lib/harness.sh"
need sqlite3
cd "$T" || exit 1

run 0 "$PMWB" -f "$DB" import programmes "$SEED/001/programmes.csv"
expect_out 'programme: 1 new, 0 updated, 0 unchanged'
# the document's extra columns are reported, not fatal
expect_err_contains "programmes.csv:1:12: notice: column 'board' is not one programmes has; ignored"

# semicolons, BOM, CRLF, two title rows, register-style headers, the programme by name
printf '\357\273\277Bromley BCF risk register;;\r\nExported 2014-09-19;;\r\nRisk Ref;Programme;Risk Title;Likelihood (1-5);Consequence;Risk Owner;Financial Impact \302\243'"'"'000\r\n1;Better Care Fund (BCF);"Admissions; not reduced";2;4;CCG;"1,410"\r\n2;;Corporate one;Likely;Major;;(36)\r\n' >excel.csv
run 0 "$PMWB" -f "$DB" import risks excel.csv
expect_out 'risk: 2 new, 0 updated, 0 unchanged'
expect_err_contains 'excel.csv:3: notice: skipped 2 rows above the header'
run 0 sqlite3 "$DB" "SELECT ref, ifnull(programme_id, 'corporate'), title, likelihood, impact, score, owner, financial_impact, src_file, src_line FROM risk ORDER BY id"
expect_out - <<'X'
1|1|Admissions; not reduced|2|4|8|CCG|1410000|excel.csv|4
2|corporate|Corporate one|4|4|16||-36000|excel.csv|5
X

# --delimiter and --header-row say what detection would guess
printf 'title row\nref,risk,likelihood\n3,Third,1\n' >hdr.csv
run 0 "$PMWB" -f "$DB" import --header-row 2 --delimiter , risks hdr.csv
expect_out 'risk: 1 new, 0 updated, 0 unchanged'

# --map for a header no alias knows
printf 'Hazard No,Hazard,P\n4,Fourth,Rare\n' >map.csv
run 2 "$PMWB" -f "$DB" import risks map.csv
expect_err_contains 'no header row found'
run 0 "$PMWB" -f "$DB" import --map 'Hazard No=ref' --map 'Hazard=risk' --map 'P=likelihood' risks map.csv
expect_out 'risk: 1 new, 0 updated, 0 unchanged'
printf 'ref,risk,title\n6,Sixth,Other title\n' >twice.csv
run 0 "$PMWB" -f "$DB" import risks twice.csv
expect_err_contains "twice.csv:1:3: notice: column 'title' would give risk again, which column 2 gives; ignored"
run 1 "$PMWB" -f "$DB" import --map 'Hazard=nonsense' risks map.csv
expect_err_contains "risks has no field 'nonsense'"

# a changed register: dry run first, then for real, with audit and risk history
printf 'ref,programme_code,risk,likelihood,impact,status\n1,BCF,Admissions; not reduced,3,4,escalated\n5,BCF,New one,1,1,\n' >changed.csv
before=$(db_dump "$DB")
run 0 "$PMWB" -f "$DB" import --dry-run risks changed.csv
expect_out - <<'X'
dry run: risk: 1 new, 1 updated, 0 unchanged
dry run: nothing was written
X
expect_same "database after --dry-run" "$(db_dump "$DB")" "$before"
run 0 "$PMWB" -f "$DB" import risks changed.csv
expect_out 'risk: 1 new, 1 updated, 0 unchanged'
run 0 sqlite3 "$DB" "SELECT entity, action, detail FROM audit WHERE action = 'update'"
expect_out "risk|update|likelihood: 2 -> 3; status: 'open' -> 'escalated'"
# history starts at the first change: the state before it (with its line), then after
run 0 sqlite3 "$DB" "SELECT likelihood, impact, score, status, who, note FROM risk_history WHERE risk_id = (SELECT id FROM risk WHERE ref = '1') ORDER BY id"
expect_out - <<'X'
2|4|8|open|tester|import excel.csv:4
3|4|12|escalated|tester|import changed.csv:2
X
# columns the file does not have are left as they were (owner, financial impact)
run 0 sqlite3 "$DB" "SELECT owner, financial_impact FROM risk WHERE ref = '1'"
expect_out 'CCG|1410000'

# a register's programme names as people write them: any case, other punctuation, without
# the abbreviation in brackets the programme's own name ends with
printf 'ref,programme,risk\nN1,better care fund (bcf),case\nN2,Better-Care Fund (BCF),punctuation\nN3,Better Care Fund,short name\nN4,Better Care Fund (BCF) (Bromley),the other way\nN5,BCF - Better Care Fund,drop-down\nN6,bcf: Better Care Fund (BCF),drop-down\n' >names.csv
run 0 "$PMWB" -f "$DB" import risks names.csv
expect_out 'risk: 6 new, 0 updated, 0 unchanged'
run 0 sqlite3 "$DB" "SELECT group_concat(p.code) FROM risk r JOIN programme p ON p.id = r.programme_id WHERE r.ref LIKE 'N_'"
expect_out 'BCF,BCF,BCF,BCF,BCF,BCF'
printf 'ref,programme,risk\nN7,Better Care,too short\nN8,BCF - Mental Health,code and another name\n' >short.csv
run 2 "$PMWB" -f "$DB" import risks short.csv
expect_err_contains "short.csv:2:2: no programme has this code or name"
expect_err_contains "short.csv:3:2: no programme has this code or name"

# a programme's owner is its senior responsible owner
printf 'code,name,Programme Owner\nOWN,Owned programme,Jane Smith\n' >owner.csv
run 0 "$PMWB" -f "$DB" import programmes owner.csv
expect_err_empty
run 0 sqlite3 "$DB" "SELECT sro FROM programme WHERE code = 'OWN'"
expect_out 'Jane Smith'

# --replace deletes the rows of the file's programmes that it does not list, in the same
# transaction; other programmes' risks stay (tests/io/replace.sh has the rest)
run 0 "$PMWB" -f "$DB" import --replace risks changed.csv
expect_out - <<'X'
risk: 0 new, 0 updated, 2 unchanged
--replace: 6 risks deleted (N1, N2, N3, N4, N5, N6)
X
run 0 sqlite3 "$DB" "SELECT group_concat(r.ref) FROM risk r JOIN programme p ON p.id = r.programme_id WHERE p.code = 'BCF'"
expect_out '1,5'
run 0 sqlite3 "$DB" "SELECT count(*) FROM risk"
expect_out 6

# the long form of the plan creates its project
printf 'programme_code,project,phase,start,end\nBCF,Step up,D,2014/15 Q1,2014/15 Q2\nBCF,Step up,I,Q3 2014/15,\n' >phases.csv
run 0 "$PMWB" -f "$DB" import phases phases.csv
expect_out - <<'X'
project: 1 new, 0 updated, 0 unchanged
phase: 2 new, 0 updated, 0 unchanged
X
run 0 "$PMWB" -f "$DB" export delivery
expect_out - <<'X'
programme_code,project,scope_refs,description,2014/15 Q1,2014/15 Q2,2014/15 Q3,success_measures,outcome_indicators,high_impact_innovations,value_k,source
BCF,Step up,,,D,D,I,,,,,
X
# a delivery row's runs of one letter are one phase each
printf 'programme_code,project,2014/15 Q1,2014/15 Q2,2014/15 Q3,2014/15 Q4,2015/16 Q1\nBCF,Step up,S,S,,I,I\n' >wide.csv
run 0 "$PMWB" -f "$DB" import delivery wide.csv
expect_out 'project: 0 new, 1 updated, 0 unchanged'
run 0 "$PMWB" -f "$DB" export phases
expect_out - <<'X'
programme_code,project,phase,start,end,phase_name
BCF,Step up,S,2014/15 Q1,2014/15 Q2,Scope
BCF,Step up,I,2014/15 Q4,2015/16 Q1,Implement
X

# export: formula guard, provenance, and -o never leaves half a file
printf 'ref,risk,mitigation\n=1+1,"=HYPERLINK(""x"")",-36\n@SUM,+cmd,-\n' >evil.csv
run 0 "$PMWB" -f "$DB" import risks evil.csv
run 0 "$PMWB" -f "$DB" export risks
expect_out_contains "'=1+1,,\"'=HYPERLINK(\"\"x\"\")\","
expect_out_contains ",-36,"
expect_out_contains "'@SUM,,'+cmd,,,,,,'-,"
run 0 "$PMWB" -f "$DB" export risks -o "$T/risks.csv"
run 0 "$PMWB" -f "$DB" import risks "$T/risks.csv"
expect_out 'risk: 0 new, 0 updated, 8 unchanged'
run 0 "$PMWB" -f "$DB" export --with-source programmes
expect_out_contains 'src_file,src_line'
expect_out_contains "$SEED/001/programmes.csv,2"
run 3 "$PMWB" -f "$T/nosuch/dir/x.db" export risks
run 2 "$PMWB" -f "$DB" export risks -o "$T/nosuch/risks.csv"
expect_err_contains 'cannot create a file beside it'
# ... and leaves no temporary file behind
expect_same "temporary files left" "$(find "$T" -maxdepth 1 -name 'risks.csv.*' | wc -l | tr -d ' ')" 0
run 1 "$PMWB" -f "$DB" export nonsense
expect_err_contains "no kind 'nonsense'"

# import all: a folder's other tables are named, not silently passed by
mkdir -p "$T/plan"
printf 'code,name\nNEW,New programme\n' >"$T/plan/programmes.csv"
printf 'scheme_ref,scheme\n1,x\n' >"$T/plan/schemes.csv"
run 0 "$PMWB" -f "$DB" import all "$T/plan"
expect_out 'programme: 1 new, 0 updated, 0 unchanged'
expect_err_contains "plan/schemes.csv: notice: not a file pmwb imports"
run 2 "$PMWB" -f "$DB" import all "$T/nosuch"
expect_err_contains 'is not a folder'

# Excel's accounting format writes zero as a dash, with or without the pound sign
printf 'programme_code,scheme,fy2013_14_plan_k,fy2014_15_plan_k,fy2015_16_plan_k\nNEW,Dashes,-,"\302\243 -   ",12\n' >"$T/dash.csv"
run 0 "$PMWB" -f "$DB" import qipp "$T/dash.csv"
run 0 sqlite3 "$DB" "SELECT p.fy, p.net FROM qipp_plan p JOIN qipp_scheme s ON s.id = p.scheme_id WHERE s.name = 'Dashes' ORDER BY p.fy"
expect_out - <<'X'
2013|0
2014|0
2015|12000
X
# quarters headed by their months, as trackers write them
printf 'programme_code,project,Apr-Jun 2014,Jul - Sep 14,October-December 2014,Jan\342\200\223Mar 2015,Q1 (Apr-Jun) 2015/16\nBCF,By months,S,D,D,I,R\n' >months.csv
run 0 "$PMWB" -f "$DB" import delivery months.csv
expect_err_empty
run 0 sqlite3 "$DB" "SELECT h.letter, h.start_q, h.end_q FROM phase h JOIN project p ON p.id = h.project_id WHERE p.name = 'By months' ORDER BY h.start_q"
got_months=$out
run 0 "$PMWB" -f "$DB" export phases
expect_out_contains 'BCF,By months,S,2014/15 Q1,2014/15 Q1'
expect_out_contains 'BCF,By months,D,2014/15 Q2,2014/15 Q3'
expect_out_contains 'BCF,By months,I,2014/15 Q4,2014/15 Q4'
expect_out_contains 'BCF,By months,R,2015/16 Q1,2015/16 Q1'
expect_same 'phases of By months' "$(printf '%s\n' "$got_months" | wc -l | tr -d ' ')" 4

# a programme's own register has no programme column: --programme names it for every row
printf 'ref,risk,likelihood,impact\nOWN1,Own register risk,2,3\n' >own.csv
run 0 "$PMWB" -f "$DB" import --programme 'Better Care Fund' risks own.csv
expect_out 'risk: 1 new, 0 updated, 0 unchanged'
run 0 sqlite3 "$DB" "SELECT p.code FROM risk r JOIN programme p ON p.id = r.programme_id WHERE r.ref = 'OWN1'"
expect_out 'BCF'
# ... also where the column is otherwise required
printf 'project,2014/15 Q1,2014/15 Q2\nOwn plan,D,I\n' >own_plan.csv
run 2 "$PMWB" -f "$DB" import delivery own_plan.csv
expect_err_contains "no header row found: delivery needs the columns 'programme_code', 'project'"
run 0 "$PMWB" -f "$DB" import --programme bcf delivery own_plan.csv
expect_out 'project: 1 new, 0 updated, 0 unchanged'
# ... and is refused where it cannot mean one thing
before=$(db_dump "$DB")
run 2 "$PMWB" -f "$DB" import --programme NOSUCH risks own.csv
expect_err "pmwb: --programme 'NOSUCH': no programme has this code or name; import the programme first (pmwb import programmes FILE)"
run 2 "$PMWB" -f "$DB" import --programme BCF risks names.csv
expect_err_contains 'names.csv:1:2: the file has its own programme column; --programme is for a file without one'
run 1 "$PMWB" -f "$DB" import --programme BCF programmes owner.csv
expect_err_contains '--programme does not apply to programmes'
run 1 "$PMWB" -f "$DB" import --programme BCF all "$T/plan"
expect_err_contains '--programme is for the files of one kind'
run 1 "$PMWB" -f "$DB" import --programme '' risks own.csv
expect_err_contains "--programme wants a programme's code or name"
expect_same 'database after refused --programme' "$(db_dump "$DB")" "$before"

# --replace with --programme makes way only for that programme's rows
printf 'ref,risk\nOTHER1,another programme risk\n' >other.csv
run 0 "$PMWB" -f "$DB" import -q --programme NEW risks other.csv
corporate=$(sqlite3 "$DB" "SELECT count(*) FROM risk WHERE programme_id IS NULL")
printf 'ref,risk\nOWN2,the register as it is now\n' >own_now.csv
run 0 "$PMWB" -f "$DB" import --replace --programme BCF risks own_now.csv
expect_out - <<'X'
risk: 1 new, 0 updated, 0 unchanged
--replace: 3 risks deleted (1, 5, OWN1), with 2 risk histories
X
run 0 sqlite3 "$DB" "SELECT group_concat(r.ref) FROM risk r JOIN programme p ON p.id = r.programme_id WHERE p.code = 'BCF'"
expect_out 'OWN2'
run 0 sqlite3 "$DB" "SELECT group_concat(r.ref) FROM risk r JOIN programme p ON p.id = r.programme_id WHERE p.code = 'NEW'"
expect_out 'OTHER1'
expect_same 'corporate risks after a replace of BCF' "$(sqlite3 "$DB" "SELECT count(*) FROM risk WHERE programme_id IS NULL")" "$corporate"
run 0 sqlite3 "$DB" "SELECT entity_key, action FROM audit WHERE action = 'replace' ORDER BY id DESC LIMIT 1"
expect_out 'programme BCF|replace'
before=$(db_dump "$DB")
run 1 "$PMWB" -f "$DB" import --replace --programme BCF thresholds owner.csv
expect_err_contains '--programme does not apply to thresholds'
expect_same 'database after a refused --replace --programme' "$(db_dump "$DB")" "$before"

# --bom for Excel, which reads a CSV file without one as Windows-1252; import skips it
run 0 "$PMWB" -f "$DB" export --bom risks -o bom.csv
run 0 sh -c "head -c 3 bom.csv | od -An -tx1 | tr -d ' '"
expect_out 'efbbbf'
run 0 "$PMWB" -f "$DB" export risks -o plain.csv
run 0 sh -c "tail -c +4 bom.csv | cmp - plain.csv"
run 0 "$PMWB" -f "$DB" import risks bom.csv
expect_out_contains ' 0 new, 0 updated, '
finish
