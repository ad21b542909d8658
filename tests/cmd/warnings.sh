# -Werror turns warnings into errors; -Wno-NAME silences one; colour only
# when asked or on a terminal, never with NO_COLOR.
. "$ROOT/tests/cmd/lib.inc"
script w.sbatch '#SBATCH -t 10' '#slurmc --image=debian:12' 'echo hi' '#SBATCH -t 20'
expect_rc 0 "$SLURMC" --check w.sbatch
grep -q 'warning: #SBATCH directive after the first command is ignored \[-Wignored-directive\]' err || die "no warning: $(cat err)"
expect_rc 1 "$SLURMC" --check -Werror w.sbatch
grep -q 'error: #SBATCH directive' err || die "-Werror: $(cat err)"
expect_rc 0 "$SLURMC" --check -Wno-ignored-directive w.sbatch
[ -s err ] && die "-Wno- did not silence: $(cat err)"
expect_rc 0 "$SLURMC" --check --color=always w.sbatch
grep -q "$(printf '\033')" err || die "--color=always has no colour"
expect_rc 0 "$SLURMC" --check w.sbatch
grep -q "$(printf '\033')" err && die "colour on a pipe"
exit 0
