# How scripts are read, against real Slurm 22.05's recorded answers, on
# slurmc's own cases: ../shared/slurm-oracle/compare-ir over every case in
# tests/oracle/cases (see tests/oracle/README.md). Each case counts as one
# test. Only the comparator is needed, not Slurm: the answers are recorded.
if have_shared slurm-oracle && [ -f "$SHARED/slurm-oracle/compare-ir" ] && command -v python3 >/dev/null; then
	"$SHARED/slurm-oracle/compare-ir" --slurmc "$SLURMC" "$ROOT"/tests/oracle/cases/*.sh \
		>"$OUT/compare-ir-own.log" 2>&1
	summary=$(tail -1 "$OUT/compare-ir-own.log")
	p=$(echo "$summary" | sed -n 's/^\([0-9]*\) passed.*/\1/p')
	f=$(echo "$summary" | sed -n 's/.* \([0-9]*\) failed.*/\1/p')
	s=$(echo "$summary" | sed -n 's/.* \([0-9]*\) skipped.*/\1/p')
	if [ -z "$p" ]; then
		fail "oracle-own/compare-ir" "$(tail -20 "$OUT/compare-ir-own.log")"
	else
		PASSED=$((PASSED + p)) FAILED=$((FAILED + ${f:-0})) SKIPPED=$((SKIPPED + ${s:-0}))
		[ "${f:-0}" -gt 0 ] && grep -A3 '^FAIL' "$OUT/compare-ir-own.log" | head -60 | sed 's/^/     /'
		[ -n "${VERBOSE:-}" ] && echo "ok   oracle-own/compare-ir: $summary"
	fi
else
	skip "oracle-own/compare-ir" "../shared/slurm-oracle is not here"
fi
