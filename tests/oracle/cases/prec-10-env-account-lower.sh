#!/bin/bash
# SBATCH_ACCOUNT in upper case.
# slurm-oracle-env: SBATCH_ACCOUNT=BIGLAB
#SBATCH -J acct-env
srun hostname
