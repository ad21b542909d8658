# Diagnostics golden tests: tests/diag/NAME.sbatch compiled with --check
# (plus NAME.args, shell words, when present; -Wno-default-image comes
# first, so a test of that warning turns it back on) must print exactly NAME.err on
# stderr and exit 1 when NAME.err holds an error, else 0. Every catalogue id
# must have a test named after it (E_BAD_TIME -> bad-time*.sbatch).
diag_case() { # $1 = path of the .sbatch
	dir=$(dirname "$1") name=$(basename "$1" .sbatch)
	args=""
	[ -f "$dir/$name.args" ] && args=$(cat "$dir/$name.args")
	(cd "$dir" && eval "\"\$SLURMC\" --check -Wno-default-image $args \"$name.sbatch\"") \
		>"$OUT/diag-$name.out" 2>"$OUT/diag-$name.err"
	rc=$?
	want_rc=0
	grep -q ': error: ' "$dir/$name.err" 2>/dev/null && want_rc=1
	[ -f "$dir/$name.rc" ] && want_rc=$(cat "$dir/$name.rc")
	if [ ! -f "$dir/$name.err" ]; then
		fail "diag/$name" "no expected file $name.err (make regen-golden)"
	elif ! diff -u "$dir/$name.err" "$OUT/diag-$name.err" >"$OUT/diag-$name.diff"; then
		fail "diag/$name" "$(head -30 "$OUT/diag-$name.diff")"
	elif [ "$rc" != "$want_rc" ]; then
		fail "diag/$name" "exit status $rc, expected $want_rc"
	elif [ -s "$OUT/diag-$name.out" ]; then
		fail "diag/$name" "--check wrote to stdout"
	else
		pass "diag/$name"
	fi
}
for f in "$ROOT"/tests/diag/*.sbatch; do
	[ -f "$f" ] && diag_case "$f"
done
ids=$(sed -n 's/^DIAG(\([EWN]_[A-Z0-9_]*\),.*/\1/p' "$ROOT"/stdlib/diag*.def)
missing=""
for id in $ids; do
	grep -q "^$id	" "$ROOT/tests/diag/UNTESTABLE" 2>/dev/null && continue
	stem=$(echo "$id" | sed 's/^[EWN]_//' | tr 'A-Z_' 'a-z-')
	[ -e "$ROOT/tests/diag/$stem.sbatch" ] ||
		ls "$ROOT"/tests/diag/"$stem"-*.sbatch >/dev/null 2>&1 || missing="$missing $id"
done
if [ -n "$missing" ]; then
	fail "diag/catalogue-coverage" "no golden test for:$missing"
else
	pass "diag/catalogue-coverage"
fi
