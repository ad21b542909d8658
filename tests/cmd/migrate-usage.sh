# slurmc migrate's exit status: 0 every script converted (warnings
# allowed), 1 some failed, 2 usage or I/O errors; usage errors and
# problems with the sources stop the run before anything is written.
. "$ROOT/tests/cmd/lib.inc"
mkdir src
script src/ok.sbatch '#SBATCH -t 10 --mail-type=END' '#slurmc --image=debian:12' 'echo ok'

expect_rc 2 "$SLURMC" migrate src
grep -q '^slurmc: error: slurmc migrate needs --out-dir=DIR$' err || die "no --out-dir: $(cat err)"
grep -q "Try 'slurmc migrate --help'" err || die "no --help pointer: $(cat err)"
expect_rc 2 "$SLURMC" migrate --out-dir=m
grep -q 'needs at least one script or folder' err || die "no source: $(cat err)"
expect_rc 2 "$SLURMC" migrate -j 0 src --out-dir=m
grep -q 'invalid number of parallel jobs "0"' err || die "-j 0: $(cat err)"
expect_rc 2 "$SLURMC" migrate --jobs=x src --out-dir=m
expect_rc 2 "$SLURMC" migrate -o x.yaml src --out-dir=m
grep -q '^slurmc: error: -o is not an option of slurmc migrate$' err || die "-o: $(cat err)"
grep -q "spell sbatch's -o as --output" err || die "-o hint: $(cat err)"
expect_rc 2 "$SLURMC" migrate --check src --out-dir=m
expect_rc 2 "$SLURMC" migrate -Wno-such-warning src --out-dir=m
grep -q 'unknown warning "such-warning"' err || die "-Wno-: $(cat err)"
expect_rc 2 "$SLURMC" migrate --target=nonesuch src --out-dir=m
grep -q 'unknown target "nonesuch"' err || die "target: $(cat err)"
# A bad option on the command line is one error, not one per script.
expect_rc 2 "$SLURMC" migrate --time=1:2:3:4 src --out-dir=m
[ "$(grep -c 'error: invalid time limit' err)" = 1 ] || die "command-line error: $(cat err)"
grep -q '^command line:1:' err || die "not located in the command line: $(cat err)"
expect_rc 2 "$SLURMC" migrate src no-such-dir --out-dir=m
grep -q '^slurmc: error: cannot read "no-such-dir": No such file or directory$' err || die "missing: $(cat err)"
[ -e m ] && die "a usage or source error still created the output folder"
touch file-in-the-way
expect_rc 2 "$SLURMC" migrate src --out-dir=file-in-the-way
grep -q 'cannot create the output folder "file-in-the-way": Not a directory' err || die "out-dir: $(cat err)"
mkdir empty
expect_rc 0 "$SLURMC" migrate empty --out-dir=m0
grep -q '^slurmc: warning: "empty" holds no batch scripts \[-Wno-scripts\]$' err || die "empty: $(cat err)"
grep -q '"scripts": 0' m0/slurmc-report.json || die "empty report"
expect_rc 0 "$SLURMC" migrate --help
grep -q '^usage: slurmc migrate' out || die "--help: $(cat out)"

# Warnings are allowed; -Werror makes them errors, -Wno- silences one.
expect_rc 0 "$SLURMC" migrate src --out-dir=m1
[ -s err ] && die "a converted script printed: $(cat err)"
expect_rc 1 "$SLURMC" migrate -Werror src --out-dir=m2
grep -q 'error: --mail-type has no equivalent in target "job" and is dropped \[-Werror=dropped-option\]' err ||
	die "-Werror: $(cat err)"
[ -e m2/ok.yaml ] && die "-Werror still wrote the manifest"
grep -q '"status": "dropped"' m2/slurmc-report.json || die "-Werror lost the option's status"
expect_rc 0 "$SLURMC" migrate -Wno-dropped-option src --out-dir=m3
grep -q '"status": "converted"' m3/slurmc-report.json || die "-Wno-dropped-option: $(grep status m3/slurmc-report.json)"
exit 0
