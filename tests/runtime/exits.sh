#!/bin/sh
# Exit statuses, srun's messages, and --export, inside a -N 2 -n 4 job.
# exits.expected holds what Slurm 22.05 printed (slurm-oracle run mode),
# stdout and stderr together, sorted, without repeats.  Every node runs the
# script here and srun returns the worst status of its own node's tasks, so
# the worst task of each step is on the first node, whose "R" lines count.
#SBATCH -N 2
#SBATCH -n 4
srun sh -c 'exit 2'
echo "R1 rc=$?"
srun sh -c 'exit $((3 - SLURM_PROCID))'
echo "R2 rc=$?"
srun -n 1 sh -c 'kill -9 $$'
echo "R3 rc=$?"
srun -n 1 sh -c 'kill -TERM $$'
echo "R4 rc=$?"
srun -n 2 nonexistent_cmd_x
echo "R5 rc=$?"
srun -n 2 sh -c 'exit 0'
echo "R6 rc=$?"
srun -n 1 --export=NONE sh -c true
echo "R7 rc=$?"
srun -n 1 --export=NONE /bin/sh -c 'echo "X8 H=${HOME-unset} E=${ENVIRONMENT-unset} S=$SLURM_STEP_ID N=$SLURM_NTASKS T=$TMPDIR"'
echo "R8 rc=$?"
FOO=x srun -n 1 --export=FOO,BAZ=1 /bin/sh -c 'echo "X9 FOO=$FOO BAZ=$BAZ H=${HOME-unset} S=$SLURM_STEP_ID"'
echo "R9 rc=$?"
FOO=x srun -n 1 --export=ALL,BAZ=2 sh -c 'echo "X10 FOO=$FOO BAZ=$BAZ E=$ENVIRONMENT"'
echo "R10 rc=$?"
srun -n 1 /etc
echo "R11 rc=$?"
srun -n 1 ./nonexistent_x
echo "R12 rc=$?"
exit 0
