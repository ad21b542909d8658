#!/bin/bash
# Two memory variables in the environment.
# slurm-oracle-env: SBATCH_MEM_PER_NODE=4G
# slurm-oracle-env: SBATCH_MEM_PER_CPU=1G
#SBATCH -J env-two-mem
srun hostname
