# examples/NAME.sbatch are compiled again and must give exactly the
# committed examples/NAME.job.yaml (regenerate with `make example`), and
# pass the validator where ../shared is present.
for f in "$ROOT"/examples/*.sbatch; do
	name=$(basename "$f" .sbatch)
	got="$OUT/example-$name.yaml"
	if ! (cd "$ROOT/examples" && "$SLURMC" "$name.sbatch") >"$got" 2>"$got.err"; then
		fail "examples/$name" "$(head -5 "$got.err")"
	elif ! cmp -s "$got" "$ROOT/examples/$name.job.yaml"; then
		fail "examples/$name" "differs from examples/$name.job.yaml (make example)"
	elif have_shared validate && ! "$SHARED/validate/validate-manifests" -q "$got" >"$got.val" 2>&1; then
		fail "examples/$name" "$(head -5 "$got.val")"
	else
		pass "examples/$name"
	fi
done
