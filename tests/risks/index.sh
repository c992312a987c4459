#!/bin/sh
# The Risks pane's sort indexes are built the first time each sort is used (schema v6), not
# by import: a new file has none; opening the pane builds the score sort's, each s the next
# sort's, and nothing else; `pmwb index` builds what is left.  When another user holds the
# file for writing, the pane pages on without the index, says so, and builds it on a later
# sort.  Deleting programmes builds the foreign key's index first.
PMWB_TODAY=2014-10-15
. "$top_srcdir/tests/lib/harness.sh"
. "$top_srcdir/tests/lib/tui.sh"
. "$top_srcdir/tests/risks/risks-lib.sh"
risks_make_db

sort_indexes() {
	sqlite3 "$DB" "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema
		WHERE type = 'index' AND (name LIKE 'risk_sort_%' OR name = 'risk_programme_fk')
		ORDER BY name)"
}
expect_same 'indexes after import' "$(sort_indexes)" ''

risks_open 80 24
tui_wait 'FR1        corporate'
expect_same 'indexes once the pane is open' "$(sort_indexes)" 'risk_sort_score'
tui_keys s
tui_wait 'risks by programme, then score'
expect_same 'indexes after s' "$(sort_indexes)" 'risk_sort_programme risk_sort_score'
tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0

# what is left: owner, review date and the foreign key's; then nothing
run 0 "$PMWB" -f "$DB" index
expect_out 'index: built 3 indexes'
expect_same 'indexes after pmwb index' "$(sort_indexes)" \
	'risk_programme_fk risk_sort_owner risk_sort_programme risk_sort_review risk_sort_score'
run 0 "$PMWB" -f "$DB" index
expect_out 'index: every index is already built'
run 1 "$PMWB" -f "$DB" index extra
expect_err "pmwb: index: unexpected argument 'extra'; try 'pmwb index --help'"

# Deleting programmes (import --replace) looks their risks up through the foreign key's
# index: built first, in the import's transaction.
run 0 "$PMWB" -f "$T/replace.db" import -q programmes "$SEED/001/programmes.csv"
expect_same 'foreign-key index before --replace' \
	"$(sqlite3 "$T/replace.db" "SELECT count(*) FROM sqlite_schema WHERE name = 'risk_programme_fk'")" 0
run 0 "$PMWB" -f "$T/replace.db" import -q --replace programmes "$SEED/001/programmes.csv"
expect_same 'foreign-key index after --replace' \
	"$(sqlite3 "$T/replace.db" "SELECT count(*) FROM sqlite_schema WHERE name = 'risk_programme_fk'")" 1

# Another user's write transaction holds the file: the pane opens on its rows without the
# index and says why; once the writer is done, the next sort builds its index.
DB=$T/busy.db
risks_make_db
mkfifo "$T/hold"
sqlite3 "$DB" <"$T/hold" >/dev/null 2>&1 &
holder=$!
stop_holder() { kill "$holder" 2>/dev/null; }
at_exit stop_holder
exec 9>"$T/hold"
echo 'BEGIN IMMEDIATE;' >&9
# held once a second writer is refused
i=0
while sqlite3 "$DB" 'BEGIN IMMEDIATE; ROLLBACK;' 2>/dev/null && [ "$i" -lt 200 ]; do
	sleep 0.05
	i=$((i + 1))
done
risks_open 80 24
tui_wait 'sorting without an index for now: someone else is writing to the file'
tui_wait 'FR1        corporate'
expect_same 'indexes while the file is held' "$(sort_indexes)" ''
echo 'COMMIT;' >&9
exec 9>&-
wait "$holder"
tui_keys s
tui_wait 'risks by programme, then score'
expect_same 'indexes after the writer finished' "$(sort_indexes)" 'risk_sort_programme'
tui_keys q
tui_wait_exit
expect_same 'exit status' "$tui_status" 0
finish
