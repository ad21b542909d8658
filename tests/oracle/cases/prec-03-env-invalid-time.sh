#!/bin/bash
# An invalid SBATCH_TIMELIMIT.
# slurm-oracle-env: SBATCH_TIMELIMIT=bogus
#SBATCH -t 5
srun hostname
