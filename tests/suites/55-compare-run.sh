# What compiled jobs see at run time, against real Slurm 22.05's recordings:
# ../shared/slurm-oracle/compare-run runs every run case with podsim. The
# job is compiled with --trace-env (SLURMC_TRACE_ENV=1), the runtime's
# stand-in for the oracle's TaskProlog, and the profile of the oracle's
# 4-CPU, 2-GPU nodes. het-01 needs a target that runs het jobs (jobset,
# volcano); the job target compiles only the first component.
if ! have_shared slurm-oracle || ! have_shared podsim; then
	skip "runtime/compare-run" "../shared/slurm-oracle or ../shared/podsim is not here"
elif [ "$(id -u)" -ne 0 ] || ! command -v unshare >/dev/null; then
	skip "runtime/compare-run" "podsim needs root and unshare"
else
	cases=$(ls "$SHARED"/slurm-oracle/run-cases/*.sh | grep -v het-01)
	SLURMC_TRACE_ENV=1 SLURMC_PROFILE="$ROOT/tests/profiles/oracle-run.yaml" \
		"$SHARED/slurm-oracle/compare-run" --slurmc "$SLURMC" $cases >"$OUT/compare-run.log" 2>&1
	summary=$(tail -1 "$OUT/compare-run.log")
	p=$(echo "$summary" | sed -n 's/^\([0-9]*\) passed.*/\1/p')
	f=$(echo "$summary" | sed -n 's/.* \([0-9]*\) failed.*/\1/p')
	if [ -z "$p" ]; then
		fail "runtime/compare-run" "$(tail -20 "$OUT/compare-run.log")"
	else
		PASSED=$((PASSED + p)) FAILED=$((FAILED + f))
		[ "$f" -gt 0 ] && grep -A6 '^FAIL' "$OUT/compare-run.log" | head -60 | sed 's/^/     /'
		[ -n "${VERBOSE:-}" ] && echo "ok   runtime/compare-run: $summary"
	fi
	skip "runtime/compare-run het-01" "the job target compiles only a het job's first component"
fi
