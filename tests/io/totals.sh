#!/bin/sh
# A total row further from its rows than rounding and the totals_tolerance_pct setting allow
# (a 10x typo) stops the import with nothing written, unless --accept-totals; a small slip
# (the documents' own) stays a warning, and so does a total printed with the other sign.
. "$top_srcdir/tests/lib/harness.sh"
need sqlite3

run 0 "$PMWB" -f "$DB" import -q programmes "$SEED/000a/programmes.csv"
cd "$T" || exit 1
# Planned Care's sheet with its printed Total row (totals.md: the published CSV leaves it
# out), and with Gynaecology's 425 typed as 4250: the rows sum to 10,357 where the Total row
# prints 6,532
{ grep -e '^programme_code' -e '^PLANNED,' "$SEED/000a/qipp.csv"
  echo 'PLANNED,Total,,,,,579,6532,3476,2188,'; } >planned.csv
sed 's/^\(PLANNED,Gynaecology,.*\),160,425,/\1,160,4250,/' planned.csv >typo.csv
line=$(grep -n ',Total,' typo.csv | cut -d: -f1)
refused typo.csv qipp -q
expect_err_contains "typo.csv:$line:8: total 2013/14 6,532 differs from the rows' sum 10,357 by -3,825, more than the 1% of the total that the totals_tolerance_pct setting allows: correct the total or the rows (or import with --accept-totals) (value '6532')"
expect_err_contains 'pmwb: 1 error; nothing was imported and the database is unchanged'

# --accept-totals: imported, and the difference still said
run 0 "$PMWB" -f "$DB" import -q --accept-totals --dry-run qipp typo.csv
expect_err "typo.csv:$line:8: total 2013/14 6,532 differs from the rows' sum 10,357 by -3,825, more than 1% of the total; accepted (--accept-totals)"

# a wider tolerance, set for everyone, lets it through as a warning
run 0 "$PMWB" -f "$DB" config set totals_tolerance_pct 60
run 0 "$PMWB" -f "$DB" import -q --dry-run qipp typo.csv
expect_err "typo.csv:$line: total 2013/14 6,532 differs from the rows' sum 10,357 by -3,825"
run 0 "$PMWB" -f "$DB" config reset totals_tolerance_pct

# a slip of 1 in 6,532 is within 1%: a warning, and imported
sed 's/^\(PLANNED,Total,.*\),6532,/\1,6531,/' planned.csv >slip.csv
run 0 "$PMWB" -f "$DB" import -q qipp slip.csv
expect_err "slip.csv:$line: total 2013/14 6,531 differs from the rows' sum 6,532 by -1"
expect_out_contains 'total rows: 4 checked, 1 differ from their rows'

# a total printed without its sign: a warning that says so (the client's 9,245 against -9,245)
printf '%s\n' 'programme_code,scheme,fy2012_13_forecast_k' 'PLANNED,Completed,-9245' 'PLANNED,Total,9245' >sign.csv
run 0 "$PMWB" -f "$DB" import -q qipp sign.csv
expect_err "sign.csv:3: total 2012/13 forecast 9,245 differs from the rows' sum -9,245 by 18,490: the total is printed with the other sign; the rows' sign is kept"

# rounding: rows printed to £'000 may sum a unit or so away from their total even where 1%
# of it is less than that
printf '%s\n' 'programme_code,scheme,fy2013_14_plan_k' 'PLANNED,A,1' 'PLANNED,B,1' 'PLANNED,C,1' 'PLANNED,Total,4' >rounding.csv
run 0 "$PMWB" -f "$DB" import -q qipp rounding.csv
expect_err "rounding.csv:5: total 2013/14 4 differs from the rows' sum 3 by 1"
finish
