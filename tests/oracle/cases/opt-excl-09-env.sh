#!/bin/bash
# SBATCH_EXCLUSIVE from the environment.
# slurm-oracle-env: SBATCH_EXCLUSIVE=user
#SBATCH -J excl-env
srun hostname
