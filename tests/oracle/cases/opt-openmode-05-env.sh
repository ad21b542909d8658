#!/bin/bash
# SBATCH_OPEN_MODE from the environment.
# slurm-oracle-env: SBATCH_OPEN_MODE=append
#SBATCH -J open-env
srun hostname
