#!/bin/bash
# SBATCH_EXCLUSIVE and a command-line --oversubscribe.
# slurm-oracle-env: SBATCH_EXCLUSIVE=1
# slurm-oracle-arg: --oversubscribe
#SBATCH -J excl-prec
srun hostname
