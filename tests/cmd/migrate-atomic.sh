# slurmc migrate writes through a temporary file and a rename: a script
# with errors writes nothing, a write that fails leaves no partial or
# temporary file, and the other scripts are still written.
. "$ROOT/tests/cmd/lib.inc"
mkdir -p src/sub
script src/good.sbatch '#SBATCH -t 10' '#slurmc --image=debian:12' 'echo good'
script src/bad.sbatch '#SBATCH -t 10' '#SBATCH --mem=lots' 'echo bad'
script src/sub/blocked.sbatch '#SBATCH -t 10' '#slurmc --image=debian:12' 'echo blocked'
script src/dir.sbatch '#SBATCH -t 10' '#slurmc --image=debian:12' 'echo dir'
mkdir -p m/dir.yaml
touch m/sub    # a file where the folder sub/ must go
expect_rc 2 "$SLURMC" migrate src --out-dir=m
[ -s m/good.yaml ] || die "the good script was not written"
[ -e m/bad.yaml ] && die "a script with errors wrote a manifest"
[ -s m/sub ] && die "the file in the way was changed"
[ -d m/dir.yaml ] || die "the folder in the way was replaced"
grep -q '^slurmc: error: cannot write "m/sub/blocked.yaml": Not a directory$' err || die "sub: $(cat err)"
grep -q '^slurmc: error: cannot write "m/dir.yaml": Is a directory$' err || die "dir: $(cat err)"
grep -q '^src/bad.sbatch:3:15: error: invalid memory size "lots"$' err || die "bad: $(cat err)"
left=$(find m -name '.*')
[ -z "$left" ] || die "temporary files left: $left"
[ -s m/slurmc-report.json ] && [ -s m/slurmc-report.md ] || die "no report after I/O errors"
python3 -c "
import json
s = {x['path']: x['status'] for x in json.load(open('m/slurmc-report.json'))['scripts']}
assert s == {'src/bad.sbatch': 'failed', 'src/dir.sbatch': 'failed', 'src/good.sbatch': 'converted',
             'src/sub/blocked.sbatch': 'failed'}, s
" || exit 1
# Manifests are written with the usual permissions, not the temporary file's.
[ "$(umask 022 && rm -rf p && "$SLURMC" migrate src/good.sbatch --out-dir=p >/dev/null 2>&1 && ls -l p/good.yaml | cut -c1-10)" = "-rw-r--r--" ] ||
	die "mode: $(ls -l p/good.yaml)"
exit 0
