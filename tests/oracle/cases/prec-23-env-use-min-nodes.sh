#!/bin/bash
# SBATCH_USE_MIN_NODES.
# slurm-oracle-env: SBATCH_USE_MIN_NODES=1
#SBATCH -N 1-2
srun hostname
