# --diagnostics-format=json|sarif: one JSON document on stderr, nothing else.
. "$ROOT/tests/cmd/lib.inc"
script bad.sbatch '#SBATCH --tme=10' 'echo hi'
expect_rc 1 "$SLURMC" --check --diagnostics-format=json bad.sbatch
python3 - <<'PY' || exit 1
import json
d = json.load(open("err"))
x = d["diagnostics"][0]
assert x["severity"] == "error", x
assert x["location"]["file"] == "bad.sbatch" and x["location"]["line"] == 2, x
assert x["location"]["column"] == 9, x
assert any("--time" in h for h in x["hints"]), x
assert d["errors"] == 1
PY
expect_rc 1 "$SLURMC" --check --diagnostics-format=sarif bad.sbatch
python3 - <<'PY' || exit 1
import json
d = json.load(open("err"))
assert d["version"] == "2.1.0"
r = d["runs"][0]["results"][0]
assert r["level"] == "error"
assert r["locations"][0]["physicalLocation"]["region"]["startLine"] == 2
PY
exit 0
