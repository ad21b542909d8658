# How scripts are read, against real Slurm 22.05's recorded answers:
# ../shared/slurm-oracle/compare-ir over every recorded case. Each case
# counts as one test.
if have_shared slurm-oracle && command -v python3 >/dev/null; then
	"$SHARED/slurm-oracle/compare-ir" --slurmc "$SLURMC" "$SHARED"/slurm-oracle/cases/*.sh \
		>"$OUT/compare-ir.log" 2>&1
	summary=$(tail -1 "$OUT/compare-ir.log")
	p=$(echo "$summary" | sed -n 's/^\([0-9]*\) passed.*/\1/p')
	f=$(echo "$summary" | sed -n 's/.* \([0-9]*\) failed.*/\1/p')
	s=$(echo "$summary" | sed -n 's/.* \([0-9]*\) skipped.*/\1/p')
	if [ -z "$p" ]; then
		fail "oracle/compare-ir" "$(tail -20 "$OUT/compare-ir.log")"
	else
		PASSED=$((PASSED + p)) FAILED=$((FAILED + f)) SKIPPED=$((SKIPPED + ${s:-0}))
		[ "$f" -gt 0 ] && grep -A3 '^FAIL' "$OUT/compare-ir.log" | head -60 | sed 's/^/     /'
		[ -n "${VERBOSE:-}" ] && echo "ok   oracle/compare-ir: $summary"
	fi
else
	skip "oracle/compare-ir" "../shared/slurm-oracle is not here"
fi
