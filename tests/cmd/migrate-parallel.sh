# slurmc migrate writes the same bytes (manifests, reports, stdout,
# stderr) whatever -j is and on every run.
. "$ROOT/tests/cmd/lib.inc"
mkdir -p src/x src/y
i=0
while [ $i -lt 40 ]; do
	case $((i % 4)) in
	0) script src/x/job$i.sbatch "#SBATCH -t $((i + 1)) -N $((i % 3 + 1))" "srun echo $i" ;;
	1) script src/y/job$i.sh "#SBATCH --mail-type=END --output=o$i.log" '#slurmc --image=debian:12' "echo $i" ;;
	2) script src/job$i.slurm "#SBATCH --time=bad$i" "echo $i" ;;
	3) script src/x/job$i.sbatch "#SBATCH --array=0-$i%2 --gres=gpu:a100:1" "echo $i" ;;
	esac
	i=$((i + 1))
done
k=0
for j in 1 2 8 1; do
	mkdir run$k && (cd run$k && "$SLURMC" migrate -j $j ../src --out-dir=m >stdout 2>stderr; echo $? >rc)
	k=$((k + 1))
done
[ "$(cat run0/rc)" = 1 ] || die "exit status $(cat run0/rc), expected 1"
[ "$(ls run0/m/x | wc -l)" = 20 ] || die "manifests in x: $(ls run0/m/x | wc -l)"
[ "$(grep -c error: run0/stderr)" = 10 ] || die "stderr: $(cat run0/stderr)"
for other in run1 run2 run3; do
	diff -r run0 "$other" >diff.txt || die "$other differs from -j1: $(head -20 diff.txt)"
done
grep -q '"failed": 10' run0/m/slurmc-report.json || die "report: $(grep failed run0/m/slurmc-report.json)"
exit 0
