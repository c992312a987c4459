#!/bin/sh
# Organisations: one file holds several commissioners' plans (the demo: Bromley's and
# B&NES's), each with its own corporate register.  Keys are unique within an organisation, a
# corporate row is never filed under a guessed one, and a file with no programme and no
# organisation column is refused while the database holds several, unless --organisation
# says whose it is.
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
cd "$T" || exit 99

bromley='Bromley Clinical Commissioning Group'
# the demo, as pmwb --demo builds it: each folder's corporate rows are its programmes' one
# organisation's
run 0 "$PMWB" -f "$DB" init
for dir in 000a 000b 001 002 003 004; do
	run 0 "$PMWB" -f "$DB" import -q all "$SEED/$dir"
done
corporate() { sqlite3 "$DB" "SELECT o.name, count(*) FROM risk r JOIN organisation o
	ON o.id = r.organisation_id WHERE r.programme_id IS NULL GROUP BY o.name ORDER BY o.name"; }
expect_same 'corporate registers after the demo' "$(corporate)" "B&NES CCG|6
$bromley|9"
expect_same 'unowned corporate rows' "$(sqlite3 "$DB" "SELECT count(*) FROM risk
	WHERE programme_id IS NULL AND organisation_id IS NULL")" 0
expect_same 'organisation-level measures' "$(sqlite3 "$DB" "SELECT o.name, count(*) FROM metric m
	JOIN organisation o ON o.id = m.organisation_id GROUP BY o.name")" "$bromley|9"

# Bromley's own register numbers its risks 1, 2, ... as B&NES's does: with no organisation
# named, nobody can tell whose they are.
cat >corporate.csv <<'CSV'
ref,risk,mitigation,likelihood,impact
1,Bromley estates backlog,Estates strategy,3,4
2,Bromley workforce gaps,Recruitment drive,2,4
CSV
refused corporate.csv risks
expect_err_contains "corporate.csv:2: this row belongs to no programme, and the database holds several organisations ('B&NES CCG', '$bromley', "
expect_err_contains "say whose it is with --organisation NAME or an organisation column"
expect_err_contains "pmwb: 2 errors"

# Named, it is Bromley's register; B&NES's risk 1 keeps its title and its mitigation.
bnes_1=$(sqlite3 "$DB" "SELECT title || ' / ' || ifnull(mitigation, '') FROM risk r
	JOIN organisation o ON o.id = r.organisation_id WHERE r.ref = '1' AND o.name = 'B&NES CCG'")
run 0 "$PMWB" -f "$DB" import --organisation "$bromley" risks corporate.csv
expect_out "risk: 2 new, 0 updated, 0 unchanged"
expect_same "B&NES's risk 1" "$(sqlite3 "$DB" "SELECT title || ' / ' || ifnull(mitigation, '')
	FROM risk r JOIN organisation o ON o.id = r.organisation_id WHERE r.ref = '1'
	AND o.name = 'B&NES CCG'")" "$bnes_1"
expect_same "Bromley's risk 1" "$(sqlite3 "$DB" "SELECT title || ' / ' || mitigation FROM risk r
	JOIN organisation o ON o.id = r.organisation_id WHERE r.ref = '1'
	AND o.name = '$bromley'")" "Bromley estates backlog / Estates strategy"
# the name is matched as programme names are: any case, any punctuation
sed 's/^1,/7,/; s/^2,/8,/' corporate.csv >bnes.csv
run 0 "$PMWB" -f "$DB" import --organisation 'b&nes-ccg' risks bnes.csv
expect_out "risk: 2 new, 0 updated, 0 unchanged"
expect_same 'corporate registers now' "$(corporate)" "B&NES CCG|8
$bromley|11"

# An organisation nobody imported is a usage error before anything is read.
before=$(db_dump "$DB")
run 1 "$PMWB" -f "$DB" import --organisation 'Kent CCG' risks corporate.csv
expect_err_contains "pmwb: --organisation 'Kent CCG': no organisation goes by this name (the database has 'B&NES CCG', "
expect_err_contains "an organisation comes with its programmes (the organisation column of pmwb import programmes)"
expect_same 'database after an unknown --organisation' "$(db_dump "$DB")" "$before"

# An organisation column sends each row to its own register; a name no organisation has
# is refused at its cell.
cat >two.csv <<'CSV'
ref,organisation,risk
9,B&NES CCG,B&NES nine
9,Bromley Clinical Commissioning Group,Bromley nine
9,Kent CCG,Kent nine
CSV
refused two.csv risks
expect_err_contains "two.csv:4:2: no organisation goes by this name (the database has "
head -n 3 two.csv >two-good.csv
run 0 "$PMWB" -f "$DB" import risks two-good.csv
expect_out "risk: 2 new, 0 updated, 0 unchanged"

# Export writes whose each corporate row is, so the register comes back as it went.
run 0 "$PMWB" -f "$DB" export risks -o risks-out.csv
run 0 "$PMWB" -f "$DB" import risks risks-out.csv
expect_out_contains "risk: 0 new, 0 updated, "
run 0 "$PMWB" -f "$DB" export metrics -o metrics-out.csv
run 0 "$PMWB" -f "$DB" import metrics metrics-out.csv
expect_out_contains "metric: 0 new, 0 updated, "

# A report narrowed to one organisation is that organisation's part of the whole: the same
# rows and the same total, and nothing of another's.
run 0 "$PMWB" -f "$DB" report qipp --fy 2013/14 --format csv
whole=$(printf '%s\n' "$out" | grep -e '^BN-' -e '^Total,B&NES CCG,')
run 0 "$PMWB" -f "$DB" report qipp --fy 2013/14 --format csv --organisation 'b&nes ccg'
expect_same 'B&NES rows of report qipp' "$(printf '%s\n' "$out" | sed 1d)" "$whole"
expect_out_contains 'Total,B&NES CCG,2013/14,,6460,'
run 0 "$PMWB" -f "$DB" report qipp --fy 2013/14 --organisation 'B&NES CCG'
expect_out_contains "QIPP 2013/14, position at 2013-10 (£'000), B&NES CCG"
run 2 "$PMWB" -f "$DB" report qipp --organisation 'Kent CCG'
expect_err "pmwb: no organisation goes by the name 'Kent CCG' (see 'pmwb export programmes', column organisation)"

# The risk reports narrowed alike: an organisation's register is its programmes' risks and
# its own corporate register, each row naming whose it is; the heat map counts the same.
bromley_sql="(r.organisation_id = (SELECT id FROM organisation WHERE name = '$bromley') OR
	p.organisation = '$bromley')"
run 0 "$PMWB" -f "$DB" report risks --organisation 'bromley clinical commissioning group' --format csv
expect_same 'report risks --organisation: whose rows' "$(printf '%s\n' "$out" | sed 1d |
	awk -F, '{ print $NF }' | sort -u)" "$bromley"
