# Golden manifests: tests/golden/<target>/NAME.sbatch compiled with
# --target=<target> (plus the shell words of NAME.args) from inside its
# folder must print exactly NAME.yaml on stdout and NAME.err on stderr, and
# exit 0; the runtime library's files in a ConfigMap are compared as
# "<runtime>" (they are the runtime's to test; see tests/regen.sh). Each is
# compiled twice and must give the same bytes, and every output must pass
# ../shared/validate/validate-manifests. When NAME.run
# exists, the manifests also run under ../shared/podsim (as root): the job
# must succeed and its pods' output hold every line of NAME.run. Expected
# files change only through `make regen-golden` (tests/regen.sh).
golden_filter() {
	awk '/^  [A-Za-z0-9_.-]+\.sh: / { match($0, /^  [A-Za-z0-9_.-]+\.sh:/); print substr($0, 1, RLENGTH) " <runtime>"; skip = ($0 ~ /: [|>][-+0-9]*$/); next }
		skip && (/^    / || /^$/) { next }
		{ skip = 0; print }'
}

golden_compile() { # $1 = folder, $2 = target, $3 = name, $4 = output file
	args=""
	[ -f "$1/$3.args" ] && args=$(cat "$1/$3.args")
	(cd "$1" && eval "\"\$SLURMC\" --target=\"\$2\" $args \"\$3.sbatch\"") >"$4" 2>"$4.err"
}

golden_case() { # $1 = path of the .sbatch
	dir=$(dirname "$1") name=$(basename "$1" .sbatch)
	target=$(basename "$dir")
	got="$OUT/golden-$target-$name.yaml"
	golden_compile "$dir" "$target" "$name" "$got"
	rc=$?
	golden_compile "$dir" "$target" "$name" "$got.again"
	if [ ! -f "$dir/$name.yaml" ]; then
		fail "golden/$target/$name" "no expected file $name.yaml (make regen-golden)"
	elif [ $rc -ne 0 ]; then
		fail "golden/$target/$name" "exit status $rc: $(head -5 "$got.err")"
	elif ! golden_filter <"$got" | diff -u "$dir/$name.yaml" - >"$got.diff"; then
		fail "golden/$target/$name" "$(head -30 "$got.diff")"
	elif [ -f "$dir/$name.err" ] && ! diff -u "$dir/$name.err" "$got.err" >"$got.diff"; then
		fail "golden/$target/$name" "stderr differs: $(head -30 "$got.diff")"
	elif ! cmp -s "$got" "$got.again"; then
		fail "golden/$target/$name" "two compilations gave different bytes"
	else
		pass "golden/$target/$name"
	fi
	if have_shared validate; then
		if "$SHARED/validate/validate-manifests" -q "$got" >"$got.val" 2>&1; then
			pass "golden/$target/$name/validate"
		else
			fail "golden/$target/$name/validate" "$(head -10 "$got.val")"
		fi
	fi
}

# Runs the manifests $2 of case $1 under podsim; checks the outcome and the
# lines of the .run file $3.
golden_run() {
	"$SHARED/podsim/podsim" --json --timeout 120 "$2" >"$2.podsim" 2>"$2.podsim.err"
	python3 - "$2.podsim" "$3" >"$2.podsim.check" 2>&1 <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
out = "".join(p.get("stdout") or "" for p in r.get("pods", []))
bad = [] if r.get("succeeded") else ["outcome: %s" % r.get("outcome")]
bad += ["missing: %s" % l for l in open(sys.argv[2]).read().splitlines() if l and l not in out]
print("\n".join(bad))
sys.exit(1 if bad else 0)
PY
	if [ $? -eq 0 ]; then
		pass "$1/podsim"
	else
		fail "$1/podsim" "$(head -10 "$2.podsim.check"; head -5 "$2.podsim.err")"
	fi
}

for f in "$ROOT"/tests/golden/*/*.sbatch; do
	[ -f "$f" ] && golden_case "$f"
done
have_shared validate || skip "golden/validate" "../shared/validate is not here"
if ! have_shared podsim; then
	skip "golden/podsim" "../shared/podsim is not here"
elif [ "$(id -u)" -ne 0 ]; then
	skip "golden/podsim" "podsim needs root"
else
	for f in "$ROOT"/tests/golden/*/*.run; do
		[ -f "$f" ] || continue
		dir=$(dirname "$f") name=$(basename "$f" .run)
		golden_run "golden/$(basename "$dir")/$name" "$OUT/golden-$(basename "$dir")-$name.yaml" "$f"
	done
fi
