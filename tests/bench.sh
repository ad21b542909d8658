#!/bin/sh
# bench.sh (make bench): speed and memory, measured, never asserted.
# Runs slurmc over every script it can find (the real corpus in ../shared
# when present, else the tests' own scripts): per-script wall time (median,
# 95th percentile, maximum), peak memory, and throughput of one process
# over all scripts; then instruction counts from callgrind when available.
set -u
ROOT=$(pwd)
SHARED=${SLURMC_SHARED:-"$ROOT/../shared"}
if [ -d "$SHARED/corpus/real" ]; then
	set -- $(ls "$SHARED"/corpus/real/* | grep -v -e INDEX.tsv -e README)
else
	set -- "$ROOT"/tests/diag/*.sbatch "$ROOT"/examples/*.sbatch "$ROOT"/tests/golden/*/*.sbatch
fi
python3 - "$ROOT/slurmc" "$@" <<'PY'
import os, resource, statistics, subprocess, sys, time
slurmc, scripts = sys.argv[1], sys.argv[2:]
for mode in (["--emit=ir"], ["--check"], []):
    times = []
    for s in scripts:
        t = time.perf_counter()
        subprocess.run([slurmc] + mode + [s], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print("%-10s %d scripts: median %.2f ms, p95 %.2f ms, max %.2f ms, peak RSS %.1f MiB"
          % (" ".join(mode) or "manifests", len(times), statistics.median(times),
             times[int(len(times) * 0.95) - 1], times[-1], rss))
t = time.perf_counter()
subprocess.run([slurmc, "--check"] + scripts, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
dt = time.perf_counter() - t
print("one process, --check over all %d scripts: %.3f s (%.0f scripts/s)" % (len(scripts), dt, len(scripts) / dt))
PY
if command -v valgrind >/dev/null; then
	out=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$ROOT/slurmc" --emit=ir "$1" 2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
	echo "instructions for one script (callgrind, $(basename "$1")): $out"
fi
