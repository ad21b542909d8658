#!/bin/sh
# Step layouts inside a -N 2 -n 4 job (3 CPUs on the first node, 1 on the
# second).  Each task prints one line; layout.expected holds what Slurm
# 22.05 printed (slurm-oracle run mode), sorted.
#SBATCH -N 2
#SBATCH -n 4
p='echo "T s=$SLURM_STEP_ID p=$SLURM_PROCID n=$SLURM_NODEID l=$SLURM_LOCALID g=$SLURM_GTIDS nt=$SLURM_NTASKS nn=$SLURM_NNODES tpn=$SLURM_TASKS_PER_NODE st=$SLURM_STEP_NUM_TASKS sn=$SLURM_STEP_NUM_NODES stpn=$SLURM_STEP_TASKS_PER_NODE d=$SLURM_DISTRIBUTION c=$SLURM_CPUS_PER_TASK con=$SLURM_CPUS_ON_NODE jnn=$SLURM_JOB_NUM_NODES"'
srun sh -c "$p"
srun -n 1 sh -c "$p"
srun -N 2 -n 2 sh -c "$p"
srun -n 3 sh -c "$p"
srun -n4 -m cyclic sh -c "$p"
srun -N 1 true
echo "R rc=$?"
srun --ntasks=2 --nodes 2 sh -c "$p"
srun --ntasks-per-node=1 sh -c "$p"
srun -n 2 -c 2 sh -c "$p"
srun -N1 -n2 sh -c "$p"
srun -l -n 2 sh -c 'echo lab'
