#!/bin/sh
# A het job: group 0 with one task, group 1 with three tasks on two nodes.
# het.expected holds what Slurm 22.05 printed (slurm-oracle run mode),
# sorted, without repeats; node lists are printed expanded.
#SBATCH -n 1
#SBATCH hetjob
#SBATCH -n 3 -N 2
hn() { scontrol show hostnames "$1" | tr '\n' ' '; }
echo "B jnl=$(hn "$SLURM_JOB_NODELIST")nt=$SLURM_NTASKS hs=$SLURM_HET_SIZE g1=$(hn "$SLURM_JOB_NODELIST_HET_GROUP_1")t1=$SLURM_TASKS_PER_NODE_HET_GROUP_1 c1=$SLURM_JOB_CPUS_PER_NODE_HET_GROUP_1 n1=$SLURM_NTASKS_HET_GROUP_1"
p='echo "S$SLURM_STEP_ID p=$SLURM_PROCID n=$SLURM_NODEID node=$SLURMD_NODENAME jnl=$(scontrol show hostnames "$SLURM_JOB_NODELIST" | tr "\n" " ")jnn=$SLURM_JOB_NUM_NODES jcpn=$SLURM_JOB_CPUS_PER_NODE nn=$SLURM_NNODES nt=$SLURM_NTASKS tpn=$SLURM_TASKS_PER_NODE g=$SLURM_GTIDS con=$SLURM_CPUS_ON_NODE d=$SLURM_DISTRIBUTION"'
srun sh -c "$p"
srun --het-group=1 sh -c "$p"
srun --het-group=0,1 sh -c "$p"
srun --het-group=0-1 -n 1 sh -c "$p"
