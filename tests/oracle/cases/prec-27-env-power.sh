#!/bin/bash
# SBATCH_POWER is sbatch 22.05's variable for --power.
# slurm-oracle-env: SBATCH_POWER=level
#SBATCH -J power-env
srun hostname
