#!/bin/bash
# SBATCH_EXCLUSIVE with an empty value.
# slurm-oracle-env: SBATCH_EXCLUSIVE=
#SBATCH -J excl-empty
srun hostname
