#!/bin/bash
# SBATCH_SIGNAL from the environment.
# slurm-oracle-env: SBATCH_SIGNAL=B:USR2@45
#SBATCH -J sig-env
srun hostname
