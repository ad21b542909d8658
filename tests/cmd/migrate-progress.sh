# slurmc migrate shows "[k/N] path" on one updating line when stderr is a
# terminal, never with NO_COLOR or --color=never, and never on a pipe.
. "$ROOT/tests/cmd/lib.inc"
mkdir src
script src/a.sbatch '#SBATCH -t 10' '#slurmc --image=debian:12' 'echo a'
script src/b.sbatch '#SBATCH -t 10' '#slurmc --image=debian:12' 'echo b'
expect_rc 0 "$SLURMC" migrate src --out-dir=m0
grep -q '\[1/2\]' err && die "progress on a pipe"
command -v script >/dev/null || { echo "script(1) is not installed: terminal case not run"; exit 0; }
on_tty() { # runs slurmc migrate ARGS with stderr on a pseudo-terminal, stdout to tty.out
	rm -rf m
	env -u NO_COLOR script -qec "\"$SLURMC\" migrate $* src --out-dir=m >/dev/null" /dev/null >tty.out 2>&1
}
on_tty -j1 || die "exit status $? on a terminal"
grep -q "$(printf '\r')\[2/2\] src/b.sbatch" tty.out || die "no progress line: $(od -c tty.out | head)"
grep -q "$(printf '\r\033')\[K" tty.out || die "the progress line is not cleared"
cmp -s m/slurmc-report.json m0/slurmc-report.json || die "the report depends on the terminal"
on_tty --color=never
grep -q '\[1/2\]' tty.out && die "progress with --color=never"
rm -rf m
NO_COLOR=1 script -qec "\"$SLURMC\" migrate src --out-dir=m >/dev/null" /dev/null >tty.out 2>&1
grep -q '\[1/2\]' tty.out && die "progress with NO_COLOR"
exit 0
