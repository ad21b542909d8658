# Exit status: 0 success, 1 errors in the input, 2 usage or I/O errors.
. "$ROOT/tests/cmd/lib.inc"
script ok.sbatch '#SBATCH -t 10' 'echo hi'
script bad.sbatch '#SBATCH -t 1:2:3:4' 'echo hi'
expect_rc 0 "$SLURMC" --emit=ir ok.sbatch
expect_rc 1 "$SLURMC" --emit=ir bad.sbatch
[ -s out ] && die "an error still printed output"
grep -q 'bad.sbatch:2:' err || die "error not located: $(cat err)"
expect_rc 2 "$SLURMC" --emit=ir no-such-file.sbatch
grep -q 'cannot read "no-such-file.sbatch"' err || die "no I/O message: $(cat err)"
expect_rc 2 "$SLURMC" --diagnostics-format=xml ok.sbatch
expect_rc 2 "$SLURMC" -Wno-no-such-warning ok.sbatch
expect_rc 0 "$SLURMC" --check ok.sbatch
[ -s out ] && die "--check wrote output"
expect_rc 1 "$SLURMC" --check ok.sbatch bad.sbatch
exit 0
