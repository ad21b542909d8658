#!/bin/bash
# SBATCH_REQUEUE from the environment.
# slurm-oracle-env: SBATCH_REQUEUE=1
#SBATCH -J requeue-env
srun hostname
