#!/bin/sh
# build.sh (make example): compiles every example with ./slurmc into
# examples/NAME.job.yaml, and shows the first one.
set -eu
cd "$(dirname "$0")"
for f in *.sbatch; do
	name=${f%.sbatch}
	../slurmc -o "$name.job.yaml" "$f"
	echo "compiled examples/$f -> examples/$name.job.yaml"
done
echo
echo "--- examples/hello.job.yaml ---"
cat hello.job.yaml
