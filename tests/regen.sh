#!/bin/sh
# regen.sh: rewrites the expected files of the golden tests from the
# current ./slurmc (make regen-golden). Review the diff (git diff tests/)
# before committing: a golden file changes only through this script.
set -u
ROOT=$(pwd)
SLURMC="$ROOT/slurmc"
export NO_COLOR=1 LC_ALL=C
unset $(env | sed -n 's/^\(SBATCH_[A-Za-z0-9_]*\)=.*/\1/p; s/^\(SLURMC_[A-Za-z0-9_]*\)=.*/\1/p') 2>/dev/null

# --- golden manifests: tests/golden/<target>/NAME.sbatch -> NAME.yaml, NAME.err
# Compiled from inside the folder with --target=<target> and the shell words of
# NAME.args when present; NAME.err holds the warnings. The runtime library's
# files in a ConfigMap are replaced by "<runtime>" (the same filter as in
# tests/suites/50-golden.sh): they are the runtime's to test, and a golden
# file should show what the emitter decides.
golden_filter() {
	awk '/^  [A-Za-z0-9_.-]+\.sh: / { match($0, /^  [A-Za-z0-9_.-]+\.sh:/); print substr($0, 1, RLENGTH) " <runtime>"; skip = ($0 ~ /: [|>][-+0-9]*$/); next }
		skip && (/^    / || /^$/) { next }
		{ skip = 0; print }'
}
n=0
for dir in "$ROOT"/tests/golden/*/; do
	target=$(basename "$dir")
	for src in "$dir"*.sbatch; do
		[ -f "$src" ] || continue
		name=$(basename "$src" .sbatch)
		args=""
		[ -f "$dir$name.args" ] && args=$(cat "$dir$name.args")
		if (cd "$dir" && eval "\"\$SLURMC\" --target=\"\$target\" $args \"\$name.sbatch\"") \
			>"$dir$name.yaml.new" 2>"$dir$name.err"; then
			golden_filter <"$dir$name.yaml.new" >"$dir$name.yaml"
			rm -f "$dir$name.yaml.new"
			n=$((n + 1))
		else
			rm -f "$dir$name.yaml.new"
			echo "regen: $target/$name does not compile:" >&2
			sed 's/^/    /' "$dir$name.err" >&2
		fi
	done
done
echo "regenerated $n golden manifests"
