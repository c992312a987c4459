#!/bin/sh
# Issue 12, case 10, for risk output: what a cell holds cannot break the report a board
# reads.  A terminal escape sequence or control character in a cell is shown as a space in
# text and Markdown (never sent raw: the text report stayed red), an Alt-Enter newline does
# not split a row, a ref or programme code is never cut (the title gives way; PROMISE-R1..R9
# were all 'PROMIS~'), also in the exception report's escalated list; the text report
# carries each risk's status, who it is escalated to and its mitigation, wrapped, within 80
# columns.  CSV keeps the register's cells as they are.
. "$top_srcdir/tests/lib/harness.sh"
need sqlite3

run 0 "$PMWB" -f "$DB" init
esc=$(printf '\033')
sqlite3 "$DB" <<SQL
INSERT INTO programme (code, name) VALUES ('PROMISE', 'ProMISE'), ('SOUTHEASTLONDON', 'SEL');
INSERT INTO risk (ref, programme_id, title, owner, likelihood, impact, status, mitigation) VALUES
  ('PROMISE-R1', 1, 'Red ${esc}[31mALERT${esc}[0m text', 'Ann', 5, 5, 'Open', 'Watch it'),
  ('PROMISE-R2', 1, 'Two' || char(10) || 'lines', 'Bob', 5, 4, 'Open' || char(13) || 'ed', NULL),
  ('PROMISE-R10', 2, 'A title long enough to give way to the ref and the code', 'Cat', 4, 4,
   'Open - monitoring', 'Ring-fence some money for systems and data; improve data sharing'
   || char(10) || 'with the council; learn from other partnerships that have done this before'
   || ' and written it down for us to read, page by page, over several weeks');
SQL

run 0 "$PMWB" -f "$DB" report risks
case $out in *"$esc"*) fail "report risks sent an escape character to the terminal" ;; esac
case $out in *"$(printf '\r')"*) fail "report risks sent a carriage return" ;; esac
expect_out_contains 'PROMISE-R1 PROMISE  Red  ALERT  text     Ann       5 5 25 Extreme'
expect_out_contains 'PROMISE-R2 PROMISE  Two lines            Bob       5 4 20 Extreme'
# the ref and the code whole, the title one character for each they take beyond their
# columns, the owner and the figures where they always are
expect_out_contains 'PROMISE-R10 SOUTHEASTLONDON A title lon~ Cat       4 4 16 Extreme'
expect_out_contains '                    Status: Open ed; escalated to Risk committee'
expect_out_contains '                    Mitigation: Ring-fence some money for systems and data;'
wide=$(printf '%s\n' "$out" | awk 'length > 80')
expect_same 'lines over 80 columns' "$wide" ''

run 0 "$PMWB" -f "$DB" report risks --format md
case $out in *"$esc"*) fail "the Markdown report holds an escape character" ;; esac
expect_out_contains '| PROMISE-R2 | PROMISE | Two lines | Bob |'

run 0 "$PMWB" -f "$DB" report risks --format csv
expect_out_contains '"Two
lines"'

# a band's authority is data too: it heads the exception report's escalated list
sqlite3 "$DB" "UPDATE threshold SET authority = 'Risk${esc}[5m committee' WHERE level = 'Extreme'"
run 0 "$PMWB" -f "$DB" report exceptions --month 2013-09
case $out in *"$esc"*) fail "the exception report sent an escape character" ;; esac
case $out in *'PROMIS~'*) fail "the exception report cut a ref: $out" ;; esac
expect_out_contains 'PROMISE-R1 PROMISE'
expect_out_contains 'PROMISE-R10 SOUTHEASTLONDON'
finish
