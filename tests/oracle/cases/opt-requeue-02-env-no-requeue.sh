#!/bin/bash
# SBATCH_NO_REQUEUE from the environment, --requeue in the script.
# slurm-oracle-env: SBATCH_NO_REQUEUE=1
#SBATCH --requeue
srun hostname
