# slurmc migrate over a tree: which files are scripts, where manifests go
# (mirroring the tree, last extension replaced), that each manifest is
# what `slurmc SCRIPT` prints, and what the report says per script, per
# option and in total.
. "$ROOT/tests/cmd/lib.inc"
mkdir -p legacy/gpu legacy/.git legacy/docs
script legacy/good.sbatch '#SBATCH -t 10' '#slurmc --image=debian:12' 'echo hi'
script legacy/gpu/train.v2.sh '#SBATCH --time=30 --mail-type=END' '#SBATCH --output=train.log' \
	'#slurmc --image=debian:12 --queue=gpu' 'echo train'
script legacy/gpu/broken.slurm '#SBATCH --time=1:2:3:4' 'echo broken'
script legacy/.git/hook.sh '#SBATCH -t 1' 'echo hidden'
printf '#SBATCH -t 5\necho no shebang\n' >legacy/template.tpl
printf '#!/bin/sh\necho not a batch script\n' >legacy/docs/plain.sh
printf 'hello\n' >legacy/docs/README
script single.job '#SBATCH -t 5' '#slurmc --image=debian:12' 'echo single'

expect_rc 1 "$SLURMC" migrate legacy single.job --out-dir=manifests
got=$(cd manifests && find . -type f | sort | tr '\n' ' ')
want="./good.yaml ./gpu/train.v2.yaml ./single.yaml ./slurmc-report.json ./slurmc-report.md "
[ "$got" = "$want" ] || die "output tree: $got"
"$SLURMC" legacy/gpu/train.v2.sh 2>/dev/null | cmp -s - manifests/gpu/train.v2.yaml ||
	die "the manifest differs from slurmc SCRIPT's"
"$SLURMC" legacy/good.sbatch 2>/dev/null | cmp -s - manifests/good.yaml || die "good.yaml differs"

# stdout: the summary; stderr: the failed script's diagnostics only, no progress.
grep -q '^slurmc migrate: 4 scripts for target "job": 2 converted, 1 converted with warnings, 1 failed$' out ||
	die "summary: $(cat out)"
grep -q 'report: manifests/slurmc-report.md, manifests/slurmc-report.json' out || die "no report line: $(cat out)"
grep -q '^legacy/gpu/broken.slurm:2:16: error: invalid time limit "1:2:3:4"$' err || die "stderr: $(cat err)"
grep -q 'train' err && die "warnings of a converted script on stderr: $(cat err)"
grep -q "$(printf '\r')" err && die "progress line when stderr is not a terminal"

python3 - <<'PY' || exit 1
import json, sys
r = json.load(open("manifests/slurmc-report.json"))
def check(cond, what):
    if not cond:
        print("report:", what); sys.exit(1)
by = {s["path"]: s for s in r["scripts"]}
check(list(by) == sorted(by), "scripts not sorted by path")
check(set(by) == {"legacy/good.sbatch", "legacy/gpu/broken.slurm", "legacy/gpu/train.v2.sh", "single.job"},
      "script set %s" % list(by))
g, t, b = by["legacy/good.sbatch"], by["legacy/gpu/train.v2.sh"], by["legacy/gpu/broken.slurm"]
check(g["status"] == "converted" and g["output"] == "good.yaml" and g["write"] == "created", g)
check(t["status"] == "converted with warnings" and t["output"] == "gpu/train.v2.yaml", t)
check(b["status"] == "failed" and b["output"] is None and b["write"] == "not written", b)
d = b["diagnostics"][0]
check((d["id"], d["severity"], d["file"], d["line"], d["column"], d["warning"]) ==
      ("E_BAD_TIME", "error", "legacy/gpu/broken.slurm", 2, 16, None), d)
opts = {o["option"]: o for o in t["options"]}
check([o["option"] for o in t["options"]] ==
      ["--time", "--mail-type", "--output", "#SLURMC --image", "#SLURMC --queue"],
      "option order %s" % [o["option"] for o in t["options"]])
