# The real corpus: every script of ../shared/corpus/real through the
# sanitizer build with --emit=ir. Each must give IR (exit 0) or located
# errors (exit 1), with no crash, sanitizer report or time-out. A sample
# also runs under valgrind.
if have_shared corpus/real; then
	ASAN="$ROOT/build/asan/slurmc"
	[ -x "$ASAN" ] || ASAN="$SLURMC"
	bad=""
	n=0
	for f in "$SHARED"/corpus/real/*; do
		case "$f" in *INDEX.tsv|*README*) continue;; esac
		n=$((n + 1))
		ASAN_OPTIONS=detect_leaks=1 timeout 10 "$ASAN" --emit=ir "$f" \
			>/dev/null 2>"$OUT/corpus.err"
		rc=$?
		if [ $rc -ne 0 ] && [ $rc -ne 1 ]; then
			bad="$bad
$(basename "$f"): exit $rc $(head -3 "$OUT/corpus.err")"
		elif grep -qE 'Sanitizer|runtime error' "$OUT/corpus.err"; then
			bad="$bad
$(basename "$f"): $(grep -m1 -E 'Sanitizer|runtime error' "$OUT/corpus.err")"
		elif [ $rc -eq 1 ] && ! grep -qE ':[0-9]+:[0-9]+: error: ' "$OUT/corpus.err"; then
			bad="$bad
$(basename "$f"): exit 1 without a located error"
		fi
	done
	if [ -n "$bad" ]; then fail "corpus/emit-ir ($n scripts)" "$bad"; else pass "corpus/emit-ir ($n scripts)"; fi
	if command -v valgrind >/dev/null; then
		vbad=""
		for f in $(ls "$SHARED"/corpus/real/* | grep -v -e INDEX.tsv -e README | awk 'NR % 40 == 1'); do
			valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect \
				"$SLURMC" --emit=ir "$f" >/dev/null 2>"$OUT/valgrind.err"
			[ $? -eq 99 ] && vbad="$vbad $(basename "$f")"
		done
		if [ -n "$vbad" ]; then fail "corpus/valgrind" "errors in:$vbad"; else pass "corpus/valgrind"; fi
	else
		skip "corpus/valgrind" "valgrind is not installed"
	fi
else
	skip "corpus/emit-ir" "../shared/corpus is not here"
fi

# Every corpus script that compiles gives manifests the validator accepts,
# for each implemented target (slurmc migrate writes those that compile).
if have_shared corpus/real && have_shared validate; then
	for target in job kueue podgroup; do
		dir="$OUT/corpus-$target"
		rm -rf "$dir"
		"$SLURMC" migrate --target=$target --out-dir="$dir" "$SHARED/corpus/real" \
			>"$dir.log" 2>&1
		n=$(find "$dir" -name '*.yaml' | wc -l)
		if [ "$n" -lt 300 ]; then
			fail "corpus/validate-$target" "only $n manifests written: $(tail -3 "$dir.log")"
		elif find "$dir" -name '*.yaml' -print0 | xargs -0 "$SHARED/validate/validate-manifests" -q \
			>"$dir.val" 2>&1; then
			pass "corpus/validate-$target ($n scripts)"
		else
			fail "corpus/validate-$target" "$(head -10 "$dir.val")"
		fi
	done
else
	skip "corpus/validate" "../shared/corpus or ../shared/validate is not here"
fi
