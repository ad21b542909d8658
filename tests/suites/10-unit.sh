# Unit tests: every cmocka program, in the normal build and under
# ASan+UBSan (build/asan). Counts cmocka's own per-test results.
run_cmocka() { # $1 = label, $2 = binary
	log="$OUT/$(echo "$1" | tr '/ ' '__').log"
	if "$2" >"$log" 2>&1; then
		n=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$log" | tail -1)
		PASSED=$((PASSED + ${n:-1}))
		[ -n "${VERBOSE:-}" ] && echo "ok   $1 (${n:-1} tests)"
	else
		n=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$log" | tail -1)
		ok=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$log" | tail -1)
		PASSED=$((PASSED + ${ok:-0}))
		FAILED=$((FAILED + ${n:-1}))
		echo "FAIL $1"
		grep -E 'FAILED|ERROR|error|Sanitizer|runtime error' "$log" | head -20 | sed 's/^/     /'
	fi
}
for t in "$ROOT"/build/tests/test_*; do
	[ -x "$t" ] || continue
	run_cmocka "unit/$(basename "$t")" "$t"
done
for t in "$ROOT"/build/asan/tests/test_*; do
	[ -x "$t" ] || continue
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
		run_cmocka "asan/$(basename "$t")" "$t"
done
