# slurmc migrate never overwrites a file with other content unless --force;
# the same bytes already there are "unchanged"; two scripts that want the
# same manifest: the first by path gets it, the other fails.
. "$ROOT/tests/cmd/lib.inc"
mkdir src
script src/a.sbatch '#SBATCH -t 10' '#slurmc --image=debian:12' 'echo a'
script src/b.sbatch '#SBATCH -t 20' '#slurmc --image=debian:12' 'echo b'
write() { python3 -c "import json; print(json.load(open('m/slurmc-report.json'))['scripts'][$1]['write'])"; }

expect_rc 0 "$SLURMC" migrate src --out-dir=m
[ "$(write 0)" = created ] || die "first run: $(write 0)"
cp m/a.yaml a.orig
# A second run finds the same bytes: nothing to do, still success.
expect_rc 0 "$SLURMC" migrate src --out-dir=m
[ "$(write 0)" = unchanged ] || die "second run: $(write 0)"
[ -s err ] && die "second run printed: $(cat err)"

# Another file in the way is left alone, reported, and the run fails.
printf 'hand-edited\n' >m/a.yaml
expect_rc 1 "$SLURMC" migrate src --out-dir=m
[ "$(cat m/a.yaml)" = hand-edited ] || die "clobbered without --force"
grep -q '^slurmc: error: "m/a.yaml" already exists with other content and is left alone$' err ||
	die "no clobber error: $(cat err)"
grep -q '^hint: Pass --force to replace it' err || die "no --force hint: $(cat err)"
python3 - <<'PY' || exit 1
import json
s = json.load(open("m/slurmc-report.json"))["scripts"]
a, b = s
assert a["status"] == "failed" and a["write"] == "not written" and a["output"] is None, a
assert [d["id"] for d in a["diagnostics"]] == ["E_MIGRATE_CLOBBER"], a["diagnostics"]
assert [o["status"] for o in a["options"]] == ["mapped", "mapped"], a["options"]
assert b["status"] == "converted" and b["write"] == "unchanged", b
PY
expect_rc 0 "$SLURMC" migrate --force src --out-dir=m
cmp -s m/a.yaml a.orig || die "--force did not replace the file"
[ "$(write 0)" = replaced ] || die "--force: $(write 0)"

# Two scripts, one manifest.
script src/a.sh '#SBATCH -t 30' '#slurmc --image=debian:12' 'echo a.sh'
rm -rf m
expect_rc 1 "$SLURMC" migrate src --out-dir=m
grep -q '^slurmc: error: the output "m/a.yaml" belongs to "src/a.sbatch"; this script.s manifest is not written$' err ||
	die "no collision error: $(cat err)"
grep -q 'echo a.sh' m/a.yaml && die "the second script took the manifest"
python3 - <<'PY' || exit 1
import json
s = {x["path"]: x for x in json.load(open("m/slurmc-report.json"))["scripts"]}
assert s["src/a.sbatch"]["write"] == "created", s["src/a.sbatch"]
assert s["src/a.sh"]["status"] == "failed" and s["src/a.sh"]["diagnostics"][0]["id"] == "E_MIGRATE_COLLISION"
PY
exit 0
