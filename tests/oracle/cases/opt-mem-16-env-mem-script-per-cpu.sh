#!/bin/bash
# SBATCH_MEM_PER_NODE in the environment and --mem-per-cpu in the script.
# slurm-oracle-env: SBATCH_MEM_PER_NODE=4G
#SBATCH --mem-per-cpu=1G
srun hostname
