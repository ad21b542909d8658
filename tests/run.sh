#!/bin/sh
# run.sh: every test suite of `make check`, one summary line at the end:
# "N passed, N failed, N skipped". Suites that need ../shared (the Slurm
# oracle recordings, the validator, podsim, the real corpus) are skipped,
# and say so, where it is absent. Run from the top of the tree.
#
#   SUITES="unit diag" sh tests/run.sh     only some suites
#   VERBOSE=1 sh tests/run.sh              every case, not only failures
set -u
ROOT=$(pwd)
SLURMC="$ROOT/slurmc"
SHARED=${SLURMC_SHARED:-"$ROOT/../shared"}
OUT=${SLURMC_TEST_OUT:-"$ROOT/tests/out"}
rm -rf "$OUT" && mkdir -p "$OUT"
PASSED=0 FAILED=0 SKIPPED=0
export NO_COLOR=1 LC_ALL=C
unset $(env | sed -n 's/^\(SBATCH_[A-Za-z0-9_]*\)=.*/\1/p; s/^\(SLURMC_[A-Za-z0-9_]*\)=.*/\1/p') 2>/dev/null

pass() { PASSED=$((PASSED + 1)); [ -n "${VERBOSE:-}" ] && echo "ok   $1"; return 0; }
fail() { FAILED=$((FAILED + 1)); echo "FAIL $1"; [ $# -gt 1 ] && printf '%s\n' "$2" | sed 's/^/     /' | head -40; return 0; }
skip() { SKIPPED=$((SKIPPED + 1)); echo "skip $1: $2"; return 0; }
have_shared() { [ -d "$SHARED/$1" ]; }
want() { [ -z "${SUITES:-}" ] && return 0; case " $SUITES " in *" $1 "*) return 0;; esac; return 1; }

for suite in "$ROOT"/tests/suites/*.sh; do
	name=$(basename "$suite" .sh)
	want "${name#[0-9][0-9]-}" || continue
	. "$suite"
done

echo "$PASSED passed, $FAILED failed, $SKIPPED skipped"
[ "$FAILED" -eq 0 ]
