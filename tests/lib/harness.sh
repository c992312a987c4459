# Sourced by every end-to-end test.  Gives each test a hermetic world: its own HOME,
# XDG folders and database, TZ=UTC, LANG=C.UTF-8, a fixed "today", and helpers that run the
# real binary and assert its exit status, stdout and stderr.
#
#   . "$top_srcdir/tests/lib/harness.sh"
#   run 0 "$PMWB" --version          # runs, asserts the status, keeps $out and $err
#   expect_out 'pmwb 0.1.0'          # stdout equals this (or a heredoc with -)
#   expect_err_contains 'unknown'    # stderr contains this
#   finish                           # exit 1 if anything failed
set -u

: "${top_srcdir:?run through make check}"
: "${PMWB:?run through make check}"

T=$(mktemp -d "${TMPDIR:-/tmp}/pmwb-test.XXXXXX")
trap 'harness_cleanup' EXIT
harness_cleanup_hooks=''
harness_cleanup() {
	for hook in $harness_cleanup_hooks; do "$hook"; done
	rm -rf "$T"
}
at_exit() { harness_cleanup_hooks="$harness_cleanup_hooks $1"; }

export HOME="$T/home" XDG_DATA_HOME="$T/home/.local/share" XDG_CONFIG_HOME="$T/home/.config"
export XDG_CACHE_HOME="$T/home/.cache" XDG_RUNTIME_DIR="$T/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
export TZ=UTC LANG=C.UTF-8 LC_ALL=C.UTF-8
export PMWB_TODAY="${PMWB_TODAY:-2013-10-15}" PMWB_USER=tester
unset PMWB_DB NO_COLOR
DB="$T/test.db"
SEED="$top_srcdir/data"

failures=0
checks=0
fail() {
	failures=$((failures + 1))
	printf 'FAIL: %s\n' "$*" >&2
}

# skip REASON: the test cannot run here (a missing tool); automake counts exit 77 as SKIP.
skip() {
	printf 'SKIP: %s\n' "$*" >&2
	exit 77
}
need() { command -v "$1" >/dev/null 2>&1 || skip "$1 is not installed"; }

# run STATUS COMMAND...: run it with stdin from /dev/null (or $run_stdin), keep stdout in
# $out and stderr in $err, and check the exit status.
run() {
	want=$1
	shift
	checks=$((checks + 1))
	"$@" <"${run_stdin:-/dev/null}" >"$T/out" 2>"$T/err"
	status=$?
	out=$(cat "$T/out")
	err=$(cat "$T/err")
	if [ "$status" != "$want" ]; then
		fail "'$*' exited $status, want $want"
		printf '  stdout: %s\n  stderr: %s\n' "$out" "$err" >&2
	fi
}

# expect_out TEXT (or - for stdin): stdout is exactly TEXT.
expect_out() { expect_same stdout "$out" "$@"; }
expect_err() { expect_same stderr "$err" "$@"; }
expect_same() {
	what=$1 got=$2
	shift 2
	if [ "$1" = - ]; then want=$(cat); else want=$1; fi
	checks=$((checks + 1))
	if [ "$got" != "$want" ]; then
		fail "$what differs"
		printf '%s\n' "$want" >"$T/want"
		printf '%s\n' "$got" >"$T/got"
		diff -u "$T/want" "$T/got" >&2
	fi
}
# expect_out_contains TEXT (or - for stdin): stdout holds TEXT somewhere.
expect_out_contains() {
	if [ "$1" = - ]; then
		expect_contains stdout "$out" "$(cat)"
	else
		expect_contains stdout "$out" "$1"
	fi
}
expect_err_contains() { expect_contains stderr "$err" "$1"; }
expect_contains() {
	checks=$((checks + 1))
	case $2 in
	*"$3"*) ;;
	*) fail "$1 does not contain '$3'"; printf '  %s: %s\n' "$1" "$2" >&2 ;;
	esac
}
expect_err_empty() { expect_same stderr "$err" ''; }

# db_dump FILE: a text image of a database to compare before and after a refused change.
db_dump() { sqlite3 "$1" .dump 2>&1; }

# refused FILE KIND [OPTIONS...]: importing FILE into $DB fails with status 2 (its messages
# in $err) and leaves the database as it was, by its dump and by its bytes.
refused() {
	file=$1 kind=$2
	shift 2
	before=$(db_dump "$DB")
	sum_before=$(cksum <"$DB")
	run 2 "$PMWB" -f "$DB" import "$@" "$kind" "$file"
	expect_same "database dump after '$file'" "$(db_dump "$DB")" "$before"
	expect_same "database bytes after '$file'" "$(cksum <"$DB")" "$sum_before"
}

# as_reader: for tests of files the user may not write.  Root may write any file, so as root
# $AS runs a command as nobody (and $T is opened to it); otherwise $AS is empty.  What the
# test makes read-only is made writable again for the cleanup.  The build tree may sit in a
# folder only root may enter (a CI checkout in a private temporary folder), so nobody runs a
# copy of the binary in $T; where nobody can run nothing at all (a chroot whose root folder
# is private), the test is skipped, saying so.
as_reader() {
	AS=
	if [ "$(id -u)" = 0 ]; then
		need setpriv
		AS="setpriv --reuid=65534 --regid=65534 --clear-groups"
		chmod 755 "$T"
		cp "$PMWB" "$T/pmwb" && chmod 755 "$T/pmwb" && PMWB="$T/pmwb"
		# shellcheck disable=SC2086
		$AS "$PMWB" --version >/dev/null 2>&1 ||
			skip "the user nobody cannot run pmwb here: $($AS "$PMWB" --version 2>&1 | head -n 1)"
	fi
	at_exit harness_unlock
}
harness_unlock() { chmod -R u+w "$T" 2>/dev/null; }

finish() {
	if [ "$checks" -eq 0 ]; then
		echo "FAIL: the test checked nothing" >&2
		exit 1
	fi
	echo "$checks checks, $failures failed" >&2
	[ "$failures" -eq 0 ]
}
