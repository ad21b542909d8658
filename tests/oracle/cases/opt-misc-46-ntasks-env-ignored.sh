#!/bin/bash
# SBATCH_NTASKS is not a variable sbatch 22.05 reads.
# slurm-oracle-env: SBATCH_NTASKS=4
#SBATCH -J ntasks-env
srun hostname
