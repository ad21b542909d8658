# How scripts are read, against real Slurm 22.05's recorded answers, on
# slurmc's own cases: ../shared/slurm-oracle/compare-ir over every case in
# tests/oracle/cases (see tests/oracle/README.md). Each case counts as one
# test. Only the comparator is needed, not Slurm: the answers are recorded.
# Cases in tests/oracle/KNOWN-DIVERGENCES are known gaps: reported as
# skipped while they fail, and a failure of this suite once they pass.
if have_shared slurm-oracle && [ -f "$SHARED/slurm-oracle/compare-ir" ] && command -v python3 >/dev/null; then
	known="$ROOT/tests/oracle/KNOWN-DIVERGENCES"
	"$SHARED/slurm-oracle/compare-ir" -v --slurmc "$SLURMC" "$ROOT"/tests/oracle/cases/*.sh \
		>"$OUT/compare-ir-own.log" 2>&1
	if ! tail -1 "$OUT/compare-ir-own.log" | grep -q ' passed, '; then
		fail "oracle-own/compare-ir" "$(tail -20 "$OUT/compare-ir-own.log")"
	else
		nknown=0
		while read -r verdict case; do
			name=${case%.sh}
			if grep -q "^$name	" "$known"; then
				if [ "$verdict" = FAIL ]; then
					SKIPPED=$((SKIPPED + 1)) nknown=$((nknown + 1))
				else
					fail "oracle-own/$name" "passes now: take it off tests/oracle/KNOWN-DIVERGENCES"
				fi
			elif [ "$verdict" = FAIL ]; then
				fail "oracle-own/$name" "$(sed -n "/^FAIL $case\$/,/^[a-zA-Z]/p" "$OUT/compare-ir-own.log" | sed -n '2,4p')"
			elif [ "$verdict" = ok ]; then
				pass "oracle-own/$name"
			else
				SKIPPED=$((SKIPPED + 1))
			fi
		done <<EOF2
$(grep -E '^(ok|FAIL|skip) ' "$OUT/compare-ir-own.log" | awk '{ print $1, $2 }')
EOF2
		[ "$nknown" -gt 0 ] && echo "skip oracle-own: $nknown known divergences (tests/oracle/KNOWN-DIVERGENCES)"
	fi
else
	skip "oracle-own/compare-ir" "../shared/slurm-oracle is not here"
fi
