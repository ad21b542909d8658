#!/bin/bash
# SBATCH_OVERCOMMIT.
# slurm-oracle-env: SBATCH_OVERCOMMIT=1
#SBATCH -n 4
srun hostname
