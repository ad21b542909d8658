#!/bin/bash
# SBATCH_THREAD_SPEC in the environment and --core-spec in the script.
# slurm-oracle-env: SBATCH_THREAD_SPEC=1
#SBATCH --core-spec=1
srun hostname
