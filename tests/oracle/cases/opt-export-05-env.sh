#!/bin/bash
# SBATCH_EXPORT from the environment over the script.
# slurm-oracle-env: SBATCH_EXPORT=NONE
#SBATCH --export=ALL
srun hostname