check(opts["--time"]["status"] == "mapped" and opts["--time"]["line"] == 2
      and opts["--time"]["from"] == "script" and opts["--time"]["value"] == "30", opts["--time"])
check(opts["--mail-type"]["status"] == "dropped" and opts["--mail-type"]["diagnostics"] == ["W_DROPPED_OPTION"],
      opts["--mail-type"])
check(opts["--output"]["status"] == "approximated" and
      opts["--output"]["how"] == ["standard output goes to the container log"], opts["--output"])
check(opts["#SLURMC --queue"]["status"] == "dropped", opts["#SLURMC --queue"])
check(opts["#SLURMC --image"]["status"] == "mapped", opts["#SLURMC --image"])
w = [x for x in t["diagnostics"] if x["id"] == "W_DROPPED_OPTION"]
check(len(w) == 2 and w[0]["warning"] == "-Wdropped-option" and w[0]["line"] == 2, w)
tot = r["totals"]
check((tot["scripts"], tot["converted"], tot["converted_with_warnings"], tot["failed"]) == (4, 2, 1, 1), tot)
check({x["option"]: x["scripts"] for x in tot["dropped"]} == {"--mail-type": 1, "#SLURMC --queue": 1}, tot["dropped"])
check(tot["approximated"][0]["option"] == "--output" and tot["approximated"][0]["how"][0]["scripts"] == 1,
      tot["approximated"])
check(tot["errors"] == [{"id": "E_BAD_TIME", "scripts": 1, "occurrences": 1,
                         "example": 'invalid time limit "1:2:3:4"'}], tot["errors"])
skipped = {x["path"]: x["reason"] for x in r["not_scripts"]}
check(skipped == {"legacy/docs/README": "no #SBATCH line", "legacy/docs/plain.sh": "no #SBATCH line",
                  "legacy/template.tpl": 'line 1 is not "#!"'}, skipped)
check(r["target"] == "job" and r["profile"] == "default" and r["sources"] == ["legacy", "single.job"], r)
PY
md=manifests/slurmc-report.md
grep -q '^| failed | 1 |$' $md || die "md: no failed count"
grep -q '^| `--mail-type` | 1 |$' $md || die "md: no dropped table"
grep -q '^### `legacy/gpu/broken.slurm`$' $md || die "md: no failed script section"
grep -q 'legacy/template.tpl' $md || die "md: the #SBATCH file without #! is not named"
grep -q '^| `legacy/gpu/train.v2.sh` | converted with warnings | `gpu/train.v2.yaml` | `--mail-type`, `#SLURMC --queue` | `--output` |$' $md ||
	die "md: script row: $(grep train.v2 $md)"

# The run's options apply to every script and are reported as such.
expect_rc 0 "$SLURMC" migrate --target=kueue --time=5 -Wno-default-queue legacy/good.sbatch --out-dir=k
python3 - <<'PY' || exit 1
import json
s = json.load(open("k/slurmc-report.json"))["scripts"][0]
t = [o for o in s["options"] if o["option"] == "--time"][0]
assert s["target"] == "kueue" and t["from"] == "command line" and t["value"] == "5", s
PY
grep -q 'kueue.x-k8s.io/queue-name' k/good.yaml || die "--target=kueue not applied"
# A het job: the job target compiles the first component only, so the
# options of the others are dropped; carried-over ones are listed once.
script het.sbatch '#SBATCH -t 10 -c 2' '#SBATCH hetjob' '#SBATCH -c 4' '#slurmc --image=debian:12' 'srun true'
expect_rc 0 "$SLURMC" migrate het.sbatch --out-dir=h
python3 - <<'PY' || exit 1
import json
s = json.load(open("h/slurmc-report.json"))["scripts"][0]
got = [(o["option"], o["component"], o["status"]) for o in s["options"]]
assert got == [("--time", 0, "mapped"), ("--cpus-per-task", 0, "mapped"),
               ("--cpus-per-task", 1, "dropped"), ("#SLURMC --image", None, "mapped")], got
PY
exit 0
