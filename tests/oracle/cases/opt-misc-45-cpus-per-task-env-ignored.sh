#!/bin/bash
# SBATCH_CPUS_PER_TASK is not a variable sbatch reads.
# slurm-oracle-env: SBATCH_CPUS_PER_TASK=4
#SBATCH -J cpt-env
srun hostname
