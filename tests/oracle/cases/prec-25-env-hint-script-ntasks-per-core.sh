#!/bin/bash
# SBATCH_HINT in the environment, --ntasks-per-core in the script.
# slurm-oracle-env: SBATCH_HINT=nomultithread
#SBATCH -n 2 --ntasks-per-core=1
srun hostname
