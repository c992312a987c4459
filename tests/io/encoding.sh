#!/bin/sh
# --encoding: files Excel saved as "CSV (Comma delimited)" (Windows-1252) or "Unicode Text"
# (UTF-16LE with a BOM) are converted to UTF-8 before they are read.
. "$top_srcdir/tests/lib/harness.sh"
need sqlite3
need iconv
cd "$T" || exit 1

# Windows-1252: '£' is the byte 0xA3, 'é' 0xE9
printf 'code,name\nW1,Caf\351 \243 savings\n' >cp1252.csv
run 2 "$PMWB" -f "$DB" import programmes cp1252.csv
expect_err_contains "import it with '--encoding windows-1252'"
run 0 "$PMWB" -f "$DB" import --encoding windows-1252 programmes cp1252.csv
expect_out 'programme: 1 new, 0 updated, 0 unchanged'
run 0 sqlite3 "$DB" "SELECT name FROM programme WHERE code = 'W1'"
expect_out 'Café £ savings'

# latin1 is a name iconv knows too
printf 'code,name\nL1,R\351sum\351\n' >latin1.csv
run 0 "$PMWB" -f "$DB" import --encoding latin1 programmes latin1.csv
run 0 sqlite3 "$DB" "SELECT name FROM programme WHERE code = 'L1'"
expect_out 'Résumé'

# UTF-16LE with a BOM, as Excel's "Unicode Text" writes it (tab-separated)
printf '\377\376' >u16.txt
printf 'code\tname\nU1\tUnicode \302\243 plan\n' | iconv -f UTF-8 -t UTF-16LE >>u16.txt
run 2 "$PMWB" -f "$DB" import programmes u16.txt
expect_err_contains "import it with '--encoding utf-16'"
run 0 "$PMWB" -f "$DB" import --encoding utf-16 programmes u16.txt
expect_out 'programme: 1 new, 0 updated, 0 unchanged'
run 0 sqlite3 "$DB" "SELECT name FROM programme WHERE code = 'U1'"
expect_out 'Unicode £ plan'

# UTF-16LE without a BOM: the byte order is found from the first character
printf 'code,name\nU2,No mark\n' | iconv -f UTF-8 -t UTF-16LE >nobom.csv
run 0 "$PMWB" -f "$DB" import --encoding utf-16 programmes nobom.csv
run 0 sqlite3 "$DB" "SELECT name FROM programme WHERE code = 'U2'"
expect_out 'No mark'

# a line number still points at the right line after conversion
printf 'code,name\nB1,Fine\nB2,\n' | iconv -f UTF-8 -t UTF-16LE >bad16.csv
run 2 "$PMWB" -f "$DB" import --encoding utf-16 programmes bad16.csv
expect_err_contains 'bad16.csv:3:2: the programme has no name'

# a byte the encoding has no character for is refused at its line
printf 'code,name\nA1,ok\nA2,bad \201 byte\n' >undefined.csv
run 2 "$PMWB" -f "$DB" import --encoding windows-1252 programmes undefined.csv
expect_err_contains 'undefined.csv:3: byte 0x81 is not windows-1252 text: is the file in another encoding?'

# an encoding iconv does not know is refused in one sentence, before anything is read
run 1 "$PMWB" -f "$DB" import --encoding klingon-8 programmes cp1252.csv
expect_err_contains "--encoding: 'klingon-8' is not an encoding this system knows"
finish
