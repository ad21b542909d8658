#!/bin/bash
# An empty SBATCH_JOB_NAME.
# slurm-oracle-env: SBATCH_JOB_NAME=
#SBATCH -J script-name
srun hostname
