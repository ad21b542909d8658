#!/bin/bash
# SBATCH_ARRAY_INX from the environment.
# slurm-oracle-env: SBATCH_ARRAY_INX=0-3
#SBATCH -J array-env
srun hostname
