#!/bin/sh
# localpod.sh: run the runtime as the pods of a job would, as plain local
# processes (no podsim, no root): for the runtime's quick tests.
#
#   sh tests/runtime/localpod.sh WORKDIR SCRIPT COUNT [VAR=VALUE...]
#
# Lays out WORKDIR/cm as the ConfigMap would be mounted (stdlib/runtime/*.sh
# and SCRIPT as `script`), then runs entry.sh once per pod index 0..COUNT-1
# (JOB_COMPLETION_INDEX), one after the other, in an environment holding only
# PATH, HOME, TMPDIR and the VAR=VALUEs.  Pod K's output goes to
# WORKDIR/pod-K.out and pod-K.err, its exit status to pod-K.rc.  Set
# LOCALPOD_SH to run entry.sh with another shell.
work=$1 script=$2 count=$3
shift 3
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work" && mkdir -p "$work/cm" "$work/tmp" || exit 2
cp "$here"/../../stdlib/runtime/*.sh "$work/cm/" && cp "$script" "$work/cm/script" || exit 2
k=0
while [ "$k" -lt "$count" ]; do
	(cd "$work" && env -i PATH="${LOCALPOD_PATH:-$PATH}" HOME="$work" TMPDIR="$work/tmp" "$@" \
		JOB_COMPLETION_INDEX="$k" ${LOCALPOD_SH:-/bin/sh} "$work/cm/entry.sh" \
		>"$work/pod-$k.out" 2>"$work/pod-$k.err")
	echo $? >"$work/pod-$k.rc"
	k=$((k + 1))
done
