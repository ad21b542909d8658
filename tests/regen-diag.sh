#!/bin/sh
# regen-diag.sh: rewrites tests/diag/*.err from the current slurmc.
# Review the diff (git diff tests/diag) before committing.
set -u
ROOT=$(pwd)
export NO_COLOR=1 LC_ALL=C
for f in "$ROOT"/tests/diag/*.sbatch; do
	dir=$(dirname "$f") name=$(basename "$f" .sbatch)
	args=""
	[ -f "$dir/$name.args" ] && args=$(cat "$dir/$name.args")
	(cd "$dir" && eval "\"\$ROOT/slurmc\" --check -Wno-default-image $args \"$name.sbatch\"") \
		>/dev/null 2>"$dir/$name.err"
done
echo "regenerated $(ls "$ROOT"/tests/diag/*.err | wc -l) diagnostics files"
