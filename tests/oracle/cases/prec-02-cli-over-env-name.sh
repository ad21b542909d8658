#!/bin/bash
# A command-line -J beats SBATCH_JOB_NAME.
# slurm-oracle-env: SBATCH_JOB_NAME=from-env
# slurm-oracle-arg: -J from-cli
#SBATCH -J from-script
srun hostname
