# "-" (or no script on a pipe) reads standard input; the job is named
# "sbatch", as sbatch names a script read from standard input.
. "$ROOT/tests/cmd/lib.inc"
script s.sbatch '#SBATCH -n 2' 'echo hi'
"$SLURMC" --emit=ir - <s.sbatch >out 2>err || die "exit $?: $(cat err)"
python3 -c "import json; d=json.load(open('out')); assert d['script']=='sbatch' and d['num_tasks']==2, d" || exit 1
"$SLURMC" --emit=ir <s.sbatch >out2 2>err || die "no-argument stdin: $(cat err)"
cmp -s out out2 || die "'-' and a pipe differ"
printf '#SBATCH -n 2\necho\n' | "$SLURMC" --check - 2>err && die "no shebang accepted"
grep -q '^<stdin>:1:1: error' err || die "stdin not named in the diagnostic: $(cat err)"
exit 0
