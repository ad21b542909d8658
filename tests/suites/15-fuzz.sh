# Fuzzing: the front end on mutated scripts (deterministic seed) under
# ASan+UBSan. Seeds are the diagnostics cases, examples and target goldens.
FUZZ="$ROOT/build/asan/tests/fuzz_frontend"
if [ -x "$FUZZ" ]; then
	if ASAN_OPTIONS=detect_leaks=1 "$FUZZ" 300 "$ROOT"/tests/diag/*.sbatch "$ROOT"/examples/*.sbatch \
		"$ROOT"/tests/golden/*/*.sbatch >"$OUT/fuzz.log" 2>&1; then
		pass "fuzz/frontend"
	else
		fail "fuzz/frontend" "$(grep -m5 -E 'ERROR|runtime error|SUMMARY' "$OUT/fuzz.log")"
	fi
else
	skip "fuzz/frontend" "the sanitizer build has no fuzz_frontend"
fi