expect_same 'report risks --organisation: how many' "$(printf '%s\n' "$out" | sed 1d | wc -l)" \
	"$(sqlite3 "$DB" "SELECT count(*) FROM risk r LEFT JOIN programme p ON p.id = r.programme_id
	WHERE $bromley_sql AND lower(r.status) NOT LIKE 'closed%'")"
run 0 "$PMWB" -f "$DB" report heatmap --organisation "$bromley" --format csv
expect_same 'report heatmap --organisation: scored risks' "$(printf '%s\n' "$out" | sed 1d |
	awk -F, '{ n += $NF } END { print n }')" "$(sqlite3 "$DB" "SELECT count(*) FROM risk r
	LEFT JOIN programme p ON p.id = r.programme_id WHERE $bromley_sql AND r.score IS NOT NULL
	AND lower(r.status) NOT LIKE 'closed%'")"
run 0 "$PMWB" -f "$DB" report risks --organisation 'B&NES CCG'
expect_out_contains 'Risk register: B&NES CCG'
# unnarrowed, "(corp.)" alone would not say whose: each corporate row names its register
run 0 "$PMWB" -f "$DB" report risks
expect_out_contains 'Register: B&NES CCG'
expect_out_contains "Register: $bromley"
run 2 "$PMWB" -f "$DB" report heatmap --organisation 'Kent CCG'
expect_err "pmwb: no organisation goes by the name 'Kent CCG' (see 'pmwb export programmes', column organisation)"

# The exception report narrowed: one organisation's schemes, slips, escalated risks and
# totals, nothing of another's.
run 0 "$PMWB" -f "$DB" report exceptions --month 2013-10 --organisation 'b&nes ccg'
expect_out_contains 'Exception report, 2013-10 (financial year 2013/14), B&NES CCG'
expect_out_contains 'BN-LTC      Best practice care pathways'
printf '%s\n' "$out" | grep -Eq '^(PLANNED|UNSCHED|PRIMARY|PROMISE|FR[0-9])|Bromley' &&
	fail "B&NES's exception report shows another organisation's rows"
checks=$((checks + 1))
run 0 "$PMWB" -f "$DB" report exceptions --month 2013-10 --organisation "$bromley"
expect_out_contains 'FR1     (corp.)     Impact of recommendations'
printf '%s\n' "$out" | grep -q '^BN-' && fail "Bromley's exception report shows B&NES rows"
checks=$((checks + 1))

# The panes narrow the same way: the Risks pane's org: filter shows one organisation's
# register with report risks --organisation's count, and its band counts are that
# organisation's; the Programmes and Gantt filters match a programme's organisation.
run 0 "$PMWB" -f "$DB" report risks --organisation 'B&NES CCG' --format csv
bnes_risks=$(printf '%s\n' "$out" | sed 1d | wc -l)
tui_start 200 50 "$PMWB" -f "$DB"
tui_wait 'Programmes'
tui_keys 3
tui_wait 'open: '
tui_keys f; tui_type 'org:"b&nes ccg"'; tui_keys Enter
tui_wait '| organisation b&nes ccg'
screen=$(tui_capture)
printf '%s\n' "$screen" | grep -Eq '^(FR|PROMISE-)' && fail "the B&NES filter shows Bromley's risks"
expect_same "rows the B&NES filter shows" "$(printf '%s\n' "$screen" | grep -c ' corporate ')" \
	"$bnes_risks"
# the band counts under the list are B&NES's own, the same the report counts
expect_same "the pane's band counts for B&NES" "$(printf '%s\n' "$screen" |
	sed -n 's/^open: \(.*\) | score.*/\1/p' | tr -s ' ' '\n' | grep -E '^[0-9]+$' |
	awk '{ n += $1 } END { print n }')" "$bnes_risks"
