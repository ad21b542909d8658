# Command line > SBATCH_* environment > script; later occurrences win.
. "$ROOT/tests/cmd/lib.inc"
script p.sbatch '#SBATCH -t 10 -J from-script -p cpu' 'echo hi'
ir() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)" <out; }
expect_rc 0 "$SLURMC" --emit=ir p.sbatch
[ "$(ir "['time_limit_s']")" = 600 ] || die "script time: $(ir "['time_limit_s']")"
SBATCH_TIMELIMIT=20 SBATCH_JOB_NAME=from-env expect_rc 0 "$SLURMC" --emit=ir p.sbatch
[ "$(ir "['time_limit_s']")" = 1200 ] || die "env time: $(ir "['time_limit_s']")"
[ "$(ir "['name']")" = from-env ] || die "env name: $(ir "['name']")"
[ "$(ir "['partition']")" = cpu ] || die "partition should stay the script's"
SBATCH_TIMELIMIT=20 expect_rc 0 "$SLURMC" --emit=ir --time=30 p.sbatch
[ "$(ir "['time_limit_s']")" = 1800 ] || die "cli time: $(ir "['time_limit_s']")"
expect_rc 0 "$SLURMC" --emit=ir -t 40 p.sbatch
[ "$(ir "['time_limit_s']")" = 2400 ] || die "cli -t 40: $(ir "['time_limit_s']")"
exit 0