tui_keys f; tui_type 'org:Kent'; tui_keys Enter
tui_wait 'no one organisation goes by "Kent"; the file has '
tui_keys 1
tui_wait 'Programmes'
tui_keys f; tui_type 'B&NES'; tui_keys Enter
tui_wait 'BN-URGENT'
printf '%s\n' "$(tui_capture)" | grep -Eq '^(PLANNED|PROMISE|SEL) ' &&
	fail "the Programmes filter B&NES shows another organisation's programmes"
checks=$((checks + 1))
# the QIPP pane's f shows one organisation: its rows, its total, its counts, named
tui_keys 4
tui_wait 'Total Bromley CCG'
tui_keys f; tui_type 'b&nes ccg'; tui_keys Enter
tui_wait "n/r 8: B&NES CCG"
screen=$(tui_capture)
printf '%s\n' "$screen" | grep -Eq '^Total B&NES CCG +6,460 ' || fail "no B&NES total of 6,460"
printf '%s\n' "$screen" | grep -q ' PLANNED Planned' && fail "the QIPP filter shows Bromley's"
checks=$((checks + 2))
tui_keys f; tui_type 'org:Kent'; tui_keys Enter
tui_wait 'no one organisation goes by "Kent"; the file has '
tui_keys f; tui_keys Enter
tui_wait 'filter cleared'
tui_keys g
tui_wait ' PLANNED Planned Care'
tui_stop

# A database with one organisation needs no option: its corporate rows are that one's.
run 0 "$PMWB" -f one.db import -q programmes "$SEED/004/programmes.csv"
run 0 "$PMWB" -f one.db import risks corporate.csv
expect_same 'the only organisation' "$(sqlite3 one.db "SELECT DISTINCT o.name FROM risk r
	JOIN organisation o ON o.id = r.organisation_id")" "B&NES CCG"
finish
